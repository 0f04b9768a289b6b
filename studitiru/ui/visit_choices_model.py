"""The visits a chooser lists (the reports page's visit box), as a list model that formats a
line only when the view asks for it: 5,000 visits are set in one reset, not 5,000 `addItem`s."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studitiru.domain import dates
from studitiru.domain import records as r

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole


class VisitChoicesModel(QAbstractListModel):
    """Rows of `VisitChoice`: DisplayRole "key · title · dates", UserRole the key."""

    def __init__(self, lang: str, parent=None) -> None:  # noqa: ANN001 - a QObject
        super().__init__(parent)
        self._lang = lang
        self._rows: list[r.VisitChoice] = []
        self._lines: dict[int, str] = {}

    def set_choices(self, rows: list[r.VisitChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._lines = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            line = self._lines.get(row)
            if line is None:
                visit = self._rows[row]
                when = dates.format_date_range(visit.starts_on, visit.ends_on, self._lang)
                line = self._lines[row] = f"{visit.key} · {visit.title} · {when}"
            return line
        if role == KEY_ROLE:
            return self._rows[row].key
        return None

    def row_of(self, key: str | None) -> int:
        """The row of the visit `key`, or -1."""
        return next((i for i, visit in enumerate(self._rows) if visit.key == key), -1) if key else -1
