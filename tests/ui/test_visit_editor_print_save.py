"""The officer prints and saves from the visit editor in the real window (issue 12): the toolbar's
Print is enabled there and prints the visit's itinerary; saving a PDF through the real file
dialog says where it went in the status bar, with buttons to open the file or its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from studitiru.ui import report_runner, saved_notice
from studitiru.ui.main_window import MainWindow
from tests.reports.pdf_helpers import pages_text, squash
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.shell_support import language


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    yield context
    QThreadPool.globalInstance().waitForDone()
    context.db.dispose()


@pytest.fixture
def window(qtbot, context):
    with language("id"):
        shell = MainWindow(context, remember_state=False)
        qtbot.addWidget(shell)
        shell.show()
        qtbot.waitExposed(shell)
        shell.open_visit("ST-2025-014")
        yield shell
        shell.change_poll.timer.stop()  # no look after the database is closed; one under way ends here
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()
        shell.close()


def test_print_is_enabled_in_the_visit_editor_and_prints_the_itinerary(qtbot, window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(report_runner.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(report_runner, "HAVE_QTPDF", False)  # printed from the computer's PDF viewer
    monkeypatch.setattr(report_runner.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page = window.current_page()
    assert page.stack.currentWidget() is page.editor
    assert window._print_action.isEnabled()
    window._print_action.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30000)
    text = squash(" ".join(pages_text(Path(opened[0]).read_bytes())))
    assert "Jadwal Kegiatan Studi Tiru" in text and "Penerimaan rombongan" in text


def _save_through_the_real_dialog(qtbot, target: Path) -> dict:
    seen = {}

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, poll)
            return
        seen["title"] = dialog.windowTitle()
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed as a person would, then Simpan
        name.setText(str(target))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        seen["button"] = save.text()
        save.click()

    QTimer.singleShot(0, poll)
    return seen


def test_saving_a_pdf_says_where_it_went(qtbot, window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(saved_notice, "open_url", lambda path: opened.append(path) or True)
    target = tmp_path / "Jadwal Balangan.pdf"
    seen = _save_through_the_real_dialog(qtbot, target)
    editor = window.current_page().editor
    assert editor.reports_button.save("itinerary")
    qtbot.waitUntil(lambda: target.exists(), timeout=30000)
    assert (seen["title"], seen["button"]) == ("Simpan sebagai PDF", "&Simpan")
    notice = window.statusBar().findChild(saved_notice.SavedNotice)
    assert notice is not None and notice.isVisible()
    assert notice.label.text() == f"Tersimpan: {target}"
    assert notice.open_file_button.text() == "Buka berkas" and notice.open_folder_button.text() == "Buka folder"
    notice.open_folder_button.click()
    notice.open_file_button.click()
    assert opened == [tmp_path, target]


@pytest.mark.parametrize(("lang", "saved"), [("id", "Tersimpan: {}"), ("en", "Saved: {}")])
def test_the_reports_page_says_where_a_file_went_once_in_the_status_bar(qtbot, context, monkeypatch, tmp_path, lang, saved):
    """Saving from the Reports page: the window's notice (with open file/folder) and no second line
    of the page's own saying the same."""
    from PySide6.QtWidgets import QLabel

    monkeypatch.setattr(saved_notice, "open_url", lambda path: True)
    with language(lang):
        shell = MainWindow(context, remember_state=False)
        qtbot.addWidget(shell)
        shell.show()
        qtbot.waitExposed(shell)
        try:
            page = shell.show_page("reports")
            for kind, target in (("itinerary", tmp_path / "Jadwal Balangan.pdf"), ("ics", tmp_path / "ST-2025-014.ics")):
                _save_through_the_real_dialog(qtbot, target)
                if kind == "ics":  # the visit chosen for the itinerary
                    page.ics_button.click()
                else:
                    page.choose(kind, visit="ST-2025-014")
                    page.save_button.click()
                qtbot.waitUntil(lambda target=target: target.exists(), timeout=30000)
                qtbot.waitUntil(lambda: not page.runner.is_running() and not page.progress.isVisible())
                qtbot.waitUntil(lambda target=target: any(n.path == target for n in shell.statusBar().findChildren(
                    saved_notice.SavedNotice)))
                notice = next(n for n in shell.statusBar().findChildren(saved_notice.SavedNotice) if n.path == target)
                assert notice.label.text() == saved.format(target) and notice.isVisible()
                telling = [label for label in shell.findChildren(QLabel)
                           if label.isVisible() and str(target) in label.text()]
                assert telling == [notice.label], [label.text() for label in telling]
                assert page.status.text() == ""
        finally:
            shell.change_poll.timer.stop()
            QThreadPool.globalInstance().waitForDone()
            QApplication.processEvents()
            shell.close()
