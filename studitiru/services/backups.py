"""Backups: consistent copies with SQLite's backup API, restore after checking, automatic
backups thinned by age.

Every copy goes through SQLite's backup API (a file copy would miss what is still in the
WAL) into a temporary name, and is renamed into place only when complete. A backup file is
self-contained (journal mode DELETE: no -wal beside it).

Automatic backups: `auto_backup` makes one only when the database changed since the last
one. The change fingerprint is the size and modification time (in nanoseconds) of the
database file and of its -wal file: every committed write touches one of them, so no change
is missed; a checkpoint also touches them, which at worst makes one backup too many.
The fingerprints live in `<backups>/.fingerprints.json`, one per database path.

Thinning (`backups_to_keep`): all of today and yesterday, then the newest of each day for two
weeks, of each ISO week for three months, of each month for a year; older ones go.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from studitiru.db.engine import BUSY_TIMEOUT_MS, Database, error_kind, raise_known
from studitiru.db.schema import OWN_TABLES, SQLITE_HEADER, head_revision, known_revisions
from studitiru.errors import DatabaseError

BUSY_SECONDS = BUSY_TIMEOUT_MS / 1000
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite3$")
FINGERPRINTS = ".fingerprints.json"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int


# --- copying -----------------------------------------------------------------------------

def _source_path(db_or_path: Database | Path | str) -> Path:
    if isinstance(db_or_path, Database):
        if db_or_path.path is None:
            location = db_or_path.location
            raise DatabaseError(
                f"Basis data {location} ada di server; cadangkan dengan alat server itu (mis. pg_dump), bukan dengan Studi Tiru.",
                f"The database {location} is on a server; back it up with that server's tools (e.g. pg_dump), not with Studi Tiru.",
            )
        return db_or_path.path
    if isinstance(db_or_path, str) and "://" in db_or_path:
        try:
            url = make_url(db_or_path)
        except Exception:  # noqa: BLE001 - any unreadable URL is refused below
            url = None
        if url is not None and url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database)
        raise DatabaseError(
            "Hanya basis data berkas SQLite yang dapat dicadangkan atau dipulihkan oleh Studi Tiru; gunakan alat server untuk alamat basis data.",
            "Only an SQLite database file can be backed up or restored by Studi Tiru; use the server's tools for a database URL.",
        )
    return Path(db_or_path)


def database_file(target: Database | Path | str) -> Path:
    """The SQLite file of a database, a path or an SQLite URL; refuses a server database."""
    return _source_path(target)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _copy_with_backup_api(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database into `target` via `<target>.partial`, self-contained, then rename."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        target_connection = sqlite3.connect(partial)
        try:
            source.backup(target_connection)
            target_connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_connection.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)


def backup_to(db_or_path: Database | Path | str, target: Path) -> Path:
    """A consistent copy of a live SQLite database (WAL included) at `target`."""
    source = _source_path(db_or_path)
    target = Path(target)
    if not source.exists():
        raise DatabaseError(f"Basis data {source} tidak ada.", f"The database {source} does not exist.")
    if target.exists() and target.resolve() == source.resolve():
        raise DatabaseError(
            f"Cadangan tidak dapat ditulis di atas basis data itu sendiri ({target}).",
            f"A backup cannot be written over the database itself ({target}).",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = _connect_ro(source)
        try:
            _copy_with_backup_api(connection, target)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if error_kind(error) == "full":  # the source is only read: it is the copy that found no room
            raise DatabaseError(f"Disk penuh: cadangan {target} tidak dapat ditulis; basis data tidak berubah.",
                                f"The disk is full: the backup {target} cannot be written; the database is unchanged.",
                                ) from error
        raise_known(error, str(source))
        raise
    return target


# --- restoring ---------------------------------------------------------------------------

def _bad_backup(backup: Path, problem_id: str, problem_en: str) -> DatabaseError:
    return DatabaseError(
        f"Cadangan {backup} tidak dapat dipulihkan: {problem_id}. Basis data tidak diubah.",
        f"The backup {backup} cannot be restored: {problem_en}. The database was left untouched.",
    )


def check_backup_file(backup: Path) -> None:
    """Refuse, without changing anything, a file that is not an intact Studi Tiru backup."""
    try:
        with backup.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError as error:
        raise _bad_backup(backup, "ini folder, bukan berkas", "this is a folder, not a file") from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise _bad_backup(backup, f"berkas tidak dapat dibaca ({reason})", f"the file cannot be read ({reason})") from error
    if header != SQLITE_HEADER:
        raise _bad_backup(backup, "bukan berkas SQLite", "not an SQLite file")


def check_database_copy(copy: Path, shown_as: Path) -> str:
    """Integrity, references, ownership and schema revision of a copy; returns its revision."""
    try:
        connection = sqlite3.connect(copy)
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                raise _bad_backup(shown_as, f"berkas rusak ({integrity[0]})", f"the file is damaged ({integrity[0]})")
            if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise _bad_backup(shown_as, "ada rujukan yang putus", "it has broken references")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables & OWN_TABLES or "alembic_version" not in tables:
                raise _bad_backup(shown_as, "ini basis data program lain, bukan Studi Tiru",
                                  "it is another program's database, not Studi Tiru's")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _bad_backup(shown_as, f"berkas rusak atau terpotong ({error})", f"the file is damaged or truncated ({error})") from error
    revision = row[0] if row else None
    if revision not in known_revisions():
        raise _bad_backup(
            shown_as, f"dibuat oleh versi Studi Tiru yang lebih baru (skema {revision})",
            f"it was written by a newer version of Studi Tiru (schema {revision})",
        )
    return revision


def _in_use(path: Path) -> DatabaseError:
    return DatabaseError(
        f"Basis data {path} sedang dipakai program lain; tutup program itu lalu pulihkan lagi. Basis data tidak diubah.",
        f"The database {path} is in use by another program; close it and restore again. The database was left untouched.",
    )


def _keep_replaced(path: Path, stamp: str) -> Path:
    """Copy what a restore replaces beside it; leaves `path` without -wal/-shm (journal mode DELETE)."""
    kept = path.with_name(f"{path.name}.replaced-{stamp}.bak")
    try:
        connection = sqlite3.connect(path, timeout=BUSY_SECONDS)
        try:
            _copy_with_backup_api(connection, kept)
            # Checkpoints the WAL into the file and removes it; needs every other connection gone.
            connection.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            connection.close()
        return kept
    except sqlite3.OperationalError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            kept.unlink(missing_ok=True)
            raise _in_use(path) from error
    except sqlite3.DatabaseError:
        pass  # a damaged file: kept below as it is, byte for byte
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copy2(source, Path(f"{kept}{suffix}"))
    # The damaged file's -wal must not be replayed onto the restored file: it is kept above.
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return kept


def restore_from(path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace the database at `path` with `backup` after checking it; returns the kept copy of what it replaced."""
    path, backup = Path(path).absolute(), Path(backup).absolute()
    if path == backup:
        raise _bad_backup(backup, "itu basis data itu sendiri", "it is the database itself")
    check_backup_file(backup)
    stamp = (now or datetime.now()).strftime(STAMP)
    path.parent.mkdir(parents=True, exist_ok=True)
    incoming = path.with_name(f"{path.name}.restoring")
    incoming.unlink(missing_ok=True)
    try:
        try:
            source = _connect_ro(backup)
            try:
                _copy_with_backup_api(source, incoming)
            finally:
                source.close()
        except sqlite3.DatabaseError as error:
            raise _bad_backup(backup, f"berkas rusak atau terpotong ({error})", f"the file is damaged or truncated ({error})") from error
        check_database_copy(incoming, backup)
        kept = _keep_replaced(path, stamp) if path.exists() else None
        os.replace(incoming, path)
        _fsync_folder(path.parent)
    finally:
        incoming.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):  # none should be left; a leftover would belong to the old file
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return kept


# --- automatic backups -------------------------------------------------------------------

def fingerprint(path: Path) -> list[int]:
    """Size and mtime (ns) of the database file and its -wal: changes whenever a write commits."""
    values: list[int] = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(f"{path}{suffix}")
            values += [stat.st_size, stat.st_mtime_ns]
        except FileNotFoundError:
            values += [0, 0]
    return values


def _read_fingerprints(folder: Path) -> dict:
    try:
        data = json.loads((folder / FINGERPRINTS).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_fingerprints(folder: Path, data: dict) -> None:
    target = folder / FINGERPRINTS
    partial = folder / (FINGERPRINTS + ".partial")
    partial.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, target)


def backup_name(database: Path, made_at: datetime) -> str:
    return f"{database.stem}-{made_at.strftime(STAMP)}.sqlite3"


def auto_backup(db: Database | Path, folder: Path, now: datetime | None = None) -> Path | None:
    """A backup into `folder` if the database changed since the last one; None when it did not.
    (The window passes `ui.paths.default_backup_folder()`: the services know no Qt folders.)"""
    source = _source_path(db)
    folder = Path(folder)
    now = now or datetime.now()
    before = fingerprint(source)
    known = _read_fingerprints(folder)
    last = known.get(str(source.absolute()))
    if last == before and any(info.path.name.startswith(source.stem + "-") for info in list_backups(folder)):
        return None
    target = backup_to(source, folder / backup_name(source, now))
    known[str(source.absolute())] = before  # taken before copying: a write during the copy makes the next one
    _write_fingerprints(folder, known)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups of `folder`, newest first (the time is the one in the name)."""
    result: list[BackupInfo] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            made_at = datetime.strptime(match["stamp"], STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        result.append(BackupInfo(entry, made_at, size))
    result.sort(key=lambda info: (info.made_at, info.path.name), reverse=True)
    return result


def backups_to_keep(timestamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """All of today and yesterday; the newest of each day for two weeks, each ISO week for three
    months, each month for a year. A time in the future (a clock set back) is kept."""
    today = now.date()
    keep: set[datetime] = set()
    newest: dict[tuple, datetime] = {}
    for stamp in timestamps:
        age = (today - stamp.date()).days
        if age <= 1:
            keep.add(stamp)
            continue
        if age <= 14:
            bucket: tuple = ("day", stamp.date())
        elif age <= 92:
            bucket = ("week", *stamp.isocalendar()[:2])
        elif age <= 366:
            bucket = ("month", stamp.year, stamp.month)
        else:
            continue
        if bucket not in newest or stamp > newest[bucket]:
            newest[bucket] = stamp
    return keep | set(newest.values())


def thin_backups(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups `backups_to_keep` does not keep (per database); returns what was deleted."""
    now = now or datetime.now()
    by_database: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder):
        by_database.setdefault(_NAME.match(info.path.name)["stem"], []).append(info)  # type: ignore[index]
    deleted: list[Path] = []
    for infos in by_database.values():
        kept = backups_to_keep((info.made_at for info in infos), now)
        for info in infos:
            if info.made_at not in kept:
                try:
                    info.path.unlink()
                    deleted.append(info.path)
                except OSError:
                    pass
    return deleted


__all__ = [
    "BackupInfo", "backup_to", "database_file", "restore_from", "check_backup_file", "auto_backup", "list_backups",
    "backups_to_keep", "thin_backups", "fingerprint", "head_revision",
]
