"""A table model over a list of plain records, and the proxy that filters and sorts it.

Subclasses name their columns as constants and say what each cell shows; `data()` never
touches the database. `ROW_ROLE` returns the row's record, `SORT_ROLE` a value to sort by.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles `data` answers, as plain numbers: a view asks every cell for a dozen roles at each
# paint (font, colours, check state, size…); the others are refused before any other work.
_DISPLAY, _TOOLTIP, _BACKGROUND, _ALIGNMENT = (
    int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                           Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole))
_ROW, _SORT = int(ROW_ROLE), int(SORT_ROLE)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _BACKGROUND, _ALIGNMENT, _ROW, _SORT))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows are records; columns are what `headers()` names."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._records: list[Any] = []
        self._column_count: int | None = None
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    # What subclasses say ---------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> Any:
        return self.display(record, column).casefold()

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    def background(self, record: Any, column: int) -> Any:
        return None

    def numeric_columns(self) -> tuple[int, ...]:
        """Columns of numbers, shown aligned to the right."""
        return ()

    def key_of(self, record: Any) -> str:
        return record.key

    # The list --------------------------------------------------------------------------
    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = self._sorted(list(records))
        self.endResetModel()

    # Sorting: in Python over the records at once (a proxy sorting through `data()` makes
    # hundreds of thousands of calls for 15,000 lessons) ---------------------------------
    def _sorted(self, records: list[Any]) -> list[Any]:
        column = self._sort_column
        if column is None:
            return records

        def key(record: Any) -> tuple[bool, Any]:
            value = self.sort_value(record, column)
            return (value is None, value)

        return sorted(records, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {id(record): row for row, record in enumerate(self._records)}
        self._records = self._sorted(self._records)
        old_to_new = {before[id(record)]: new for new, record in enumerate(self._records)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(old_to_new[index.row()], index.column()) for index in persistent])
        self.layoutChanged.emit()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, key: str) -> int:
        for row, record in enumerate(self._records):
            if self.key_of(record) == key:
                return row
        return -1

    # Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count is None:  # headers() translates every title: count them once
            self._column_count = len(self.headers())
        return self._column_count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._records):
            return None
        record, column = self._records[row], index.column()
        if role == _DISPLAY:
            return self.display(record, column)
        if role == _SORT:
            return self.sort_value(record, column)
        if role == _ROW:
            return record
        if role == _TOOLTIP:
            return self.tooltip(record, column)
        if role == _BACKGROUND:
            return self.background(record, column)
        if role == _ALIGNMENT and column in self.numeric_columns():
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` and keeps the rows where any column holds the filter text."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is handed to the source model, which sorts its records in Python at once."""
        self.sourceModel().sort(column, order)
