"""Dates and times read as officers type them; what cannot be read is never guessed."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studitiru.domain.date_input import parse_date, parse_time
from studitiru.domain.dates import format_date, format_time


@pytest.mark.parametrize(("typed", "expected"), [
    ("08.30", time(8, 30)), ("8:30", time(8, 30)), ("0830", time(8, 30)), ("830", time(8, 30)),
    ("8", time(8, 0)), ("14", time(14, 0)), ("8.30 WIB", time(8, 30)), ("14.00 wita", time(14, 0)),
    (" 09 . 15 ", time(9, 15)), ("23.59", time(23, 59)), ("00.00", time(0, 0)),
])
def test_times_as_typed(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["", "abc", "25.00", "24.00", "8.5", "08.60", "123456", "8:30:15", "-1"])
def test_times_that_cannot_be_read(typed: str) -> None:
    assert parse_time(typed) is None


@pytest.mark.parametrize(("typed", "expected"), [
    ("14 Jan 2027", date(2027, 1, 14)), ("14 Januari 2027", date(2027, 1, 14)),
    ("Kamis, 14 Januari 2027", date(2027, 1, 14)), ("Thursday, 14 January 2027", date(2027, 1, 14)),
    ("14/1/2027", date(2027, 1, 14)), ("14-01-27", date(2027, 1, 14)), ("14.01.2027", date(2027, 1, 14)),
    ("2027-01-14", date(2027, 1, 14)), ("1 Mei 2026", date(2026, 5, 1)), ("17 Agt 2026", date(2026, 8, 17)),
    ("17 Agustus 2026", date(2026, 8, 17)), ("9 okt 2026", date(2026, 10, 9)), ("25 Des 2026", date(2026, 12, 25)),
])
def test_dates_as_typed(typed: str, expected: date) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["", "14", "14 Jan", "31 Feb 2027", "14 Foo 2027", "2027/13/01", "hari ini"])
def test_dates_that_cannot_be_read(typed: str) -> None:
    assert parse_date(typed) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)), st.sampled_from(["id", "en"]),
       st.booleans())
def test_every_date_as_written_reads_back(day: date, lang: str, weekday: bool) -> None:
    assert parse_date(format_date(day, lang, weekday=weekday)) == day


@given(st.times(), st.sampled_from(["id", "en"]))
def test_every_time_as_written_reads_back(moment: time, lang: str) -> None:
    assert parse_time(format_time(moment, lang)) == moment.replace(second=0, microsecond=0)
