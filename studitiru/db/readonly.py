"""Opening a database for reading only (a second window on a file another window edits).

`make_read_only(database)` sets `PRAGMA query_only = ON` on every connection the database's
engine opens from now on, and drops the connections it already has: SQLite then refuses every
write ("attempt to write a readonly database"), whatever the code above it does. The file is
still opened normally, so that a reader sees the writer's committed changes (WAL).
"""

from __future__ import annotations

from sqlalchemy import event

from studitiru.db.engine import Database


def _query_only(dbapi_connection, _record) -> None:  # noqa: ANN001 - a DB-API connection
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def make_read_only(database: Database) -> Database:
    """Make `database` refuse every write from now on (SQLite only; a server database is left as it is)."""
    if not database.is_sqlite or is_read_only(database):
        return database
    event.listen(database.engine, "connect", _query_only)
    database.engine.dispose()  # the pooled connections were opened before: open new ones
    return database


def is_read_only(database: Database) -> bool:
    return event.contains(database.engine, "connect", _query_only)


def open_read_only(path) -> Database:  # noqa: ANN001 - a Path or str
    """Open an existing database file for reading only (without migrating it)."""
    from studitiru.db.schema import open_database

    return make_read_only(open_database(path=path, migrate=False))
