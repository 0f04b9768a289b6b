"""The lessons page's table: lessons across visits, their follow-up status and date edited
in place (a combo box and a date box), overdue ones highlighted.

The model holds only the rows fetched so far: a page of `page_size` rows at a time from the
service, in the order and under the filters the page chose (sorting and filtering are SQL,
never Python over every lesson); the view asks for more (`fetchMore`) as it scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.services import lessons
from studitiru.services.lessons import LESSON_ORDER_COLUMNS, LessonOrder, LessonRow
from studitiru.ui import labels
from studitiru.ui.registers.record_model import RecordTableModel
from studitiru.ui.widgets.enum_combo import enum_data, fill_enum

if TYPE_CHECKING:
    from studitiru.db.engine import Database

Index = QModelIndex | QPersistentModelIndex
OPEN_STATUSES = (r.LessonStatus.NOTED, r.LessonStatus.PLANNED, r.LessonStatus.IN_PROGRESS)
_OVERDUE = QColor(250, 219, 216)
_NO_DATE = QDate(1900, 1, 1)
PAGE_SIZE = 200


def is_overdue(row: LessonRow, today: date) -> bool:
    lesson = row.lesson
    return lesson.follow_up_on is not None and lesson.follow_up_on < today and lesson.status in OPEN_STATUSES


_EDIT, _FOREGROUND = int(Qt.ItemDataRole.EditRole), int(Qt.ItemDataRole.ForegroundRole)


class LessonsModel(RecordTableModel):
    """`lesson_edited(lesson)` asks to store a lesson whose status or follow-up date changed.

    `set_filters(**filters)` (the filters of `lessons.list_lessons`) loads the first page and
    the count under them; `sort()` reloads in the new order; `total()` is how many lessons the
    filters keep, fetched or not."""

    FOLLOW_UP, STATUS, TOPIC, OBSERVATION, RECOMMENDATION, INDICATOR, OWNER, VISIT, INSTITUTION = range(9)
    lesson_edited = Signal(object)

    def __init__(self, db: Database, lang: str = "id", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._db = db
        self._lang = lang
        self.today = date.today()
        self.page_size = PAGE_SIZE
        self._filters: dict[str, Any] | None = None  # None: not loaded yet
        self._order = lessons.BY_FOLLOW_UP
        self._total = 0
        #: Announcing a reset or an insert: a fetch asked from a slot of those signals waits
        #: (Qt's model tester fetches from its modelReset slot before it has seen the reset end).
        self._busy = False
        #: Says which lesson a reload must fetch the rows up to (the page's selected one), so
        #: the page can select it again once reset, without fetching during the reset signal.
        self.key_to_keep: Callable[[], str | None] | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Follow up on"), self.tr("Status"), self.tr("Topic"), self.tr("Observation"),
                self.tr("Recommendation"), self.tr("Indicator"), self.tr("Owner"), self.tr("Visit"),
                self.tr("Institution"))

    def key_of(self, record: LessonRow) -> str:
        return record.lesson.key

    # Loading a page at a time ------------------------------------------------------------
    def set_filters(self, **filters: Any) -> None:
        """Show the lessons these filters keep (from the first page on)."""
        self._filters = dict(filters)
        self.reload()

    def reload(self) -> None:
        """The first page again (and the pages up to `key_to_keep()`'s lesson), and the count."""
        if self._filters is None:
            return
        keep = self.key_to_keep() if self.key_to_keep is not None else None
        self.beginResetModel()
        self._total = lessons.count_lessons(self._db, **self._filters)
        records = lessons.list_lessons(self._db, **self._filters, order=self._order, limit=self.page_size)
        wanted = self.page_size
        if keep is not None and len(records) == wanted and all(row.lesson.key != keep for row in records):
            position = lessons.lesson_position(self._db, keep, **self._filters, order=self._order)
            if position is not None:
                wanted = self._end_of_page(position)
                records += lessons.list_lessons(self._db, **self._filters, order=self._order,
                                                offset=len(records), limit=wanted - len(records))
        if len(records) < wanted:  # fewer than counted (deleted since): there is no more
            self._total = len(records)
        self._records = records
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False

    def _end_of_page(self, row: int) -> int:
        return (row // self.page_size + 1) * self.page_size

    def total(self) -> int:
        return self._total

    def order(self) -> LessonOrder:
        return self._order

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._busy and len(self._records) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._fetch(self.page_size)

    def _fetch(self, count: int) -> None:
        start = len(self._records)
        rows = lessons.list_lessons(self._db, **(self._filters or {}), order=self._order, offset=start, limit=count)
        if len(rows) < count:  # fewer than counted (deleted since): there is no more
            self._total = start + len(rows)
        if rows:
            self._busy = True
            try:
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._records.extend(rows)
                self.endInsertRows()
            finally:
                self._busy = False

    def fetch_row_of(self, key: str) -> int:
        """The row of lesson `key`, fetching the pages up to it; -1 if the filters leave it out."""
        row = self.row_of(key)
        if row >= 0 or self._filters is None:
            return row
        position = lessons.lesson_position(self._db, key, **self._filters, order=self._order)
        if position is None:
            return -1
        wanted = self._end_of_page(position)
        if wanted > len(self._records):
            self._fetch(wanted - len(self._records))
        return self.row_of(key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column in SQL (ties by key) and reload from the first page."""
        if not 0 <= column < len(LESSON_ORDER_COLUMNS):
            return
        self._order = LessonOrder(LESSON_ORDER_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # Cells -------------------------------------------------------------------------------
    def display(self, record: LessonRow, column: int) -> str:
        lesson = record.lesson
        if column == self.FOLLOW_UP:
            day = lesson.follow_up_on
            return "" if day is None else dates.format_date(day, self._lang, weekday=False)
        if column == self.STATUS:
            return labels.lesson_status(lesson.status)
        values = {self.TOPIC: record.topic_name, self.OBSERVATION: lesson.observation,
                  self.RECOMMENDATION: lesson.recommendation, self.INDICATOR: lesson.indicator, self.OWNER: lesson.owner,
                  self.VISIT: record.visit_title, self.INSTITUTION: record.institution_name}
        return (values[column] or "").replace("\n", " ")

    def tooltip(self, record: LessonRow, column: int) -> str | None:
        lesson = record.lesson
        if column == self.VISIT:
            return f"{lesson.visit}: {record.visit_title}"
        if column == self.FOLLOW_UP and is_overdue(record, self.today):
            return self.tr("Overdue: the follow-up date has passed.")
        if column in (self.OBSERVATION, self.RECOMMENDATION, self.INDICATOR):
            return self.display(record, column) or None
        return None

    def background(self, record: LessonRow, column: int) -> Any:
        return _OVERDUE if is_overdue(record, self.today) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _EDIT and role != _FOREGROUND:  # noqa: PLR1714 - plain numbers, asked at every paint
            return super().data(index, role)
        if role == _EDIT and index.isValid() and 0 <= index.row() < self.rowCount():
            lesson = self.record(index.row()).lesson
            if index.column() == self.STATUS:
                return lesson.status.value
            if index.column() == self.FOLLOW_UP:
                return QDate(lesson.follow_up_on) if lesson.follow_up_on else _NO_DATE
        if role == _FOREGROUND and index.isValid() and 0 <= index.row() < self.rowCount():
            return QColor(40, 40, 40) if is_overdue(self.record(index.row()), self.today) else None
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.STATUS, self.FOLLOW_UP):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        editable = index.isValid() and index.column() in (self.STATUS, self.FOLLOW_UP)
        if not editable or role != Qt.ItemDataRole.EditRole:
            return False
        lesson = self.record(index.row()).lesson
        if index.column() == self.STATUS:
            try:
                edited = replace(lesson, status=enum_data(r.LessonStatus, value))
            except ValueError:
                return False
        else:
            day = value.toPython() if isinstance(value, QDate) else value
            if day is not None and not isinstance(day, date):
                return False
            edited = replace(lesson, follow_up_on=None if day == _NO_DATE.toPython() else day)
        if edited != lesson:
            self.lesson_edited.emit(edited)
        return True


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the follow-up statuses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        fill_enum(combo, r.LessonStatus, labels.lesson_status)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date box with a calendar; its lowest date reads "no date" and clears the date."""

    def __init__(self, lang: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd/MM/yyyy")
        editor.setMinimumDate(_NO_DATE)
        editor.setSpecialValueText(self.tr("no date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setDate(index.data(Qt.ItemDataRole.EditRole))
        today = QDate.currentDate()
        if editor.date() == _NO_DATE:  # the calendar opens on this month, the box still reads "no date"
            editor.calendarWidget().setCurrentPage(today.year(), today.month())

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
