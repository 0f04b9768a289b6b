"""Opening a database: the engine, its pragmas, real transactions, and the unit of work.

On SQLite every connection gets foreign keys on, WAL, `synchronous=FULL` and a busy
timeout; Python's sqlite3 driver is taken out of its own transaction handling
(`isolation_level=None`) and SQLAlchemy emits `BEGIN` itself, as the SQLAlchemy docs
recommend, so that a transaction really is one. A write transaction starts with
`BEGIN IMMEDIATE`, so that two writers queue at the start instead of failing half-way.
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from studitiru.errors import DatabaseError

BUSY_TIMEOUT_MS = 5000
#: A server that does not answer within this many seconds is "cannot be reached" (libpq's
#: connect_timeout), instead of hanging the window; a URL's own connect_timeout wins.
CONNECT_TIMEOUT_S = 10
#: No statement runs longer on the server (its statement_timeout): a stuck lock or query ends
#: as "took too long" and its transaction is rolled back. An import of ten years takes seconds.
STATEMENT_TIMEOUT_MS = 120_000
#: What a lost or refused server connection says (psycopg / libpq).
_CONNECTION_LOST = (
    "connection refused", "server closed the connection", "terminating connection", "connection failed",
    "could not connect", "connection is closed", "connection timed out", "no connection to the server",
    "the database system is shutting down", "the database system is starting up", "consuming input failed",
)
#: What a server says when it wants a password and got none, or a wrong one (libpq).
_PASSWORD_REFUSED = ("password authentication failed", "no password supplied")


class PasswordRefusedError(DatabaseError):
    """The server asks for a password and was given none, or a wrong one: ask the user for it."""


def _install_sqlite_recipe(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not _is_memory(engine):
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # noqa: ANN001
        if connection.get_execution_options().get("sqlite_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _is_memory(engine: Engine) -> bool:
    database = engine.url.database
    return not database or database == ":memory:" or database.startswith("file::memory:")


@dataclass
class Database:
    """An open database: its engine and the sessions the services use."""

    engine: Engine
    path: Path | None  # the SQLite file, or None for a server database

    def __post_init__(self) -> None:
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_write=True), expire_on_commit=False, autoflush=False
        )
        #: Set by `open_database` once the schema has the history table (revision 0003 or later).
        self.record_history = False
        #: (table, id, row_version) of every update committed through this object (`db.versions`).
        self.own_versions: set[tuple[str, int, int]] = set()
        #: Ids of the history rows written through this object (`ui.change_poll` ignores them).
        self.own_history: set[int] = set()
        from studitiru.db import history  # noqa: PLC0415 - the models import nothing of this module

        history.install(self, self._write_sessions)
        from studitiru.db import versions  # noqa: PLC0415 - row versions this object wrote itself

        versions.install(self.own_versions, self.own_history, self._write_sessions)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        """What the status bar shows: the file's path, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action's transaction: committed whole at the end, or rolled back whole."""
        opened: list[Session] = []
        with _translate_errors(self, opened), self._write_sessions() as session, session.begin():
            opened.append(session)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction: one consistent snapshot."""
        with _translate_errors(self), self._read_sessions() as session, session.begin():
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translate_errors(database: Database, opened: list[Session] | None = None) -> Iterator[None]:
    """Known database failures become one plain sentence; anything else stays a bug.
    `opened`: the write session, to name the record a StaleDataError refers to."""
    try:
        yield
    except DBAPIError as error:
        raise_known(error, database.location)
        raise
    except StaleDataError as error:  # an UPDATE ... WHERE row_version = seen found another version
        from studitiru.db.versions import checked_row, stale_error  # noqa: PLC0415 - versions imports this module's package

        checked = checked_row(opened[0]) if opened else None
        raise stale_error(database.read, checked) from error


#: SQLite's primary result codes (the low byte of an extended code) that a user can act on;
#: any other is a bug (qutebrowser's KnownError/BugError split, misc/sql.py).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_NOTADB = 13, 14, 3, 26
#: PostgreSQL SQLSTATEs (or their two-character classes) a user can act on, by what they mean.
_PG_STATES = {
    "08": "lost", "57P01": "lost", "57P02": "lost", "57P03": "lost",
    "28P01": "password", "28000": "password",
    "53100": "full", "53": "resources", "57014": "timeout", "25006": "readonly", "42501": "readonly",
    "55P03": "busy", "40P01": "busy", "40001": "busy", "58": "io", "XX001": "corrupt", "XX002": "corrupt",
    "3D000": "cantopen",
}
_SQLITE_KINDS = {
    SQLITE_BUSY: "busy", SQLITE_LOCKED: "busy", SQLITE_READONLY: "readonly", SQLITE_PERM: "readonly",
    SQLITE_IOERR: "io", SQLITE_CORRUPT: "corrupt", SQLITE_NOTADB: "corrupt", SQLITE_FULL: "full",
    SQLITE_CANTOPEN: "cantopen",
}


def raise_known(error: BaseException, location: str) -> None:
    """Raise the plain `DatabaseError` for a failure the user can act on (from `error`);
    return for anything else, which the caller re-raises as the bug it is."""
    known = known_error(error, location)
    if known is not None:
        raise known from error


def error_kind(error: BaseException) -> str | None:
    """What a driver error means for the user ("busy", "readonly", "full", "io", "corrupt",
    "cantopen", "lost", "password", "timeout", "resources"), or None: a bug."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_KINDS.get(code & 0xFF)
    text = str(original).lower()
    if any(word in text for word in _PASSWORD_REFUSED):  # before the connection words: psycopg says "connection failed: …"
        return "password"
    state = getattr(original, "sqlstate", None)
    if state:
        return _PG_STATES.get(state) or _PG_STATES.get(state[:2])
    if any(word in text for word in _CONNECTION_LOST) or getattr(error, "connection_invalidated", False):
        return "lost"
    # No result code (an error made outside a driver call, or by another library): its words.
    for kind, words in (("busy", ("database is locked", "database is busy", "database table is locked")),
                        ("readonly", ("readonly database", "read-only")),
                        ("full", ("database or disk is full", "no space left")),
                        ("corrupt", ("not a database", "malformed", "corrupt")),
                        ("io", ("disk i/o error",)), ("cantopen", ("unable to open",))):
        if any(word in text for word in words):
            return kind
    return None


def known_error(error: BaseException, location: str) -> DatabaseError | None:
    """The one sentence for a database failure the user can act on (busy, locked, read-only,
    full, I/O error, corrupt, cannot open; on a server also connection lost, password,
    timeout); None for anything else, which is a bug."""
    kind = error_kind(error)
    if kind == "password":
        server = _server_name(location)
        return PasswordRefusedError(
            f"Server basis data {server} menolak kata sandi (kata sandi salah atau belum diisi).",
            f"The database server {server} refused the password (wrong, or none given).",
        )
    location = shown_location(location)
    sentences = {
        "lost": (f"Server basis data {location} tidak dapat dihubungi (sambungan terputus atau server mati). "
                 "Perubahan terakhir tidak disimpan; periksa jaringan dan server, lalu coba lagi.",
                 f"The database server {location} cannot be reached (connection lost or server down). "
                 "The last change was not saved; check the network and the server, then try again."),
        "busy": (f"Basis data {location} sedang dipakai program lain; coba lagi sebentar lagi.",
                 f"The database {location} is in use by another program; try again in a moment."),
        "readonly": (f"Basis data {location} hanya dapat dibaca; perubahan tidak dapat disimpan.",
                     f"The database {location} is read-only; changes cannot be saved."),
        "full": (f"Disk penuh: perubahan pada {location} tidak dapat disimpan.",
                 f"The disk is full: changes to {location} cannot be saved."),
        "io": (f"Basis data {location} tidak dapat dibaca atau ditulis (kesalahan disk); perubahan terakhir "
               "tidak disimpan.",
               f"The database {location} cannot be read or written (a disk error); the last change was not saved."),
        "corrupt": (f"Berkas {location} bukan basis data Studi Tiru yang utuh (rusak atau bukan basis data).",
                    f"The file {location} is not an intact Studi Tiru database (damaged, or not a database)."),
        "cantopen": (f"Basis data {location} tidak dapat dibuka (folder tidak ada atau tidak boleh diakses).",
                     f"The database {location} cannot be opened (its folder is missing or not accessible)."),
        "timeout": (f"Server basis data {location} terlalu lama menjawab; perubahan terakhir tidak disimpan. "
                    "Coba lagi sebentar lagi.",
                    f"The database server {location} took too long to answer; the last change was not saved. "
                    "Try again in a moment."),
        "resources": (f"Server basis data {location} kehabisan sumber daya (memori atau sambungan); coba lagi "
                      "sebentar lagi.",
                      f"The database server {location} is out of resources (memory or connections); "
                      "try again in a moment."),
    }
    if kind is None:
        return None
    return DatabaseError(*sentences[kind])


def translate_operational_error(error: BaseException, location: str) -> DatabaseError | None:
    """Kept for callers of the former name: `known_error`."""
    return known_error(error, location)


def shown_location(location: str) -> str:
    """A database as an officer writes it: a file's path as it is; a server as
    `postgresql://user@host:port/database` (no driver, never a password, no options)."""
    try:
        url = make_url(location)
    except Exception:  # noqa: BLE001 - a path, not a URL
        return location
    if not url.host:
        return location
    user = f"{url.username}@" if url.username else ""
    host = f"[{url.host}]" if ":" in url.host else url.host  # an IPv6 address
    port = url.port or (5432 if url.get_backend_name() == "postgresql" else None)
    return f"{url.get_backend_name()}://{user}{host}{f':{port}' if port else ''}/{url.database or ''}"


def _server_name(location: str) -> str:
    """user@host:port/database of a server URL (never its password); `location` itself if it is no URL."""
    try:
        url = make_url(location)
    except Exception:  # noqa: BLE001
        return location
    if not url.host:
        return location
    user = f"{url.username}@" if url.username else ""
    return f"{user}{url.host}:{url.port or 5432}/{url.database or ''}"


def create_sqlite_engine(path: Path | str) -> Engine:
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _install_sqlite_recipe(engine)
    return engine


def _server_timeouts(url: Any) -> dict[str, Any]:
    """libpq's connect_timeout and the session's statement_timeout for a PostgreSQL URL
    (those the URL names itself are kept)."""
    if not url.get_backend_name().startswith("postgresql"):
        return {}
    arguments: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        arguments["connect_timeout"] = CONNECT_TIMEOUT_S
    if "options" not in url.query:
        arguments["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    return arguments


def _without_password(url: str) -> str:
    """`url` with any password between "user:" and "@" shown as ***, even when the URL is malformed."""
    return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", url)


def create_url_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as error:  # noqa: BLE001 - any parse failure is the user's URL
        shown = _without_password(url)
        raise DatabaseError(
            f"Alamat basis data tidak dapat dibaca: {shown}",
            f"The database URL cannot be read: {shown}",
        ) from error
    if parsed.get_backend_name() == "sqlite":
        return create_sqlite_engine(parsed.database or ":memory:")
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=_server_timeouts(parsed))
    except Exception as error:  # noqa: BLE001 - a missing driver is a setup problem the user can fix
        raise DatabaseError(
            f"Basis data {parsed.render_as_string(hide_password=True)} tidak dapat dipakai: {error}",
            f"The database {parsed.render_as_string(hide_password=True)} cannot be used: {error}",
        ) from error
