"""The scheduling check over the database: the programme, --visit filtering, cancelled visits."""

from __future__ import annotations

from exchange_helpers import mutated, second_visit
from studitiru.services import checks, exchange


def _with_second_visit(db, **changes):
    def change(document):
        visit = second_visit()
        visit.update(changes)
        document["visits"].append(visit)
        document["visits"].append({"key": "ST-2026-001", "title": "Later", "institution": "pemkab-balangan",
                                   "starts_on": "2026-01-05", "ends_on": "2026-01-05",
                                   "sessions": [{"key": "ST-2026-001-1", "starts_at": "2026-01-05T09:00",
                                                 "ends_at": "2026-01-05T10:00", "title": "Tanpa lokasi"}]})
    exchange.import_document(db, mutated(change), "two.json")


def test_load_programme_reads_everything(db):
    _with_second_visit(db)
    programme = checks.load_programme(db)
    assert [s.key for s in programme.sessions] == ["ST-2025-014-1", "ST-2025-020-1", "ST-2025-014-2", "ST-2026-001-1"]
    assert set(programme.visits) == {"ST-2025-014", "ST-2025-020", "ST-2026-001"}
    assert programme.sites["rsud-ssma"].opening_hours is not None and programme.sites["balai-kota"].opening_hours is None
    assert programme.presenters["dir-rsud"].topics == ("rs", "zi")
    assert programme.participant_counts == {"ST-2025-014": 1}
    assert programme.travel_times[0].minutes == 20
    assert programme.sessions[0].presenters == ("sekda",)


def test_presenter_double_booked_across_visits_found_from_either(db):
    _with_second_visit(db)
    everything = checks.check_database(db)
    rules = {(f.rule, f.sessions) for f in everything}
    assert ("presenter-double-booked", ("ST-2025-014-1", "ST-2025-020-1")) in rules
    for key in ("ST-2025-014", "ST-2025-020"):
        found = checks.check_database(db, [key])
        assert ("presenter-double-booked", ("ST-2025-014-1", "ST-2025-020-1")) in {(f.rule, f.sessions) for f in found}
        assert all(key in f.visits for f in found)
        assert found == [f for f in everything if key in f.visits]
    later = checks.check_database(db, ["ST-2026-001"])
    assert [f.rule for f in later] == ["no-site"]


def test_cancelled_visits_take_no_part(db):
    _with_second_visit(db, status="cancelled")
    programme = checks.load_programme(db)
    assert "ST-2025-020" not in programme.visits
    assert not any(f.rule == "presenter-double-booked" for f in checks.check_database(db))
    assert checks.check_database(db, ["ST-2025-020"]) == []


def test_finding_json_shape(db):
    _with_second_visit(db)
    finding = next(f for f in checks.check_database(db) if f.rule == "presenter-double-booked")
    data = checks.finding_json(finding, "en")
    assert list(data) == ["rule", "severity", "visits", "sessions", "message"]
    assert data["severity"] == "error" and data["visits"] == ["ST-2025-014", "ST-2025-020"]
    assert "Amirullah" in data["message"]


def _visit(key: str, day: str, spans: list[tuple[str, str]]) -> dict:
    return {"key": key, "title": key, "institution": "pemkab-balangan", "starts_on": day, "ends_on": day,
            "sessions": [{"key": f"{key}-{n}", "starts_at": f"{day}T{starts}", "ends_at": f"{day}T{ends}", "title": "Sesi"}
                         for n, (starts, ends) in enumerate(spans, 1)]}


def test_neighbours_follow_a_run_of_overlaps_beyond_the_chosen_sessions_and_no_further(db):
    def change(document):
        document["visits"] += [
            _visit("ST-2026-001", "2026-03-02", [("09:00", "10:00")]),
            _visit("ST-2026-002", "2026-03-02", [("09:30", "11:00")]),  # overlaps 001
            _visit("ST-2026-003", "2026-03-02", [("10:30", "12:00")]),  # overlaps 002 only: same run
            _visit("ST-2026-004", "2026-03-02", [("12:00", "13:00")]),  # starts as the run ends: apart
            _visit("ST-2026-005", "2026-03-09", [("09:00", "10:00")]),  # another week
        ]
    exchange.import_document(db, mutated(change), "runs.json")
    programme = checks.load_programme(db, ["ST-2026-001"])
    assert set(programme.visits) == {"ST-2026-001", "ST-2026-002", "ST-2026-003"}
    assert set(checks.load_programme(db, ["ST-2026-004"]).visits) == {"ST-2026-004"}


def test_neighbours_are_the_same_when_every_session_is_read(db, monkeypatch):
    test_neighbours_follow_a_run_of_overlaps_beyond_the_chosen_sessions_and_no_further(db)
    near = checks.load_programme(db, ["ST-2026-001"])
    monkeypatch.setattr(checks, "NEAR_READ_LIMIT", 0)
    assert checks.load_programme(db, ["ST-2026-001"]) == near
