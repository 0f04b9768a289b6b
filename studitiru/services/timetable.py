"""What the timetable reads: the sessions of the days shown, the registers it names, and the
programme its live check starts from. One read per call; records out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.errors import NotFoundError
from studitiru.services import agenda, checks, host, registers, visits

#: How far beyond the shown days the live check looks for sessions that can clash with the
#: shown ones when they are moved a little (a session dragged to the next day still checks).
MARGIN = timedelta(days=1)


@dataclass(frozen=True)
class TimetableData:
    start: datetime
    end: datetime
    #: Sessions overlapping [start, end) of visits that are not cancelled, by start then key.
    sessions: tuple[r.Session, ...]
    #: Every visit (rows: no children), by key: the labels, the filters and new sessions.
    visits: dict[str, r.VisitRow]
    sites: tuple[r.Site, ...]
    presenters: tuple[r.Presenter, ...]
    institutions: dict[str, r.Institution]
    #: What the rules look at: the visits with a session near the shown days, and their neighbours.
    programme: r.Programme
    timezone: str | None = None


def load_timetable(db: Database, start: datetime, end: datetime) -> TimetableData:
    """The timetable of [start, end)."""
    rows = {row.key: row for row in visits.list_visits(db)}
    active = {key for key, row in rows.items() if row.status != r.VisitStatus.CANCELLED}
    shown = tuple(s for s in agenda.sessions_between(db, start, end) if s.visit in active)
    nearby = {s.visit for s in agenda.sessions_between(db, start - MARGIN, end + MARGIN) if s.visit in active}
    programme = checks.load_programme(db, sorted(nearby)) if nearby else r.Programme((), {}, {}, {})
    return TimetableData(
        start=start,
        end=end,
        sessions=shown,
        visits=rows,
        sites=tuple(registers.list_sites(db)),
        presenters=tuple(registers.list_presenters(db)),
        institutions={item.key: item for item in registers.list_institutions(db)},
        programme=programme,
        timezone=host.get_host(db).timezone,
    )


def read_sessions(db: Database, keys: frozenset[str] | set[str]) -> dict[str, r.Session | None]:
    """The current record of each key; None for a key that no longer names a session."""
    found: dict[str, r.Session | None] = {}
    for key in sorted(keys):
        try:
            found[key] = agenda.get_session(db, key)
        except NotFoundError:
            found[key] = None
    return found
