"""One writer per database file: the window holds a QLockFile beside the database (`<db>.lock`).

`acquire_lock(path)` takes the lock, or says who holds it (host, process id, program). A lock
left behind by a program that crashed is stale: on the same host its process is gone, and
QLockFile removes it by itself; on another host (a file on a shared folder) it is stale after
`STALE_AFTER_MS` without being refreshed (never, as set), and the caller may offer
`force_unlock` when the holder is on another computer (`LockHolder.on_another_computer`).
The command line does not take this lock: it waits for SQLite's busy timeout instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo

#: A lock from another host untouched this long is treated as stale (QLockFile's own default is 30 s,
#: too short for a window that stays open for hours without touching the file).
STALE_AFTER_MS = 0  # 0: never by age; only a holder process that is gone (same host) makes it stale


def lock_path(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + ".lock")


@dataclass(frozen=True, slots=True)
class LockHolder:
    host: str
    pid: int
    app: str

    def describe(self, lang: str = "id") -> str:
        app = self.app or "Studi Tiru"
        if lang == "en":
            return f"{app} (process {self.pid} on computer {self.host})"
        return f"{app} (proses {self.pid} di komputer {self.host})"

    def on_another_computer(self) -> bool:
        """Whether the holder wrote the lock on another computer (a file on a shared folder): Qt
        cannot tell whether that program still runs, so only the user can say the lock is stale.
        A holder without a host name is taken as this computer's, as QLockFile does."""
        return bool(self.host) and self.host != QSysInfo.machineHostName()


@dataclass
class LockResult:
    """The outcome of `acquire_lock`: keep it (and its `lock`) alive while the database is open."""

    acquired: bool
    path: Path
    holder: LockHolder | None = None
    lock: QLockFile | None = field(default=None, repr=False)
    error: str | None = None

    def message(self, lang: str = "id") -> str:
        """One sentence for the dialog when the lock was not acquired."""
        if self.acquired:
            return ""
        database = self.path.with_name(self.path.name.removesuffix(".lock"))
        if self.holder is not None:
            who = self.holder.describe(lang)
            if lang == "en":
                return f"The database {database} is already open in {who}; it can be opened read-only, or not at all."
            return f"Basis data {database} sedang dibuka oleh {who}; basis data ini hanya dapat dibuka untuk dibaca, atau tidak dibuka."
        if lang == "en":
            return f"The lock file {self.path} cannot be created ({self.error}); the database cannot be opened for editing."
        return f"Berkas kunci {self.path} tidak dapat dibuat ({self.error}); basis data tidak dapat dibuka untuk diubah."

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
        self.acquired = False


def _ensure_names() -> None:
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName("studitiru")


def holder(database: Path) -> LockHolder | None:
    """Who holds the lock of `database` now, if anyone (a stale lock counts as nobody)."""
    path = lock_path(database)
    if not path.exists():
        return None
    return _holder_of(QLockFile(str(path)))


def _holder_of(lock: QLockFile) -> LockHolder | None:
    """QLockFile.getLockInfo: PySide6 gives (pid, host, app), or a falsy value when there is none."""
    info = lock.getLockInfo()
    if not info or not isinstance(info, tuple):
        return None
    if len(info) == 4:  # some bindings put the success flag first
        if not info[0]:
            return None
        info = info[1:]
    pid, host, app = info
    return LockHolder(host=str(host), pid=int(pid), app=str(app))


def acquire_lock(database: Path, timeout_ms: int = 0) -> LockResult:
    """Take the lock beside `database`; on failure, the result names the holder."""
    _ensure_names()
    path = lock_path(database)
    try:  # a new database (the first start) is about to be made in this folder: make it now
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return LockResult(False, path, error=error.strerror or str(error))
    lock = QLockFile(str(path))
    lock.setStaleLockTime(STALE_AFTER_MS)
    if lock.tryLock(timeout_ms):
        return LockResult(True, path, lock=lock)
    error = lock.error()
    if error == QLockFile.LockError.LockFailedError:
        return LockResult(False, path, holder=_holder_of(lock))
    reason = "permission denied" if error == QLockFile.LockError.PermissionError else "unknown error"
    return LockResult(False, path, error=reason)


def force_unlock(database: Path) -> bool:
    """Remove a lock the user says is stale (a crashed program on another computer)."""
    return QLockFile(str(lock_path(database))).removeStaleLockFile()
