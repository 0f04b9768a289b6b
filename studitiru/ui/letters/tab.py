"""The visit editor's Surat tab: write the visit's letters (reply, nota dinas to a presenter's
unit, surat tugas, invitation), preview, print and save them as PDF or Word, and void or re-issue
them. Its table lists the visit's letters with their numbers and dates.

Printing or saving a letter takes its number from the register (or reuses the number it already
has); a number once taken stays used, so that step is not on the undo stack (the tab says so).
Voiding is undoable (the letter is issued again, unless another replaced it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain import records as r
from studitiru.domain.letters import LetterKind, LetterStatus, RegisteredLetter
from studitiru.errors import UserError
from studitiru.services import letter_writer, letters
from studitiru.services.report_data import write_file_atomically
from studitiru.ui import messages, report_runner
from studitiru.ui.context import VISITS, AppContext
from studitiru.ui.letters.model import LettersModel, kind_label
from studitiru.ui.undo import run_edit


class LettersTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: r.Visit | None = None
        self._presenter_names: dict[str, str] = {}
        self.kind = QComboBox(self)
        for kind in LetterKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.presenter = QComboBox(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Indonesian"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the visit cannot be received (printed in the reply)"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_docx_button = QPushButton(self.tr("Save as Word…"), self)
        self.note = QLabel(self.tr(
            "Printing or saving a letter takes the next number of the register, or the number the letter "
            "already has. A number once taken stays used: it cannot be undone, only voided."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text)")
        self.model = LettersModel(context.lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setColumnHidden(LettersModel.VISIT, True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(LettersModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.reissue_button = QPushButton(self.tr("Re-issue as a new letter"), self)
        self._build()
        self.kind.currentIndexChanged.connect(self._update_fields)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.save_docx_button.clicked.connect(lambda: self.save("docx"))
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.reissue_button.clicked.connect(lambda: self.reissue_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.last_saved: Path | None = None
        self._update_fields()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.tr("Presenter"), self.presenter)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Reason for declining"), self.reason)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_pdf_button, self.save_docx_button):
            actions.addWidget(button)
        actions.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.void_button)
        below.addWidget(self.reissue_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Letters of this visit"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(below)

    # --- showing ------------------------------------------------------------------------------
    def set_visit(self, visit: r.Visit, presenter_names: dict[str, str] | None = None) -> None:
        self._visit = visit
        if presenter_names is not None:
            self._presenter_names = presenter_names
        chosen = self.presenter.currentData()
        self.presenter.blockSignals(True)
        self.presenter.clear()
        for key in letter_writer.presenters_of(visit):
            self.presenter.addItem(self._presenter_names.get(key, key), key)
        index = self.presenter.findData(chosen)
        self.presenter.setCurrentIndex(max(index, 0))
        self.presenter.blockSignals(False)
        self.model.set_rows(letters.visit_letters(self._context.db, visit.key))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(LettersModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self._update_fields()

    def _kind(self) -> LetterKind:
        return LetterKind(str(self.kind.currentData()))  # a combo's data comes back as str

    def _update_fields(self) -> None:
        kind = self._kind()
        self.presenter.setEnabled(kind is LetterKind.PRESENTER_REQUEST and self.presenter.count() > 0)
        declining = kind is LetterKind.REPLY and self._visit is not None and self._visit.status is r.VisitStatus.CANCELLED
        self.reason.setEnabled(declining)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected()
        writable = not self._context.read_only and self._visit is not None
        self.void_button.setEnabled(writable and selected is not None and selected.status is LetterStatus.ISSUED)
        self.reissue_button.setEnabled(writable and selected is not None and selected.status is LetterStatus.ISSUED)
        for button in (self.print_button, self.save_pdf_button, self.save_docx_button):
            button.setEnabled(writable)

    def selected(self) -> RegisteredLetter | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # --- writing ------------------------------------------------------------------------------
    def _options(self) -> dict:
        kind = self._kind()
        presenter = self.presenter.currentData() if kind is LetterKind.PRESENTER_REQUEST else None
        return {"presenter": str(presenter) if presenter else None, "lang": str(self.language.currentData()),
                "reason": self.reason.text().strip() or None}

    def _name(self, fmt: str, number: str | None = None) -> str:
        stem = {LetterKind.REPLY: "surat-balasan", LetterKind.PRESENTER_REQUEST: "nota-dinas",
                LetterKind.ASSIGNMENT: "surat-tugas", LetterKind.INVITATION: "undangan"}[self._kind()]
        return f"{stem}-{self._visit.key if self._visit else ''}.{fmt}"

    def preview(self) -> bytes | None:
        """The letter as it would print, without taking a number."""
        if self._visit is None:
            return None
        try:
            data = letter_writer.preview_pdf(self._context.db, self._kind(), self._visit.key, today=date.today(),
                                             **self._options())
        except UserError as error:
            messages.show_error(self, error, self._context)
            return None
        report_runner.preview_pdf(self, data, self._name("pdf"))
        return data

    def write(self, fmt: str, new: bool = False) -> letter_writer.WrittenLetter | None:
        """Number (or reuse the number of) the chosen letter and make its bytes; the change is announced."""
        if self._visit is None:
            return None
        key = self._visit.key
        try:
            written = letter_writer.write_letter(self._context.db, self._kind(), key, fmt=fmt, today=date.today(),
                                                 new=new, **self._options())
        except UserError as error:
            messages.show_error(self, error, self._context)
            return None
        self._context.changes.announce({VISITS}, {key})  # the register (and a reply's number on the visit)
        return written

    def save(self, fmt: str, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given), then number and write the letter there."""
        if path is None:
            title = self.tr("Save as PDF") if fmt == "pdf" else self.tr("Save as Word")
            filters = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Word files (*.docx)")
            chosen, _ = QFileDialog.getSaveFileName(self, title, self._name(fmt), filters)
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
        written = self.write(fmt)
        if written is None:
            return None
        try:
            write_file_atomically(path, written.data)
        except OSError as error:
            report_runner.show_file_error(self, path, error)
            return None
        self.last_saved = path
        return path

    def print_letter(self) -> bytes | None:
        written = self.write("pdf")
        if written is None:
            return None
        report_runner.print_pdf(self, written.data, self._name("pdf"))
        return written.data

    # --- void and re-issue ------------------------------------------------------------------------
    def void_selected(self, reason: str | None = None) -> RegisteredLetter | None:
        entry = self.selected()
        if entry is None or self._visit is None:
            return None
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self, self.tr("Void letter"),
                self.tr("Void letter %1? Its number stays used and is never given again. Reason:").replace("%1", entry.number))
            if not accepted:
                return None
        db, number, key = self._context.db, entry.number, self._visit.key
        held = {"version": entry.version}  # the version seen: another officer's change since is refused

        def do() -> RegisteredLetter:
            done = letters.void(db, number, today=date.today(), reason=reason or None, version=held["version"])
            held["version"] = done.version
            return done

        def undo() -> RegisteredLetter:
            done = letters.unvoid(db, number)
            held["version"] = done.version
            return done

        result, error = run_edit(self._context, self.tr("void letter %1").replace("%1", number), do, undo, {VISITS}, {key})
        if error is not None:
            messages.show_error(self, error, self._context)
            return None
        return result

    def reissue_selected(self) -> RegisteredLetter | None:
        """'Terbitkan ulang sebagai surat baru': void the selected letter and take the next number."""
        entry = self.selected()
        if entry is None or self._visit is None:
            return None
        question = self.tr("Void letter %1 and give the letter a new number? Neither number can be given again.") \
            .replace("%1", entry.number)
        if not messages.confirm(self, self.tr("Re-issue as a new letter"), question):
            return None
        try:
            renewed = letters.issue(self._context.db, entry.kind, entry.visit or self._visit.key, today=date.today(),
                                    addressee=entry.addressee, subject=entry.subject, target=entry.target,
                                    lang=entry.lang, new=True)
        except UserError as error:
            messages.show_error(self, error, self._context)
            return None
        self._context.changes.announce({VISITS}, {self._visit.key})
        return renewed
