"""Deterministic export: round trips give identical bytes; --visit subsets; formatting details."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from exchange_helpers import EXAMPLE, mutated, second_visit
from studitiru.db.schema import open_database
from studitiru.errors import NotFoundError
from studitiru.services import exchange
from studitiru.services.exchange_export import dump, moment


def test_import_export_import_export_gives_identical_bytes(tmp_path, db):
    exchange.import_file(db, EXAMPLE)
    first = exchange.export_bytes(db)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        exchange.import_document(other, json.loads(first), "first.json")
        assert exchange.export_bytes(other) == first
    finally:
        other.dispose()
    exchange.import_document(db, json.loads(first), "first.json")  # re-import: no change
    assert exchange.export_bytes(db) == first
    assert first.endswith(b"}\n") and first == (json.dumps(json.loads(first), ensure_ascii=False, indent=2) + "\n").encode()


def test_export_file_is_written_whole(tmp_path, db):
    exchange.import_file(db, EXAMPLE)
    target = tmp_path / "out.json"
    exchange.export_file(db, target)
    assert target.read_bytes() == exchange.export_bytes(db)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_lists_are_ordered(db):
    def change(document):
        document["topics"].append({"key": "Z", "name": "capital Z sorts before lowercase"})
        visit = document["visits"][0]
        visit["sessions"].insert(0, {"key": "ST-2025-014-0", "starts_at": "2025-12-01T10:30", "ends_at": "2025-12-01T11:00",
                                     "title": "same start, smaller key"})
        visit["participants"] = [{"name": "Zed"}, {"name": "Abe"}]
        document["sites"][0]["opening_hours"].reverse()
    exchange.import_document(db, mutated(change), "order.json")
    document = json.loads(exchange.export_bytes(db))
    assert [t["key"] for t in document["topics"]] == ["Z", "rs", "zi"]
    visit = document["visits"][0]
    assert [s["key"] for s in visit["sessions"]] == ["ST-2025-014-1", "ST-2025-014-0", "ST-2025-014-2"]
    assert [p["name"] for p in visit["participants"]] == ["Zed", "Abe"]
    hours = next(s for s in document["sites"] if s["key"] == "rsud-ssma")["opening_hours"]
    assert [w["weekday"] for w in hours] == [1, 2, 3, 4, 5]


def test_explicit_defaults_and_omitted_empties(db):
    def change(document):
        document["visits"][0].update(status="requested", notes="", participants=[{"name": "A"}])
        document["sites"][1]["opening_hours"] = []
        del document["sites"][0]["opening_hours"]
    exchange.import_document(db, mutated(change), "defaults.json")
    document = json.loads(exchange.export_bytes(db))
    visit = document["visits"][0]
    assert visit["status"] == "requested" and "notes" not in visit
    assert visit["participants"] == [{"name": "A", "role": "member"}]
    sites = {s["key"]: s for s in document["sites"]}
    assert sites["balai-kota"]["opening_hours"] == [] and "opening_hours" not in sites["rsud-ssma"]
    assert all("exclusive" in s for s in document["sites"])
    assert all("status" in lesson for lesson in visit["lessons"])


def test_seconds_only_when_not_zero():
    assert moment(datetime(2025, 12, 1, 9, 0)) == "2025-12-01T09:00"
    assert moment(datetime(2025, 12, 1, 9, 0, 5)) == "2025-12-01T09:00:05"


def test_visit_subset_holds_what_it_refers_to(db):
    def change(document):
        document["topics"].append({"key": "mpp", "name": "Mal Pelayanan Publik"})
        document["presenters"].append({"key": "kadis", "name": "Kepala Dinas", "topics": ["mpp"]})
        document["sites"].append({"key": "mpp-hall", "name": "MPP"})
        document["travel_times"].append({"from": "mpp-hall", "to": "rsud-ssma", "minutes": 10})
        visit = second_visit(presenter="kadis")
        visit["sessions"][0]["site"] = "mpp-hall"
        document["visits"].append(visit)
    exchange.import_document(db, mutated(change), "two.json")
    subset = json.loads(exchange.export_bytes(db, ["ST-2025-020"]))
    assert [v["key"] for v in subset["visits"]] == ["ST-2025-020"]
    assert [p["key"] for p in subset["presenters"]] == ["kadis"]
    assert [t["key"] for t in subset["topics"]] == ["mpp"]
    assert [s["key"] for s in subset["sites"]] == ["mpp-hall"]
    assert "travel_times" not in subset
    original = json.loads(exchange.export_bytes(db, ["ST-2025-014"]))
    assert [v["key"] for v in original["visits"]] == ["ST-2025-014"]
    assert [t["key"] for t in original["topics"]] == ["rs", "zi"]
    assert original["travel_times"] == [{"from": "balai-kota", "to": "rsud-ssma", "minutes": 20}]


def test_unknown_visit_key_is_named(db):
    exchange.import_file(db, EXAMPLE)
    with pytest.raises(NotFoundError) as caught:
        exchange.export_document(db, ["ST-2025-014", "NOPE"])
    assert "NOPE" in caught.value.message("id") and "NOPE" in caught.value.message("en")


def test_dump_matches_json_dumps():
    document = {"a": [], "b": {}, "c": ["é", "\u2028", '"\\', None, True, False, -1, 2.5], "d": {"e": [{"f": 1}]}}
    assert dump(document) == (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()


def test_empty_database_exports_a_valid_file(db):
    document = exchange.export_document(db)
    assert document == {"format": "studitiru", "version": 2}
    exchange.check_document(document, "empty.json")
