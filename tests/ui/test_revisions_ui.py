"""Releasing in the window: the Agenda tab's line 'Not sent: N change(s) since Revision 1' with the
changes, the real release dialog (note typed, Release clicked), the who-must-be-told dialog with
a copy button per person, undo and redo of a release through the undo stack, the refusal once a
revision was printed, and the timetable's mark on sessions changed since the last revision."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from studitiru.services import agenda, revisions
from studitiru.ui.context import SESSIONS
from studitiru.ui.visit_editor.revisions_panel import NoticesDialog, ReleaseDialog
from tests.reports.pdf_helpers import pages_text, squash
from tests.ui.modal import save_as, when_modal
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures

WELCOME = "ST-2025-014-1"


def _folder(tmp_path) -> Path:
    return Path(os.environ.get("STUDITIRU_SCREENSHOTS") or tmp_path)


def _release_through_the_dialogs(qtbot, panel, note: str, shots: list, copy: bool = True) -> dict:
    seen: dict = {}

    def fill_release(dialog: ReleaseDialog) -> None:
        seen["changes"] = dialog.changes.text()
        dialog.note.setPlainText(note)
        shots.append(dialog.grab())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def fill_notices(dialog: NoticesDialog) -> None:
        seen["texts"] = [t.toPlainText() for t in dialog.texts]
        seen["titles"] = [b.parent().title() for b in dialog.copy_buttons]
        if copy and dialog.copy_buttons:
            qtbot.mouseClick(dialog.copy_buttons[0], Qt.MouseButton.LeftButton)
            seen["clipboard"] = QGuiApplication.clipboard().text()
        dialog.language.setCurrentIndex(dialog.language.findData("id"))
        seen["texts_id"] = [t.toPlainText() for t in dialog.texts]
        shots.append(dialog.grab())
        dialog.reject()

    asked = when_modal(qtbot, ReleaseDialog, fill_release)
    told = when_modal(qtbot, NoticesDialog, fill_notices)
    qtbot.mouseClick(panel.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and bool(told), timeout=10_000)
    return seen


def test_release_in_the_window_with_notices_undo_and_redo(qtbot, editor, context, visit_key, errors, tmp_path):
    editor.tabs.setCurrentIndex(editor.AGENDA)
    panel = editor.agenda.revisions
    assert panel.status.text() == "Not released yet: the visitors have no schedule from this program."
    shots: list = []
    seen = _release_through_the_dialogs(qtbot, panel, "Jadwal awal", shots)
    assert errors == []
    released = revisions.revisions(context.db, visit_key)
    assert [(x.number, x.note) for x in released] == [(1, "Jadwal awal")]
    assert seen["titles"] == ["Presenter: Amirullah", "Site: Balai Kota Pontianak"]
    assert seen["texts"][0].startswith("Dear Amirullah,")
    assert "New: Penerimaan rombongan: Monday, 1 December 2025, 09:00–10:00 WIB, Balai Kota Pontianak" in seen["texts"][0]
    assert seen["clipboard"] == seen["texts"][0]
    assert revisions.get_revision(context.db, visit_key, 1).produced_as == "message"  # copied to be sent
    assert seen["texts_id"][0].startswith("Yth. Amirullah,") and "Baru: Penerimaan rombongan" in seen["texts_id"][0]
    assert panel.status.text().startswith("Sent: Revision 1 of ")
    assert not panel.release_button.isEnabled() and not panel.changes.isVisible()
    editor.tabs.setCurrentIndex(editor.HISTORY)
    history = editor.history.model

    def told() -> list[str]:
        return [history.display(history.record(row), history.WHAT) + " | " + history.display(history.record(row), history.CHANGES)
                for row in range(history.rowCount())]

    qtbot.waitUntil(lambda: any(line.startswith("Added: agenda revision 1") for line in told()))
    assert "Added: agenda revision 1 | note: Jadwal awal; new sessions: ST-2025-014-1" in told()
    editor.tabs.setCurrentIndex(editor.AGENDA)

    # A change after the release: the tab says it is not sent and lists it.
    agenda.move_session(context.db, WELCOME, datetime(2025, 12, 1, 10), datetime(2025, 12, 1, 11))
    context.changes.announce({SESSIONS}, {visit_key})
    qtbot.waitUntil(lambda: panel.status.text() == "Not sent: 1 change(s) since Revision 1")
    assert "Changed: Penerimaan rombongan — time (Monday, 1 December 2025): 09:00–10:00 WIB → 10:00–11:00 WIB" \
        in panel.changes.text()
    assert panel.release_button.isEnabled()
    editor.grab().save(str(_folder(tmp_path) / "agenda-tab-unsent.png"))

    seen = _release_through_the_dialogs(qtbot, panel, "Penerimaan diundur satu jam", shots, copy=False)
    assert "time (Monday, 1 December 2025): 09:00–10:00 WIB → 10:00–11:00 WIB" in seen["changes"]
    assert [x.number for x in revisions.revisions(context.db, visit_key)] == [1, 2]
    assert panel.revision_choice.count() == 2 and panel.revision_choice.currentData() == 2
    for number, shot in enumerate(shots):
        shot.save(str(_folder(tmp_path) / f"dialog-{number}.png"))

    # Revision 1 printed again, through Qt's file dialog: exactly as it was released.
    panel.revision_choice.setCurrentIndex(panel.revision_choice.findData(1))
    target = tmp_path / "rev1.pdf"
    saved = when_modal(qtbot, QFileDialog, save_as(target))
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert saved and target.exists()
    text = squash(" ".join(pages_text(target.read_bytes())))
    assert "Revision 1 · " in text and "09:00–10:00" in text and "10:00–11:00" not in text
    calendar = tmp_path / "rev2.ics"
    panel.revision_choice.setCurrentIndex(panel.revision_choice.findData(2))
    saved = when_modal(qtbot, QFileDialog, save_as(calendar))
    qtbot.mouseClick(panel.calendar_button, Qt.MouseButton.LeftButton)
    assert saved and b"SEQUENCE:1" in calendar.read_bytes()
    assert revisions.get_revision(context.db, visit_key, 2).produced_as == "ics"
    with_produced = revisions.get_revision(context.db, visit_key, 2)
    # Undo is refused now; a fresh release 3 shows undo and redo.
    context.undo_stack.undo()
    assert [x.number for x in revisions.revisions(context.db, visit_key)] == [1, 2]
    assert "calendar (.ics) was printed or saved" in errors.pop().message("en")
    assert revisions.get_revision(context.db, visit_key, 2) == with_produced
    agenda.move_session(context.db, WELCOME, datetime(2025, 12, 1, 11), datetime(2025, 12, 1, 12))
    context.changes.announce({SESSIONS}, {visit_key})
    qtbot.waitUntil(lambda: panel.release_button.isEnabled())
    _release_through_the_dialogs(qtbot, panel, "Diundur lagi", shots, copy=False)

    # Undo removes revision 3, redo brings the same one back.
    third = revisions.get_revision(context.db, visit_key, 3)
    context.undo_stack.undo()
    assert [x.number for x in revisions.revisions(context.db, visit_key)] == [1, 2]
    qtbot.waitUntil(lambda: panel.status.text() == "Not sent: 1 change(s) since Revision 2")
    context.undo_stack.redo()
    assert revisions.revisions(context.db, visit_key)[-1] == third
    # Once its itinerary was printed, undo refuses and the revision stays.
    revisions.mark_produced(context.db, visit_key, 3, "itinerary")
    context.undo_stack.undo()
    assert [x.number for x in revisions.revisions(context.db, visit_key)] == [1, 2, 3]
    assert len(errors) == 1 and "itinerary was printed or saved on" in errors[0].message("en")
    assert "jadwal kegiatan dari revisi ini sudah dicetak" in errors[0].message("id")


def test_the_timetable_marks_sessions_changed_since_the_last_revision(qtbot, context, visit_key, tmp_path):
    from studitiru.ui.pages.timetable import TimetablePage
    from studitiru.ui.timetable.blocks import SessionBlock

    revisions.release(context.db, visit_key, now=datetime(2025, 11, 20, 10))
    agenda.move_session(context.db, WELCOME, datetime(2025, 12, 1, 10), datetime(2025, 12, 1, 11))
    page = TimetablePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.toolbar.set_day(datetime(2025, 12, 1).date())
    page.refresh()

    def blocks():
        return [i for i in page.view.timetable.items() if isinstance(i, SessionBlock) and i.key == WELCOME]

    qtbot.waitUntil(lambda: bool(blocks()))
    assert all(b.unsent == 1 for b in blocks())
    assert "Changed since Revision 1, not sent yet" in blocks()[0].toolTip()
    assert "changed since the last revision, not sent yet" in page.legend.text()
    page.grab().save(str(_folder(tmp_path) / "timetable-unsent.png"))
    revisions.release(context.db, visit_key, now=datetime(2025, 11, 21, 10))
    page.refresh()
    assert all(b.unsent is None for b in blocks())
    assert "not sent yet" not in page.legend.text()
    page.grab().save(str(_folder(tmp_path) / "timetable.png"))


def test_a_read_only_window_cannot_release_but_prints_again(qtbot, tmp_path):
    from studitiru.db.readonly import make_read_only
    from studitiru.ui.pages.visits import VisitsPage
    from tests.ui.helpers import fill_small_office, make_context

    context = make_context(tmp_path, lang="en")
    try:
        key = fill_small_office(context)
        revisions.release(context.db, key, now=datetime(2025, 11, 20, 10))
        make_read_only(context.db)
        context.read_only = True
        page = VisitsPage(context)
        qtbot.addWidget(page)
        page.show()
        page.open_visit(key)
        page.editor.tabs.setCurrentIndex(page.editor.AGENDA)  # the panel reads the revisions when shown
        panel = page.editor.agenda.revisions
        assert not panel.release_button.isEnabled() and panel.print_button.isEnabled()
        target = tmp_path / "again.pdf"
        saved = when_modal(qtbot, QFileDialog, save_as(target))
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
        assert saved and "Revision 1 · 20 November 2025" in squash(pages_text(target.read_bytes())[0])
        assert revisions.get_revision(context.db, key, 1).produced_at is None  # nothing written
    finally:
        context.undo_stack.clear()
        context.db.dispose()
