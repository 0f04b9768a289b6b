"""A time of day typed as officers write it ("08.30", "8:30", "0830", "8"), shown as the
interface language writes it ("08.30" in Indonesian, "08:30" in English)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QTimeEdit, QWidget

from studitiru.domain.date_input import parse_time
from studitiru.ui.widgets.date_edit import TypedDateTimeMixin, locale_for


class TimeEdit(TypedDateTimeMixin, QTimeEdit):
    """Select-all on focus, so that typing replaces the time; Up/Down step the hour or the
    minutes under the cursor; `committed` fires when the user is done with it."""

    committed = Signal()
    _ACCEPT_WHILE_TYPING = False

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(locale_for(lang))
        self.setDisplayFormat("HH:mm" if lang == "en" else "HH.mm")
        self.editingFinished.connect(self.committed)

    def _parse(self, text: str) -> QDateTime | None:
        moment = parse_time(text)
        if moment is None:
            return None
        return QDateTime(QDate(2000, 1, 1), QTime(moment.hour, moment.minute))

    def value(self) -> time:
        return self.time().toPython().replace(second=0, microsecond=0)

    def set_value(self, moment: time) -> None:
        self.setTime(QTime(moment.hour, moment.minute))
