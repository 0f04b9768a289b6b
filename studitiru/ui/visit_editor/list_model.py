"""The visits list: a table model over `VisitRow` records and a proxy that filters them by
text, status and year without asking the database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.ui import labels
from studitiru.ui.visit_editor.table_model import ROW_ROLE, SORT_ROLE, RecordTableModel

__all__ = ["VisitListModel", "VisitFilterProxy", "SORT_ROLE", "ROW_ROLE"]


class VisitListModel(RecordTableModel):
    KEY, DATES, TITLE, INSTITUTION, LEADER, STATUS, PEOPLE, SESSIONS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._haystacks: list[str] = []

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Key"), self.tr("Dates"), self.tr("Title"), self.tr("Institution"),
            self.tr("Leader"), self.tr("Status"), self.tr("People"), self.tr("Sessions"),
        )

    def set_rows(self, rows: Sequence[r.VisitRow]) -> None:
        super().set_rows(rows)
        self._haystacks = [
            " ".join((row.key, row.title, row.institution_name, row.leader_name or "")).casefold() for row in self._rows
        ]

    def _reordered(self, moved: list[int]) -> None:
        self._haystacks = [self._haystacks[old] for old in moved]

    def haystack(self, row: int) -> str:
        """The lower-cased text that the filter searches (key, title, institution, leader)."""
        return self._haystacks[row]

    def display(self, record: r.VisitRow, column: int) -> str:
        if column == self.KEY:
            return record.key
        if column == self.DATES:
            return dates.format_date_range(record.starts_on, record.ends_on, self._lang)
        if column == self.TITLE:
            return record.title
        if column == self.INSTITUTION:
            return record.institution_name
        if column == self.LEADER:
            return record.leader_name or ""
        if column == self.STATUS:
            return labels.visit_status(record.status)
        if column == self.PEOPLE:
            return self._people(record)
        if column == self.SESSIONS:
            return str(record.session_count)
        return ""

    def _people(self, record: r.VisitRow) -> str:
        if record.headcount is None:
            return str(record.participant_count)
        return f"{record.participant_count} / {record.headcount}"

    def sort_value(self, record: r.VisitRow, column: int) -> Any:
        if column == self.DATES:
            return record.starts_on.isoformat() + record.key
        if column == self.PEOPLE:
            return record.headcount if record.headcount is not None else record.participant_count
        if column == self.SESSIONS:
            return record.session_count
        return self.display(record, column).casefold()

    def tool_tip(self, record: r.VisitRow, column: int) -> str | None:
        if column == self.PEOPLE:
            return self.tr("%1 participants listed, headcount %2").replace(
                "%1", str(record.participant_count)).replace("%2", str(record.headcount or "-"))
        if column in (self.TITLE, self.INSTITUTION):
            return self.display(record, column)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() in (self.PEOPLE, self.SESSIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class VisitFilterProxy(QSortFilterProxyModel):
    """Filters by words (every word must occur in key, title, institution or leader), by
    status and by year of the start date. Sorting is handed to the source model, which sorts
    its records in Python at once (sorting here would call `data()` for every comparison)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._status: r.VisitStatus | None = None
        self._year: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: r.VisitStatus | None) -> None:
        if status != self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_year(self, year: int | None) -> None:
        if year != self._year:
            self.beginFilterChange()
            self._year = year
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        record = model.record(source_row)
        if self._status is not None and record.status != self._status:
            return False
        if self._year is not None and record.starts_on.year != self._year:
            return False
        if self._words:
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self._words)
        return True
