"""Reading dates and times as officers type them: "08.30", "8:30", "0830", "14 Jan 2027",
"Kamis, 14 Januari 2027", "14/1/2027", "2027-01-14". Pure functions, no Qt.

Each reader returns None for text it cannot read; it never guesses a value that was not typed.
"""

from __future__ import annotations

import re
from datetime import date, time

from studitiru.domain.dates import DAYS_EN, DAYS_ID, MONTHS_EN, MONTHS_ID

_MONTHS: dict[str, int] = {}
for _number, (_id, _en) in enumerate(zip(MONTHS_ID, MONTHS_EN), start=1):
    for _name in (_id, _en):
        _MONTHS[_name.lower()] = _number
        _MONTHS[_name.lower()[:3]] = _number
# Abbreviations offices write besides the first three letters.
_MONTHS.update({"agt": 8, "ags": 8, "sept": 9, "nop": 11, "peb": 2, "pebruari": 2, "nopember": 11})

_WEEKDAYS = {name.lower() for name in (*DAYS_ID, *DAYS_EN)} | {"jum'at", "ahad"}
_ZONE = re.compile(r"\s*(wib|wita|wit)$")

_TIME = re.compile(r"^(?P<hour>\d{1,2})(?:\s*[.:,]\s*(?P<minute>\d{2}))?$")
_TIME_DIGITS = re.compile(r"^(?P<hour>\d{1,2})(?P<minute>\d{2})$")
_NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,4})\s*[/.-]\s*(?P<b>\d{1,2})\s*[/.-]\s*(?P<c>\d{1,4})$")
_NAMED_DATE = re.compile(r"^(?P<day>\d{1,2})\s*[ ./-]?\s*(?P<month>[^\W\d_]+)\.?\s*[ ./-]?\s*(?P<year>\d{2,4})$")


def parse_time(text: str) -> time | None:
    """'08.30', '8:30', '8.30 WIB', '0830', '830' and '8' read as a time of day."""
    cleaned = " ".join(text.strip().lower().split())
    cleaned = _ZONE.sub("", cleaned)
    match = _TIME.match(cleaned) or _TIME_DIGITS.match(cleaned)
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        return 2000 + int(text)
    return None


def _safe_date(year: int | None, month: int | None, day: int) -> date | None:
    if year is None or month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """A date typed the Indonesian way (day first): '14 Jan 2027', '14 Januari 2027',
    'Kamis, 14 Januari 2027', '14/1/2027', '14-01-27', or ISO '2027-01-14'."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    words = cleaned.split(" ")
    if words and words[0] in _WEEKDAYS:
        cleaned = " ".join(words[1:])
    numeric = _NUMERIC_DATE.match(cleaned)
    if numeric:
        a, b, c = numeric.group("a"), numeric.group("b"), numeric.group("c")
        if len(a) == 4:  # ISO: year-month-day
            return _safe_date(int(a), int(b), int(c))
        if len(a) <= 2:
            return _safe_date(_year(c), int(b), int(a))
        return None
    named = _NAMED_DATE.match(cleaned)
    if named:
        month = _MONTHS.get(named.group("month"))
        return _safe_date(_year(named.group("year")), month, int(named.group("day")))
    return None
