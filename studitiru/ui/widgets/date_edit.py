"""Date fields that show dates as the interface language writes them ('1 Desember 2025'),
and an optional date (a check box beside the field) for letters and follow-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

DISPLAY_FORMAT = "dddd, d MMMM yyyy"


def locale_for(lang: str) -> QLocale:
    return QLocale("en_GB") if lang == "en" else QLocale("id_ID")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateEdit(QDateEdit):
    """A date with a calendar pop-up; `committed` fires when the user is done with it."""

    committed = Signal()

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(locale_for(lang))
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setLocale(locale_for(lang))
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2199, 12, 31))
        # wide enough for the longest date the language writes, so none is cut off
        longest = "Wednesday, 30 September 2026" if lang == "en" else "Minggu, 30 September 2026"
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(longest) + 40)
        self.editingFinished.connect(self.committed)
        self.calendarWidget().clicked.connect(self._on_calendar_clicked)

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, day: date) -> None:
        if self.value() != day:
            self.blockSignals(True)
            self.setDate(to_qdate(day))
            self.blockSignals(False)

    def _on_calendar_clicked(self, _day: QDate) -> None:
        self.committed.emit()


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box says whether there is one."""

    committed = Signal()

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = DateEdit(lang, self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.committed.connect(self.committed)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(day is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(day is not None)
        if day is not None:
            self.edit.set_value(day)

    def set_default(self, day: date) -> None:
        """The date the field shows when the box is ticked on an empty field."""
        if not self.check.isChecked():
            self.edit.set_value(day)

    def _on_check_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.committed.emit()
