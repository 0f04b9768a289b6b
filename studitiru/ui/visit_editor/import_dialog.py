"""Import participants from a spreadsheet: the rows read and their problems, then Import (all or none).

`ParticipantsImportDialog.ask(parent, context, visit_key, path)` returns the participants to add,
or None (cancelled, or the file could not be read at all). Import stays disabled while any row is
refused; an unknown column in the header row is only shown as ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from studitiru.domain import records as r
from studitiru.errors import UserError
from studitiru.reports.spreadsheets import ParsedRows, read_participants
from studitiru.services.participants_import import ignored, refused
from studitiru.ui import labels, messages
from studitiru.ui.context import AppContext


class ParticipantsImportDialog(QDialog):
    ROW, NAME, POSITION, INSTITUTION, PHONE, EMAIL, ROLE, PROBLEM = range(8)

    def __init__(self, context: AppContext, visit_key: str, path: Path, parsed: ParsedRows,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.parsed = parsed
        self.setWindowTitle(self.tr("Import participants"))
        self.file_label = QLabel(self.tr("File: %1").replace("%1", str(path)), self)
        self.file_label.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Position"), self.tr("Institution"),
                                              self.tr("Phone"), self.tr("Email"), self.tr("Role"), self.tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.PROBLEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.ROW, 50), (self.NAME, 190), (self.POSITION, 190), (self.INSTITUTION, 150),
                              (self.PHONE, 110), (self.EMAIL, 150), (self.ROLE, 80)):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        self._fill()

    def _fill(self) -> None:
        lang = self._context.lang
        refusals, notes = refused(self.parsed), ignored(self.parsed)
        rows: list[tuple[int | None, r.Participant | None, str, bool]] = []
        for problem in notes:
            rows.append((problem.row, None, problem.message(lang), False))
        for problem in refusals:
            rows.append((problem.row, None, problem.message(lang), True))
        # The good rows have no row number of their own: number them as they come after the header.
        for participant in self.parsed.participants:
            rows.append((None, participant, "", False))
        self.table.setRowCount(len(rows))
        for index, (number, person, text, bad) in enumerate(rows):
            cells = [str(number) if number is not None else ""]
            if person is not None:
                cells += [person.name, person.position or "", person.institution or "", person.phone or "",
                          person.email or "", labels.participant_role(person.role)]
            else:
                cells += [""] * 6
            cells.append(text)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if bad:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        bad_rows = len({problem.row for problem in refusals})
        if bad_rows:
            self.summary.setText(self.tr("%1 rows are refused: correct the file and open it again. "
                                         "Nothing is imported while a row is refused.").replace("%1", str(bad_rows)))
            self.summary.setStyleSheet("color: darkred")
        else:
            self.summary.setText(self.tr("%1 rows can be imported.").replace("%1", str(len(self.parsed.participants))))
        self.import_button.setEnabled(not bad_rows and bool(self.parsed.participants))

    @classmethod
    def read(cls, parent: QWidget | None, context: AppContext, path: Path) -> ParsedRows | None:
        try:
            return read_participants(path)
        except UserError as error:
            messages.show_error(parent, error, context)
            return None

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, visit_key: str,
            path: str | Path) -> tuple[r.Participant, ...] | None:
        path = Path(path)
        parsed = cls.read(parent, context, path)
        if parsed is None:
            return None
        dialog = cls(context, visit_key, path, parsed, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return tuple(parsed.participants)
