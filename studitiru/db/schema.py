"""Opening a database and bringing its schema up to date.

`open_database` is the one door: it checks that a file is a Studi Tiru database (without
touching a file it refuses), refuses a database written by a newer program, copies an
existing file aside with SQLite's backup API before a migration changes it, and runs the
Alembic migrations with foreign keys off and `foreign_key_check` before the commit (the
batch-migration cascade trap: rebuilding a parent table with foreign keys on deletes its
children).
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from studitiru.db.engine import Database, create_sqlite_engine, create_url_engine, raise_known
from studitiru.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables any Studi Tiru database has; a SQLite file with tables but none of these is another program's.
OWN_TABLES = {"alembic_version", "visits", "sessions"}


def alembic_config() -> Config:
    from alembic.config import Config  # noqa: PLC0415 - Alembic (~0.3 s) only when a migration runs

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*['"]([^'"]+)['"]\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.MULTILINE
)


@lru_cache(maxsize=1)
def _revision_chain() -> tuple[str, frozenset[str]] | None:
    """(head, every revision) read from the files in migrations/versions without Alembic, or
    None when the files are not one plain chain (a tuple down_revision, a merge, two heads…)
    and only Alembic's ScriptDirectory can tell; `tests/test_migrations.py` checks the two agree."""
    down_of: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revisions = _REVISION.findall(source)
        if not revisions:
            if path.name == "__init__.py":
                continue
            return None
        downs = list(_DOWN_REVISION.finditer(source))
        if len(revisions) != 1 or len(downs) != 1 or revisions[0] in down_of:
            return None
        down_of[revisions[0]] = downs[0].group(1)
    if not down_of:
        return None
    referenced = {down for down in down_of.values() if down is not None}
    heads = set(down_of) - referenced
    roots = [revision for revision, down in down_of.items() if down is None]
    if len(heads) != 1 or len(roots) != 1 or not referenced <= set(down_of):
        return None
    return next(iter(heads)), frozenset(down_of)


def _script_directory():  # noqa: ANN202 - alembic.script.ScriptDirectory, imported lazily
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    chain = _revision_chain()
    if chain is not None:
        return chain[0]
    head = _script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    chain = _revision_chain()
    if chain is not None:
        return set(chain[1])
    return {script.revision for script in _script_directory().walk_revisions()}


def open_database(path: Path | str | None = None, url: str | None = None, migrate: bool = True) -> Database:
    """Open (creating if need be) and migrate a database: a SQLite file by path, or any URL."""
    if url is not None:
        engine = create_url_engine(url)
        location = engine.url.render_as_string(hide_password=True)
        database_path = Path(engine.url.database) if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:") else None
        if database_path is not None:
            engine.dispose()
            return open_database(path=database_path, migrate=migrate)
    else:
        if path is None:
            raise ValueError("open_database needs a path or a URL")
        database_path = None if str(path) == ":memory:" else Path(path).expanduser().absolute()
        if database_path is not None:
            _check_sqlite_file(database_path)
        engine = create_sqlite_engine(database_path or ":memory:")
        location = str(database_path or ":memory:")
    database = Database(engine=engine, path=database_path)
    try:
        if migrate:
            upgrade(database)
        else:
            _check_revision(engine, location)
    except DBAPIError as error:
        engine.dispose()
        raise_known(error, location)
        raise
    except BaseException:
        engine.dispose()
        raise
    try:
        database.record_history = inspect(engine).has_table("history")
    except DBAPIError as error:
        engine.dispose()
        raise_known(error, location)
        raise
    return database


def _check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a Studi Tiru database."""
    if path.is_dir():
        raise DatabaseError(
            f"{path} adalah folder, bukan berkas basis data.",
            f"{path} is a folder, not a database file.",
        )
    if not path.exists():
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                f"Folder {folder} tidak dapat dibuat untuk basis data baru: {error.strerror}.",
                f"The folder {folder} cannot be created for a new database: {error.strerror}.",
            ) from error
        if not os.access(folder, os.W_OK):
            raise DatabaseError(
                f"Basis data baru tidak dapat dibuat di {folder}: folder itu tidak dapat ditulisi.",
                f"A new database cannot be created in {folder}: that folder is not writable.",
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(
            f"Berkas {path} tidak dapat dibaca: {error.strerror}.",
            f"The file {path} cannot be read: {error.strerror}.",
        ) from error
    if len(header) == 0:
        raise DatabaseError(
            f"Berkas {path} kosong (0 bita), bukan basis data Studi Tiru.",
            f"The file {path} is empty (0 bytes), not a Studi Tiru database.",
        )
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"Berkas {path} bukan basis data Studi Tiru (bukan berkas SQLite).",
            f"The file {path} is not a Studi Tiru database (not an SQLite file).",
        )
    if not os.access(path.parent, os.W_OK):  # SQLite needs the folder for its -wal and -shm files
        raise DatabaseError(
            f"Basis data {path} berada di folder yang hanya dapat dibaca ({path.parent}); "
            "salin berkas itu ke folder yang dapat ditulisi untuk memakainya.",
            f"The database {path} is in a read-only folder ({path.parent}); "
            "copy it to a writable folder to use it.",
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise_known(error, str(path))
        raise
    if tables and not (tables & OWN_TABLES):
        raise DatabaseError(
            f"Berkas {path} adalah basis data program lain, bukan Studi Tiru; berkas itu tidak diubah.",
            f"The file {path} is another program's database, not Studi Tiru's; it was left untouched.",
        )


BUSY_SECONDS = 5


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_revision(engine: Engine, location: str) -> str | None:
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"Basis data {location} dibuat oleh versi Studi Tiru yang lebih baru (skema {revision}); "
            "perbarui program ini untuk membukanya. Basis data tidak diubah.",
            f"The database {location} was written by a newer version of Studi Tiru (schema {revision}); "
            "update this program to open it. The database was left untouched.",
        )
    return revision


def upgrade(database: Database, target: str = "head") -> None:
    """Bring the schema to the newest revision (or `target`), after a backup copy of an existing file."""
    engine = database.engine
    revision = _check_revision(engine, database.location)
    head = head_revision() if target == "head" else target
    if revision == head:
        return
    if revision is not None and database.path is not None:
        backup_before_migration(database.path, revision)
    with engine.connect() as connection:
        is_sqlite = engine.dialect.name == "sqlite"
        if is_sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                from alembic import command  # noqa: PLC0415 - only when a migration runs

                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if is_sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        table, rowid, parent, _ = problems[0]
                        raise DatabaseError(
                            f"Pembaruan skema {database.location} dibatalkan: baris {rowid} di tabel {table} "
                            f"merujuk ke {parent} yang tidak ada. Basis data tidak diubah.",
                            f"The schema upgrade of {database.location} was cancelled: row {rowid} of table "
                            f"{table} refers to a missing {parent}. The database was left untouched.",
                        )
        finally:
            if is_sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def backup_before_migration(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite's backup API, WAL included) beside the file, before migrating."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    sqlite_backup(path, target)
    return target


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy a live SQLite database with the backup API into `target`, via a temporary name."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    try:
        target_connection = sqlite3.connect(partial)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    finally:
        source_connection.close()
    os.replace(partial, target)
