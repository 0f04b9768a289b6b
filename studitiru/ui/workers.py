"""Work off the GUI thread: a plain function run in Qt's thread pool, its result or its error
handed back to the GUI thread through a queued signal (Orange3's habit: the slow work is a
plain function, tested without any widget; the widget only starts it and shows the outcome).

`run_in_background(work, on_done, on_failed)`: `work()` runs in a pool thread and must not
touch a widget; `on_done(result)` or `on_failed(error)` then runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Outcome(QObject):
    """Lives in the GUI thread that made it; the pool thread emits, its own slots (queued, as
    the emitting thread is another) call the callbacks on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done, self._on_failed = on_done, on_failed
        self.done.connect(self._done)
        self.failed.connect(self._failed)

    @Slot(object)
    def _done(self, result: Any) -> None:
        _RUNNING.discard(self)
        self._on_done(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        _RUNNING.discard(self)
        self._on_failed(error)


class Job(QRunnable):
    """One call of `work` in a pool thread."""

    def __init__(self, work: Callable[[], Any], outcome: _Outcome) -> None:
        super().__init__()
        self._work = work
        self._outcome = outcome

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - handed to on_failed, on the GUI thread
            self._outcome.failed.emit(error)
            return
        self._outcome.done.emit(result)


_RUNNING: set[_Outcome] = set()  # kept until their outcome is handled


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run `work()` in a pool thread; then `on_done(result)` or `on_failed(error)` on this thread."""
    outcome = _Outcome(on_done, on_failed)
    _RUNNING.add(outcome)
    (pool or QThreadPool.globalInstance()).start(Job(work, outcome))
