"""Fuzzing (hypothesis, bounded): the importer and the services on hostile input either succeed or
refuse with a `UserError`; a refusal leaves the data exactly as it was, and what was accepted is
stored as the service said (read back equal, counted once, exported and imported again the same)."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchange_helpers import example
from studitiru.domain import records as r
from studitiru.errors import UserError
from studitiru.services import agenda, exchange, registers, visits

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])

hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=20),  # control characters
    st.sampled_from(["\ud800", "a\udfffb", "\x00", "\u202e", "‮kunci", " ", "", "x" * 100_000, "é" * 70]),
)
hostile_value = st.one_of(
    hostile_text, st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True), st.sampled_from(["0000-01-01", "9999-12-31T23:59", "2025-02-30", "2025-12-01T25:00"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _paths(value, (*prefix, name))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


@st.composite
def mutated_documents(draw):
    document = example()
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = [p for p in _paths(document) if p]
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(hostile_text)] = draw(hostile_value)
        else:
            parent[path[-1]] = draw(hostile_value)
    return document


REFUSED = object()


def _attempt(db, action):
    """The action's result, or REFUSED (then the data is checked unchanged)."""
    before = exchange.export_bytes(db)
    try:
        return action()
    except UserError as refusal:
        assert refusal.message("id") and refusal.message("en")
        assert exchange.export_bytes(db) == before
        return REFUSED


def _round_trips(db, tmp_path_factory) -> None:
    """What the database holds exports, imports into an empty database and exports the same."""
    from studitiru.db.schema import open_database

    exported = exchange.export_bytes(db)
    other = open_database(tmp_path_factory.mktemp("again") / "again.sqlite3")
    try:
        exchange.import_document(other, exchange.parse_document(exported, "again.json"), "again.json")
        assert exchange.export_bytes(other) == exported
    finally:
        other.dispose()


@SETTINGS
@given(document=mutated_documents())
def test_the_importer_on_mutated_documents(db, document, tmp_path_factory):
    counts = _attempt(db, lambda: exchange.import_document(db, copy.deepcopy(document), "fuzz.json"))
    if counts is not REFUSED:  # accepted: every visit of the file is there, and the data round-trips
        keys = {row.key for row in visits.list_visits(db)}
        assert {v["key"] for v in document.get("visits", []) if isinstance(v, dict) and v.get("key")} <= keys
        _round_trips(db, tmp_path_factory)


@SETTINGS
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      mutated_documents().map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass"))))
def test_the_importer_on_random_bytes(db, data):
    _attempt(db, lambda: exchange.import_document(db, exchange.parse_document(data, "fuzz.json"), "fuzz.json"))


@pytest.fixture
def office(db):
    exchange.import_document(db, example(), "example.json")
    return db


dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@SETTINGS
@given(title=hostile_text, key=hostile_text, starts=dates, ends=dates, notes=hostile_text)
def test_create_visit_with_hostile_values(office, title, key, starts, ends, notes):
    visit = r.Visit(key=key, title=title, institution="pemkab-balangan", starts_on=starts, ends_on=ends, notes=notes)
    count = len(visits.list_visits(office))
    created = _attempt(office, lambda: visits.create_visit(office, visit))
    if created is not REFUSED:  # stored as returned, once, with the dates given
        assert visits.get_visit(office, created.key) == created
        assert (created.starts_on, created.ends_on) == (starts, ends)
        assert len(visits.list_visits(office)) == count + 1


@SETTINGS
@given(title=hostile_text, start=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       minutes=st.integers(min_value=-600, max_value=10**6), notes=hostile_text)
def test_add_session_with_hostile_values(office, title, start, minutes, notes):
    def add():
        from datetime import timedelta
        ends = start + timedelta(minutes=minutes) if datetime(1, 1, 1) < start + timedelta(minutes=minutes) < datetime(9999, 12, 31) else start
        return agenda.add_session(office, r.Session(key="", visit="ST-2025-014", starts_at=start, ends_at=ends,
                                                    title=title, notes=notes))
    created = _attempt(office, add)
    if created is not REFUSED:  # stored as returned, at the times given
        assert agenda.get_session(office, created.key) == created
        assert created.starts_at == start and created.ends_at > created.starts_at


@SETTINGS
@given(name=hostile_text, description=hostile_text)
def test_update_record_with_hostile_values(office, name, description):
    topic = registers.get_record(office, r.Topic, "zi")
    updated = _attempt(office, lambda: registers.update_record(office, replace(topic, name=name, description=description)))
    if updated is not REFUSED:  # stored as returned
        assert registers.get_record(office, r.Topic, "zi") == updated and updated.key == "zi"
