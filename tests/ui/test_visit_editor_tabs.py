"""The visit editor's Participants, Agenda and Lessons tabs: add, change, reorder, paste and
delete, each one undo step, with the data and the screen following undo and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from studitiru.domain import records as r
from studitiru.services import lessons, visits
from studitiru.ui.visit_editor.lesson_dialog import LessonDialog
from studitiru.ui.visit_editor.models import ParticipantModel, SessionModel
from studitiru.ui.visit_editor.session_dialog import SessionDialog, default_session
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures


def names(context, key):
    return [p.name for p in visits.get_visit(context.db, key).participants]


def shown_names(tab):
    return [tab.model.index(row, ParticipantModel.NAME).data() for row in range(tab.model.rowCount())]


def test_add_edit_and_reorder_participants_with_undo(qtbot, editor, context, visit_key):
    tab = editor.participants
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert names(context, visit_key) == ["Sufrianor", "New participant"]
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)  # the new name is open for typing
    field.setText("Hj. Siti Nurjanah")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names(context, visit_key) == ["Sufrianor", "Hj. Siti Nurjanah"])
    assert context.undo_stack.undoText() == "edit participants of 'Studi tiru Zona Integritas'"

    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(context, visit_key) == ["Hj. Siti Nurjanah", "Sufrianor"]
    assert shown_names(tab) == ["Hj. Siti Nurjanah", "Sufrianor"]
    assert tab.table.currentIndex().row() == 0  # the moved row stays selected
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    assert names(context, visit_key) == ["Sufrianor", "Hj. Siti Nurjanah"]

    context.undo_stack.undo()
    assert shown_names(tab) == ["Hj. Siti Nurjanah", "Sufrianor"]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert names(context, visit_key) == ["Sufrianor", "New participant"]
    context.undo_stack.undo()
    assert names(context, visit_key) == shown_names(tab) == ["Sufrianor"]
    for _ in range(3):
        context.undo_stack.redo()
    assert names(context, visit_key) == shown_names(tab) == ["Hj. Siti Nurjanah", "Sufrianor"]
    assert editor.tabs.tabText(editor.PARTICIPANTS) == "Participants (2)"


def test_edit_the_role_in_place(qtbot, editor, context, visit_key):
    tab = editor.participants
    index = tab.model.index(0, ParticipantModel.ROLE)
    assert index.data() == "Leader"
    assert tab.model.setData(index, r.ParticipantRole.MEMBER.value)
    qtbot.waitUntil(lambda: visits.get_visit(context.db, visit_key).participants[0].role == r.ParticipantRole.MEMBER)
    assert tab.model.index(0, ParticipantModel.ROLE).data() == "Member"


def test_remove_participants_with_undo(qtbot, editor, context, visit_key):
    tab = editor.participants
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert names(context, visit_key) == shown_names(tab) == []
    context.undo_stack.undo()
    assert names(context, visit_key) == shown_names(tab) == ["Sufrianor"]


PASTED = (
    "Nama\tJabatan\tInstansi\tTelepon\tEmail\tPeran\r\n"
    "Ahmad Rifa'i\tKepala Bagian Organisasi\tSetda Balangan\t0812-5555-0101\tahmad@example.go.id\tAnggota\r\n"
    "Dra. Ermawati\tInspektur\tInspektorat\t\t\t\r\n"
)


def test_paste_rows_copied_from_a_spreadsheet(qtbot, editor, context, visit_key):
    tab = editor.participants
    QGuiApplication.clipboard().setText(PASTED)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    visit = visits.get_visit(context.db, visit_key)
    assert [p.name for p in visit.participants] == ["Sufrianor", "Ahmad Rifa'i", "Dra. Ermawati"]
    assert visit.participants[1] == r.Participant("Ahmad Rifa'i", "Kepala Bagian Organisasi", "Setda Balangan",
                                                  "0812-5555-0101", "ahmad@example.go.id", r.ParticipantRole.MEMBER)
    assert shown_names(tab) == ["Sufrianor", "Ahmad Rifa'i", "Dra. Ermawati"]
    assert context.undo_stack.undoText() == "paste 2 participants into 'Studi tiru Zona Integritas'"
    context.undo_stack.undo()
    assert names(context, visit_key) == shown_names(tab) == ["Sufrianor"]
    context.undo_stack.redo()
    assert shown_names(tab) == ["Sufrianor", "Ahmad Rifa'i", "Dra. Ermawati"]


def session_titles(tab):
    return [tab.model.index(row, SessionModel.TITLE).data() for row in range(tab.model.rowCount())]


def test_add_change_and_delete_sessions_with_undo(qtbot, editor, context, visit_key, monkeypatch):
    tab = editor.agenda
    visit = visits.get_visit(context.db, visit_key)
    new = replace(default_session(visit), title="Paparan Zona Integritas", kind=r.SessionKind.PRESENTATION,
                  site="balai-kota", presenters=("sekda",), topics=("zi",))
    assert (new.starts_at, new.ends_at) == (datetime(2025, 12, 1, 10), datetime(2025, 12, 1, 11))
    monkeypatch.setattr(SessionDialog, "ask", classmethod(lambda cls, parent, ctx, v, lookups, session=None: new))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    sessions = visits.get_visit(context.db, visit_key).sessions
    assert [s.title for s in sessions] == ["Penerimaan rombongan", "Paparan Zona Integritas"]
    assert session_titles(tab) == ["Penerimaan rombongan", "Paparan Zona Integritas"]
    row = tab.model.record(1)
    assert tab.model.index(1, SessionModel.TIME).data() == "10:00–11:00"
    assert tab.model.index(1, SessionModel.PRESENTERS).data() == "Amirullah"
    assert editor.tabs.tabText(editor.AGENDA) == "Agenda (2)"
    key = row.key

    changed = replace(row, title="Paparan dan diskusi ZI", ends_at=datetime(2025, 12, 1, 11, 30))
    monkeypatch.setattr(SessionDialog, "ask", classmethod(lambda cls, parent, ctx, v, lookups, session=None: changed))
    tab.table.setCurrentIndex(tab.model.index(1, 1))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert visits.get_visit(context.db, visit_key).sessions[1].title == "Paparan dan diskusi ZI"
    assert context.undo_stack.undoText() == "change session 'Paparan dan diskusi ZI'"

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert session_titles(tab) == ["Penerimaan rombongan"]

    context.undo_stack.undo()
    assert session_titles(tab) == ["Penerimaan rombongan", "Paparan dan diskusi ZI"]
    context.undo_stack.undo()
    assert session_titles(tab) == ["Penerimaan rombongan", "Paparan Zona Integritas"]
    context.undo_stack.undo()
    assert session_titles(tab) == ["Penerimaan rombongan"]
    context.undo_stack.redo()
    sessions = visits.get_visit(context.db, visit_key).sessions
    assert [s.key for s in sessions][1] == key  # redo puts it back with the same key
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert session_titles(tab) == ["Penerimaan rombongan"]


def test_undoing_a_session_delete_relinks_its_lessons(qtbot, editor, context, visit_key):
    tab = editor.agenda
    session = visits.get_visit(context.db, visit_key).sessions[0]
    lessons.add_lesson(context.db, r.Lesson(key="", visit=visit_key, observation="Sambutan singkat", session=session.key))
    context.changes.announce("lessons", {visit_key})
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert visits.get_visit(context.db, visit_key).lessons[0].session is None
    context.undo_stack.undo()
    assert visits.get_visit(context.db, visit_key).lessons[0].session == session.key


def test_findings_touching_a_session_are_shown_beside_it(qtbot, editor, context, visit_key, monkeypatch):
    tab = editor.agenda
    clash = replace(default_session(visits.get_visit(context.db, visit_key)), title="Bentrok",
                    starts_at=datetime(2025, 12, 1, 9, 30), ends_at=datetime(2025, 12, 1, 10, 30),
                    site="balai-kota", presenters=("sekda",))
    monkeypatch.setattr(SessionDialog, "ask", classmethod(lambda cls, parent, ctx, v, lookups, session=None: clash))
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.findings.rowCount() >= 1
    assert tab.findings_label.text().startswith("Findings: ")
    marker = tab.model.index(0, SessionModel.MARK)
    assert marker.data(Qt.ItemDataRole.DecorationRole) is not None
    assert tab.findings.record(0).message("en") in marker.data(Qt.ItemDataRole.ToolTipRole)
    context.undo_stack.undo()
    assert tab.findings.rowCount() == 0
    assert tab.model.index(0, SessionModel.MARK).data(Qt.ItemDataRole.DecorationRole) is None


def test_session_dialog_refuses_an_end_before_the_start(qtbot, context, visit_key):
    from studitiru.ui.visit_editor.lookups import load_lookups

    visit = visits.get_visit(context.db, visit_key)
    dialog = SessionDialog(None, context, visit, load_lookups(context.db), visit.sessions[0])
    qtbot.addWidget(dialog)
    dialog.ends.setTime(dialog.starts.time().addSecs(-600))
    dialog._on_buttons_accepted()
    assert dialog.error.text() == "The session must end after it starts."
    assert dialog.result() == 0


def test_record_change_and_delete_a_lesson_with_undo(qtbot, editor, context, visit_key, monkeypatch):
    tab = editor.lessons
    first = r.Lesson(key="", visit=visit_key, observation="Pakta integritas ditandatangani seluruh pegawai",
                     topic="zi", recommendation="Tanda tangan pakta integritas", owner="Inspektorat",
                     status=r.LessonStatus.PLANNED, follow_up_on=date(2026, 3, 1))
    monkeypatch.setattr(LessonDialog, "ask", classmethod(lambda cls, parent, ctx, v, lookups, lesson=None: first))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    stored = visits.get_visit(context.db, visit_key).lessons
    assert [(l.observation, l.status) for l in stored] == [(first.observation, r.LessonStatus.PLANNED)]
    assert tab.model.index(0, tab.model.FOLLOW_UP).data() == "1 March 2026"
    assert tab.model.index(0, tab.model.TOPIC).data() == "Zona Integritas"
    adopted = replace(stored[0], status=r.LessonStatus.ADOPTED)
    monkeypatch.setattr(LessonDialog, "ask", classmethod(lambda cls, parent, ctx, v, lookups, lesson=None: adopted))
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter edits
    assert visits.get_visit(context.db, visit_key).lessons[0].status == r.LessonStatus.ADOPTED
    assert tab.model.index(0, tab.model.STATUS).data() == "Adopted"
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert visits.get_visit(context.db, visit_key).lessons == ()
    context.undo_stack.undo()
    assert tab.model.index(0, tab.model.STATUS).data() == "Adopted"
    context.undo_stack.undo()
    assert tab.model.index(0, tab.model.STATUS).data() == "Planned"
    context.undo_stack.undo()
    assert tab.model.rowCount() == 0 and visits.get_visit(context.db, visit_key).lessons == ()
    context.undo_stack.redo()
    assert visits.get_visit(context.db, visit_key).lessons[0].key == stored[0].key
    assert editor.tabs.tabText(editor.LESSONS) == "Lessons (1)"
