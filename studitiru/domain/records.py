"""Plain typed records: what crosses every layer. No Qt, no database session.

Records are frozen dataclasses. Lists inside them are tuples so that a record can be
hashed, compared and handed to another thread without copying. Records refer to each
other by `key` (the stable identifier that the exchange file uses), never by database id.

Times are the host's local wall-clock time, naive `datetime`s (see `Host.timezone`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time


class VisitStatus(str, enum.Enum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    REPORTED = "reported"
    CANCELLED = "cancelled"


#: The life of a visit (DESIGN.md): each status and the ones it may move to.
#: `cancelled` can happen at any point; a cancelled visit can be reopened as requested.
VISIT_TRANSITIONS: dict[VisitStatus, tuple[VisitStatus, ...]] = {
    VisitStatus.REQUESTED: (VisitStatus.CONFIRMED, VisitStatus.CANCELLED),
    VisitStatus.CONFIRMED: (VisitStatus.REQUESTED, VisitStatus.COMPLETED, VisitStatus.CANCELLED),
    VisitStatus.COMPLETED: (VisitStatus.CONFIRMED, VisitStatus.REPORTED, VisitStatus.CANCELLED),
    VisitStatus.REPORTED: (VisitStatus.COMPLETED, VisitStatus.CANCELLED),
    VisitStatus.CANCELLED: (VisitStatus.REQUESTED,),
}


class InstitutionKind(str, enum.Enum):
    PROVINCE = "province"
    REGENCY = "regency"
    CITY = "city"
    MINISTRY = "ministry"
    AGENCY = "agency"
    HOSPITAL = "hospital"
    OTHER = "other"


class SessionKind(str, enum.Enum):
    RECEPTION = "reception"
    PRESENTATION = "presentation"
    SITE_TOUR = "site_tour"
    DISCUSSION = "discussion"
    MEAL = "meal"
    TRAVEL = "travel"
    OTHER = "other"


class ParticipantRole(str, enum.Enum):
    LEADER = "leader"
    MEMBER = "member"


class LessonStatus(str, enum.Enum):
    NOTED = "noted"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ADOPTED = "adopted"
    DROPPED = "dropped"


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Host:
    name: str = ""
    office: str | None = None
    address: str | None = None
    timezone: str = "Asia/Pontianak"
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    name: str
    description: str | None = None
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Institution:
    key: str
    name: str
    short_name: str | None = None
    kind: InstitutionKind | None = None
    province: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class OpeningWindow:
    weekday: int  # ISO weekday: 1 = Monday (Senin) … 7 = Sunday (Minggu)
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class Site:
    key: str
    name: str
    short_name: str | None = None
    address: str | None = None
    capacity: int | None = None  # None: no limit
    exclusive: bool = False
    #: None: always open. A tuple (even an empty one): open only in these windows.
    opening_hours: tuple[OpeningWindow, ...] | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    notes: str | None = None
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class TravelTime:
    from_site: str
    to_site: str
    minutes: int
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


#: The version of a travel time the officer saw unset (no row): a change is refused if one is set since.
NO_TRAVEL_TIME = -1


@dataclass(frozen=True, slots=True)
class NoTravelTime:
    """A travel time removed (what `set_travel_time` returns for None): the next change of the
    pair checks that it is still unset."""

    from_site: str
    to_site: str
    version: int = field(default=NO_TRAVEL_TIME, compare=False)


@dataclass(frozen=True, slots=True)
class Period:
    starts_at: datetime
    ends_at: datetime
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Presenter:
    key: str
    name: str
    position: str | None = None
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None
    topics: tuple[str, ...] = ()
    unavailable: tuple[Period, ...] = ()
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    #: Nomor Induk Pegawai and pangkat/golongan: a host officer's, for the letters (the liaison's).
    nip: str | None = None
    rank: str | None = None


@dataclass(frozen=True, slots=True)
class Officer:
    """A host officer assigned to a visit, named in its surat tugas."""

    name: str
    position: str | None = None
    rank: str | None = None
    nip: str | None = None


@dataclass(frozen=True, slots=True)
class Letter:
    number: str | None = None
    date: date | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    position: str | None = None
    institution: str | None = None
    phone: str | None = None
    email: str | None = None
    role: ParticipantRole = ParticipantRole.MEMBER


@dataclass(frozen=True, slots=True)
class Session:
    key: str
    visit: str  # the visit's key
    starts_at: datetime
    ends_at: datetime
    title: str
    kind: SessionKind | None = None
    site: str | None = None
    presenters: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    headcount: int | None = None
    notes: str | None = None
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Lesson:
    key: str
    visit: str  # the visit's key
    observation: str
    topic: str | None = None
    session: str | None = None
    recommendation: str | None = None
    owner: str | None = None
    status: LessonStatus = LessonStatus.NOTED
    follow_up_on: date | None = None
    follow_up_note: str | None = None
    #: The indikator of the follow-up (the summary's rencana tindak lanjut table).
    indicator: str | None = None
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Visit:
    key: str
    title: str
    institution: str  # the institution's key
    starts_on: date
    ends_on: date
    status: VisitStatus = VisitStatus.REQUESTED
    leader: Person | None = None
    liaison: Person | None = None
    headcount: int | None = None
    purpose: str | None = None
    topics: tuple[str, ...] = ()
    request_letter: Letter | None = None
    reply_letter: Letter | None = None
    notes: str | None = None
    participants: tuple[Participant, ...] = ()
    sessions: tuple[Session, ...] = ()
    lessons: tuple[Lesson, ...] = ()
    #: The row version the record was read at (concurrent edits); 0: not checked. Never exported.
    version: int = field(default=0, compare=False)
    #: Host officers assigned besides the liaison (the surat tugas); part of the details.
    officers: tuple[Officer, ...] = ()
    #: The dress for the welcome ("Pakaian Dinas Harian"), printed on the invitation.
    dress: str | None = None


@dataclass(frozen=True, slots=True)
class VisitChoice:
    """A visit as a chooser lists it: key, title, dates and status (no joins, no counts)."""

    key: str
    title: str
    starts_on: date
    ends_on: date
    status: VisitStatus


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One line of the visits list: what a list shows, without the visit's children."""

    key: str
    title: str
    institution: str
    institution_name: str
    status: VisitStatus
    starts_on: date
    ends_on: date
    leader_name: str | None
    headcount: int | None
    participant_count: int
    session_count: int


@dataclass(frozen=True, slots=True)
class Programme:
    """Everything the scheduling rules look at: the sessions to check and what they refer to.

    `visits` maps a visit key to the visit (its `sessions` and `lessons` may be empty: the
    rules read `sessions` from this record's own field). `participant_counts` gives the
    number of participants per visit, so that the visits need not carry them.
    """

    sessions: tuple[Session, ...]
    visits: dict[str, Visit]
    sites: dict[str, Site]
    presenters: dict[str, Presenter]
    travel_times: tuple[TravelTime, ...] = ()
    participant_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    visits: tuple[str, ...]  # keys, sorted
    sessions: tuple[str, ...]  # keys, sorted
    message_id: str  # the message in Indonesian
    message_en: str  # the message in English
    starts_at: datetime  # the start of the finding's first session (for ordering)

    def message(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message_id


@dataclass(frozen=True, slots=True)
class SessionMove:
    """What a move or resize did: the session before and after it. Its undo is the move back
    (`agenda.revert_move`), of the times and, only if the move changed it, the site."""

    before: Session
    after: Session


@dataclass(frozen=True, slots=True)
class ParticipantsAdded:
    """What an import of participants did: how many were added and skipped, and the visit's
    version it left (the undo, which puts the old list back, checks it)."""

    added: int
    skipped: int
    version: int


@dataclass(frozen=True, slots=True)
class RemovedSession:
    """A deleted session and the keys of the lessons that named it (its undo links them again)."""

    session: Session
    lessons: tuple[str, ...] = ()
