"""Properties of the rules: `check()` agrees with a plain all-pairs reading of RULES.md, and
`RuleIndex` kept current through edits agrees with a fresh full check."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from studitiru.domain.records import (
    Finding,
    OpeningWindow,
    Period,
    Presenter,
    Programme,
    Session,
    SessionKind,
    Site,
    TravelTime,
    Visit,
    VisitStatus,
)
from studitiru.domain.rules import RuleIndex, check, finding_order

MONDAY = date(2026, 1, 12)
START = datetime.combine(MONDAY, time(0))
QUARTER = timedelta(minutes=15)
DAYS = 4
BOUNDED = settings(max_examples=200, deadline=None)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


# -- the reference: RULES.md read as plainly as possible, all pairs --------------------------

def reference(programme: Programme) -> set[Triple]:
    """Every finding as (rule, session keys, visit keys), by comparing all pairs."""
    visits, sites, presenters = programme.visits, programme.sites, programme.presenters

    def active(s: Session) -> bool:
        visit = visits.get(s.visit)
        return s.ends_at > s.starts_at and not (visit is not None and visit.status is VisitStatus.CANCELLED)

    def overlap(a_start, a_end, b_start, b_end) -> bool:
        return a_start < b_end and b_start < a_end

    def headcount(s: Session) -> int:
        if s.headcount is not None:
            return s.headcount
        visit = visits.get(s.visit)
        if visit is not None and visit.headcount is not None:
            return visit.headcount
        count = programme.participant_counts.get(s.visit, len(visit.participants) if visit else 0)
        return count if count > 0 else 1

    def travel(a: str, b: str) -> int | None:
        for origin, destination in ((a, b), (b, a)):
            for entry in programme.travel_times:
                if (entry.from_site, entry.to_site) == (origin, destination):
                    return entry.minutes
        return None

    def holds(window: OpeningWindow, s: Session) -> bool:
        day = s.starts_at.date()
        opens, closes = datetime.combine(day, window.opens), datetime.combine(day, window.closes)
        if closes <= opens:
            closes += timedelta(days=1)
        return window.weekday == day.isoweekday() and opens <= s.starts_at and s.ends_at <= closes

    sessions = [s for s in programme.sessions if active(s)]
    found: set[Triple] = set()

    def add(rule: str, group) -> None:
        found.add((rule, tuple(sorted(s.key for s in group)), tuple(sorted({s.visit for s in group}))))

    for a, b in combinations(sessions, 2):
        if not overlap(a.starts_at, a.ends_at, b.starts_at, b.ends_at):
            continue
        if set(a.presenters) & set(b.presenters):
            add("presenter-double-booked", (a, b))
        if a.site and a.site == b.site and a.site in sites and sites[a.site].exclusive:
            add("site-double-booked", (a, b))
        if a.visit == b.visit:
            add("visit-overlap", (a, b))

    for s in sessions:
        if any(overlap(s.starts_at, s.ends_at, p.starts_at, p.ends_at)
               for key in s.presenters if key in presenters for p in presenters[key].unavailable):
            add("presenter-unavailable", (s,))
        visit = visits.get(s.visit)
        if visit is not None and (s.starts_at < datetime.combine(visit.starts_on, time(0))
                                  or s.ends_at > datetime.combine(visit.ends_on, time(0)) + timedelta(days=1)):
            add("outside-visit-dates", (s,))
        site = sites.get(s.site) if s.site else None
        if site is not None and site.opening_hours is not None and not any(holds(w, s) for w in site.opening_hours):
            add("outside-opening-hours", (s,))
        if not s.site and (s.kind or SessionKind.OTHER) not in (SessionKind.TRAVEL, SessionKind.MEAL):
            add("no-site", (s,))

    for site_key, site in sites.items():
        if site.capacity is None:
            continue
        here = [s for s in sessions if s.site == site_key]
        for cluster in _components(here, lambda a, b: overlap(a.starts_at, a.ends_at, b.starts_at, b.ends_at)):
            peak = max(sum(headcount(x) for x in cluster if x.starts_at <= s.starts_at < x.ends_at) for s in cluster)
            if peak > site.capacity:
                add("site-over-capacity", cluster)

    for visit_key in {s.visit for s in sessions}:
        ordered = sorted((s for s in sessions if s.visit == visit_key and s.site), key=lambda s: (s.starts_at, s.key))
        for a, b in zip(ordered, ordered[1:]):
            if a.site == b.site or overlap(a.starts_at, a.ends_at, b.starts_at, b.ends_at):
                continue
            minutes = travel(a.site, b.site)
            if minutes is not None and b.starts_at - a.ends_at < timedelta(minutes=minutes):
                add("travel-time", (a, b))
    return found


def _components(items: list[Session], linked) -> list[list[Session]]:
    """Connected components of `items` under `linked` (all pairs)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in combinations(range(len(items)), 2):
        if linked(items[i], items[j]):
            parent[root(i)] = root(j)
    groups: dict[int, list[Session]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())


def triples(findings: list[Finding]) -> set[Triple]:
    return {(f.rule, f.sessions, f.visits) for f in findings}


# -- random small programmes ---------------------------------------------------------------

def moments(days: int = DAYS) -> st.SearchStrategy[datetime]:
    return st.integers(0, days * 96 - 1).map(lambda n: START + n * QUARTER)


def clock_times() -> st.SearchStrategy[time]:
    return st.integers(0, 95).map(lambda n: time(n // 4, (n % 4) * 15))


windows = st.builds(OpeningWindow, weekday=st.integers(1, 5), opens=clock_times(), closes=clock_times())


@st.composite
def sites(draw) -> dict[str, Site]:
    result = {}
    for number in range(draw(st.integers(1, 4))):
        key = f"L{number}"
        result[key] = Site(
            key=key,
            name=f"Lokasi {number}",
            capacity=draw(st.one_of(st.none(), st.integers(0, 40))),
            exclusive=draw(st.booleans()),
            opening_hours=draw(st.one_of(st.none(), st.lists(windows, max_size=4).map(tuple))),
        )
    return result


@st.composite
def periods(draw) -> Period:
    start = draw(moments())
    return Period(start, start + draw(st.integers(1, 200)) * QUARTER, draw(st.one_of(st.none(), st.just("cuti"))))


@st.composite
def presenters(draw) -> dict[str, Presenter]:
    return {
        f"P{n}": Presenter(f"P{n}", f"Narasumber {n}", unavailable=tuple(draw(st.lists(periods(), max_size=3))))
        for n in range(draw(st.integers(0, 4)))
    }


@st.composite
def visits(draw) -> dict[str, Visit]:
    result = {}
    for number in range(draw(st.integers(1, 4))):
        starts_on = MONDAY + timedelta(days=draw(st.integers(0, 2)))
        key = f"V{number}"
        result[key] = Visit(
            key=key,
            title=f"Kunjungan {number}",
            institution="I",
            starts_on=starts_on,
            ends_on=starts_on + timedelta(days=draw(st.integers(0, 1))),
            status=draw(st.sampled_from(VisitStatus)),
            headcount=draw(st.one_of(st.none(), st.integers(1, 30))),
        )
    return result


@st.composite
def sessions_for(draw, key: str, visit_keys: list[str], site_keys: list[str], presenter_keys: list[str],
                 anchors: tuple[datetime, ...] = ()) -> Session:
    """A random session; it often starts when another ends (at one of the `anchors`), so that
    sessions touch."""
    start = draw(st.one_of(moments(), st.sampled_from(anchors)) if anchors else moments())
    length = draw(st.one_of(st.integers(1, 16), st.integers(1, 130)))
    return Session(
        key=key,
        visit=draw(st.sampled_from(visit_keys + ["GHOST"]) if draw(st.integers(0, 9)) == 0 else st.sampled_from(visit_keys)),
        starts_at=start,
        ends_at=start + length * QUARTER,
        title=f"Acara {key}",
        kind=draw(st.sampled_from([*SessionKind, None])),
        site=draw(st.sampled_from([None, "ELSEWHERE", *site_keys, *site_keys])),
        presenters=tuple(draw(st.lists(st.sampled_from(presenter_keys + ["NOBODY"]), max_size=3))),
        headcount=draw(st.one_of(st.none(), st.integers(0, 30))),
    )


@st.composite
def programmes(draw, max_sessions: int = 12) -> Programme:
    site_map, presenter_map, visit_map = draw(sites()), draw(presenters()), draw(visits())
    site_keys, presenter_keys, visit_keys = sorted(site_map), sorted(presenter_map), sorted(visit_map)
    count = draw(st.integers(0, max_sessions))
    keys = [f"K{n:02d}" for n in draw(st.permutations(range(count)))]  # key order is not creation order
    sessions: list[Session] = []
    for key in keys:
        anchors = tuple(moment for s in sessions for moment in (s.starts_at, s.ends_at))
        sessions.append(draw(sessions_for(key, visit_keys, site_keys, presenter_keys, anchors)))
    pairs = st.tuples(st.sampled_from(site_keys + ["ELSEWHERE"]), st.sampled_from(site_keys + ["ELSEWHERE"]))
    travel = tuple(
        TravelTime(a, b, minutes)
        for (a, b), minutes in draw(st.lists(st.tuples(pairs, st.one_of(st.integers(0, 180), st.integers(0, 3000))), max_size=10))
    )
    counts = draw(st.dictionaries(st.sampled_from(visit_keys), st.integers(0, 10)))
    return Programme(tuple(sessions), visit_map, site_map, presenter_map, travel, counts)


# -- properties ----------------------------------------------------------------------------

@BOUNDED
@given(programmes())
def test_check_agrees_with_the_all_pairs_reference(programme):
    findings = check(programme, "Asia/Pontianak")
    assert triples(findings) == reference(programme)
    assert len(findings) == len(triples(findings))
    assert findings == sorted(findings, key=finding_order)


@BOUNDED
@given(programmes(max_sessions=10), st.data())
def test_index_kept_current_through_edits_agrees_with_a_full_check(programme, data):
    index = RuleIndex(programme)
    current = {s.key: s for s in programme.sessions}
    findings = index.check_all()
    batch_start, batch_changed = list(findings), set()
    site_keys, presenter_keys, visit_keys = sorted(programme.sites), sorted(programme.presenters), sorted(programme.visits)
    for step in range(data.draw(st.integers(1, 6), label="edits")):
        anchors = tuple(moment for s in current.values() for moment in (s.starts_at, s.ends_at))
        operation = data.draw(st.sampled_from(["add", "replace", "remove"] if current else ["add"]), label="operation")
        if operation == "add":
            session = data.draw(sessions_for(f"N{step}", visit_keys, site_keys, presenter_keys, anchors), label="added")
            changed = index.add_session(session)
            current[session.key] = session
        else:
            key = data.draw(st.sampled_from(sorted(current)), label="key")
            if operation == "remove":
                changed = index.remove_session(key)
                del current[key]
            else:
                session = data.draw(sessions_for(key, visit_keys, site_keys, presenter_keys, anchors), label="replacement")
                changed = index.replace_session(session)
                current[key] = session
        batch_changed |= changed
        expected = check(replace(programme, sessions=tuple(current.values())))
        findings = index.update(findings, changed)
        assert findings == expected
        assert index.check_all() == expected

        probe = data.draw(st.lists(st.sampled_from(sorted(current) or ["none"]), max_size=3), label="probe")
        neighbourhood = index.neighbourhood(probe)
        assert index.findings_touching(probe) == [f for f in expected if neighbourhood & set(f.sessions)]
    assert index.update(batch_start, batch_changed) == findings
