"""The demo programme: valid against the exchange schema, consistent, true to the articles, alive
relative to today, and clean under the scheduling rules (no error, one planted warning)."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from itertools import combinations
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studitiru.services.demo import demo_document

SCHEMA = Path(__file__).resolve().parent.parent / "studitiru" / "spec" / "exchange.schema.json"
TODAYS = [date(2026, 11, 23), date(2026, 11, 27), date(2026, 12, 31), date(2027, 1, 3), date(2025, 11, 20),
          date(2026, 1, 5), date(2028, 2, 29)]


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _visit(document: dict, key: str) -> dict:
    return next(visit for visit in document["visits"] if visit["key"] == key)


def _visit_of_institution(document: dict, institution: str) -> dict:
    return next(visit for visit in document["visits"] if visit["institution"] == institution)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("today", TODAYS)
def test_validates_against_the_schema(validator, today):
    document = demo_document(today)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    assert not errors, [f"{list(error.absolute_path)}: {error.message}" for error in errors]
    assert document["host"] == {
        "name": "Pemerintah Kota Pontianak", "office": "Bagian Protokol dan Komunikasi Pimpinan",
        "address": "Jalan Rahadi Usman No. 3, Pontianak", "timezone": "Asia/Pontianak",
    }


@pytest.mark.parametrize("today", TODAYS)
def test_every_reference_resolves_and_keys_are_unique(today):
    document = demo_document(today)
    topics = {topic["key"] for topic in document["topics"]}
    institutions = {institution["key"] for institution in document["institutions"]}
    sites = {site["key"] for site in document["sites"]}
    presenters = {presenter["key"] for presenter in document["presenters"]}
    for register in ("topics", "institutions", "sites", "presenters", "visits"):
        keys = [record["key"] for record in document[register]]
        assert len(keys) == len(set(keys)), register
    for travel in document["travel_times"]:
        assert {travel["from"], travel["to"]} <= sites
    for presenter in document["presenters"]:
        assert set(presenter.get("topics", [])) <= topics
    session_keys, lesson_keys = [], []
    for visit in document["visits"]:
        key = visit["key"]
        assert visit["institution"] in institutions
        assert set(visit.get("topics", [])) <= topics
        assert visit["key"].startswith(f"ST-{visit['starts_on'][:4]}-") and len(key) == len("ST-2026-001")
        leaders = [p for p in visit.get("participants", []) if p.get("role") == "leader"]
        if visit.get("participants"):
            assert [p["name"] for p in leaders] == [visit["leader"]["name"]]
        own = set()
        for number, session in enumerate(visit.get("sessions", []), 1):
            assert session["key"] == f"{key}-{number}"
            own.add(session["key"])
            assert session.get("site") is None or session["site"] in sites
            assert set(session.get("presenters", [])) <= presenters
            assert set(session.get("topics", [])) <= topics
            assert _dt(session["starts_at"]) < _dt(session["ends_at"])
        for number, lesson in enumerate(visit.get("lessons", []), 1):
            assert lesson["key"] == f"{key}-L{number}"
            assert lesson.get("session") is None or lesson["session"] in own
            assert lesson.get("topic") is None or lesson["topic"] in topics
        session_keys += own
        lesson_keys += [lesson["key"] for lesson in visit.get("lessons", [])]
        for letter in ("request_letter", "reply_letter"):
            if letter in visit:
                assert date.fromisoformat(visit[letter]["date"]) <= max(today, date.fromisoformat(visit["starts_on"]))
    assert len(session_keys) == len(set(session_keys)) and len(lesson_keys) == len(set(lesson_keys))


def test_the_past_visits_hold_the_articles_facts():
    document = demo_document(date(2026, 11, 23))
    sites = {site["key"]: site for site in document["sites"]}
    presenters = {presenter["key"]: presenter for presenter in document["presenters"]}

    balikpapan = _visit_of_institution(document, "pemkot-balikpapan")
    assert (balikpapan["starts_on"], balikpapan["ends_on"]) == ("2026-01-09", "2026-01-10")
    assert balikpapan["leader"]["name"] == "Rahmad Mas'ud" and balikpapan["status"] == "reported"
    assert {"Rahmad Mas'ud", "Bagus Susetyo"} <= {p["name"] for p in balikpapan["participants"]}
    assert "Nomor 4 Tahun 2023" in balikpapan["purpose"] and "A-" in balikpapan["purpose"]
    assert 25 <= balikpapan["headcount"] <= 30
    tours = [s for s in balikpapan["sessions"] if s["site"] == "mpp" and s["kind"] == "site_tour"]
    assert tours and all(_dt(s["starts_at"]).date() == date(2026, 1, 10) for s in tours)
    for tour in tours:
        start, end = _dt(tour["starts_at"]), _dt(tour["ends_at"])
        assert start.isoweekday() == 6
        assert any(w["weekday"] == 6 and time.fromisoformat(w["opens"]) <= start.time()
                   and end.time() <= time.fromisoformat(w["closes"]) for w in sites["mpp"]["opening_hours"])
    assert any("dir-rsud" in s.get("presenters", []) and s["site"] == "rsud-ssma" for s in balikpapan["sessions"])
    assert {lesson["status"] for lesson in balikpapan["lessons"]} >= {"adopted", "in_progress"}
    assert all(lesson.get("owner") and lesson.get("recommendation") for lesson in balikpapan["lessons"])
    assert "Jalan Kapten Marsan" in sites["mpp"]["address"]

    balangan = _visit(document, "ST-2025-014")
    assert balangan["institution"] == "pemkab-balangan" and balangan["starts_on"] == balangan["ends_on"] == "2025-12-01"
    assert date(2025, 12, 1).isoweekday() == 1
    assert balangan["leader"]["name"] == "Sufrianor" and balangan["status"] in ("completed", "reported")
    assert balangan["sessions"][0]["presenters"] == ["sekda"] and presenters["sekda"]["name"] == "Amirullah"
    assert "Ketua Dewan Pengawas RSUD SSMA" in presenters["sekda"]["position"]
    assert any("triwulan" in lesson["observation"] for lesson in balangan["lessons"])
    assert "Disdukcapil" in balangan["notes"] and "Dinas Penanaman Modal dan PTSP" in balangan["notes"]
    assert "168 tempat tidur" in sites["rsud-ssma"]["notes"]

    kalteng = _visit_of_institution(document, "pemprov-kalteng")
    assert kalteng["starts_on"] == kalteng["ends_on"] == "2016-09-12"
    assert date(2016, 9, 12).isoweekday() == 1
    assert kalteng["leader"]["name"] == "Drs. Muchtar, M.Si."
    assert kalteng["status"] == "reported"
    assert {s["site"] for s in kalteng["sessions"] if s["kind"] != "meal"} == {"balai-kota"}
    assert presenters["sutarmidji"]["name"] == "Sutarmidji"
    assert any("tanpa kelas" in s["title"] and s["presenters"] == ["sutarmidji"] for s in kalteng["sessions"])
    assert any("menerapkan apa yang mereka serap" in lesson["observation"] for lesson in kalteng["lessons"])
    assert kalteng["headcount"] <= sites["balai-kota"]["capacity"]
    assert 25 <= kalteng["headcount"] <= 35 and 10 <= balangan["headcount"] <= 14


def _future(document: dict) -> list[dict]:
    return [visit for visit in document["visits"] if visit["starts_on"][:4] not in ("2016",)
            and visit["institution"] not in ("pemkot-balikpapan", "pemkab-balangan")]


@pytest.mark.parametrize("today", TODAYS)
def test_the_upcoming_visits_lie_ahead_on_weekdays(today):
    _check_upcoming(today)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2035, 12, 31)))
def test_the_upcoming_visits_lie_ahead_for_any_today(today):
    _check_upcoming(today)


def _check_upcoming(today: date) -> None:
    document = demo_document(today)
    upcoming = _future(document)
    assert 3 <= len(upcoming) <= 4
    assert {visit["status"] for visit in upcoming} == {"confirmed", "requested", "cancelled"}
    for visit in upcoming:
        first, last = date.fromisoformat(visit["starts_on"]), date.fromisoformat(visit["ends_on"])
        assert today < first <= last <= today + timedelta(days=36)
        assert first.isoweekday() <= 5 and last.isoweekday() <= 5
    # the home page shows the next 14 days: one upcoming visit always falls in them
    assert min(date.fromisoformat(v["starts_on"]) for v in upcoming) <= today + timedelta(days=14)
    unavailable = [p for p in document["presenters"] if p.get("unavailable")]
    assert unavailable
    for presenter in unavailable:
        for period in presenter["unavailable"]:
            assert today < _dt(period["starts_at"]).date() <= today + timedelta(days=35)


@pytest.mark.parametrize("today", TODAYS)
def test_deterministic_for_the_same_day(today):
    assert json.dumps(demo_document(today)) == json.dumps(demo_document(today))
    assert demo_document(today) is not demo_document(today)


# --- the rules, by hand (RULES.md), so that the demo is checked even without the rules engine ------


def _headcount(visit: dict, session: dict) -> int:
    return session.get("headcount") or visit.get("headcount") or len(visit.get("participants", [])) or 1


def _hand_findings(document: dict) -> list[tuple[str, str, tuple[str, ...]]]:
    sites = {site["key"]: site for site in document["sites"]}
    presenters = {presenter["key"]: presenter for presenter in document["presenters"]}
    travel = {}
    for entry in document["travel_times"]:
        travel.setdefault((entry["from"], entry["to"]), entry["minutes"])
    live = [(visit, session) for visit in document["visits"] if visit.get("status") != "cancelled"
            for session in visit.get("sessions", [])]
    span = {s["key"]: (_dt(s["starts_at"]), _dt(s["ends_at"])) for _, s in live}
    found = []

    def overlap(a, b):
        return span[a["key"]][0] < span[b["key"]][1] and span[b["key"]][0] < span[a["key"]][1]

    for visit, session in live:
        start, end = span[session["key"]]
        bounds = (datetime.combine(date.fromisoformat(visit["starts_on"]), time(0)),
                  datetime.combine(date.fromisoformat(visit["ends_on"]), time(0)) + timedelta(days=1))
        if start < bounds[0] or end > bounds[1]:
            found.append(("error", "outside-visit-dates", (session["key"],)))
        for key in session.get("presenters", []):
            for period in presenters[key].get("unavailable", []):
                if start < _dt(period["ends_at"]) and _dt(period["starts_at"]) < end:
                    found.append(("error", "presenter-unavailable", (session["key"],)))
        site = sites.get(session.get("site"))
        if site is None:
            if session.get("kind", "other") not in ("travel", "meal"):
                found.append(("warning", "no-site", (session["key"],)))
            continue
        hours = site.get("opening_hours")
        if hours is not None and not any(
            w["weekday"] == start.isoweekday() and start.date() == end.date()
            and time.fromisoformat(w["opens"]) <= start.time() and end.time() <= time.fromisoformat(w["closes"])
            for w in hours
        ):
            found.append(("warning", "outside-opening-hours", (session["key"],)))
        in_progress = sum(_headcount(v, s) for v, s in live if s.get("site") == site["key"]
                          and span[s["key"]][0] <= start < span[s["key"]][1])
        if site.get("capacity") and in_progress > site["capacity"]:
            found.append(("error", "site-over-capacity", (session["key"],)))
    for (va, a), (vb, b) in combinations(live, 2):
        if not overlap(a, b):
            continue
        pair = tuple(sorted((a["key"], b["key"])))
        if set(a.get("presenters", [])) & set(b.get("presenters", [])):
            found.append(("error", "presenter-double-booked", pair))
        if a.get("site") and a.get("site") == b.get("site") and sites[a["site"]].get("exclusive"):
            found.append(("error", "site-double-booked", pair))
        if va is vb:
            found.append(("warning", "visit-overlap", pair))
    for visit in document["visits"]:
        if visit.get("status") == "cancelled":
            continue
        placed = sorted((s for s in visit.get("sessions", []) if s.get("site")),
                        key=lambda s: (span[s["key"]][0], s["key"]))
        for a, b in zip(placed, placed[1:]):
            minutes = travel.get((a["site"], b["site"]), travel.get((b["site"], a["site"])))
            if a["site"] == b["site"] or minutes is None or overlap(a, b):
                continue
            if span[b["key"]][0] - span[a["key"]][1] < timedelta(minutes=minutes):
                found.append(("warning", "travel-time", (a["key"], b["key"])))
    return found


@pytest.mark.parametrize("today", TODAYS)
def test_by_hand_no_error_and_exactly_the_planted_warning(today):
    findings = _hand_findings(demo_document(today))
    assert [f for f in findings if f[0] == "error"] == []
    warnings = [f for f in findings if f[0] == "warning"]
    assert len(warnings) == 1 and warnings[0][1] == "travel-time"
    doris = _visit_of_institution(demo_document(today), "rsud-doris-sylvanus")
    assert set(warnings[0][2]) <= {s["key"] for s in doris["sessions"]}


# --- with the other modules: the rules engine and the importer ------------------------------------


def _programme(document: dict):
    from studitiru.domain import records as r

    def period(p):
        return r.Period(_dt(p["starts_at"]), _dt(p["ends_at"]), p.get("reason"))

    sites = {
        s["key"]: r.Site(
            key=s["key"], name=s["name"], capacity=s.get("capacity"), exclusive=s.get("exclusive", False),
            opening_hours=None if "opening_hours" not in s else tuple(
                r.OpeningWindow(w["weekday"], time.fromisoformat(w["opens"]), time.fromisoformat(w["closes"]))
                for w in s["opening_hours"]))
        for s in document["sites"]
    }
    presenters = {
        p["key"]: r.Presenter(key=p["key"], name=p["name"], topics=tuple(p.get("topics", [])),
                              unavailable=tuple(period(u) for u in p.get("unavailable", [])))
        for p in document["presenters"]
    }
    visits, sessions = {}, []
    for v in document["visits"]:
        visits[v["key"]] = r.Visit(
            key=v["key"], title=v["title"], institution=v["institution"],
            starts_on=date.fromisoformat(v["starts_on"]), ends_on=date.fromisoformat(v["ends_on"]),
            status=r.VisitStatus(v.get("status", "requested")), headcount=v.get("headcount"))
        sessions += [
            r.Session(key=s["key"], visit=v["key"], starts_at=_dt(s["starts_at"]), ends_at=_dt(s["ends_at"]),
                      title=s["title"], kind=r.SessionKind(s["kind"]) if s.get("kind") else None,
                      site=s.get("site"), presenters=tuple(s.get("presenters", [])),
                      topics=tuple(s.get("topics", [])), headcount=s.get("headcount"))
            for s in v.get("sessions", [])
        ]
    travel = tuple(r.TravelTime(t["from"], t["to"], t["minutes"]) for t in document["travel_times"])
    counts = {v["key"]: len(v.get("participants", [])) for v in document["visits"]}
    return r.Programme(sessions=tuple(sessions), visits=visits, sites=sites, presenters=presenters,
                       travel_times=travel, participant_counts=counts)


@pytest.mark.parametrize("today", TODAYS)
def test_the_rules_engine_finds_no_error_and_one_warning(today):
    from studitiru.domain.rules import check
    from studitiru.domain.records import Severity

    findings = check(_programme(demo_document(today)), timezone="Asia/Pontianak")
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    warnings = [f for f in findings if f.severity == Severity.WARNING]
    assert [f.rule for f in warnings] == ["travel-time"]


def test_load_demo_twice_adds_nothing_twice(db):
    from sqlalchemy import func, select

    from studitiru.db import models as m
    from studitiru.services.demo import load_demo

    def counts():
        with db.read() as session:
            return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                    for model in (m.Visit, m.Session, m.Participant, m.Lesson, m.Topic, m.Institution,
                                  m.Site, m.Presenter, m.TravelTime)}

    first = load_demo(db)
    once = counts()
    document = demo_document(date.today())
    assert once["visits"] == len(document["visits"])
    assert once["sessions"] == sum(len(v.get("sessions", [])) for v in document["visits"])
    assert once["lessons"] == sum(len(v.get("lessons", [])) for v in document["visits"])
    assert first.startswith("Program demo ditambahkan: ") and f"{once['visits']} kunjungan" in first
    assert f"{once['sessions']} acara" in first and f"{once['participants']} peserta" in first
    assert f"{once['lessons']} pembelajaran" in first
    second = load_demo(db)
    assert second == "Program demo sudah ada di basis data ini: tidak ada yang ditambahkan." and counts() == once
    assert load_demo(db, "en") == "The demo programme is already in this database: nothing was added."


def test_an_office_database_never_receives_the_demo(db):
    from studitiru.errors import UserError
    from studitiru.services import visits
    from studitiru.services.demo import is_office_database, load_demo, mark_office_database

    assert not is_office_database(db)
    mark_office_database(db)
    with pytest.raises(UserError) as refused:
        load_demo(db)
    assert "milik kantor sendiri" in refused.value.message("id")
    assert "an office's own" in refused.value.message("en")
    assert visits.list_visits(db, limit=1) == []


def test_load_demo_hands_the_document_to_the_importer(monkeypatch, db):
    import sys
    import types

    from studitiru.services.demo import load_demo

    calls = []
    fake = types.ModuleType("studitiru.services.exchange")
    fake.import_document = lambda db, document, source: calls.append((db, document, source))
    monkeypatch.setitem(sys.modules, "studitiru.services.exchange", fake)
    message = load_demo(db)
    [(given, document, source)] = calls
    assert given is db and source == "demo" and document == demo_document(date.today())
    visits = document["visits"]
    assert message == (
        f"Program demo ditambahkan: {len(visits)} kunjungan, {sum(len(v.get('sessions', [])) for v in visits)} acara, "
        f"{sum(len(v.get('participants', [])) for v in visits)} peserta, "
        f"{sum(len(v.get('lessons', [])) for v in visits)} pembelajaran."
    )
