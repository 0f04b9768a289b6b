"""A visit's agenda: add, change, move and delete sessions; read the sessions of a period
(for the timetable). One user action, one transaction; records in, records out."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import and_, func, literal_column, select, text, union_all
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.keys import child_key
from studitiru.domain.validation import check_key, validate_session
from studitiru.errors import ConflictError, NotFoundError, ValidationError
from studitiru.services.references import rows_by_keys
from studitiru.services.visits import visit_row
from studitiru.db.versions import bump, check_version, conflict_error, keep_version

_LOADERS = (
    selectinload(m.Session.visit),
    selectinload(m.Session.site),
    selectinload(m.Session.presenters),
    selectinload(m.Session.topics),
)

#: Passed as `site` to `move_session` to keep the session's site.
KEEP_SITE = object()


def session_row(session: OrmSession, key: str) -> m.Session:
    row = session.scalars(
        select(m.Session).options(*_LOADERS).where(m.Session.key == key).execution_options(populate_existing=True)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"Tidak ada acara dengan kode {key}.", f"There is no session with the key {key}.")
    return row


def _site(session: OrmSession, record: r.Session) -> m.Site | None:
    if record.site is None:
        return None
    found = session.scalar(select(m.Site).where(m.Site.key == record.site))
    if found is None:
        raise ValidationError(
            f"acara {record.key or 'baru'}, lokasi: tidak ada lokasi dengan kode {record.site}.",
            f"session {record.key or '(new)'}, site: there is no site with the key {record.site}.",
        )
    return found



def _apply(session: OrmSession, row: m.Session, record: r.Session) -> None:
    row.starts_at, row.ends_at, row.title = record.starts_at, record.ends_at, record.title
    row.kind = record.kind.value if record.kind else None
    row.site = _site(session, record)
    row.headcount, row.notes = record.headcount, record.notes
    row.presenters = rows_by_keys(session, m.Presenter, record.presenters, record, "presenters", ("narasumber", "presenter"))
    row.topics = rows_by_keys(session, m.Topic, record.topics, record, "topics", ("topik", "topic"))


def insert_session_row(session: OrmSession, visit: m.Visit, record: r.Session) -> m.Session:
    """Add a session row to a visit inside a caller's transaction (key generated if empty)."""
    record = validate_session(replace(record, visit=visit.key))
    if not record.key:
        existing = session.scalars(select(m.Session.key).where(m.Session.key.like(f"{visit.key}-%"))).all()
        record = replace(record, key=child_key(visit.key, existing))
    check_key(record, record.key)
    if session.scalar(select(func.count()).select_from(m.Session).where(m.Session.key == record.key)):
        raise ConflictError(f"Kode acara {record.key} sudah dipakai.", f"The session key {record.key} is already used.")
    row = m.Session(key=record.key, visit_id=visit.id)
    _apply(session, row, record)
    session.add(row)
    return row


def add_session(db: Database, record: r.Session) -> r.Session:
    """Add a session to its visit (`record.visit`); an empty key gets `<visit>-<n>`."""
    with db.write() as session:
        visit = visit_row(session, record.visit, full=False)
        row = insert_session_row(session, visit, record)
        session.flush()
        return convert.session(row, visit.key)


def update_session(db: Database, record: r.Session) -> r.Session:
    """Change every field of a session (its key and visit stay)."""
    with db.write() as session:
        row = session_row(session, record.key)
        check_version(session, row, record)
        record = validate_session(replace(record, visit=row.visit.key))
        _apply(session, row, record)
        bump(session, row)
        session.flush()
        return convert.session(row)


def move_session(
    db: Database, key: str, starts_at: datetime, ends_at: datetime, site: object = KEEP_SITE, version: int = 0,
) -> r.SessionMove:
    """Move or resize a session, and with `site` (a key or None) move it to another site.
    `version`: the one the officer saw (0: not checked, for scripts); a session changed since
    by another officer is refused with who and when. Returns the session before and after:
    `revert_move` undoes it from that, not from what a page showed."""
    with db.write() as session:
        row = session_row(session, key)
        check_version(session, row, version)
        before = convert.session(row)
        record = replace(before, starts_at=starts_at, ends_at=ends_at)
        if site is not KEEP_SITE:
            record = replace(record, site=site)
        record = validate_session(record)
        row.starts_at, row.ends_at = record.starts_at, record.ends_at
        if site is not KEEP_SITE:
            row.site = _site(session, record)
        session.flush()
        return r.SessionMove(before, convert.session(row))


def revert_move(db: Database, move: r.SessionMove) -> r.SessionMove:
    """Undo a move (or redo it, given the undo's result): put back the times of `move.before`
    and its site only if the move changed the site. Refused, the session left as it is, when it
    changed since `move.after` (another officer) or is gone."""
    before, after = move.before, move.after
    site = before.site if before.site != after.site else KEEP_SITE
    return move_session(db, after.key, before.starts_at, before.ends_at, site, version=after.version)


def delete_session(db: Database, key: str, version: int = 0) -> r.RemovedSession:
    """Delete a session; returns it with the lessons that named it (for undo: `restore_session`).
    Those lessons keep their text and lose the link (their version is raised, so a lesson form
    read before is refused). `version`: the one the user saw (0: not checked)."""
    with db.write() as session:
        row = session_row(session, key)
        check_version(session, row, version)
        record = convert.session(row)
        linked = session.scalars(select(m.Lesson).where(m.Lesson.session_id == row.id).order_by(m.Lesson.key)).all()
        for lesson in linked:
            lesson.session = None
        session.flush()
        session.delete(row)
        session.flush()
        return r.RemovedSession(record, tuple(lesson.key for lesson in linked))


def restore_session(db: Database, removed: r.RemovedSession) -> r.Session:
    """Put back a deleted session with its key and version, and link its lessons to it again
    (undo of `delete_session`), in one transaction. A lesson changed since is refused by name."""
    record = removed.session
    with db.write() as session:
        visit = visit_row(session, record.visit, full=False)
        row = insert_session_row(session, visit, record)
        session.flush()
        keep_version(session, row, record.version)
        for key in removed.lessons:
            lesson = session.scalars(
                select(m.Lesson).where(m.Lesson.key == key, m.Lesson.visit_id == visit.id)
            ).one_or_none()
            if lesson is None:
                raise NotFoundError(f"Tidak ada pembelajaran dengan kode {key}.", f"There is no lesson with the key {key}.")
            if lesson.session_id is not None:
                raise conflict_error(session, lesson)
            lesson.session_id = row.id
        session.flush()
        return convert.session(session_row(session, record.key))


def get_session(db: Database, key: str) -> r.Session:
    with db.read() as session:
        return convert.session(session_row(session, key))


#: Sessions that last longer than this are few, and indexed apart on SQLite (migration 0011).
LONG_SESSION = timedelta(days=1)


def _overlapping(db: Database, start: datetime, end: datetime):  # noqa: ANN202 - a SQL condition
    """The sessions overlapping [start, end), as a condition each database answers from an index.

    SQLite can range one index per question: `starts_at < end AND ends_at > start` walked every
    session before the window (today's timetable of a ten-year office: 50,000 entries for none).
    There, the ids are two narrow questions: the sessions starting at most two days before the
    window (the (starts_at, ends_at) index), and those lasting more than a day that end after it starts
    (the partial index `ix_sessions_long`, migration 0011). PostgreSQL plans the plain question
    well from its statistics."""
    plain = and_(m.Session.starts_at < end, m.Session.ends_at > start)
    if db.engine.dialect.name != "sqlite":
        return plain
    early = start - 2 * LONG_SESSION  # twice: the index's "more than a day" is a float of days
    near = select(m.Session.id).where(m.Session.starts_at >= early, m.Session.starts_at < end,
                                      m.Session.ends_at > start)
    # The partial index's condition, word for word; "+starts_at" keeps SQLite from ranging the
    # (starts_at, ends_at) index on this side instead (the one question that would walk it all).
    unindexed_start = literal_column("+sessions.starts_at", type_=m.Session.starts_at.type)
    lasting = select(m.Session.id).where(
        text("julianday(sessions.ends_at) - julianday(sessions.starts_at) > 1"),
        m.Session.ends_at > start, unindexed_start < early)
    return m.Session.id.in_(union_all(near, lasting).scalar_subquery())


def sessions_between(db: Database, start: datetime, end: datetime, include_cancelled: bool = True) -> list[r.Session]:
    """Every session overlapping [start, end), by start then key: what a timetable shows."""
    query = (
        select(m.Session)
        .options(*_LOADERS)
        .where(_overlapping(db, start, end))
        .order_by(m.Session.starts_at, m.Session.key)
    )
    if not include_cancelled:
        query = query.join(m.Visit).where(m.Visit.status != r.VisitStatus.CANCELLED.value)
    with db.read() as session:
        return [convert.session(row) for row in session.scalars(query)]
