"""Pages refresh when other officers change data: a light poll of the history table.

Every 5 seconds `ChangePoll` asks `services.changes` for the history ids above the last one
it saw, in a pool thread (`ui/workers.py`), never on the GUI thread: a slow or unreachable
server (PostgreSQL has a connect timeout and a statement timeout, `db/engine.py`) never
freezes the window. If one of the ids was not written by this window (`Database.own_history`),
it announces every kind of data so that the pages reload. One look at a time; a look that
fails because the database cannot be reached is skipped quietly until the next tick (the
edit itself says what is wrong); any other failure is a bug and goes to `sys.excepthook`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal

from studitiru.errors import UserError
from studitiru.services import changes
from studitiru.ui.context import ALL_KINDS, AppContext
from studitiru.ui.workers import run_in_background

INTERVAL_MS = 5000


class ChangePoll(QObject):
    #: After each look: True when another writer changed something (and the pages were told).
    looked = Signal(bool)

    def __init__(self, context: AppContext, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._last: int | None = None  # None: the first look only learns where to start
        self._busy = False
        # Outcomes that come back after the window (and this object) is gone are dropped.
        self._alive = alive = [True]
        self.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._first_pending = bool(context.db.record_history)
        if self._first_pending:
            # The first look (where to start) waits for the event loop: the window paints first.
            QTimer.singleShot(0, self._first_look)
            self.timer.start()

    @property
    def busy(self) -> bool:
        """A look is running (or the first one has not started yet)."""
        return self._busy or self._first_pending

    def _first_look(self) -> None:
        if self._alive[0] and self._first_pending:  # not if a look was asked for meanwhile
            self.poll()

    def poll(self) -> bool:
        """Start one look in the background; False if one is still running."""
        self._first_pending = False
        if self._busy:
            return False
        self._busy = True
        db, last = self._context.db, self._last
        work = (lambda: ("start", changes.newest_change(db))) if last is None else (
            lambda: ("ids", changes.changes_since(db, last)))
        alive = self._alive
        run_in_background(work, lambda outcome: alive[0] and self._on_looked(outcome),
                          lambda error: alive[0] and self._on_failed(error))
        return True

    def stop(self) -> None:
        """No more looks; one still running is dropped when it ends (the window closes)."""
        self.timer.stop()
        self._alive[0] = False

    def _on_looked(self, outcome: tuple[str, object]) -> None:
        self._busy = False
        what, value = outcome
        if what == "start":
            self._last = int(value)  # type: ignore[arg-type]
            self.looked.emit(False)
            return
        ids: list[int] = value  # type: ignore[assignment]
        if not ids:
            self.looked.emit(False)
            return
        self._last = ids[-1]
        other = changes.others_changed(self._context.db, ids)
        if other:
            self._context.changes.announce(ALL_KINDS)
        self.looked.emit(other)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, UserError):  # unreachable for now: the next tick tries again
            self.looked.emit(False)
            return
        sys.excepthook(type(error), error, error.__traceback__)
