"""Pages refresh when other officers change data: a light poll of the history table.

Every write records a `history` row (`db/history.py`) in its own transaction, so the newest
history id says whether anything changed. Every 5 seconds `ChangePoll` reads the ids above
the last one it saw (the primary key: one indexed range read, nothing when nothing changed);
if one of them was not written by this window (`Database.own_history`), it announces every
kind of data so that the pages reload. This works on SQLite (another program on the same
file) and on a shared PostgreSQL server alike; an unreachable database is skipped quietly
until the next tick (the edit itself says what is wrong).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.exc import SQLAlchemyError

from studitiru.errors import UserError
from studitiru.ui.context import ALL_KINDS, AppContext

INTERVAL_MS = 5000


class ChangePoll(QObject):
    def __init__(self, context: AppContext, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._last = next(iter(self._read_ids(None)), 0)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        if context.db.record_history:
            self.timer.start()

    def _read_ids(self, above: int | None) -> list[int]:
        from sqlalchemy import func, select  # noqa: PLC0415

        from studitiru.db.models import History  # noqa: PLC0415 - the UI reads one number through the engine

        try:
            with self._context.db.read() as session:
                if above is None:
                    newest = session.scalar(select(func.max(History.id)))
                    return [newest] if newest is not None else []
                return list(session.scalars(select(History.id).where(History.id > above).order_by(History.id)))
        except (UserError, SQLAlchemyError):  # unreachable for now: the next tick tries again
            return []

    def poll(self) -> bool:
        """One look; True when another writer changed something (and the pages were told)."""
        ids = self._read_ids(self._last)
        if not ids:
            return False
        self._last = ids[-1]
        if all(i in self._context.db.own_history for i in ids):
            return False
        self._context.changes.announce(ALL_KINDS)
        return True
