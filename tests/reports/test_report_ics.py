"""The visit's agenda as iCalendar."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

import sample_records as s
from studitiru.errors import ValidationError
from studitiru.reports.ics import build_ics


def _events(data: bytes):
    calendar = Calendar.from_ical(data)
    return calendar, [c for c in calendar.walk("VEVENT")]


def test_ics_parses_back_at_the_right_times():
    data = build_ics(s.HOST, s.VISIT, s.SITES, s.PRESENTERS)
    calendar, events = _events(data)
    assert str(calendar["PRODID"]).startswith("-//Studi Tiru")
    assert len(events) == 3
    first = events[0]
    start = first.decoded("DTSTART")
    end = first.decoded("DTEND")
    assert start == datetime(2025, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Pontianak"))
    assert start.utcoffset().total_seconds() == 7 * 3600
    assert start.astimezone(timezone.utc) == datetime(2025, 12, 1, 2, 0, tzinfo=timezone.utc)
    assert end.astimezone(timezone.utc) == datetime(2025, 12, 1, 3, 0, tzinfo=timezone.utc)
    assert first["DTSTART"].params["TZID"] == "Asia/Pontianak"
    assert str(first["UID"]) == "ST-2025-014-1@studitiru"
    assert str(first["SUMMARY"]) == "Penyambutan dan paparan Zona Integritas"
    assert str(first["LOCATION"]) == "Balai Kota Pontianak, Jl. Rahadi Usman No. 3, Pontianak"
    assert "Amirullah, Sekretaris Daerah Kota Pontianak" in str(first["DESCRIPTION"])
    assert "Ruang Rapat Wali Kota" in str(first["DESCRIPTION"])
    timezones = list(calendar.walk("VTIMEZONE"))
    assert [str(tz["TZID"]) for tz in timezones] == ["Asia/Pontianak"]
    assert b"DTSTAMP:20251201T020000Z" in data


def test_ics_is_deterministic():
    assert build_ics(s.HOST, s.VISIT, s.SITES, s.PRESENTERS) == build_ics(s.HOST, s.VISIT, s.SITES, s.PRESENTERS)


def test_ics_in_another_zone():
    from dataclasses import replace

    host = replace(s.HOST, timezone="Asia/Makassar")
    _, events = _events(build_ics(host, s.VISIT, s.SITES, s.PRESENTERS))
    start = events[0].decoded("DTSTART")
    assert start.astimezone(timezone.utc) == datetime(2025, 12, 1, 1, 0, tzinfo=timezone.utc)


def test_ics_with_hostile_text():
    data = s.hostile()
    raw = build_ics(data.host, data.visit, data.sites, data.presenters)
    _, events = _events(raw)
    summaries = [str(e["SUMMARY"]) for e in events]
    assert summaries[0].startswith("Email <a@b.id>")
    assert summaries[1].startswith("ctrl")  # control characters dropped
    assert "\ufffd" in summaries[2]  # the lone surrogate replaced


def test_ics_unknown_zone_is_a_user_error():
    from dataclasses import replace

    with pytest.raises(ValidationError):
        build_ics(replace(s.HOST, timezone="Mars/Olympus"), s.VISIT, s.SITES, s.PRESENTERS)


def test_ics_without_sessions():
    from dataclasses import replace

    _, events = _events(build_ics(s.HOST, replace(s.VISIT, sessions=()), s.SITES, s.PRESENTERS))
    assert events == []
