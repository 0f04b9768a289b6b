"""The window and every dialog fit the common office laptop, 1366 × 768 with a taskbar (issue 12:
the window was taller than the screen): at its default size each one's frame is at most
768 − 40 (taskbar) pixels high, counting a title bar where the test platform draws none."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from studitiru.domain import letters as letter_domain
from studitiru.services import visits
from studitiru.services.demo import load_demo
from studitiru.ui import report_runner
from studitiru.ui.about_dialog import AboutDialog
from studitiru.ui.bug_report import BugDialog
from studitiru.ui.first_start import FirstStartDialog
from studitiru.ui.letters.settings_dialog import LetterSettingsDialog
from studitiru.ui.main_window import MainWindow
from studitiru.ui.open_dialogs import RestoreDialog
from studitiru.ui.registers.periods_editor import PeriodDialog
from studitiru.ui.server_dialog import PasswordDialog, ServerDialog
from studitiru.ui.visit_editor.lesson_dialog import LessonDialog
from studitiru.ui.visit_editor.lookups import load_lookups
from studitiru.ui.visit_editor.new_visit_dialog import NewVisitDialog
from studitiru.ui.visit_editor.session_dialog import SessionDialog
from studitiru.ui.widgets.new_institution_dialog import NewInstitutionDialog
from tests.ui.helpers import make_context
from tests.ui.shell_support import language

#: The screen less its taskbar: the most a window's frame may take.
ROOM = 768 - 40
#: A title bar and borders, as a desktop draws them (the offscreen platform draws none).
TITLE_BAR = 30


def frame_height(widget: QWidget) -> int:
    frame = widget.frameGeometry().height()
    drawn = frame - widget.geometry().height()
    return frame + max(0, TITLE_BAR - drawn)


@pytest.fixture(params=["id", "en"])
def context(request, tmp_path):
    with language(request.param):
        context = make_context(tmp_path, lang=request.param)
        load_demo(context.db, request.param)
        yield context
        context.db.dispose()


def test_the_main_window_fits_on_every_page_and_editor_tab(qtbot, context):
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        assert frame_height(window) <= ROOM, key
    window.open_visit("ST-2026-001")
    editor = window.current_page().editor
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert frame_height(window) <= ROOM, editor.tabs.tabText(index)
    _settle(window)
    window.close()


def _settle(window: MainWindow) -> None:
    """Stop the window's change poll and let a look under way end while the window and its
    database still exist (a look ending later reaches a deleted poll in another test)."""
    window.change_poll.timer.stop()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def _dialogs(context, tmp_path):
    visit = visits.get_visit(context.db, "ST-2026-001")
    lookups = load_lookups(context.db)
    yield NewVisitDialog(None, context, lookups)
    yield SessionDialog(None, context, visit, lookups, visit.sessions[0])
    yield LessonDialog(None, context, visit, lookups, visit.lessons[0])
    yield NewInstitutionDialog(None, "Pemerintah Kabupaten Kubu Raya")
    yield PeriodDialog(None, context.lang, None)
    yield LetterSettingsDialog(letter_domain.LetterSettings())
    yield AboutDialog("demo.sqlite3", tmp_path, demo=True)
    yield BugDialog(None, "Traceback (most recent call last):\n" * 40, tmp_path / "studitiru.log")
    yield ServerDialog()
    yield PasswordDialog("postgresql://protokol@server/studitiru")
    yield FirstStartDialog()
    yield RestoreDialog(tmp_path)
    if report_runner.HAVE_QTPDF:  # pragma: no cover - needs PySide6-Addons
        from studitiru.reports.itinerary import build_itinerary
        from studitiru.services import report_data
        from studitiru.ui.pdf_view import PdfPreviewDialog

        yield PdfPreviewDialog(build_itinerary(report_data.visit_report_data(context.db, visit.key)), "jadwal.pdf")


def test_every_dialog_fits_at_its_default_size(qtbot, context, tmp_path):
    seen = []
    for dialog in _dialogs(context, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(type(dialog).__name__)
        assert frame_height(dialog) <= ROOM, type(dialog).__name__
        dialog.close()
    assert len(seen) >= 12
