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
        self._haystacks: list[str] = []  # of the rows shown
        self._all: list[r.VisitRow] = []  # every row, in the sort order; `_rows` are those the filter keeps
        self._all_haystacks: list[str] = []
        self._filter: tuple[tuple[str, ...], r.VisitStatus | None, int | None] = ((), None, None)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Key"), self.tr("Dates"), self.tr("Title"), self.tr("Institution"),
            self.tr("Leader"), self.tr("Status"), self.tr("People"), self.tr("Sessions"),
        )

    def set_rows(self, rows: Sequence[r.VisitRow]) -> None:
        self._all = self._sorted(list(rows))
        self._all_haystacks = [
            " ".join((row.key, row.title, row.institution_name, row.leader_name or "")).casefold() for row in self._all
        ]
        self._refilter()

    def total(self) -> int:
        """How many rows there are, shown or not."""
        return len(self._all)

    # --- filtering: one pass in Python per keystroke, not one call per row from Qt ----------
    def set_filter(self, words: tuple[str, ...], status: r.VisitStatus | None, year: int | None) -> None:
        """Show the rows where every word occurs (key, title, institution, leader), of that status and year."""
        if (words, status, year) != self._filter:
            self._filter = (words, status, year)
            self._refilter()

    def set_text(self, text: str) -> None:
        self.set_filter(tuple(text.casefold().split()), self._filter[1], self._filter[2])

    def set_status(self, status: r.VisitStatus | None) -> None:
        self.set_filter(self._filter[0], status, self._filter[2])

    def set_year(self, year: int | None) -> None:
        self.set_filter(self._filter[0], self._filter[1], year)

    def _refilter(self) -> None:
        words, status, year = self._filter
        kept = [
            number for number, (row, haystack) in enumerate(zip(self._all, self._all_haystacks))
            if (status is None or row.status == status) and (year is None or row.starts_on.year == year)
            and all(word in haystack for word in words)
        ]
        self._haystacks = [self._all_haystacks[number] for number in kept]
        self._show_sorted([self._all[number] for number in kept])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        haystacks = {id(row): haystack for row, haystack in zip(self._all, self._all_haystacks)}
        self._all = self._sorted(self._all)
        self._all_haystacks = [haystacks[id(row)] for row in self._all]

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
    """(The visits page now shows `VisitListModel` itself, which filters and sorts: a proxy
    doubles the calls into Python for every painted cell.) Filters by words (every word must occur in key, title, institution or leader), by
    status and by year of the start date. Both the filtering and the sorting are handed to the
    source model, which does them in Python at once over its records: with 5,000 visits a
    `filterAcceptsRow` per row, or a sort calling `data()` for every comparison, costs more
    than a frame per keystroke."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._status: r.VisitStatus | None = None
        self._year: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._words = tuple(text.casefold().split())
        self._apply()

    def set_status(self, status: r.VisitStatus | None) -> None:
        self._status = status
        self._apply()

    def set_year(self, year: int | None) -> None:
        self._year = year
        self._apply()

    def _apply(self) -> None:
        self.sourceModel().set_filter(self._words, self._status, self._year)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
