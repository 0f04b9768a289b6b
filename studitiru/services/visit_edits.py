"""Edits of a visit that need more than one row in one transaction (for undo)."""

from __future__ import annotations

from sqlalchemy import update

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.services.agenda import insert_session_row, session_row
from studitiru.services.visits import visit_row


def restore_session(db: Database, record: r.Session, lesson_keys: tuple[str, ...] = ()) -> r.Session:
    """Put back a deleted session with its key, and link the named lessons to it again
    (undo of `agenda.delete_session`, which leaves those lessons without a session)."""
    with db.write() as session:
        visit = visit_row(session, record.visit, full=False)
        row = insert_session_row(session, visit, record)
        session.flush()
        if lesson_keys:
            session.execute(
                update(m.Lesson)
                .where(m.Lesson.key.in_(lesson_keys), m.Lesson.visit_id == visit.id)
                .values(session_id=row.id)
            )
        session.flush()
        return convert.session(session_row(session, record.key))

