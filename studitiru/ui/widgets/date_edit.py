"""Date fields that show dates as the interface language writes them ('1 Desember 2025'),
and an optional date (a check box beside the field) for letters and follow-ups.

A date can be typed whole, as officers write it ("14 Jan 2027", "14/1/2027", "Kamis, 14
Januari 2027"): the field selects its text when it gets the focus, so typing replaces it.
The arrow keys still step the day, month or year under the cursor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from studitiru.domain.date_input import parse_date

DISPLAY_FORMAT = "dddd, d MMMM yyyy"


def locale_for(lang: str) -> QLocale:
    return QLocale("en_GB") if lang == "en" else QLocale("id_ID")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TypedDateTimeMixin:
    """Free typing for a QDateEdit or QTimeEdit: `_parse(text)` reads the whole text; the
    text is Intermediate while it cannot be read yet, and the field selects all on focus."""

    def _parse(self, text: str) -> QDateTime | None:
        raise NotImplementedError

    #: Whether readable text counts as done while it is typed. Dates: yes (Qt would otherwise put
    #: back the old date, since a month name is not a partial section); times: no, since "0" is
    #: readable and Qt would reformat it at once, so fixup() turns the typed text into the time
    #: when the user is done (Enter, Tab, a click elsewhere).
    _ACCEPT_WHILE_TYPING = True

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:  # Qt override
        parsed = self._parse(text)
        if parsed is not None and (self._ACCEPT_WHILE_TYPING or text == self.textFromDateTime(parsed)):
            return QValidator.State.Acceptable, text, position
        return QValidator.State.Intermediate, text, position

    def fixup(self, text: str) -> str:  # Qt override
        parsed = self._parse(text)
        return self.textFromDateTime(parsed if parsed is not None else self.dateTime())

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt override
        parsed = self._parse(text)
        return parsed if parsed is not None else self.dateTime()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.lineEdit().selectAll()  # the text as a whole, not Qt's sections, so typing replaces it
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # After Qt has placed the cursor (a mouse click places it later): select the whole text.
        QTimer.singleShot(0, self.lineEdit().selectAll)


class DateEdit(TypedDateTimeMixin, QDateEdit):
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

    def _parse(self, text: str) -> QDateTime | None:
        day = parse_date(text)
        if day is None or not (self.minimumDate().toPython() <= day <= self.maximumDate().toPython()):
            return None
        return QDateTime(to_qdate(day), QTime(0, 0))

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
