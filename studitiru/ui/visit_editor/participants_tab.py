"""The Participants tab: the delegation's members, edited in place, added, removed,
reordered (buttons or Ctrl+Up/Down) and pasted from a spreadsheet (Ctrl+V)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel, QHeaderView, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from studitiru.domain import records as r
from studitiru.services import visits
from studitiru.ui import labels, messages
from studitiru.ui.context import PARTICIPANTS, AppContext
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.models import ParticipantModel
from studitiru.ui.visit_editor.paste import parse_participants
from studitiru.ui.widgets.enum_combo import fill_enum


class RoleDelegate(QStyledItemDelegate):
    """A combo of the participant roles for the Role column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        fill_enum(combo, r.ParticipantRole, labels.participant_role)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model: ParticipantModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantTable(QTableView):
    """Says when the user pastes (Ctrl+V) or moves a row (Ctrl+Up/Down) on the table itself."""

    paste_requested = Signal()
    move_requested = Signal(int)

    def event(self, event: QEvent) -> bool:
        # Take Ctrl+V and Ctrl+Up/Down before any menu shortcut does, but only here.
        if event.type() == QEvent.Type.ShortcutOverride and self._action(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        action = self._action(event)
        if action == "paste":
            self.paste_requested.emit()
        elif action is not None:
            self.move_requested.emit(action)
        else:
            super().keyPressEvent(event)

    def _action(self, event: QKeyEvent) -> str | int | None:
        if self.state() == QAbstractItemView.State.EditingState:
            return None
        if event.matches(QKeySequence.StandardKey.Paste):
            return "paste"
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return -1 if event.key() == Qt.Key.Key_Up else 1
        return None


class ParticipantsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: r.Visit | None = None
        self.model = ParticipantModel(self)
        self.table = ParticipantTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ParticipantModel.ROLE, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 220), (3, 130), (4, 200), (5, 110)):
            self.table.setColumnWidth(column, width)
        for column in (ParticipantModel.POSITION, ParticipantModel.INSTITUTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.paste_button = QPushButton(self.tr("Paste from spreadsheet"), self)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.paste_button.setToolTip(self.tr("Copy rows in Excel (name, position, institution, phone, email, role) and press Ctrl+V on the table"))
        self.import_button = QPushButton(self.tr("Import from Excel/CSV…"), self)
        self.export_button = QPushButton(self.tr("Export to Excel/CSV…"), self)
        self.import_note = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.paste_button,
                       self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addWidget(self.import_note)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.model.edit_requested.connect(self._on_model_edit_requested, Qt.ConnectionType.QueuedConnection)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.paste_button.clicked.connect(self.paste)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.paste_requested.connect(self.paste)
        self.table.move_requested.connect(self.move_current)

    # --- loading ----------------------------------------------------------------------
    def set_visit(self, visit: r.Visit) -> None:
        self._visit = visit
        self.model.set_rows(visit.participants)
        self.remove_button.setEnabled(bool(visit.participants))
        self.export_button.setEnabled(bool(visit.participants))

    def rows(self) -> tuple[r.Participant, ...]:
        return self._visit.participants if self._visit else ()

    # --- edits --------------------------------------------------------------------------
    def _set_participants(self, new: tuple[r.Participant, ...], text: str) -> bool:
        visit = self._visit
        if visit is None or new == visit.participants:
            return False
        db, key, old, seen = self._context.db, visit.key, visit.participants, visit.version
        do, undo = checked_pair(seen, lambda version: visits.set_participants(db, key, new, version),
                                lambda version: visits.set_participants(db, key, old, version))
        _, error = run_edit(self._context, text.replace("%1", visit.title), do, undo, {PARTICIPANTS}, {key})
        if error is not None:
            messages.show_error(self, error, self._context)
            self.model.set_rows(self.rows())
            return False
        return True

    def _on_model_edit_requested(self, rows: tuple) -> None:
        self._set_participants(rows, self.tr("edit participants of '%1'"))

    def _on_add_clicked(self) -> None:
        new = (*self.rows(), r.Participant(name=self.tr("New participant")))
        if self._set_participants(new, self.tr("add a participant to '%1'")):
            index = self.model.index(len(new) - 1, ParticipantModel.NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def _on_remove_clicked(self) -> None:
        chosen = set(self._selected_rows())
        if not chosen:
            return
        new = tuple(p for i, p in enumerate(self.rows()) if i not in chosen)
        if self._set_participants(new, self.tr("remove participants from '%1'")):
            self._select(min(min(chosen), len(new) - 1))

    def move_current(self, step: int) -> None:
        current = self.table.currentIndex()
        rows = list(self.rows())
        if not current.isValid():
            return
        row, target = current.row(), current.row() + step
        if not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        if self._set_participants(tuple(rows), self.tr("reorder participants of '%1'")):
            self._select(target, current.column())

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        header_words = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.COLUMN_COUNT)]
        pasted = parse_participants(text, header_words, [labels.participant_role(r.ParticipantRole.LEADER)])
        if not pasted:
            return
        new = (*self.rows(), *pasted)
        text = self.tr("paste %2 participants into '%1'").replace("%2", str(len(pasted)))
        if self._set_participants(new, text):
            self._select(len(new) - 1)

    def _select(self, row: int, column: int = 0) -> None:
        if row < 0:
            return
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    # --- spreadsheets ---------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import participants"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if name:
            self.import_file(name)

    def import_file(self, path: str) -> bool:
        """Show the file's rows and problems; on Import add everyone not yet in the visit (undoable)."""
        from studitiru.ui.visit_editor.import_dialog import ParticipantsImportDialog

        visit = self._visit
        if visit is None:
            return False
        people = ParticipantsImportDialog.ask(self, self._context, visit.key, path)
        if not people:
            return False
        db, key, old = self._context.db, visit.key, visit.participants
        text = self.tr("import %2 participants into '%1'").replace("%1", visit.title).replace("%2", str(len(people)))
        do, undo = checked_pair(visit.version, lambda seen: visits.import_participants(db, key, people, seen),
                                lambda seen: visits.set_participants(db, key, old, seen))
        result, error = run_edit(self._context, text, do, undo, {PARTICIPANTS}, {key})
        if error is not None:
            messages.show_error(self, error, self._context)
            return False
        added, skipped = result.added, result.skipped
        self.import_note.setText(self.tr("Added %1 participants, %2 already there.")
                                 .replace("%1", str(added)).replace("%2", str(skipped)))
        return True

    def _on_export_button_clicked(self) -> None:
        visit = self._visit
        if visit is None:
            return
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export participants"), f"{visit.key}.xlsx",
                                                   xlsx + ";;" + csv)
        if name:
            self.export_file(name, as_csv=chosen == csv)

    def export_file(self, path: str, as_csv: bool = False) -> bool:
        from pathlib import Path

        from studitiru.reports.spreadsheets import write_participants_csv, write_participants_xlsx
        from studitiru.ui.report_runner import show_file_error

        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if as_csv else ".xlsx")
        writer = write_participants_csv if target.suffix.lower() == ".csv" else write_participants_xlsx
        try:
            writer(target, self.rows())
        except OSError as error:
            show_file_error(self, target, error)
            return False
        return True
