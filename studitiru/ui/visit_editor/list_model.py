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

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
#: The roles the base model answers for visits (no decoration); a view asks for a dozen more
#: per cell (font, colours, check state...).
_ANSWERED = frozenset(int(role) for role in (Qt.ItemDataRole.EditRole.value, SORT_ROLE, ROW_ROLE, Qt.ItemDataRole.ToolTipRole.value))


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
        self._kept: list[int] = []  # the numbers (in `_all`) of the rows the filter keeps
        self._texts: dict[str, tuple[str, ...]] = {}  # a row's display strings by visit key, made when first painted

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Key"), self.tr("Dates"), self.tr("Title"), self.tr("Institution"),
            self.tr("Leader"), self.tr("Status"), self.tr("People"), self.tr("Sessions"),
        )

    def set_rows(self, rows: Sequence[r.VisitRow]) -> None:
        self._texts = {}
        self._kept = []
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
            old_words, old_status, old_year = self._filter
            narrower = (status, year) == (old_status, old_year) and all(any(old in word for word in words) for old in old_words)
            self._filter = (words, status, year)
            self._refilter(self._kept if narrower else None)

    def set_text(self, text: str) -> None:
        self.set_filter(tuple(text.casefold().split()), self._filter[1], self._filter[2])

    def set_status(self, status: r.VisitStatus | None) -> None:
        self.set_filter(self._filter[0], status, self._filter[2])

    def set_year(self, year: int | None) -> None:
        self.set_filter(self._filter[0], self._filter[1], year)

    def _refilter(self, among: list[int] | None = None) -> None:
        """Keep the rows that pass the filter, looking only `among` these numbers when given (a
        filter that narrows the last one, as typing does, need not look at the others)."""
        words, status, year = self._filter
        rows, haystacks = self._all, self._all_haystacks
        numbers = range(len(rows)) if among is None else among
        if status is not None or year is not None:
            numbers = [number for number in numbers if (status is None or rows[number].status == status)
                       and (year is None or rows[number].starts_on.year == year)]
        for word in words:  # one pass per word: a plain `in` over plain strings
            numbers = [number for number in numbers if word in haystacks[number]]
        self._kept = kept = list(numbers)
        self._haystacks = [haystacks[number] for number in kept]
        self._show_sorted([rows[number] for number in kept])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        haystacks = {id(row): haystack for row, haystack in zip(self._all, self._all_haystacks)}
        self._all = self._sorted(self._all)
        self._all_haystacks = [haystacks[id(row)] for row in self._all]
        shown = {id(row) for row in self._rows}
        self._kept = [number for number, row in enumerate(self._all) if id(row) in shown]

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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        """The display text from a per-row cache (a repaint asks for every visible cell); the
        roles nobody sets answered None at once; the rest by the base model."""
        if role == _DISPLAY:
            row = index.row()
            if row < 0:
                return None
            record = self._rows[row]
            texts = self._texts.get(record.key)
            if texts is None:
                texts = self._texts[record.key] = tuple(self.display(record, column) for column in range(self.COLUMN_COUNT))
            return texts[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if index.isValid() and index.column() in (self.PEOPLE, self.SESSIONS) else None
        if role not in _ANSWERED:
            return None
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
