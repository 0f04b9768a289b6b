"""Edits of a visit that need more than one row in one transaction (for undo): here, not in
`visits`, because they use `agenda` and `lessons`, which use `visits` (no import cycle)."""

from __future__ import annotations

from dataclasses import replace

from studitiru.db import convert
from studitiru.db.engine import Database
from studitiru.db.versions import keep_version
from studitiru.domain import records as r
from studitiru.services import agenda, lessons
from studitiru.services.visits import insert_visit_row, visit_row


def restore_session(db: Database, record: r.Session, lesson_keys: tuple[str, ...] = ()) -> r.Session:
    """Put back a deleted session with its key, and link the named lessons to it again
    (undo of `agenda.delete_session`, which leaves those lessons without a session)."""
    return agenda.restore_session(db, r.RemovedSession(record, tuple(lesson_keys)))


def restore_visit(db: Database, visit: r.Visit) -> r.Visit:
    """Put back a deleted visit whole, with its keys and versions (undo of `delete_visit`), in
    one transaction: if any part cannot come back (a site or topic deleted since, a key taken),
    nothing does, and the refusal names it."""
    with db.write() as session:
        row = insert_visit_row(session, replace(visit, sessions=(), lessons=()))
        keep_version(session, row, visit.version)
        for item in visit.sessions:
            keep_version(session, agenda.insert_session_row(session, row, item), item.version)
        session.flush()
        for item in visit.lessons:
            lesson = lessons.insert_lesson_row(session, row, item)
            session.flush()
            keep_version(session, lesson, item.version)
        session.flush()
        return convert.visit(visit_row(session, visit.key))
