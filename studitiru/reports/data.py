"""What a report is built from: plain records gathered by the caller (a service, the CLI).

The reports never open the database; whoever asks for a report fills one of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studitiru.domain.revisions import AgendaChanges

from studitiru.domain.records import (
    Finding,
    Host,
    Institution,
    Lesson,
    Presenter,
    Site,
    Topic,
    Visit,
)


@dataclass(frozen=True)
class VisitReportData:
    """Everything the itinerary, summary and attendance sheet of one visit show.

    `visit` carries its sessions, participants and lessons. `sites`, `presenters` and
    `topics` map keys to the records the visit refers to (more is harmless; a missing key
    prints the key itself). `findings` are the visit's open rule findings: the itinerary
    lists those of severity error on a last page. `logo` is an optional image file for the
    letterhead (PNG or JPEG); an unreadable image is left out, never fatal.
    """

    host: Host
    visit: Visit
    institution: Institution
    sites: dict[str, Site] = field(default_factory=dict)
    presenters: dict[str, Presenter] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    logo: Path | None = None
    #: The agenda revision the itinerary prints (None: the plan, unmarked: nothing released yet).
    revision: RevisionMark | None = None


@dataclass(frozen=True)
class RevisionMark:
    """What marks a printed agenda: revision `number` released at `released_at` with the `changes`
    since the revision before (shown in a box on the first page); `number` None: a draft, the
    current plan that differs from the last revision."""

    number: int | None
    released_at: datetime | None = None
    changes: AgendaChanges | None = None


@dataclass(frozen=True)
class AnnualData:
    """The host's visits of one year, for the annual recap.

    `visits` are the visits that start in `year` (their sessions may be empty; their
    participants are used only when `headcount` is unset). `lessons` are the lessons of those
    visits (the visits' own `lessons` fields are not read, so they may be empty).
    """

    year: int
    host: Host
    visits: list[Visit] = field(default_factory=list)
    institutions: dict[str, Institution] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    lessons: list[Lesson] = field(default_factory=list)
    logo: Path | None = None


def delegation_size(visit: Visit) -> int:
    """The delegation's size: the stated headcount, else the number of participants."""
    if visit.headcount is not None:
        return visit.headcount
    return len(visit.participants)
