"""The lessons page's table: lessons across visits, their follow-up status and date edited
in place (a combo box and a date box), overdue ones highlighted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.services.lessons import LessonRow
from studitiru.ui import labels
from studitiru.ui.registers.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
OPEN_STATUSES = (r.LessonStatus.NOTED, r.LessonStatus.PLANNED, r.LessonStatus.IN_PROGRESS)
_OVERDUE = QColor(250, 219, 216)
_NO_DATE = QDate(1900, 1, 1)


def is_overdue(row: LessonRow, today: date) -> bool:
    lesson = row.lesson
    return lesson.follow_up_on is not None and lesson.follow_up_on < today and lesson.status in OPEN_STATUSES


class LessonsModel(RecordTableModel):
    """`lesson_edited(lesson)` asks to store a lesson whose status or follow-up date changed."""

    FOLLOW_UP, STATUS, TOPIC, OBSERVATION, RECOMMENDATION, OWNER, VISIT, INSTITUTION = range(8)
    lesson_edited = Signal(object)

    def __init__(self, lang: str = "id", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._lang = lang
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Follow up on"), self.tr("Status"), self.tr("Topic"), self.tr("Observation"),
                self.tr("Recommendation"), self.tr("Owner"), self.tr("Visit"), self.tr("Institution"))

    def key_of(self, record: LessonRow) -> str:
        return record.lesson.key

    def display(self, record: LessonRow, column: int) -> str:
        lesson = record.lesson
        if column == self.FOLLOW_UP:
            day = lesson.follow_up_on
            return "" if day is None else dates.format_date(day, self._lang, weekday=False)
        if column == self.STATUS:
            return labels.lesson_status(lesson.status)
        values = {self.TOPIC: record.topic_name, self.OBSERVATION: lesson.observation,
                  self.RECOMMENDATION: lesson.recommendation, self.OWNER: lesson.owner,
                  self.VISIT: record.visit_title, self.INSTITUTION: record.institution_name}
        return (values[column] or "").replace("\n", " ")

    def sort_value(self, record: LessonRow, column: int) -> Any:
        lesson = record.lesson
        if column == self.FOLLOW_UP:
            return lesson.follow_up_on.isoformat() if lesson.follow_up_on else "9999"
        if column == self.STATUS:
            return list(r.LessonStatus).index(lesson.status)
        if column == self.VISIT:
            return record.visit_starts_on.isoformat() + lesson.visit
        return super().sort_value(record, column)

    def tooltip(self, record: LessonRow, column: int) -> str | None:
        lesson = record.lesson
        if column == self.VISIT:
            return f"{lesson.visit}: {record.visit_title}"
        if column == self.FOLLOW_UP and is_overdue(record, self.today):
            return self.tr("Overdue: the follow-up date has passed.")
        if column in (self.OBSERVATION, self.RECOMMENDATION):
            return self.display(record, column) or None
        return None

    def background(self, record: LessonRow, column: int) -> Any:
        return _OVERDUE if is_overdue(record, self.today) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and 0 <= index.row() < self.rowCount():
            lesson = self.record(index.row()).lesson
            if index.column() == self.STATUS:
                return lesson.status.value
            if index.column() == self.FOLLOW_UP:
                return QDate(lesson.follow_up_on) if lesson.follow_up_on else _NO_DATE
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
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
                edited = replace(lesson, status=r.LessonStatus(value))
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
        for status in r.LessonStatus:
            combo.addItem(labels.lesson_status(status), status.value)
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
