"""The visit editor's Details tab and status: every field saved at once, refusals shown,
undo and redo through the shared stack, and the screen following the data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from studitiru.domain import records as r
from studitiru.services import registers, visits
from studitiru.ui.widgets.new_institution_dialog import NewInstitutionDialog
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures


def stored(context, key):
    return visits.get_visit(context.db, key)


def test_the_editor_shows_the_visit(editor, visit_key):
    details = editor.details
    assert details.title.text() == "Studi tiru Zona Integritas"
    assert details.institution.currentText() == "Pemerintah Kabupaten Balangan"
    assert details.starts_on.value() == date(2025, 12, 1)
    assert details.starts_on.text() == "Monday, 1 December 2025"
    assert details.headcount.value() == 12
    assert details.leader_name.text() == "Sufrianor"
    assert editor.tabs.tabText(editor.PARTICIPANTS) == "Participants (1)"


def test_fill_the_details_with_undo_and_redo(qtbot, editor, context, visit_key):
    details = editor.details
    details.title.setText("Studi tiru ZI")
    qtbot.keyClick(details.title, Qt.Key.Key_Return)
    assert stored(context, visit_key).title == "Studi tiru ZI"
    assert context.undo_stack.undoText() == "change visit 'Studi tiru ZI'"
    assert editor.heading.text() == "Studi tiru ZI"

    details.liaison_name.setText("Rina Marlina")
    details.liaison_position.setText("Kepala Subbagian Protokol")
    details.liaison_name.editingFinished.emit()
    details.purpose.setText("Belajar pembangunan Zona Integritas menuju WBK/WBBM.")
    details.purpose.editingFinished.emit()
    details.headcount.setValue(15)
    details.headcount.editingFinished.emit()
    details.ends_on.set_value(date(2025, 12, 2))
    details.ends_on.committed.emit()
    details.topics.item(0).setCheckState(Qt.CheckState.Checked)
    details.request_number.setText("000.1.5/123/Org")
    details.request_date.check.setChecked(True)
    visit = stored(context, visit_key)
    assert visit.liaison == r.Person("Rina Marlina", "Kepala Subbagian Protokol")
    assert visit.purpose == "Belajar pembangunan Zona Integritas menuju WBK/WBBM."
    assert visit.headcount == 15
    assert visit.ends_on == date(2025, 12, 2)
    assert visit.topics == ("zi",)
    assert visit.request_letter == r.Letter("000.1.5/123/Org", date(2025, 12, 1))

    for _ in range(6):  # letter, topics, end date, headcount, purpose, liaison
        context.undo_stack.undo()
    visit = stored(context, visit_key)
    assert (visit.title, visit.liaison, visit.headcount, visit.topics) == ("Studi tiru ZI", None, 12, ())
    assert details.liaison_name.text() == "" and details.headcount.value() == 12
    assert details.topics.keys() == () and not details.request_date.check.isChecked()
    context.undo_stack.undo()
    assert stored(context, visit_key).title == "Studi tiru Zona Integritas"
    assert details.title.text() == "Studi tiru Zona Integritas"

    context.undo_stack.redo()
    context.undo_stack.redo()
    assert stored(context, visit_key).liaison == r.Person("Rina Marlina", "Kepala Subbagian Protokol")
    assert details.title.text() == "Studi tiru ZI" and details.liaison_name.text() == "Rina Marlina"


def test_an_end_before_the_start_is_refused_with_a_clear_message(editor, context, visit_key, errors):
    details = editor.details
    details.ends_on.set_value(date(2025, 11, 30))
    details.ends_on.committed.emit()
    assert len(errors) == 1
    assert errors[0].message("en") == "visit ST-2025-014, end date: cannot be before the start date"
    assert errors[0].message("id") == "kunjungan ST-2025-014, tanggal selesai: tidak boleh sebelum tanggal mulai"
    assert stored(context, visit_key).ends_on == date(2025, 12, 1)
    assert details.ends_on.value() == date(2025, 12, 1)  # the field shows the stored date again
    assert context.undo_stack.count() == 0


def test_an_empty_title_is_refused(editor, context, visit_key, errors):
    editor.details.title.setText("   ")
    editor.details.title.editingFinished.emit()
    assert "title" in errors[0].message("en")
    assert editor.details.title.text() == "Studi tiru Zona Integritas"


def _answer_next_modal(qtbot, answer):
    """Call `answer(dialog)` on the next modal dialog once it is shown (the real dialog, filled
    and closed as a person would)."""
    seen = {}

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen["dialog"] = dialog
        dialog.activateWindow()  # keys go to the dialog as they would on a screen
        qtbot.waitUntil(dialog.isActiveWindow)
        answer(dialog)
        if dialog.isVisible():  # the answer did not close it: fail the test rather than hang
            seen["left_open"] = True
            dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def test_a_new_institution_is_added_on_the_spot_with_its_kind_and_province(qtbot, editor, context, visit_key):
    def answer(dialog):
        assert isinstance(dialog, NewInstitutionDialog)
        assert dialog.name.text() == "Pemerintah Kota Balikpapan"
        assert dialog.kind.currentData() == "city"  # guessed from the name
        assert dialog.add_button.isDefault() and dialog.add_button.text() == "Add"
        dialog.province.setEditText("Kalimantan Timur")
        qtbot.keyClick(dialog.province, Qt.Key.Key_Return)  # Enter adds

    seen = _answer_next_modal(qtbot, answer)
    combo = editor.details.institution
    combo.setEditText("Pemerintah Kota Balikpapan")
    combo.committed.emit()
    assert "dialog" in seen and "left_open" not in seen
    institution = registers.get_record(context.db, r.Institution, stored(context, visit_key).institution)
    assert (institution.name, institution.kind, institution.province) == (
        "Pemerintah Kota Balikpapan", r.InstitutionKind.CITY, "Kalimantan Timur")
    assert combo.currentText() == "Pemerintah Kota Balikpapan"
    assert context.undo_stack.count() == 2  # the register, then the visit
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(context, visit_key).institution == "pemkab-balangan"
    assert combo.currentText() == "Pemerintah Kabupaten Balangan"
    assert [i.name for i in registers.list_records(context.db, r.Institution)] == ["Pemerintah Kabupaten Balangan"]


def test_a_cancelled_new_institution_keeps_the_old_one(qtbot, editor, context, visit_key):
    seen = _answer_next_modal(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    combo = editor.details.institution
    combo.setEditText("Tidak ada")
    combo.committed.emit()
    assert "dialog" in seen and "left_open" not in seen
    assert stored(context, visit_key).institution == "pemkab-balangan"
    assert combo.currentText() == "Pemerintah Kabupaten Balangan"
    assert [i.name for i in registers.list_records(context.db, r.Institution)] == ["Pemerintah Kabupaten Balangan"]


def status_button(editor, status: r.VisitStatus) -> QPushButton:
    return editor.findChild(QPushButton, f"status-{status.value}")


def test_change_the_status_along_the_life_with_undo(qtbot, editor, context, visit_key):
    assert status_button(editor, r.VisitStatus.COMPLETED) is None  # not straight from requested
    qtbot.mouseClick(status_button(editor, r.VisitStatus.CONFIRMED), Qt.MouseButton.LeftButton)
    assert stored(context, visit_key).status == r.VisitStatus.CONFIRMED
    assert editor.status_label.text().startswith("Status: Confirmed.")
    assert context.undo_stack.undoText() == "change the status of 'Studi tiru Zona Integritas' to Confirmed"
    qtbot.waitUntil(lambda: status_button(editor, r.VisitStatus.COMPLETED) is not None)
    qtbot.mouseClick(status_button(editor, r.VisitStatus.COMPLETED), Qt.MouseButton.LeftButton)
    assert stored(context, visit_key).status == r.VisitStatus.COMPLETED
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(context, visit_key).status == r.VisitStatus.REQUESTED
    assert editor.status_label.text().startswith("Status: Requested.")
    context.undo_stack.redo()
    assert stored(context, visit_key).status == r.VisitStatus.CONFIRMED
    assert editor.status_label.text().startswith("Status: Confirmed.")


def _move_visit_to(context, key, day):
    visit = stored(context, key)
    fields = {f: getattr(visit, f) for f in visit.__slots__}
    visits.update_visit(context.db, r.Visit(**{**fields, "starts_on": day, "ends_on": day}))


def test_a_visit_45_days_ahead_is_not_completed_without_a_word(qtbot, editor, context, visit_key, frozen_today):
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    _move_visit_to(context, visit_key, frozen_today + timedelta(days=45))
    visits.change_status(context.db, visit_key, r.VisitStatus.CONFIRMED)
    context.changes.announce("visits", {visit_key})
    qtbot.waitUntil(lambda: status_button(editor, r.VisitStatus.COMPLETED) is not None)
    asked = []

    def answer_cancel(dialog):
        asked.append(dialog.text())
        assert isinstance(dialog, QMessageBox) and dialog.defaultButton().text() == "Cancel"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter takes the default: nothing changes

    seen = _answer_next_modal(qtbot, answer_cancel)
    qtbot.mouseClick(status_button(editor, r.VisitStatus.COMPLETED), Qt.MouseButton.LeftButton)
    assert "left_open" not in seen
    assert asked and "has not started yet" in asked[0] and "in 45 days" in asked[0] and "'Completed'" in asked[0]
    assert stored(context, visit_key).status == r.VisitStatus.CONFIRMED
    assert context.undo_stack.undoText() != "change the status of 'Studi tiru Zona Integritas' to Completed"

    def answer_yes(dialog):
        go = next(b for b in dialog.buttons() if b.text() == "Mark as 'Completed'")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    seen = _answer_next_modal(qtbot, answer_yes)
    qtbot.mouseClick(status_button(editor, r.VisitStatus.COMPLETED), Qt.MouseButton.LeftButton)
    assert "dialog" in seen and "left_open" not in seen
    assert stored(context, visit_key).status == r.VisitStatus.COMPLETED


def test_a_visit_that_has_ended_is_completed_without_a_question(qtbot, editor, context, visit_key, frozen_today):
    _move_visit_to(context, visit_key, frozen_today)  # its last day: it may be marked held
    visits.change_status(context.db, visit_key, r.VisitStatus.CONFIRMED)
    context.changes.announce("visits", {visit_key})
    qtbot.waitUntil(lambda: status_button(editor, r.VisitStatus.COMPLETED) is not None)
    qtbot.mouseClick(status_button(editor, r.VisitStatus.COMPLETED), Qt.MouseButton.LeftButton)
    assert stored(context, visit_key).status == r.VisitStatus.COMPLETED


def test_the_question_for_a_visit_tomorrow_says_tomorrow():
    from studitiru.ui.visit_editor.status_guard import early_question

    visit = r.Visit(key="ST-1", title="Studi tiru MPP", institution="x",
                    starts_on=date(2027, 1, 14), ends_on=date(2027, 1, 14))
    question = early_question(visit, r.VisitStatus.COMPLETED, date(2027, 1, 13), "en")
    assert "starts tomorrow, Thursday, 14 January 2027" in question and "1 days" not in question
    assert "in 2 days" in early_question(visit, r.VisitStatus.COMPLETED, date(2027, 1, 12), "en")
