"""The Terms of `spec/RULES.md` and the per-programme lookups the rules read.

Pure functions and one frozen context record; no Qt, no database.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from studitiru.domain.records import (
    OpeningWindow,
    Period,
    Programme,
    Session,
    SessionKind,
    Severity,
    Site,
    Visit,
    VisitStatus,
)

PRESENTER_DOUBLE_BOOKED = "presenter-double-booked"
PRESENTER_UNAVAILABLE = "presenter-unavailable"
SITE_DOUBLE_BOOKED = "site-double-booked"
SITE_OVER_CAPACITY = "site-over-capacity"
OUTSIDE_VISIT_DATES = "outside-visit-dates"
OUTSIDE_OPENING_HOURS = "outside-opening-hours"
VISIT_OVERLAP = "visit-overlap"
TRAVEL_TIME = "travel-time"
NO_SITE = "no-site"

#: Every rule of RULES.md and its severity.
RULE_SEVERITY: dict[str, Severity] = {
    PRESENTER_DOUBLE_BOOKED: Severity.ERROR,
    PRESENTER_UNAVAILABLE: Severity.ERROR,
    SITE_DOUBLE_BOOKED: Severity.ERROR,
    SITE_OVER_CAPACITY: Severity.ERROR,
    OUTSIDE_VISIT_DATES: Severity.ERROR,
    OUTSIDE_OPENING_HOURS: Severity.WARNING,
    VISIT_OVERLAP: Severity.WARNING,
    TRAVEL_TIME: Severity.WARNING,
    NO_SITE: Severity.WARNING,
}

#: Kinds of session that need no site.
SITELESS_KINDS = frozenset({SessionKind.TRAVEL, SessionKind.MEAL})

_ONE_DAY = timedelta(days=1)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Whether two spans overlap: each starts before the other ends."""
    return a_start < b_end and b_start < a_end


def needs_site(session: Session) -> bool:
    """Whether the session's kind needs a site (no kind counts as `other`)."""
    return (session.kind or SessionKind.OTHER) not in SITELESS_KINDS


def visit_bounds(visit: Visit) -> tuple[datetime, datetime]:
    """00:00 of the visit's first day and 24:00 of its last day."""
    return (
        datetime.combine(visit.starts_on, time(0)),
        datetime.combine(visit.ends_on, time(0)) + _ONE_DAY,
    )


def window_offsets(window: OpeningWindow) -> tuple[timedelta, timedelta]:
    """The window as offsets from midnight of its day.

    A window that closes at or before it opens runs past midnight: 08.00–00.00 closes at
    24:00, 20.00–02.00 closes at 02:00 the next day, and 00.00–00.00 is the whole day.
    """
    opens = timedelta(hours=window.opens.hour, minutes=window.opens.minute, seconds=window.opens.second)
    closes = timedelta(hours=window.closes.hour, minutes=window.closes.minute, seconds=window.closes.second)
    if closes <= opens:
        closes += _ONE_DAY
    return opens, closes


def windows_of_day(site: Site, day: date) -> tuple[OpeningWindow, ...]:
    """The site's opening windows on the weekday of `day`, by opening time."""
    weekday = day.isoweekday()
    return tuple(sorted((w for w in site.opening_hours or () if w.weekday == weekday), key=lambda w: w.opens))


def travel_table(programme: Programme) -> dict[tuple[str, str], int]:
    """(from, to) → minutes; the first entry wins when a pair is listed twice."""
    table: dict[tuple[str, str], int] = {}
    for entry in programme.travel_times:
        table.setdefault((entry.from_site, entry.to_site), entry.minutes)
    return table


def travel_minutes(table: dict[tuple[str, str], int], a: str, b: str) -> int | None:
    """The travel time from A to B, else from B to A, else None."""
    minutes = table.get((a, b))
    return table.get((b, a)) if minutes is None else minutes


@dataclass(frozen=True, slots=True)
class PresenterCalendar:
    """A presenter's unavailable periods sorted by start, with the running maximum of ends."""

    periods: tuple[Period, ...]
    starts: tuple[datetime, ...]
    max_ends: tuple[datetime, ...]

    @classmethod
    def of(cls, periods: tuple[Period, ...]) -> PresenterCalendar:
        ordered = tuple(sorted(periods, key=lambda p: (p.starts_at, p.ends_at)))
        max_ends: list[datetime] = []
        for period in ordered:
            max_ends.append(period.ends_at if not max_ends else max(max_ends[-1], period.ends_at))
        return cls(ordered, tuple(p.starts_at for p in ordered), tuple(max_ends))

    def overlapping(self, start: datetime, end: datetime) -> list[Period]:
        """The periods that overlap [start, end), by start."""
        hits: list[Period] = []
        index = bisect_left(self.starts, end) - 1
        while index >= 0 and self.max_ends[index] > start:
            period = self.periods[index]
            if period.ends_at > start:
                hits.append(period)
            index -= 1
        hits.reverse()
        return hits


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Everything of a programme except its sessions, prepared for fast look-ups."""

    visits: dict[str, Visit]
    sites: dict[str, Site]
    presenter_names: dict[str, str]
    calendars: dict[str, PresenterCalendar]
    travel: dict[tuple[str, str], int]
    visit_headcounts: dict[str, int]
    visit_spans: dict[str, tuple[datetime, datetime]]
    #: site key → ISO weekday → windows as offsets from midnight; only sites with opening hours.
    opening: dict[str, dict[int, tuple[tuple[timedelta, timedelta], ...]]]
    timezone: str | None

    @classmethod
    def of(cls, programme: Programme, timezone: str | None = None) -> RuleContext:
        counts = programme.participant_counts
        visit_headcounts = {key: _visit_headcount(visit, counts.get(key, len(visit.participants))) for key, visit in programme.visits.items()}
        for key, count in counts.items():
            visit_headcounts.setdefault(key, count if count > 0 else 1)
        return cls(
            visits=dict(programme.visits),
            sites=dict(programme.sites),
            presenter_names={key: p.name for key, p in programme.presenters.items()},
            calendars={key: PresenterCalendar.of(p.unavailable) for key, p in programme.presenters.items() if p.unavailable},
            travel=travel_table(programme),
            visit_headcounts=visit_headcounts,
            visit_spans={key: visit_bounds(visit) for key, visit in programme.visits.items()},
            opening={key: _opening_table(site) for key, site in programme.sites.items() if site.opening_hours is not None},
            timezone=timezone,
        )

    def is_active(self, session: Session) -> bool:
        """Whether the session takes part in the rules: its visit is not cancelled and it has a length."""
        if session.ends_at <= session.starts_at:
            return False
        visit = self.visits.get(session.visit)
        return visit is None or visit.status is not VisitStatus.CANCELLED

    def headcount(self, session: Session) -> int:
        """The session's headcount, else its visit's, else its visit's participants, else 1."""
        if session.headcount is not None:
            return session.headcount
        return self.visit_headcounts.get(session.visit, 1)

    def is_open(self, site_key: str, start: datetime, end: datetime) -> bool:
        """Whether the site is always open, or a window of the start's weekday holds the span."""
        table = self.opening.get(site_key)
        if table is None:
            return True
        midnight = datetime.combine(start.date(), time(0))
        first, last = start - midnight, end - midnight
        return any(opens <= first and last <= closes for opens, closes in table.get(start.isoweekday(), ()))

    def presenter_name(self, key: str) -> str:
        return self.presenter_names.get(key, key)

    def site_name(self, key: str | None) -> str:
        site = self.sites.get(key) if key else None
        return site.name if site is not None else (key or "")

    def visit_title(self, key: str) -> str:
        visit = self.visits.get(key)
        return visit.title if visit is not None else key


def _visit_headcount(visit: Visit, participants: int) -> int:
    """The headcount a session of this visit has when it carries none of its own."""
    if visit.headcount is not None:
        return visit.headcount
    return participants if participants > 0 else 1


def _opening_table(site: Site) -> dict[int, tuple[tuple[timedelta, timedelta], ...]]:
    table: dict[int, list[tuple[timedelta, timedelta]]] = {}
    for window in site.opening_hours or ():
        table.setdefault(window.weekday, []).append(window_offsets(window))
    return {weekday: tuple(windows) for weekday, windows in table.items()}
