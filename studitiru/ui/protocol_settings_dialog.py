"""The office's protocol settings (from Settings): its order of precedence, shipped as UU 9/2010
Pasal 11 ayat (1) and 10 ayat (1) and edited as its Perbup says (reorder, rename, the position
patterns that suggest a rank, add or remove a rank), and its template of the welcome's order of
events. Saved as one undoable step (`edit_protocol_settings`); a bad pattern or a code given twice
is named and the dialog stays open with what was typed."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from studitiru.domain import protocol as p
from studitiru.services import protocol as service
from studitiru.ui import messages
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.context import HOST, AppContext
from studitiru.ui.undo import run_edit

SPEAKERS = ("", "host", "guest", "presenter", "prayer")


def _cell(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class _Rows(QWidget):
    """A table with Up, Down, Add and Remove under it."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def rows(self) -> list[list[str]]:
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, _cell(text))

    def shift(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if not (0 <= row < self.table.rowCount() and 0 <= target < self.table.rowCount()):
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.selectRow(target)

    def _on_add_button_clicked(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        for c in range(self.table.columnCount()):
            self.table.setItem(row, c, _cell(""))
        self.table.selectRow(row)

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)


class ProtocolSettingsDialog(QDialog):
    def __init__(self, office: p.OfficeProtocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protocol settings"))
        self._office = office
        self.level = QComboBox(self)
        self.level.addItem(self.tr("Regency or city (UU 9/2010 Pasal 11)"), p.EventLevel.LOCAL.value)
        self.level.addItem(self.tr("Province (UU 9/2010 Pasal 10)"), p.EventLevel.PROVINCE.value)
        self.defaults_button = QPushButton(self.tr("Back to UU 9/2010 for this level"), self)
        self.ranks = _Rows([self.tr("Code"), self.tr("Scope"), self.tr("Article"), self.tr("Who holds it"),
                            self.tr("Position patterns (separated by ;)")], self)
        self.ranks.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ranks.table.setColumnWidth(4, 300)
        self.rundown = _Rows([self.tr("Item"), self.tr("Item (English)"), self.tr("Minutes"),
                              self.tr("Speaker (host, guest, presenter, prayer or empty)"), self.tr("Takes spare time (yes, or empty)")], self)
        self.rundown.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rundown_defaults_button = QPushButton(self.tr("Back to the default order of events"), self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The host is a"), self))
        top.addWidget(self.level)
        top.addStretch(1)
        top.addWidget(self.defaults_button)
        ranks_box = QGroupBox(self.tr("Order of precedence, highest first (national and provincial officials always "
                                      "come before local ones, Pasal 11 ayat (2))"), self)
        QVBoxLayout(ranks_box).addWidget(self.ranks)
        rundown_box = QGroupBox(self.tr("Order of events of a welcome (template)"), self)
        column = QVBoxLayout(rundown_box)
        column.addWidget(self.rundown)
        column.addWidget(self.rundown_defaults_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(ranks_box, 3)
        layout.addWidget(rundown_box, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(1100, 660)
        self._show(office)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.rundown_defaults_button.clicked.connect(lambda: self._show_rundown(p.DEFAULT_RUNDOWN))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _show(self, office: p.OfficeProtocol) -> None:
        self.level.setCurrentIndex(max(0, self.level.findData(office.table.level.value)))
        self._show_ranks(office.table)
        self._show_rundown(office.rundown)

    def _show_ranks(self, table: p.PrecedenceTable) -> None:
        self.ranks.set_rows([[r.code, r.scope.value, r.article, r.text, " ; ".join(r.patterns)] for r in table.ranks])

    def _show_rundown(self, items) -> None:  # noqa: ANN001
        self.rundown.set_rows([[i.title_id, i.title_en if i.title_en != i.title_id else "", str(i.minutes), i.speaker.value,
                                self.tr("yes") if i.flexible else ""] for i in items])

    def _on_defaults_button_clicked(self) -> None:
        self._show_ranks(p.default_table(p.EventLevel(self.level.currentData())))

    def office(self) -> p.OfficeProtocol:
        """What the fields say; raises ValueError with a plain sentence naming the line."""
        ranks = []
        for number, (code, scope, article, text, patterns) in enumerate(self.ranks.rows(), 1):
            if not code.strip():
                raise ValueError(self.tr("Order of precedence, line %1: the code is empty.").replace("%1", str(number)))
            if scope.strip() not in ("national", "province", "local"):
                raise ValueError(self.tr("Order of precedence, line %1 (%2): the scope must be national, province or local.")
                                 .replace("%1", str(number)).replace("%2", code))
            found = [x.strip() for x in patterns.split(";") if x.strip()]
            for pattern in found:
                try:
                    re.compile(pattern)
                except re.error:
                    raise ValueError(self.tr("Order of precedence, line %1 (%2): the pattern '%3' cannot be read "
                                             "(check its brackets).").replace("%1", str(number)).replace("%2", code)
                                     .replace("%3", pattern)) from None
            ranks.append({"code": code.strip(), "scope": scope.strip(), "article": article.strip(), "text": text.strip(),
                          "patterns": found})
        try:
            table = p.table_from_dict({"level": self.level.currentData(), "ranks": ranks})
        except ValueError as error:
            raise ValueError(self.tr("Order of precedence: %1").replace("%1", str(error).removeprefix("precedence table: "))) from None
        if not table.ranks:
            raise ValueError(self.tr("The order of precedence is empty."))
        items = []
        known = {item.title_id: item for item in self._office.rundown}
        for number, (title, title_en, minutes, speaker, flexible) in enumerate(self.rundown.rows(), 1):
            if not title.strip():
                raise ValueError(self.tr("Order of events, line %1: the item has no name.").replace("%1", str(number)))
            try:
                count = int(minutes.strip())
            except ValueError:
                count = -1
            if not 0 <= count <= 600:
                raise ValueError(self.tr("Order of events, line %1 (%2): minutes must be a number from 0 to 600.")
                                 .replace("%1", str(number)).replace("%2", title))
            if speaker.strip() not in SPEAKERS:
                raise ValueError(self.tr("Order of events, line %1 (%2): the speaker must be host, guest, presenter, prayer or empty.")
                                 .replace("%1", str(number)).replace("%2", title))
            old = known.get(title.strip())
            code = old.code if old else f"acara-{number}"
            items.append(p.RundownItem(code, title.strip(), title_en.strip() or title.strip(), count, p.Speaker(speaker.strip()),
                                       flexible.strip().casefold() in {"yes", "ya", "y", "1", self.tr("yes").casefold()}))
        return replace(self._office, table=table, rundown=tuple(items))

    def _on_buttons_accepted(self) -> None:
        try:
            self.office()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, office: p.OfficeProtocol) -> p.OfficeProtocol | None:
        dialog = cls(office, parent)
        return dialog.office() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_protocol_settings(parent: QWidget | None, context: AppContext) -> p.OfficeProtocol | None:
    """Ask for the office's protocol settings and save them as one undoable step; the saved ones, or None."""
    db = context.db
    original = service.get_office(db)
    chosen = ProtocolSettingsDialog.ask(parent, original)
    if chosen is None:
        return None
    do, undo = checked_pair(original.version,
                            lambda seen: service.save_office(db, replace(chosen, version=seen)),
                            lambda seen: service.save_office(db, replace(original, version=seen)))
    text = QCoreApplication.translate("ProtocolSettingsDialog", "edit the protocol settings")
    result, error = run_edit(context, text, do, undo, {HOST, "protocol"}, ())
    if error is not None:
        messages.show_error(parent, error, context)
        return None
    return result
