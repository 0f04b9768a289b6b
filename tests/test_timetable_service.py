"""What the timetable reads: the days shown and a margin, never the whole office."""

from __future__ import annotations

from datetime import datetime

from exchange_helpers import mutated
from studitiru.services import exchange, timetable


def _visit(key: str, day: str, status: str = "confirmed") -> dict:
    return {"key": key, "title": key, "institution": "pemkab-balangan", "starts_on": day, "ends_on": day, "status": status,
            "sessions": [{"key": f"{key}-1", "starts_at": f"{day}T09:00", "ends_at": f"{day}T10:00", "title": "Sesi"}]}


def test_load_timetable_reads_the_visits_near_the_days_shown(db):
    def change(document):
        document["visits"] += [_visit("ST-2030-001", "2030-03-04"), _visit("ST-2030-002", "2030-04-15"),
                               _visit("ST-2030-003", "2030-09-02"), _visit("ST-2030-004", "2030-03-05", "cancelled")]
    exchange.import_document(db, mutated(change), "far.json")
    data = timetable.load_timetable(db, datetime(2030, 3, 4), datetime(2030, 3, 11))
    assert [s.key for s in data.sessions] == ["ST-2030-001-1"]  # the cancelled visit's session is left out
    assert {"ST-2030-001", "ST-2030-002"} <= set(data.visits)  # within the margin: a choice
    assert "ST-2030-003" not in data.visits  # months away: not read
    assert set(data.programme.visits) == {"ST-2030-001"}


def test_the_sessions_of_a_window_are_every_session_that_overlaps_it_long_ones_too(db):
    """`agenda.sessions_between` answers from two narrow questions on SQLite (migration 0011's
    partial index of sessions longer than a day): the same sessions as the plain overlap test,
    however long a session and wherever its edges fall."""
    from studitiru.services import agenda

    spans = {  # key: (start, end), around the window 2030-03-10 08.00 – 2030-03-11 08.00
        "inside": ("2030-03-10T09:00", "2030-03-10T10:00"),
        "ends-at-start": ("2030-03-10T07:00", "2030-03-10T08:00"),
        "starts-at-end": ("2030-03-11T08:00", "2030-03-11T09:00"),
        "a-day-and-an-hour": ("2030-03-09T07:00", "2030-03-10T08:01"),
        "two-days-and-a-minute": ("2030-03-08T07:59", "2030-03-10T08:01"),
        "a-week-across": ("2030-03-05T00:00", "2030-03-12T00:00"),
        "a-week-before": ("2030-03-01T00:00", "2030-03-08T00:00"),
        "after": ("2030-03-12T09:00", "2030-03-12T10:00"),
    }

    def change(document):
        document["visits"].append({
            "key": "ST-2030-010", "title": "Rentang", "institution": "pemkab-balangan", "starts_on": "2030-03-01",
            "ends_on": "2030-03-12", "status": "confirmed",
            "sessions": [{"key": key, "starts_at": start, "ends_at": end, "title": key}
                         for key, (start, end) in spans.items()]})

    exchange.import_document(db, mutated(change), "long.json")
    start, end = datetime(2030, 3, 10, 8), datetime(2030, 3, 11, 8)
    found = [s.key for s in agenda.sessions_between(db, start, end) if s.visit == "ST-2030-010"]
    expected = sorted((key for key, (a, b) in spans.items()
                       if datetime.fromisoformat(a) < end and datetime.fromisoformat(b) > start),
                      key=lambda key: (datetime.fromisoformat(spans[key][0]), key))
    assert found == expected == ["a-week-across", "two-days-and-a-minute", "a-day-and-an-hour", "inside"]
