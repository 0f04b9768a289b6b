"""Has anyone else changed the data? What the window's change poll asks every few seconds.

Every write records a `history` row (`db/history.py`) in its own transaction, so the history
ids above the last one seen say whether anything changed: one indexed range read of the
primary key, nothing when nothing changed. Plain function, run off the GUI thread by
`ui/change_poll.py`."""

from __future__ import annotations

from sqlalchemy import func, select

from studitiru.db.engine import Database
from studitiru.db.models import History


def newest_change(db: Database) -> int:
    """The newest history id (0 for none): where the poll starts."""
    with db.read() as session:
        return session.scalar(select(func.max(History.id))) or 0


def changes_since(db: Database, above: int, limit: int = 1000) -> list[int]:
    """History ids above `above`, oldest first (at most `limit`: the poll only needs to know
    whether any is another writer's, and where to look next)."""
    with db.read() as session:
        return list(session.scalars(select(History.id).where(History.id > above).order_by(History.id).limit(limit)))


def others_changed(db: Database, ids: list[int]) -> bool:
    """Whether any of `ids` was written by another window than `db`'s (`Database.own_history`)."""
    own = db.own_history
    return any(i not in own for i in ids)
