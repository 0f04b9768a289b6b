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
