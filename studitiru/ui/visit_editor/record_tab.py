"""A tab that lists records of a visit in a table with Add, Edit and Delete buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from studitiru.ui import messages
from studitiru.ui.context import AppContext
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.table_model import RecordTableModel


class RecordTab(QWidget):
    """Subclasses give the model and `add()`, `edit(record)`, `delete(record)`, and `KINDS`:
    the kinds of data their edits change (announced after each one)."""

    KINDS: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Headings read from the left and, when a column is narrow, lose their end, not both ends.
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The Delete key on the table deletes the current record (one undoable edit)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self._on_delete_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def set_widths(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    def stretch(self, *columns: int) -> None:
        """Let these columns share the width left over (the others keep theirs)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_key(self) -> str | None:
        record = self.current()
        return getattr(record, "key", None)

    def select_key(self, key: str | None) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.key == key:
                self.table.setCurrentIndex(self.model.index(row, 1))
                self.table.selectRow(row)
                return

    def set_rows(self, rows: Any) -> None:
        key = self.current_key()
        self.model.set_rows(rows)
        if key is not None:
            self.select_key(key)
        has_rows = bool(self.model.rows())
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.edit(self.model.record(index.row()))

    def _on_edit_button_clicked(self) -> None:
        record = self.current()
        if record is not None:
            self.edit(record)

    def _on_delete_button_clicked(self) -> None:
        record = self.current()
        if record is not None:
            self.delete(record)

    # --- edits shared by the tabs -----------------------------------------------------
    def _run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        """One undoable edit of the open visit; a refusal is shown, None returned."""
        result, error = run_edit(self._context, text, do, undo, self.KINDS, {self._visit.key})
        if error is not None:
            messages.show_error(self, error, self._context)
        return result

    def _add(self, text: str, record: Any, create: Callable[[Any], Any], remove: Callable[[str, int], Any],
             restore: Callable[[Any], Any]) -> None:
        """Add `record` undoably. The undo removes it only as the add left it (`remove(key,
        version)`, refused if another officer changed it since); a redo puts back what the undo
        removed, with its key and version (`restore(removed)`), so later steps still apply."""
        held: dict[str, Any] = {}

        def do() -> Any:
            created = restore(held.pop("removed")) if "removed" in held else create(record)
            held["created"] = created
            return created

        def undo() -> None:
            created = held["created"]
            held["removed"] = remove(created.key, created.version)

        created = self._run(text, do, undo)
        if created is not None:
            self.select_key(created.key)

    def add(self) -> None:
        raise NotImplementedError

    def edit(self, record: Any) -> None:
        raise NotImplementedError

    def delete(self, record: Any) -> None:
        raise NotImplementedError
