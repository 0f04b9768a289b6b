"""Edits of a visit that need more than one row in one transaction (for undo)."""

from __future__ import annotations

from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.services import agenda


def restore_session(db: Database, record: r.Session, lesson_keys: tuple[str, ...] = ()) -> r.Session:
    """Put back a deleted session with its key, and link the named lessons to it again
    (undo of `agenda.delete_session`, which leaves those lessons without a session)."""
    return agenda.restore_session(db, r.RemovedSession(record, tuple(lesson_keys)))
