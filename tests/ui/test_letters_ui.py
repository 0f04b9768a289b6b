"""The letters in the window: the visit editor's Surat tab (write, save as PDF and Word, void with
undo, re-issue), the contacts/NIP/rank/officers fields of the details, the register page and the
letter settings dialog (filled and saved as a person would)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from studitiru.domain import records as r
from studitiru.domain.letters import LetterKind, LetterStatus
from studitiru.services import letters, visits
from studitiru.ui.letters.settings_dialog import LetterSettingsDialog
from studitiru.ui.pages.letters import LettersPage
from tests.reports.pdf_helpers import pages_text, squash
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures


def _answer_next_modal(answer):
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        answer(dialog)

    QTimer.singleShot(0, poll)


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_surat_tab_numbers_saves_voids_with_undo_and_reissues(qtbot, editor, context, visit_key, tmp_path, errors):
    tab = editor.letters
    editor.tabs.setCurrentIndex(editor.LETTERS)
    assert editor.tabs.tabText(editor.LETTERS) == "Letters"
    _choose(tab.kind, LetterKind.REPLY.value)
    saved = tab.save("pdf", tmp_path / "balasan.pdf")
    assert saved is not None and errors == []
    text = squash("\n".join(pages_text(saved.read_bytes())))
    entry = letters.register(context.db)[0]
    assert entry.number in text and "Bupati Balangan" in text
    assert tab.model.rowCount() == 1 and tab.model.record(0).number == entry.number
    assert visits.get_visit(context.db, visit_key).reply_letter.number == entry.number  # the visit's own record
    # Saving it again as Word reuses the number.
    assert tab.save("docx", tmp_path / "balasan.docx").read_bytes()[:2] == b"PK"
    assert len(letters.register(context.db)) == 1
    # The nota dinas of the only presenter, then void the reply through the real question.
    _choose(tab.kind, LetterKind.PRESENTER_REQUEST.value)
    assert tab.presenter.isEnabled() and tab.presenter.currentData() == "sekda"
    assert tab.save("pdf", tmp_path / "nd.pdf") is not None
    assert tab.model.rowCount() == 2
    tab.table.selectRow(0)
    assert tab.void_button.isEnabled()

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Salah alamat")
        dialog.accept()

    _answer_next_modal(answer)
    voided = tab.void_selected()
    assert voided is not None and voided.status is LetterStatus.VOID and voided.void_reason == "Salah alamat"
    assert tab.model.record(0).status is LetterStatus.VOID
    context.undo_stack.undo()  # voiding is undoable
    assert letters.register(context.db)[0].status is LetterStatus.ISSUED
    context.undo_stack.redo()
    assert letters.register(context.db)[0].status is LetterStatus.VOID
    # Re-issue the nota dinas as a new letter: it is voided and the next number taken.
    tab.table.selectRow(1)
    _answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    renewed = tab.reissue_selected()
    assert renewed is not None and renewed.sequence == 3 and renewed.replaces is not None
    assert [e.status for e in letters.register(context.db)] == [LetterStatus.VOID, LetterStatus.VOID, LetterStatus.ISSUED]


def test_details_hold_contacts_nip_rank_officers_and_dress_with_undo(qtbot, editor, context, visit_key, errors):
    details = editor.details
    details.liaison_name.setText("Yuliani Safitri")
    details.liaison_name.editingFinished.emit()
    for edit, value in ((details.liaison_phone, "0812-5678-9012"), (details.liaison_nip, "19850714 201001 2 015"),
                        (details.liaison_rank, "Penata Tk. I (III/d)"), (details.leader_email, "setda@balangankab.go.id"),
                        (details.dress, "Batik")):
        edit.setText(value)
        edit.editingFinished.emit()
    details.officers.setText("Hendra Saputra | Penata Muda (III/a) | 19920101 201503 1 002 | Pengelola Protokol\n\n  ")
    details.officers.editingFinished.emit()
    stored = visits.get_visit(context.db, visit_key)
    assert errors == []
    assert stored.liaison == r.Person("Yuliani Safitri", None, "0812-5678-9012", None, "19850714 201001 2 015",
                                      "Penata Tk. I (III/d)")
    assert stored.leader.email == "setda@balangankab.go.id" and stored.dress == "Batik"
    assert stored.officers == (r.Officer("Hendra Saputra", "Pengelola Protokol", "Penata Muda (III/a)", "19920101 201503 1 002"),)
    # Another field's edit keeps them all (the record is rebuilt from every field).
    details.title.setText("Judul baru")
    details.title.editingFinished.emit()
    assert visits.get_visit(context.db, visit_key).liaison.nip == "19850714 201001 2 015"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert visits.get_visit(context.db, visit_key).officers == ()


def test_the_register_page_and_the_settings_dialog(qtbot, context, visit_key, errors):
    for kind in (LetterKind.REPLY, LetterKind.ASSIGNMENT):
        letters.issue(context.db, kind, visit_key, today=date(2026, 2, 3))
    page = LettersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 2 and page.year.currentData() == 2026
    assert page.count_label.text() == "2 letters, 0 void."

    def fill(dialog):
        assert isinstance(dialog, LetterSettingsDialog)
        dialog.pattern.setText("{code}/{number}/{unit}/{month_roman}/{year}")
        dialog.unit.setText("Prokopim")
        dialog.city.setText("Pontianak")
        dialog.signatory.name.setText("Dr. H. Mulyadi")
        dialog.signatory.nip.setText("19680512 199303 1 007")
        dialog.kinds[LetterKind.REPLY].copies.setPlainText("Wali Kota Pontianak\n\nArsip")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    _answer_next_modal(fill)
    page.settings_button.click()
    saved = letters.get_settings(context.db)
    assert saved.city == "Pontianak" and saved.signatory.nip == "19680512 199303 1 007"
    assert saved.reply.copies == ("Wali Kota Pontianak", "Arsip")
    assert letters.issue(context.db, LetterKind.INVITATION, visit_key,
                         today=date(2026, 2, 3)).number == "400.14.5.1/0003/Prokopim/II/2026"
    context.undo_stack.undo()
    assert letters.get_settings(context.db).city == ""
