"""The parts of the activity report (laporan kegiatan) the officer writes: umum, simpulan dan
saran, hambatan. The rest of the report comes from the data. Saved as one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from studitiru.domain.photos import ReportNotes
from studitiru.services import photos
from studitiru.ui import messages
from studitiru.ui.context import AppContext
from studitiru.ui.undo import run_edit

#: The kind of data a change of the report's notes announces.
REPORT_NOTES = "report-notes"


class ReportNotesBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Activity report: what the officer writes"))
        self._context = context
        self._key: str | None = None
        self._stored = ReportNotes()
        self.overview = QPlainTextEdit(self)
        self.conclusions = QPlainTextEdit(self)
        self.obstacles = QPlainTextEdit(self)
        self.overview.setPlaceholderText(self.tr("The background of the visit (A.1 Umum)"))
        self.conclusions.setPlaceholderText(self.tr("Conclusions and suggestions for the leader (D)"))
        self.obstacles.setPlaceholderText(self.tr("Obstacles met, if any"))
        self.save_button = QPushButton(self.tr("Save report notes"), self)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("General"), self), self.overview)
        form.addRow(QLabel(self.tr("Conclusions and suggestions"), self), self.conclusions)
        form.addRow(QLabel(self.tr("Obstacles"), self), self.obstacles)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        context.changes.changed.connect(self._on_changes_changed)

    def set_visit(self, key: str) -> None:
        self._key = key
        self._show(photos.report_notes(self._context.db, key))

    def _show(self, notes: ReportNotes) -> None:
        self._stored = notes
        self.overview.setPlainText(notes.overview or "")
        self.conclusions.setPlainText(notes.conclusions or "")
        self.obstacles.setPlainText(notes.obstacles or "")

    def typed(self) -> ReportNotes:
        return ReportNotes(self.overview.toPlainText(), self.conclusions.toPlainText(), self.obstacles.toPlainText())

    def save(self) -> None:
        if self._key is None:
            return
        db, key, new, held = self._context.db, self._key, self.typed(), {}

        def do() -> None:
            held["before"] = photos.save_report_notes(db, key, new)

        _, error = run_edit(self._context, self.tr("report notes of %1").replace("%1", key), do,
                            lambda: photos.save_report_notes(db, key, held["before"]), {REPORT_NOTES}, {key})
        if error is not None:
            messages.show_error(self, error, self._context)

    def _on_changes_changed(self, kinds: frozenset, keys: frozenset) -> None:
        if self._key is not None and REPORT_NOTES in kinds and (not keys or self._key in keys):
            self._show(photos.report_notes(self._context.db, self._key))
