"""Work off the GUI thread: a plain function run in Qt's thread pool, its result or its error
handed back to the GUI thread through a queued signal (Orange3's habit: the slow work is a
plain function, tested without any widget; the widget only starts it and shows the outcome).

`run_in_background(work, on_done, on_failed)`: `work()` runs in a pool thread and must not
touch a widget; `on_done(result)` or `on_failed(error)` then runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Outcome(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One call of `work` in a pool thread; `outcome` lives in the GUI thread that made it."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the GUI thread keeps it until its outcome is handled
        self._work = work
        self.outcome = _Outcome()
        self.finished = False

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - handed to on_failed, on the GUI thread
            self.outcome.failed.emit(error)
            return
        self.outcome.done.emit(result)


_RUNNING: set[Job] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> Job:
    job = Job(work)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        job.finished = True
        _RUNNING.discard(job)
        callback(value)

    job.outcome.done.connect(lambda result: finish(on_done, result))
    job.outcome.failed.connect(lambda error: finish(on_failed, error))
    _RUNNING.add(job)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
