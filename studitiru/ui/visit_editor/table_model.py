"""A read-mostly table model over a list of frozen records: named columns, a sort role and a
row role returning the record. `data()` never touches the database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Subclasses give `headers()`, `display(record, column)` and may give `sort_value`,
    `tool_tip`, `decoration` and `alignment`."""

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- what subclasses say ---------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> Any:
        return self.display(record, column)

    def tool_tip(self, record: Any, column: int) -> str | None:
        return None

    def decoration(self, record: Any, column: int) -> Any:
        return None

    def edit_value(self, record: Any, column: int) -> Any:
        return self.display(record, column)

    # --- rows ---------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show other rows (in the order last asked for with `sort`). The same number of rows
        keeps the views' selection and scroll."""
        self._show_sorted(self._sorted(list(rows)))

    def _show_sorted(self, rows: list[Any]) -> None:
        """Show `rows`, already in the order last asked for."""
        if rows == self._rows:
            return
        if len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # --- sorting: in Python over the records, not row by row through Qt ------------------
    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort_column is None:
            return rows
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda record: self.sort_value(record, self._sort_column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {id(record): row for row, record in enumerate(self._rows)}
        self._rows = self._sorted(self._rows)
        moved = [before[id(record)] for record in self._rows]  # new row -> old row
        old_to_new = {old: new for new, old in enumerate(moved)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(old_to_new[index.row()], index.column()) for index in persistent]
        )
        self._reordered(moved)
        self.layoutChanged.emit()

    def _reordered(self, moved: list[int]) -> None:
        """Hook for per-row data kept beside the records: `moved[new_row] = old_row`."""

    # --- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(record, column)
        if role == SORT_ROLE:
            return self.sort_value(record, column)
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tool_tip(record, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(record, column)
        return None
