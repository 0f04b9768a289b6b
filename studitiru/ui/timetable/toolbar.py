"""The timetable's controls: the date (with a calendar), day or week, the columns, the filters,
and the visit that new sessions drawn on empty space belong to."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from studitiru.domain import records as r
from studitiru.ui.timetable import geometry as g
from studitiru.ui.widgets.date_edit import DateEdit


def _combo(parent: QWidget, width: int) -> QComboBox:
    combo = QComboBox(parent)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class TimetableToolbar(QWidget):
    """`changed` fires when what is shown changes (date, span, columns, a filter)."""

    changed = Signal()
    print_clicked = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous day or week"))
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next day or week"))
        self.date = DateEdit(lang, self)
        self.today = QPushButton(self.tr("Today"), self)
        self.span = QComboBox(self)
        self.span.addItem(self.tr("Day"), "day")
        self.span.addItem(self.tr("Week"), "week")
        self.columns = QComboBox(self)
        self.columns.addItem(self.tr("Sites"), g.SITES)
        self.columns.addItem(self.tr("Presenters"), g.PRESENTERS)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.visit = _combo(self, 22)
        self.presenter = _combo(self, 16)
        self.site = _combo(self, 16)
        self.new_visit = _combo(self, 22)
        self.new_visit.setToolTip(self.tr("Sessions drawn on empty space belong to this visit"))
        self._build()
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.today.clicked.connect(self._on_today_clicked)
        self.date.dateChanged.connect(self.changed)
        for combo in (self.span, self.columns, self.visit, self.presenter, self.site):
            combo.currentIndexChanged.connect(self.changed)
        self.print_button.clicked.connect(self.print_clicked)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.date, self.next, self.today, QLabel(self.tr("Show:"), self), self.span,
                       QLabel(self.tr("Columns:"), self), self.columns):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        pairs = ((self.tr("Visit:"), self.visit), (self.tr("Presenter:"), self.presenter), (self.tr("Site:"), self.site),
                 (self.tr("New sessions for:"), self.new_visit))
        # two pairs a row, so that the page fits a 1280-pixel screen beside the sidebar
        for index, (text, combo) in enumerate(pairs):
            row, column = divmod(index, 2)
            filters.addWidget(QLabel(text, self), row, 2 * column)
            filters.addWidget(combo, row, 2 * column + 1)
            filters.setColumnStretch(2 * column + 1, 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(filters, 1, 0)

    # -- what is chosen -------------------------------------------------------------------

    def day(self) -> date:
        return self.date.value()

    def set_day(self, day: date) -> None:
        self.date.setDate(day)

    def week(self) -> bool:
        return self.span.currentData() == "week"

    def column_mode(self) -> str:
        return self.columns.currentData()

    def visit_filter(self) -> str | None:
        return self.visit.currentData()

    def presenter_filter(self) -> str | None:
        return self.presenter.currentData()

    def site_filter(self) -> str | None:
        return self.site.currentData()

    def visit_for_new(self) -> str | None:
        return self.new_visit.currentData()

    def set_choices(self, visits: list[r.VisitRow], presenters: list[r.Presenter], sites: list[r.Site],
                    new_visits: list[tuple[str, str]]) -> None:
        """Fill the filters, keeping what was chosen (without firing `changed`)."""
        self.blockSignals(True)
        try:
            _fill(self.visit, [(None, self.tr("All visits"))] + [(v.key, f"{v.key} · {v.title}") for v in visits])
            _fill(self.presenter, [(None, self.tr("All presenters"))] + [(p.key, p.name) for p in presenters])
            _fill(self.site, [(None, self.tr("All sites"))] + [(s.key, s.name) for s in sites])
            _fill(self.new_visit, new_visits, keep_first=True)
        finally:
            self.blockSignals(False)

    def _step(self) -> timedelta:
        return timedelta(days=7 if self.week() else 1)

    def _on_previous_clicked(self) -> None:
        self.set_day(self.day() - self._step())

    def _on_next_clicked(self) -> None:
        self.set_day(self.day() + self._step())

    def _on_today_clicked(self) -> None:
        self.set_day(date.today())


def _fill(combo: QComboBox, items: list[tuple[str | None, str]], keep_first: bool = False) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, text in items:
        combo.addItem(text, key)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)
