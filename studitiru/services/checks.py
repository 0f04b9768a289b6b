"""The scheduling rules (`spec/RULES.md`) over the database: load the programme, run the check.

`load_programme` reads with a few set-based queries. Cancelled visits are left out (the
rules ignore them). With visit keys it loads those visits and every visit that has a
session in the same run of overlapping sessions as theirs (a run: sessions linked by
overlaps, whatever their site): that is everything that can take part in a finding about
them, so a presenter double-booked across two visits is still found when only one is checked.
"""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from studitiru.collector import pausing
from studitiru.db import models as m
from studitiru.db.bulk_read import read_registers, read_visits, visit_ids
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain import rules

__all__ = ["load_programme", "programme_in", "check_database", "findings_of", "finding_json"]

#: Up to this many chosen visits the neighbours are found from the sessions near theirs;
#: beyond, every session is read once (fewer bound parameters, and about as fast).
NEAR_READ_LIMIT = 500


def load_programme(db: Database, visit_keys: list[str] | None = None) -> r.Programme:
    """The programme the rules look at: all (not cancelled) visits, or those visits and their neighbours."""
    with db.read() as session:
        return programme_in(session, visit_keys)


def programme_in(session, visit_keys: list[str] | None = None) -> r.Programme:  # noqa: ANN001 - an ORM session
    """`load_programme` in the caller's transaction."""
    chosen = visit_ids(session, visit_keys)
    registers = read_registers(session)
    ids = None if chosen is None else sorted(_neighbour_visits(session, set(chosen)))
    visits, counts = read_visits(session, ids, participants=False, lessons=False, include_cancelled=False)
    sessions = tuple(s for visit in visits for s in visit.sessions)
    return r.Programme(
        sessions=tuple(sorted(sessions, key=lambda s: (s.starts_at, s.key))),
        visits={visit.key: visit for visit in visits},
        sites=registers.sites,
        presenters=registers.presenters,
        travel_times=tuple(registers.travel_times),
        participant_counts=counts,
    )


def _neighbour_visits(session, chosen: set[int]) -> set[int]:  # noqa: ANN001 - an ORM session
    """The chosen visits plus those with a session in a run of overlapping sessions that holds one of theirs.

    Reads only the sessions near the chosen ones: the span of their sessions, widened until no
    session overlapping its edges reaches beyond them (a run never crosses such a span's edge).
    """
    if len(chosen) > NEAR_READ_LIMIT:  # keys beyond what one query should bind: read every session once
        return _runs_touching(session.execute(_sessions_not_cancelled()).all(), chosen)
    spans = session.execute(
        select(func.min(m.Session.starts_at), func.max(m.Session.ends_at)).where(m.Session.visit_id.in_(chosen))
    ).one()
    if spans[0] is None:
        return set(chosen)
    low, high = spans
    while True:
        rows = session.execute(
            _sessions_not_cancelled()
            .where(or_(and_(m.Session.starts_at < high, m.Session.ends_at > low), m.Session.visit_id.in_(chosen)))
        ).all()
        wider_low = min([low, *(row.starts_at for row in rows)])
        wider_high = max([high, *(row.ends_at for row in rows)])
        if (wider_low, wider_high) == (low, high):
            return _runs_touching(rows, chosen)
        low, high = wider_low, wider_high


def _sessions_not_cancelled():  # noqa: ANN202 - a select
    return (select(m.Session.visit_id, m.Session.starts_at, m.Session.ends_at)
            .join(m.Visit, m.Visit.id == m.Session.visit_id)
            .where(m.Visit.status != r.VisitStatus.CANCELLED.value))


def _runs_touching(rows: list, chosen: set[int]) -> set[int]:
    """The chosen visits plus every visit in a run of overlapping sessions (rows) that holds one of theirs."""
    rows = sorted(rows, key=lambda row: (row.starts_at, row.ends_at))
    result = set(chosen)
    run: list[int] = []
    run_end = None
    touches = False
    for visit_id, starts, ends in rows:
        if run_end is not None and starts >= run_end:  # a session starting at the end does not overlap
            if touches:
                result.update(run)
            run, touches, run_end = [], False, None
        run.append(visit_id)
        touches = touches or visit_id in chosen
        run_end = ends if run_end is None or ends > run_end else run_end
    if touches:
        result.update(run)
    return result


def _timezone(db: Database) -> str | None:
    with db.read() as session:
        host = session.get(m.HostSettings, 1)
        return host.timezone if host is not None else None


@pausing
def check_database(db: Database, visit_keys: list[str] | None = None) -> list[r.Finding]:
    """The findings of the rules, in their stable order; with visit keys, those that involve the visits."""
    return findings_of(load_programme(db, visit_keys), _timezone(db), visit_keys)


@pausing
def findings_of(programme: r.Programme, timezone: str | None, visit_keys: list[str] | None = None) -> list[r.Finding]:
    """`check_database` on a programme already read (`programme_in`): the findings in their
    stable order, with visit keys only those that involve the visits."""
    findings = rules.check(programme, timezone)
    if visit_keys is not None:
        wanted = set(visit_keys)
        findings = [finding for finding in findings if wanted.intersection(finding.visits)]
    return sorted(findings, key=rules.finding_order)


def finding_json(finding: r.Finding, lang: str = "id") -> dict:
    """A finding as `check --json` prints it (spec/CLI.md)."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "visits": sorted(finding.visits),
        "sessions": sorted(finding.sessions),
        "message": finding.message(lang),
    }
