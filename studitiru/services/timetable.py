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
#: How far beyond the shown days the visit choices reach: the visits of these weeks are read,
#: never the whole office (ten years hold thousands).
VISIT_MARGIN = timedelta(days=60)


@dataclass(frozen=True)
class TimetableData:
    start: datetime
    end: datetime
    #: Sessions overlapping [start, end) of visits that are not cancelled, by start then key.
    sessions: tuple[r.Session, ...]
    #: The visits (rows: no children) within `VISIT_MARGIN` of the shown days (so a visit chosen
    #: in the filter, whose days are then shown, is always there), by key: the labels, the
    #: filters and new sessions.
    visits: dict[str, r.VisitRow]
    sites: tuple[r.Site, ...]
    presenters: tuple[r.Presenter, ...]
    institutions: dict[str, r.Institution]
    #: What the rules look at: the visits with a session near the shown days, and their neighbours.
    programme: r.Programme
    timezone: str | None = None


def load_timetable(db: Database, start: datetime, end: datetime) -> TimetableData:
    """The timetable of [start, end): what it reads depends on the days shown, not on the office's size."""
    near = visits.list_visits(db, starting_from=(start - VISIT_MARGIN).date(), starting_until=(end + VISIT_MARGIN).date())
    rows = {row.key: row for row in near}
    shown = tuple(agenda.sessions_between(db, start, end, include_cancelled=False))
    nearby = {s.visit for s in agenda.sessions_between(db, start - MARGIN, end + MARGIN, include_cancelled=False)}
    programme = checks.load_programme(db, sorted(nearby)) if nearby else r.Programme((), {}, {}, {})
    found = registers.all_registers(db)
    return TimetableData(
        start=start,
        end=end,
        sessions=shown,
        visits=rows,
        sites=found.sites,
        presenters=found.presenters,
        institutions={item.key: item for item in found.institutions},
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


def next_session_day(db: Database, after: datetime) -> datetime | None:
    """The start of the first session at or after `after` of a visit not cancelled (one indexed
    look-up), so an empty day can offer to jump to the next one with an agenda."""
    from sqlalchemy import func, select

    from studitiru.db import models as m

    with db.read() as session:
        return session.scalar(
            select(func.min(m.Session.starts_at))
            .join(m.Visit, m.Visit.id == m.Session.visit_id)
            .where(m.Session.starts_at >= after, m.Visit.status != r.VisitStatus.CANCELLED.value)
        )
