"""Pembelajaran: every lesson across visits, for following up what visitors adopted.

The filters are query arguments: the table holds only the pages of rows fetched so far
(`LessonsModel`), so showing the page costs the same on 20 lessons as on 15,000."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.domain.numbers import format_count
from studitiru.services import lessons
from studitiru.ui import labels, messages
from studitiru.ui.pages.reloading import ReloadsWhenShown
from studitiru.ui.context import LESSONS, REGISTERS, VISITS, AppContext
from studitiru.ui.registers.lessons_model import DateDelegate, LessonsModel, StatusDelegate
from studitiru.ui.registers.record_model import ROW_ROLE
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit
from studitiru.ui.widgets.enum_combo import enum_data

DUE_ANY, DUE_TODAY, DUE_MONTH = "any", "today", "month"
TEXT_DELAY_MS = 200  # typing in the text filter re-queries after this pause (Enter: at once)


class LessonsPage(ReloadsWhenShown, QWidget):
    """The list with its filters; status and follow-up date are edited in place."""

    open_visit = Signal(str)
    shown_kinds = frozenset({LESSONS, VISITS, REGISTERS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self._all_count = 0
        self._kept_key: str | None = None
        self.model = LessonsModel(context.db, context.lang, self)
        self.model.lesson_edited.connect(self._on_model_lesson_edited, Qt.ConnectionType.QueuedConnection)
        self.model.key_to_keep = self._selected_key
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._requery)
        self._build()
        context.changes.changed.connect(self._on_changes_changed)

    def page_title(self) -> str:
        return self.tr("Lessons")

    def _build(self) -> None:
        self.status_filter = self._combo([(self.tr("All statuses"), None)]
                                         + [(labels.lesson_status(s), s.value) for s in r.LessonStatus])
        self.topic_filter = self._combo([(self.tr("All topics"), None)])
        self.institution_filter = self._combo([(self.tr("All institutions"), None)])
        self.due_filter = self._combo([(self.tr("Any follow-up date"), DUE_ANY), (self.tr("Due by today"), DUE_TODAY),
                                       (self.tr("Due this month"), DUE_MONTH)])
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Filter by observation, recommendation, owner…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._on_text_filter_text_changed)
        self.text_filter.returnPressed.connect(self._requery)
        filters = QHBoxLayout()
        for combo in (self.status_filter, self.topic_filter, self.institution_filter, self.due_filter):
            filters.addWidget(combo)
        filters.addWidget(self.text_filter, 1)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(LessonsModel.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        if self._context.read_only:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegateForColumn(LessonsModel.STATUS, StatusDelegate(self.view))
        self.view.setItemDelegateForColumn(LessonsModel.FOLLOW_UP, DateDelegate(self._context.lang, self.view))
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setResizeContentsPrecision(200)  # fit columns to 200 rows, not 1,000
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Left-aligned: a heading wider than its column is cut at its end, not at both ends.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.count_label = QLabel(self)
        self.open_button = QPushButton(self.tr("Open visit"), self)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.activated.connect(self._on_filter_activated)
        return combo

    # Loading -----------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()

    def refresh(self) -> None:
        """Reload the filters' choices and the lessons under the chosen filters, keeping the
        selected lesson."""
        self._stale = False
        db = self._context.db
        self._fill_choices(self.topic_filter, [(name, key) for key, name in lessons.topic_choices(db)])
        self._fill_choices(self.institution_filter, [(name, key) for key, name in lessons.institution_choices(db)])
        self._all_count = lessons.count_lessons(db)  # changes with the data, not with the filters
        self._requery()

    def _requery(self) -> None:
        """Load the first page under the chosen filters and order (the selection is kept)."""
        self._text_timer.stop()
        status = self.status_filter.currentData()
        self.model.today = date.today()
        self.model.set_filters(
            status=enum_data(r.LessonStatus, status), topic=self.topic_filter.currentData(),
            institution=self.institution_filter.currentData(), due_by=self._due_by(),
            text=self.text_filter.text().strip() or None,
        )
        self._size_columns(fit=True)

    def _fill_choices(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for text, key in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _due_by(self) -> date | None:
        today = date.today()
        due = self.due_filter.currentData()
        if due == DUE_TODAY:
            return today
        if due == DUE_MONTH:
            return today.replace(day=calendar.monthrange(today.year, today.month)[1])
        return None

    def _fit_fixed_columns(self) -> None:
        """Dates and statuses fit the widest text they can show: measured on the texts
        themselves (a date of every month, every status), not on the rows fetched, so the
        widths cost nothing and do not change as rows are fetched or sorted."""
        metrics, header = self.view.fontMetrics(), self.view.horizontalHeader()
        margin = 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1)
        year = date.today().year
        texts = {
            LessonsModel.FOLLOW_UP: [dates.format_date(date(year, month, 28), self._context.lang, weekday=False)
                                     for month in range(1, 13)],
            LessonsModel.STATUS: [labels.lesson_status(status) for status in r.LessonStatus],
        }
        for column, shown in texts.items():
            width = max(metrics.horizontalAdvance(text) for text in shown) + margin + 2  # the grid line, rounding
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _size_columns(self, fit: bool = False) -> None:
        """Dates and statuses fit their text (`fit`: measured again, on a load, not on every
        resize); the texts share the rest (the observation most)."""
        if fit:
            self._fit_fixed_columns()
        fixed = 0
        for column in (LessonsModel.FOLLOW_UP, LessonsModel.STATUS):
            fixed += self.view.columnWidth(column)
        weights = {LessonsModel.TOPIC: 11, LessonsModel.OBSERVATION: 22, LessonsModel.RECOMMENDATION: 17,
                   LessonsModel.INDICATOR: 14, LessonsModel.OWNER: 11, LessonsModel.VISIT: 13}  # the institution: the rest (12)
        width = max(self.width() - 40 - fixed, 600)
        for column, weight in weights.items():
            self.view.setColumnWidth(column, width * weight // 100)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _update_count(self) -> None:
        lang = self._context.lang
        text = self.tr("%1 of %2 lessons shown.").replace("%1", format_count(self.model.total(), lang))
        self.count_label.setText(text.replace("%2", format_count(self._all_count, lang)))

    def selected_lesson(self) -> r.Lesson | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.lesson if row is not None else None

    def select_lesson(self, key: str) -> bool:
        """Select lesson `key` (fetching the rows up to it); False if the filters hide it."""
        row = self.model.fetch_row_of(key)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _selected_key(self) -> str | None:
        selected = self.selected_lesson()
        return selected.key if selected is not None else None

    def _on_model_about_to_be_reset(self) -> None:
        self._kept_key = self._selected_key()

    def _on_model_reset(self) -> None:
        """A reload (filters, order, changes) keeps the selected lesson where the filters keep
        it: the model fetched the rows up to it (`key_to_keep`), nothing is fetched here."""
        key, self._kept_key = self._kept_key, None
        row = self.model.row_of(key) if key is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self._update_count()

    def _on_text_filter_text_changed(self, text: str) -> None:
        self._text_timer.start()

    def _on_filter_activated(self, index: int) -> None:
        self._requery()

    def _on_model_lesson_edited(self, lesson: r.Lesson) -> None:
        row = self.model.row_of(lesson.key)
        if row < 0 or self._context.read_only:
            return
        previous, db = self.model.record(row).lesson, self._context.db
        text = self.tr("change the follow-up of lesson '%1'").replace("%1", lesson.key)
        do, undo = checked_pair(previous.version, lambda seen: lessons.update_lesson(db, replace(lesson, version=seen)),
                                lambda seen: lessons.update_lesson(db, replace(previous, version=seen)))
        _, error = run_edit(self._context, text, do, undo, {LESSONS}, {lesson.key, lesson.visit})
        if error is not None:
            messages.show_error(self, error, self._context)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (LessonsModel.STATUS, LessonsModel.FOLLOW_UP):
            self._on_open_button_clicked()

    def _on_open_button_clicked(self) -> None:
        lesson = self.selected_lesson()
        if lesson is not None:
            self.open_visit.emit(lesson.visit)
