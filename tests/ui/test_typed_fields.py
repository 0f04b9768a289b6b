"""Dates and times typed into the window's fields as officers write them, with the keyboard
only: the field selects its whole text on focus, Ctrl+A then typing replaces the value (it once
kept the old hour: "08.30" became 09.30), text that cannot be read puts back the last value."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from studitiru.ui.widgets.date_edit import DateEdit
from studitiru.ui.widgets.time_edit import TimeEdit


@pytest.fixture
def form(qtbot):
    kept = []

    def make(lang):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        other, day, moment = QLineEdit(), DateEdit(lang), TimeEdit(lang)
        for child in (other, day, moment):
            layout.addWidget(child)
        qtbot.addWidget(widget)
        widget.show()
        widget.activateWindow()
        qtbot.waitExposed(widget)
        kept.append(widget)
        return other, day, moment
    return make


def typed(qtbot, field, text: str, select_all: bool = True, finish=Qt.Key.Key_Tab) -> None:
    field.setFocus()
    qtbot.wait(5)  # the selection on focus comes after Qt places the cursor
    if select_all:
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, finish)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("text", "expected"), [
    ("08.30", time(8, 30)), ("8:30", time(8, 30)), ("0830", time(8, 30)), ("830", time(8, 30)),
    ("14", time(14, 0)), ("9.15 WIB", time(9, 15)),
])
def test_a_time_typed_after_ctrl_a_replaces_the_old_one(qtbot, form, lang, text, expected):
    _, _, moment = form(lang)
    moment.set_value(time(9, 0))
    typed(qtbot, moment, text)
    assert moment.value() == expected
    assert moment.text() == expected.strftime("%H.%M" if lang == "id" else "%H:%M")


def test_a_focused_time_is_selected_whole_so_typing_replaces_it(qtbot, form):
    _, _, moment = form("id")
    moment.set_value(time(9, 0))
    typed(qtbot, moment, "1030", select_all=False, finish=Qt.Key.Key_Return)
    assert moment.value() == time(10, 30)


def test_text_that_is_not_a_time_puts_back_the_last_one(qtbot, form):
    _, _, moment = form("id")
    moment.set_value(time(9, 0))
    typed(qtbot, moment, "25.99")
    assert moment.value() == time(9, 0) and moment.text() == "09.00"


@pytest.mark.parametrize(("text", "expected"), [
    ("14 Jan 2027", date(2027, 1, 14)), ("14/1/2027", date(2027, 1, 14)), ("Kamis, 14 Januari 2027", date(2027, 1, 14)),
    ("2027-01-14", date(2027, 1, 14)), ("1 mei 27", date(2027, 5, 1)),
])
def test_a_date_typed_whole(qtbot, form, text, expected):
    _, day, _ = form("id")
    day.set_value(date(2026, 11, 30))
    typed(qtbot, day, text)
    assert day.value() == expected
    assert day.text().endswith(f"{expected.day} {['Januari', 'Mei'][expected.month == 5]} {expected.year}")


def test_a_date_that_does_not_exist_puts_back_the_last_one_and_arrows_still_step(qtbot, form):
    _, day, _ = form("en")
    day.set_value(date(2026, 11, 30))
    typed(qtbot, day, "31 Feb 2027")
    assert day.value() == date(2026, 11, 30) and day.text() == "Monday, 30 November 2026"
    day.setFocus()
    QTest.keyClick(day, Qt.Key.Key_End)
    QTest.keyClick(day, Qt.Key.Key_Up)  # the year under the cursor
    assert day.value() == date(2027, 11, 30)
