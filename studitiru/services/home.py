"""What the home page (Beranda) shows, read in one transaction.

The visits of the next 14 days and the few after them, the open rule findings of the visits
still to come (errors first), the lessons due for follow-up, and the year's figures: one
snapshot, so the figures agree with each other, and one read instead of nine (the window's
first page is on screen sooner; issue 19).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.services import checks, lessons, visits
from studitiru.services.lessons import LessonRow

DAYS_AHEAD = 14
MAX_ROWS = 8
LATER_ROWS = 3


@dataclass
class HomeData:
    """Everything the home page shows."""

    today: date
    host_name: str = ""
    upcoming: list[r.VisitRow] = field(default_factory=list)
    later: list[r.VisitRow] = field(default_factory=list)  # the next few after the 14 days
    findings: list[r.Finding] = field(default_factory=list)
    due_lessons: list[LessonRow] = field(default_factory=list)  # the first MAX_ROWS of them
    due_count: int = 0  # how many lessons are due (overdue included)
    due_soon: list[LessonRow] = field(default_factory=list)  # due within the next 14 days
    status_counts: Counter = field(default_factory=Counter)
    participants: int = 0
    lessons_recorded: int = 0
    lessons_adopted: int = 0


def load_home(db: Database, today: date) -> HomeData:
    """The home page's figures for `today`, from one read of the database."""
    horizon = today + timedelta(days=DAYS_AHEAD)
    with db.read() as session:
        host = session.execute(select(m.HostSettings.name, m.HostSettings.timezone)
                               .where(m.HostSettings.id == 1)).one_or_none()
        # One read of the visits for both the year's figures and what is still to come.
        rows = visits.visit_rows(session, visits.visits_query(starting_from=min(today, date(today.year, 1, 1))))
        coming = sorted((row for row in rows if row.ends_on >= today), key=lambda row: (row.starts_on, row.key))
        still_to_come = [row.key for row in coming if row.status is not r.VisitStatus.CANCELLED]
        programme = checks.programme_in(session, still_to_come) if still_to_come else None
        # The few rows shown and a COUNT: a busy office has thousands of overdue lessons.
        due_lessons = lessons.lesson_rows_in(session, due_by=today, limit=MAX_ROWS)
        due_count = lessons.count_lessons_in(session, due_by=today)
        due_soon = lessons.lesson_rows_in(session, due_by=horizon, due_after=today, limit=LATER_ROWS)
        recorded = lessons.count_lessons_in(session, year=today.year)
        adopted = lessons.count_lessons_in(session, year=today.year, status=r.LessonStatus.ADOPTED)
    data = HomeData(today=today, host_name=host.name if host is not None else "", due_lessons=due_lessons,
                    due_count=due_count, due_soon=due_soon, lessons_recorded=recorded, lessons_adopted=adopted)
    data.upcoming = [row for row in coming if row.starts_on <= horizon]
    shown = {row.key for row in data.upcoming}
    data.later = [row for row in coming
                  if row.key not in shown and row.status is not r.VisitStatus.CANCELLED][:LATER_ROWS]
    if programme is not None:
        found = checks.findings_of(programme, host.timezone if host is not None else None, still_to_come)
        data.findings = sorted(found, key=lambda f: f.severity is not r.Severity.ERROR)  # stable: errors first
    year = [row for row in rows if row.starts_on.year == today.year]
    data.status_counts = Counter(row.status for row in year)
    data.participants = sum(row.participant_count or row.headcount or 0
                            for row in year if row.status is not r.VisitStatus.CANCELLED)
    return data
