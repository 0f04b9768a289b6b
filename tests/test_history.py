"""History: every service write recorded with the values before and after and the OS user."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime

import pytest

from exchange_helpers import EXAMPLE
from studitiru.db.history import os_user
from studitiru.domain import records as r
from studitiru.errors import UserError
from studitiru.services import agenda, exchange, registers, visits
from studitiru.services.history import recent_history, visit_history


@pytest.fixture
def office(db):
    registers.create_record(db, r.Topic(key="zi", name="Zona Integritas"))
    registers.create_record(db, r.Institution(key="pemkab-balangan", name="Pemerintah Kabupaten Balangan"))
    registers.create_record(db, r.Site(key="balai-kota", name="Balai Kota", capacity=60))
    registers.create_record(db, r.Site(key="rsud", name="RSUD", capacity=40))
    registers.create_record(db, r.Presenter(key="sekda", name="Amirullah", topics=("zi",)))
    return db


def _visit(db) -> r.Visit:
    return visits.create_visit(db, r.Visit(key="", title="Studi tiru ZI", institution="pemkab-balangan",
                                           starts_on=date(2025, 12, 1), ends_on=date(2025, 12, 1)))


def test_an_edit_records_before_after_and_the_os_user(office):
    visit = _visit(office)
    visits.update_visit(office, replace(visit, title="Studi tiru Zona Integritas", topics=("zi",)))
    entries = visit_history(office, visit.key)
    update = next(e for e in entries if e.action == "update" and e.record_kind == "visit")
    assert update.before == {"title": "Studi tiru ZI", "topics": []}
    assert update.after == {"title": "Studi tiru Zona Integritas", "topics": ["zi"]}
    assert update.os_user == os_user() and update.os_user
    created = next(e for e in entries if e.action == "insert" and e.record_kind == "visit")
    assert created.after["institution_id"] == "pemkab-balangan" and created.before is None
    assert entries[0] is update or entries.index(update) < entries.index(created)  # newest first


def test_a_visits_history_lists_its_session_moves(office):
    visit = _visit(office)
    session = agenda.add_session(office, r.Session(key="", visit=visit.key, starts_at=datetime(2025, 12, 1, 9),
                                                   ends_at=datetime(2025, 12, 1, 10), title="Paparan", site="balai-kota"))
    agenda.move_session(office, session.key, datetime(2025, 12, 1, 13), datetime(2025, 12, 1, 14), site="rsud")
    agenda.move_session(office, session.key, datetime(2025, 12, 1, 15), datetime(2025, 12, 1, 16))
    moves = [e for e in visit_history(office, visit.key) if e.record_kind == "session" and e.action == "update"]
    assert [m.after["starts_at"] for m in moves] == ["2025-12-01T15:00:00", "2025-12-01T13:00:00"]
    assert moves[1].before == {"starts_at": "2025-12-01T09:00:00", "ends_at": "2025-12-01T10:00:00", "site_id": "balai-kota"}
    assert moves[1].after["site_id"] == "rsud" and moves[1].record_key == session.key
    agenda.delete_session(office, session.key)
    deleted = visit_history(office, visit.key)[0]
    assert (deleted.action, deleted.record_key, deleted.after) == ("delete", session.key, None)
    assert deleted.before["title"] == "Paparan"


def test_a_refused_edit_records_nothing(office):
    visit = _visit(office)
    count = len(recent_history(office))
    with pytest.raises(UserError):
        visits.update_visit(office, replace(visit, ends_on=date(2025, 11, 1)))
    assert len(recent_history(office)) == count


def test_an_import_is_one_row_naming_its_visits(db):
    exchange.import_file(db, EXAMPLE)
    entries = recent_history(db)
    assert len(entries) == 1 and entries[0].action == "import"
    assert entries[0].after["visits"] == ["ST-2025-014"] and str(EXAMPLE) in entries[0].after["summary"]
    assert visit_history(db, "ST-2025-014")[0].action == "import"
    assert visit_history(db, "ST-2025") == []  # a prefix of a key is not that key


def test_timing_of_edits_with_and_without_history(office):
    visit = _visit(office)
    timings = {}
    for label, on in (("with history", True), ("without history", False)):
        office.record_history = on
        started = time.perf_counter()
        for number in range(40):
            visits.update_visit(office, replace(visits.get_visit(office, visit.key), title=f"Judul {label} {number}"))
        timings[label] = (time.perf_counter() - started) / 40 * 1000
    office.record_history = True
    print(f"\nedit: {timings['with history']:.2f} ms with history, {timings['without history']:.2f} ms without")


def test_a_sites_opening_hours_and_a_presenters_unavailable_periods_are_recorded(office):
    from datetime import time as clock

    site = registers.get_record(office, r.Site, "rsud")
    week = (r.OpeningWindow(1, clock(8), clock(16)), r.OpeningWindow(5, clock(8), clock(11, 30)))
    registers.update_record(office, replace(site, opening_hours=week))
    registers.update_record(office, replace(registers.get_record(office, r.Site, "rsud"), opening_hours=week))  # same
    rows = [e for e in recent_history(office) if e.record_kind == "site" and e.record_key == "rsud"]
    change = next(e for e in rows if e.action == "update")
    assert change.after["opening_hours"] == ["1 08:00-16:00", "5 08:00-11:30"]
    assert change.before.get("opening_hours", []) == []
    assert sum(1 for e in rows if e.action == "update" and "opening_hours" in e.after) == 1  # the same week again: nothing

    presenter = registers.get_record(office, r.Presenter, "sekda")
    away = r.Period(datetime(2025, 12, 1, 8), datetime(2025, 12, 1, 12), "Rapat DPRD")
    registers.update_record(office, replace(presenter, unavailable=(away,)))
    change = next(e for e in recent_history(office) if e.record_kind == "presenter" and e.action == "update")
    assert change.after["unavailable"] == ["2025-12-01T08:00:00/2025-12-01T12:00:00 Rapat DPRD"]
