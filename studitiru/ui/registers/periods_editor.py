"""A presenter's unavailable periods: a table of start, end and reason, with a small
dialog to add or change one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.ui.context import AppContext
from studitiru.ui.registers.record_model import RecordTableModel
from studitiru.ui.widgets.date_edit import DateEdit
from studitiru.ui.widgets.time_edit import TimeEdit


class PeriodsModel(RecordTableModel):
    STARTS, ENDS, REASON = range(3)

    def __init__(self, lang: str = "id", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._lang = lang

    def headers(self) -> tuple[str, ...]:
        return (self.tr("From"), self.tr("Until"), self.tr("Reason"))

    def display(self, record: r.Period, column: int) -> str:
        if column == self.STARTS:
            return dates.format_moment(record.starts_at, self._lang)
        if column == self.ENDS:
            return dates.format_moment(record.ends_at, self._lang)
        return record.reason or ""

    def sort_value(self, record: r.Period, column: int) -> str:
        if column == self.STARTS:
            return record.starts_at.isoformat()
        if column == self.ENDS:
            return record.ends_at.isoformat()
        return super().sort_value(record, column)

    def key_of(self, record: r.Period) -> str:
        return record.starts_at.isoformat()


def _pair(day: QWidget, moment: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(day, 1)
    layout.addWidget(moment)
    return box


class PeriodDialog(QDialog):
    """Asks for one unavailable period."""

    def __init__(self, parent: QWidget | None, lang: str, period: r.Period | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unavailable period"))
        if period is None:
            start = datetime.now().replace(hour=8, minute=0, second=0, microsecond=0) + timedelta(days=1)
            period = r.Period(start, start.replace(hour=16))
        # A day and a time each, typed as officers write them ("14 Jan 2027", "08.30").
        self.starts_day, self.starts_time = DateEdit(lang, self), TimeEdit(lang, self)
        self.ends_day, self.ends_time = DateEdit(lang, self), TimeEdit(lang, self)
        self._set(period)
        for edit in (self.starts_day, self.ends_day):
            edit.dateChanged.connect(self._on_edit_changed)
        for edit in (self.starts_time, self.ends_time):
            edit.timeChanged.connect(self._on_edit_changed)
        self.reason = QLineEdit(period.reason or "", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), _pair(self.starts_day, self.starts_time))
        form.addRow(self.tr("Until"), _pair(self.ends_day, self.ends_time))
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.buttons)

    def _set(self, period: r.Period) -> None:
        self.starts_day.set_value(period.starts_at.date())
        self.starts_time.set_value(period.starts_at.time())
        self.ends_day.set_value(period.ends_at.date())
        self.ends_time.set_value(period.ends_at.time())

    def period(self) -> r.Period:
        return r.Period(datetime.combine(self.starts_day.value(), self.starts_time.value()),
                        datetime.combine(self.ends_day.value(), self.ends_time.value()),
                        self.reason.text().strip() or None)

    def _on_edit_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        period = self.period()
        ok.setEnabled(period.ends_at > period.starts_at)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, period: r.Period | None = None) -> r.Period | None:
        dialog = cls(parent, context.lang, period)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PeriodsEditor(QWidget):
    """The table with Add, Change and Remove; `edited(periods)` gives the whole new list."""

    edited = Signal(tuple)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = PeriodsModel(context.lang, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in (PeriodsModel.STARTS, PeriodsModel.ENDS):
            self.view.setColumnWidth(column, 200)
        self.view.setMinimumHeight(110)
        self.view.setMaximumHeight(170)
        self.view.doubleClicked.connect(self._on_change_clicked)
        add = QPushButton(self.tr("Add…"), self)
        add.clicked.connect(self._on_add_clicked)
        change = QPushButton(self.tr("Change…"), self)
        change.clicked.connect(self._on_change_clicked)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        for button in (add, change, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def set_periods(self, periods: tuple[r.Period, ...]) -> None:
        if tuple(self.model.records()) != tuple(periods):
            self.model.set_records(list(periods))

    def periods(self) -> tuple[r.Period, ...]:
        return tuple(self.model.records())

    def _selected_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_add_clicked(self) -> None:
        period = PeriodDialog.ask(self, self._context)
        if period is not None:
            self.edited.emit(tuple(sorted(self.periods() + (period,), key=lambda p: p.starts_at)))

    def _on_change_clicked(self) -> None:
        row = self._selected_row()
        if row < 0:
            return
        periods = list(self.periods())
        period = PeriodDialog.ask(self, self._context, periods[row])
        if period is not None and period != periods[row]:
            periods[row] = period
            self.edited.emit(tuple(sorted(periods, key=lambda p: p.starts_at)))

    def _on_remove_clicked(self) -> None:
        row = self._selected_row()
        if row >= 0:
            periods = list(self.periods())
            del periods[row]
            self.edited.emit(tuple(periods))
