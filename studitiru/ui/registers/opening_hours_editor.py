"""Opening hours of a site: "always open", or per weekday (Senin … Minggu) open or closed,
from one time to another."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.ui.widgets.time_edit import TimeEdit

_DEFAULT_OPENS, _DEFAULT_CLOSES = time(8), time(16)

#: What a new site starts with: office hours, Senin–Jumat 08.00–16.00 (the officer may change them).
OFFICE_HOURS: tuple[r.OpeningWindow, ...] = tuple(
    r.OpeningWindow(day, _DEFAULT_OPENS, _DEFAULT_CLOSES) for day in range(1, 6))


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def _time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


class OpeningHoursEditor(QWidget):
    """Edits `Site.opening_hours`; `edited` says the user finished a change.

    A weekday holding more than one window (a lunch break) keeps its windows as long as
    its row is not changed here."""

    edited = Signal()

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._loaded: dict[int, tuple[r.OpeningWindow, ...]] = {}
        self.always = QCheckBox(self.tr("Always open"), self)
        self.always.toggled.connect(self._on_always_toggled)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.open_boxes: dict[int, QCheckBox] = {}
        self.opens: dict[int, TimeEdit] = {}
        self.closes: dict[int, TimeEdit] = {}
        for day in range(1, 8):
            box = QCheckBox(dates.weekday_name(day, lang), self)
            box.toggled.connect(self._on_day_toggled)
            opens, closes = TimeEdit(lang, self), TimeEdit(lang, self)  # typed as "07.30", "7:30", "730"
            for edit in (opens, closes):
                edit.editingFinished.connect(self._on_time_finished)
            grid.addWidget(box, day - 1, 0)
            grid.addWidget(opens, day - 1, 1)
            grid.addWidget(QLabel("–", self), day - 1, 2)
            grid.addWidget(closes, day - 1, 3)
            self.open_boxes[day], self.opens[day], self.closes[day] = box, opens, closes
        grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.always)
        layout.addLayout(grid)

    def set_value(self, hours: tuple[r.OpeningWindow, ...] | None) -> None:
        self._loading = True
        try:
            self._loaded = {}
            for window in hours or ():
                self._loaded.setdefault(window.weekday, ())
                self._loaded[window.weekday] += (window,)
            self.always.setChecked(hours is None)
            for day in range(1, 8):
                windows = self._loaded.get(day, ())
                default = hours is None and day <= 5
                self.open_boxes[day].setChecked(bool(windows) or default)
                self.opens[day].setTime(_qtime(min(w.opens for w in windows) if windows else _DEFAULT_OPENS))
                self.closes[day].setTime(_qtime(max(w.closes for w in windows) if windows else _DEFAULT_CLOSES))
        finally:
            self._loading = False
        self._update_enabled()

    def value(self) -> tuple[r.OpeningWindow, ...] | None:
        if self.always.isChecked():
            return None
        windows: list[r.OpeningWindow] = []
        for day in range(1, 8):
            if not self.open_boxes[day].isChecked():
                continue
            opens, closes = _time(self.opens[day].time()), _time(self.closes[day].time())
            loaded = self._loaded.get(day, ())
            if loaded and (opens, closes) == (min(w.opens for w in loaded), max(w.closes for w in loaded)):
                windows.extend(loaded)
            else:
                windows.append(r.OpeningWindow(day, opens, closes))
        return tuple(windows)

    def _update_enabled(self) -> None:
        always = self.always.isChecked()
        for day in range(1, 8):
            self.open_boxes[day].setEnabled(not always)
            for edit in (self.opens[day], self.closes[day]):
                edit.setEnabled(not always and self.open_boxes[day].isChecked())

    def _on_always_toggled(self, checked: bool) -> None:
        self._update_enabled()
        if not self._loading:
            self.edited.emit()

    def _on_day_toggled(self, checked: bool) -> None:
        self._update_enabled()
        if not self._loading:
            self.edited.emit()

    def _on_time_finished(self) -> None:
        if not self._loading:
            self.edited.emit()
