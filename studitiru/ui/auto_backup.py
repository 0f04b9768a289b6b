"""Automatic backups in the background: one after opening a database file, then every 30 minutes
while the window is open, each skipped when nothing changed since the last (`auto_backup` compares
the file's fingerprint), then thinned by age (`thin_backups`).

The copying runs in a QThreadPool worker, never on the GUI thread; the outcome comes back as a
signal (`made(path or None)`, `failed(message)`) that the window shows in its status bar. "Back up
now" (Settings) makes one whether or not anything changed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from studitiru.errors import UserError
from studitiru.services import backups

#: Minutes between two automatic backups while the window is open.
INTERVAL_MINUTES = 30


class _Signals(QObject):
    made = Signal(object)
    failed = Signal(str)


class BackupJob(QRunnable):
    """One backup of `database` into `folder`, then thinning; reports through `signals`."""

    def __init__(self, database: Path, folder: Path, lang: str, signals: _Signals, force: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._database, self._folder, self._lang = database, folder, lang
        self._signals, self._force = signals, force

    def run(self) -> None:
        try:
            if self._force:
                made: Path | None = backups.backup_to(
                    self._database, self._folder / backups.backup_name(self._database, datetime.now()))
            else:
                made = backups.auto_backup(self._database, self._folder)
            backups.thin_backups(self._folder)
        except UserError as error:
            self._emit(self._signals.failed, error.message(self._lang))
        except Exception as error:  # noqa: BLE001 - a worker never raises: the user reads one sentence
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            text = (f"The backup failed: {reason}." if self._lang == "en" else f"Pencadangan gagal: {reason}.")
            self._emit(self._signals.failed, text)
        else:
            self._emit(self._signals.made, made)

    @staticmethod
    def _emit(signal, value: object) -> None:  # noqa: ANN001 - a bound signal
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed meanwhile: nobody to tell
            pass


class AutoBackup(QObject):
    """Backups of one database file: `start()` makes one now and one every `interval_ms`."""

    made = Signal(object)  # the new backup's Path, or None when nothing had changed
    failed = Signal(str)  # one sentence for the status bar
    busy_changed = Signal(bool)

    def __init__(self, database: Path, folder: Path, lang: str = "id", interval_ms: int = INTERVAL_MINUTES * 60_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.folder, self.lang = Path(database), Path(folder), lang
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one backup at a time
        self._signals = _Signals(self)
        self._signals.made.connect(self._on_job_made)
        self._signals.failed.connect(self._on_job_failed)
        self._running = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """One backup now (if the file changed since the last), then one every interval."""
        self.run_job(force=False)
        self.timer.start()

    def back_up_now(self) -> None:
        self.run_job(force=True)

    def is_busy(self) -> bool:
        return self._running > 0

    def run_job(self, force: bool = False) -> None:
        if self._running and not force:
            return  # the one still running covers it
        self._running += 1
        self.busy_changed.emit(True)
        self._pool.start(BackupJob(self.database, self.folder, self.lang, self._signals, force))

    def stop(self, wait_ms: int = 30_000) -> None:
        """Stop the timer and wait for a backup still being written (the window is closing)."""
        self.timer.stop()
        self._pool.waitForDone(wait_ms)

    def _on_timer_timeout(self) -> None:
        self.run_job(force=False)

    def _finished(self) -> None:
        self._running = max(0, self._running - 1)
        if not self._running:
            self.busy_changed.emit(False)

    def _on_job_made(self, path: object) -> None:
        self._finished()
        self.made.emit(path)

    def _on_job_failed(self, message: str) -> None:
        self._finished()
        self.failed.emit(message)
