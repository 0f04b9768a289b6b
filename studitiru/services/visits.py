"""Visits: the list, one visit whole, its details, status and participants.

Sessions are in `services/agenda.py`, lessons in `services/lessons.py`. Every function is
one user action in one transaction, taking and returning plain records.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TypedDict, Unpack

from sqlalchemy import delete, extract, func, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.keys import visit_key
from studitiru.services.references import rows_by_keys
from studitiru.domain.validation import check_key, validate_participant, validate_visit
from studitiru.errors import ConflictError, NotFoundError, ValidationError
from studitiru.db.versions import bump, check_version

_FULL = (
    selectinload(m.Visit.institution),
    selectinload(m.Visit.topics),
    selectinload(m.Visit.participants),
    selectinload(m.Visit.officers),
    selectinload(m.Visit.sessions).selectinload(m.Session.site),
    selectinload(m.Visit.sessions).selectinload(m.Session.presenters),
    selectinload(m.Visit.sessions).selectinload(m.Session.topics),
    selectinload(m.Visit.lessons).selectinload(m.Lesson.topic),
    selectinload(m.Visit.lessons).selectinload(m.Lesson.session),
)

STATUS_LABELS = {
    r.VisitStatus.REQUESTED: ("diajukan", "requested"),
    r.VisitStatus.CONFIRMED: ("dikonfirmasi", "confirmed"),
    r.VisitStatus.COMPLETED: ("selesai", "completed"),
    r.VisitStatus.REPORTED: ("dilaporkan", "reported"),
    r.VisitStatus.CANCELLED: ("dibatalkan", "cancelled"),
}


def visit_row(session: OrmSession, key: str, full: bool = True) -> m.Visit:
    query = select(m.Visit).where(m.Visit.key == key)
    query = query.options(*_FULL) if full else query.options(selectinload(m.Visit.institution), selectinload(m.Visit.topics))
    row = session.scalars(query.execution_options(populate_existing=True)).one_or_none()
    if row is None:
        raise NotFoundError(f"Tidak ada kunjungan dengan kode {key}.", f"There is no visit with the key {key}.")
    return row


class VisitFilters(TypedDict, total=False):
    """What `list_visits` (and `visits_query`) may filter by; every one is optional."""

    text: str | None
    status: r.VisitStatus | None
    year: int | None
    starting_from: date | None  # the visits that end on or after this day
    starting_until: date | None  # the visits that start on or before this day
    limit: int | None


def list_visits(db: Database, **filters: Unpack[VisitFilters]) -> list[r.VisitRow]:
    """The visits list: rows only (no children), newest first."""
    with db.read() as session:
        return visit_rows(session, visits_query(**filters))


def visits_query(
    text: str | None = None,
    status: r.VisitStatus | None = None,
    year: int | None = None,
    starting_from: date | None = None,
    starting_until: date | None = None,
    limit: int | None = None,
):  # noqa: ANN201 - a SQLAlchemy select
    """The select behind `list_visits` (for `visit_rows` in a caller's transaction)."""
    # Correlated counts: only the visits returned are counted, each through the
    # participants(visit_id, ordinal) and sessions(visit_id, starts_at) indexes.
    participants = (
        select(func.count()).select_from(m.Participant).where(m.Participant.visit_id == m.Visit.id).scalar_subquery()
    )
    sessions = select(func.count()).select_from(m.Session).where(m.Session.visit_id == m.Visit.id).scalar_subquery()
    query = (
        select(
            m.Visit.key, m.Visit.title, m.Institution.key, m.Institution.name, m.Visit.status,
            m.Visit.starts_on, m.Visit.ends_on, m.Visit.leader_name, m.Visit.headcount,
            participants, sessions,
        )
        .join(m.Institution, m.Institution.id == m.Visit.institution_id)
        .order_by(m.Visit.starts_on.desc(), m.Visit.key.desc())
    )
    if status is not None:
        query = query.where(m.Visit.status == status.value)
    if year is not None:
        query = query.where(extract("year", m.Visit.starts_on) == year)
    if starting_from is not None:
        query = query.where(m.Visit.ends_on >= starting_from)
    if starting_until is not None:
        query = query.where(m.Visit.starts_on <= starting_until)
    if text:
        pattern = f"%{text.strip()}%"
        query = query.where(
            or_(
                m.Visit.key.ilike(pattern), m.Visit.title.ilike(pattern), m.Institution.name.ilike(pattern),
                m.Visit.leader_name.ilike(pattern), m.Institution.short_name.ilike(pattern),
            )
        )
    if limit is not None:
        query = query.limit(limit)
    return query


def visit_rows(session: OrmSession, query) -> list[r.VisitRow]:  # noqa: ANN001 - a select of `list_visits`
    """The rows of a `list_visits` query, read in `session` (one transaction with other reads)."""
    rows = session.connection().execute(query).all()  # Core rows: no ORM bookkeeping per row
    statuses = {status.value: status for status in r.VisitStatus}  # a dict: Enum(value) is slow 5,000 times
    return [
        r.VisitRow(
            key=row[0], title=row[1], institution=row[2], institution_name=row[3], status=statuses[row[4]],
            starts_on=row[5], ends_on=row[6], leader_name=row[7], headcount=row[8],
            participant_count=row[9], session_count=row[10],
        )
        for row in rows
    ]


def visit_choices(db: Database, today: date) -> list[r.VisitChoice]:
    """Every visit for a chooser: upcoming and running first (soonest first), then past ones
    (latest first), cancelled last. One plain read of five columns: 5,000 visits in ~15 ms."""
    query = select(m.Visit.key, m.Visit.title, m.Visit.starts_on, m.Visit.ends_on, m.Visit.status)
    statuses = {status.value: status for status in r.VisitStatus}
    with db.read() as session:
        rows = [r.VisitChoice(key, title, starts_on, ends_on, statuses[status])
                for key, title, starts_on, ends_on, status in session.connection().execute(query)]
    cancelled = r.VisitStatus.CANCELLED
    coming = sorted((v for v in rows if v.status is not cancelled and v.ends_on >= today),
                    key=lambda v: (v.starts_on, v.key))
    past = sorted((v for v in rows if v.status is not cancelled and v.ends_on < today),
                  key=lambda v: (v.starts_on, v.key), reverse=True)
    called_off = sorted((v for v in rows if v.status is cancelled), key=lambda v: (v.starts_on, v.key), reverse=True)
    return [*coming, *past, *called_off]


def get_visit(db: Database, key: str) -> r.Visit:
    """One visit whole: details, participants, sessions and lessons."""
    with db.read() as session:
        return convert.visit(visit_row(session, key))


def _institution_id(session: OrmSession, visit: r.Visit) -> int:
    found = session.scalar(select(m.Institution.id).where(m.Institution.key == visit.institution))
    if found is None:
        raise ValidationError(
            f"kunjungan {visit.key or 'baru'}, instansi: tidak ada instansi dengan kode {visit.institution}.",
            f"visit {visit.key or '(new)'}, institution: there is no institution with the key {visit.institution}.",
        )
    return found



def _set_details(session: OrmSession, row: m.Visit, visit: r.Visit) -> None:
    columns = convert.visit_columns(visit)
    columns.pop("key")
    for name, value in columns.items():
        setattr(row, name, value)
    row.institution_id = _institution_id(session, visit)
    row.topics = rows_by_keys(session, m.Topic, visit.topics, visit, "topics", ("topik", "topic"))
    if [convert.officer(o) for o in row.officers] != list(visit.officers):
        row.officers = convert.officer_rows(visit)


def create_visit(db: Database, visit: r.Visit) -> r.Visit:
    """Add a visit (with any participants it carries); an empty key gets the next `ST-<year>-<nnn>`."""
    with db.write() as session:
        row = insert_visit_row(session, visit)
        return convert.visit(visit_row(session, row.key))


def insert_visit_row(session: OrmSession, visit: r.Visit) -> m.Visit:
    """A new visit row with its details and participants, inside the caller's transaction."""
    visit = validate_visit(visit)
    participants = tuple(validate_participant(p) for p in visit.participants)
    if not visit.key:
        prefix = f"ST-{visit.starts_on.year}-%"
        existing = session.scalars(select(m.Visit.key).where(m.Visit.key.like(prefix))).all()
        visit = replace(visit, key=visit_key(visit.starts_on.year, existing))
    check_key(visit, visit.key)
    if session.scalar(select(func.count()).select_from(m.Visit).where(m.Visit.key == visit.key)):
        raise ConflictError(
            f"Kode kunjungan {visit.key} sudah dipakai.", f"The visit key {visit.key} is already used."
        )
    row = m.Visit(key=visit.key)
    session.add(row)
    _set_details(session, row, visit)
    row.participants = [_participant_row(p, index) for index, p in enumerate(participants)]
    session.flush()
    return row


def update_visit(db: Database, visit: r.Visit) -> r.Visit:
    """Change a visit's details (not its participants, sessions or lessons, nor its status)."""
    visit = validate_visit(visit)
    with db.write() as session:
        row = visit_row(session, visit.key)
        check_version(session, row, visit)
        status = row.status
        _set_details(session, row, visit)
        row.status = status
        bump(session, row)
        session.flush()
        return convert.visit(row)


def change_status(db: Database, key: str, status: r.VisitStatus, force: bool = False, version: int = 0) -> r.Visit:
    """Move a visit along its life (DESIGN.md); `force` allows any move (used by undo).
    `version`: the visit's version the officer saw (0: not checked); a visit changed since by
    another officer is refused with who and when."""
    with db.write() as session:
        row = visit_row(session, key)
        check_version(session, row, version)
        current = r.VisitStatus(row.status)
        if status != current and not force and status not in r.VISIT_TRANSITIONS[current]:
            from_id, from_en = STATUS_LABELS[current]
            to_id, to_en = STATUS_LABELS[status]
            raise ValidationError(
                f"Kunjungan {key} berstatus {from_id}; status tidak dapat langsung diubah menjadi {to_id}.",
                f"Visit {key} is {from_en}; its status cannot change straight to {to_en}.",
            )
        row.status = status.value
        session.flush()
        return convert.visit(row)


def delete_visit(db: Database, key: str, version: int = 0) -> r.Visit:
    """Delete a visit with its participants, sessions and lessons; returns it whole (for undo).
    `version`: the one the user saw (0: not checked)."""
    with db.write() as session:
        row = visit_row(session, key)
        check_version(session, row, version)
        record = convert.visit(row)
        session.delete(row)
        return record


def _participant_row(participant: r.Participant, ordinal: int) -> m.Participant:
    return m.Participant(
        ordinal=ordinal, name=participant.name, position=participant.position,
        institution=participant.institution, phone=participant.phone, email=participant.email,
        role=participant.role.value,
    )


def set_participants(db: Database, key: str, participants: tuple[r.Participant, ...], version: int = 0) -> r.Visit:
    """Replace a visit's participant list (add, edit, remove and reorder are all this).

    `version`: the visit's version the user saw (0: not checked, for scripts and undo). The
    list belongs to the visit: replacing it raises the visit's version, so that another
    officer's list, read before, is refused instead of silently undoing this one."""
    cleaned = tuple(validate_participant(p) for p in participants)
    with db.write() as session:
        row = visit_row(session, key, full=False)
        check_version(session, row, version)
        session.execute(delete(m.Participant).where(m.Participant.visit_id == row.id))
        session.add_all(_with_visit(_participant_row(p, index), row.id) for index, p in enumerate(cleaned))
        bump(session, row, always=True)
        session.flush()
        session.expire(row)
        return convert.visit(visit_row(session, key))


def _with_visit(participant: m.Participant, visit_id: int) -> m.Participant:
    participant.visit_id = visit_id
    return participant


def add_participants(db: Database, key: str, participants: tuple[r.Participant, ...]) -> tuple[int, int]:
    """Append participants, skipping anyone already in the visit (same name and position,
    ignoring case and spaces). Returns (added, skipped)."""
    done = import_participants(db, key, participants)
    return done.added, done.skipped


def import_participants(db: Database, key: str, participants: tuple[r.Participant, ...],
                        version: int = 0) -> r.ParticipantsAdded:
    """`add_participants` for the window: checks the visit's version the officer saw (0: not
    checked) and returns the version it leaves, for the undo to check."""
    cleaned = tuple(validate_participant(p) for p in participants)
    with db.write() as session:
        row = visit_row(session, key, full=False)
        check_version(session, row, version)
        existing = session.execute(
            select(m.Participant.name, m.Participant.position).where(m.Participant.visit_id == row.id)
        ).all()
        seen = {_identity(name, position) for name, position in existing}
        ordinal = session.scalar(
            select(func.coalesce(func.max(m.Participant.ordinal), -1)).where(m.Participant.visit_id == row.id)
        )
        added = skipped = 0
        for participant in cleaned:
            identity = _identity(participant.name, participant.position)
            if identity in seen:
                skipped += 1
                continue
            seen.add(identity)
            ordinal += 1
            session.add(_with_visit(_participant_row(participant, ordinal), row.id))
            added += 1
        if added:
            bump(session, row, always=True)  # a list read before this import is out of date
        session.flush()
        return r.ParticipantsAdded(added, skipped, row.row_version)


def _identity(name: str | None, position: str | None) -> tuple[str, str]:
    return (" ".join((name or "").lower().split()), " ".join((position or "").lower().split()))


def participant_count(db: Database, key: str) -> int:
    with db.read() as session:
        row = visit_row(session, key, full=False)
        return session.scalar(select(func.count()).select_from(m.Participant).where(m.Participant.visit_id == row.id))
