"""Known database errors apart from bugs (issue 14; qutebrowser's KnownError/BugError split by
SQLite result code): busy, locked, read-only, full, I/O error, corrupt and cannot-open are one
plain sentence the user can act on; anything else is a bug and goes on as the exception it is."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError, ProgrammingError

from studitiru.db.engine import known_error
from studitiru.errors import DatabaseError
from studitiru.services import visits

LOCATION = "/data/studitiru.sqlite3"


def sqlite_error(code: int, message: str = "some words") -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


class PgError(Exception):
    def __init__(self, sqlstate: str | None, message: str = "server said something") -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(("code", "words_en"), [
    (5, "is in use by another program"),  # SQLITE_BUSY
    (6, "is in use by another program"),  # SQLITE_LOCKED
    (5 | (2 << 8), "is in use by another program"),  # SQLITE_BUSY_SNAPSHOT: extended codes count by their primary
    (8, "is read-only"),  # SQLITE_READONLY
    (13, "The disk is full"),  # SQLITE_FULL
    (10 | (3 << 8), "a disk error"),  # SQLITE_IOERR_WRITE
    (11, "not an intact Studi Tiru database"),  # SQLITE_CORRUPT
    (26, "not an intact Studi Tiru database"),  # SQLITE_NOTADB
    (14, "cannot be opened"),  # SQLITE_CANTOPEN
])
def test_sqlite_result_codes_the_user_can_act_on_are_one_sentence(code, words_en):
    error = known_error(sqlite_error(code), LOCATION)
    assert isinstance(error, DatabaseError)
    assert words_en in error.message("en") and LOCATION in error.message("en")
    assert error.message("id") != error.message("en") and "\n" not in error.message("id")
    assert "some words" not in error.message("en")  # no driver text shown to the user


@pytest.mark.parametrize("code", [1, 19, 20, 21, 25, 2067])  # ERROR, CONSTRAINT, MISMATCH, MISUSE, RANGE, CONSTRAINT_UNIQUE
def test_any_other_sqlite_result_code_is_a_bug(code):
    assert known_error(sqlite_error(code, "database is locked"), LOCATION) is None  # the code decides, not the words


@pytest.mark.parametrize(("state", "words_en"), [
    ("08006", "cannot be reached"), ("57P01", "cannot be reached"), ("53100", "The disk is full"),
    ("57014", "took too long"), ("25006", "is read-only"), ("40P01", "in use by another program"),
    ("XX001", "not an intact"), ("53300", "out of resources"), ("28P01", "refused the password"),
])
def test_postgresql_states_the_user_can_act_on(state, words_en):
    error = known_error(PgError(state), "postgresql://budi@db.kantor:5432/studitiru")
    assert isinstance(error, DatabaseError) and words_en in error.message("en")


@pytest.mark.parametrize("state", ["42P01", "42703", "23505", "22P02"])  # undefined table/column, unique, bad text
def test_other_postgresql_states_are_bugs(state):
    assert known_error(PgError(state), "postgresql://db/studitiru") is None


def test_a_bug_in_a_query_goes_on_as_the_exception_it_is(db):
    with pytest.raises((OperationalError, ProgrammingError)) as raised, db.write() as session:
        session.execute(text("SELECT no_such_column FROM visits"))
    assert not isinstance(raised.value, DatabaseError)


@pytest.mark.sqlite_only
def test_a_locked_database_is_one_sentence(db):
    holder = sqlite3.connect(db.path, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with db.write() as session:  # BEGIN IMMEDIATE waits the busy timeout (5 s), then gives up
            session.connection()
        raise AssertionError("the write should have waited and given up")  # pragma: no cover
    except DatabaseError as error:
        assert "in use by another program" in error.message("en")
    finally:
        holder.rollback()
        holder.close()
    assert visits.list_visits(db) == []


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_one_sentence(tmp_path):
    from studitiru.db.schema import open_database

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(DatabaseError) as refused:
        open_database(bad)
    assert "not an intact" in refused.value.message("en")


def test_a_server_url_gets_a_connect_timeout_and_a_statement_timeout():
    from sqlalchemy.engine import make_url

    from studitiru.db.engine import _server_timeouts

    assert _server_timeouts(make_url("postgresql+psycopg://budi@db.kantor/studitiru")) == {
        "connect_timeout": 10, "options": "-c statement_timeout=120000"}
    assert _server_timeouts(make_url("postgresql+psycopg://budi@db.kantor/studitiru?connect_timeout=3")) == {
        "options": "-c statement_timeout=120000"}
    assert _server_timeouts(make_url("sqlite:///x.sqlite3")) == {}


@pytest.mark.postgres_only
def test_the_server_ends_a_statement_that_runs_too_long(db):
    with db.read() as session:
        assert session.execute(text("SHOW statement_timeout")).scalar() == "2min"
    with pytest.raises(DatabaseError) as refused, db.write() as session:
        session.execute(text("SET LOCAL statement_timeout = 100"))
        session.execute(text("SELECT pg_sleep(2)"))
    assert "took too long" in refused.value.message("en")


@pytest.mark.parametrize(("state", "location"), [
    ("08006", "postgresql+psycopg://budi:***@db.kantor:5433/studitiru?sslmode=require"),
    ("57014", "postgresql+psycopg://budi:rahasia@db.kantor:5433/studitiru"),
    ("53300", "postgresql+psycopg://budi@db.kantor:5433/studitiru"),
])
def test_a_server_is_named_as_an_officer_writes_it(state, location):
    """postgresql://user@host:port/database: no driver, no password (not even ***), no options."""
    error = known_error(PgError(state), location)
    for lang in ("id", "en"):
        message = error.message(lang)
        assert "postgresql://budi@db.kantor:5433/studitiru " in message, message
        assert "+psycopg" not in message and "***" not in message and "rahasia" not in message
        assert "sslmode" not in message
    assert known_error(PgError("08006"), "postgresql+psycopg://[::1]/studitiru").message("en").startswith(
        "The database server postgresql://[::1]:5432/studitiru cannot be reached")


def test_a_server_that_cannot_be_reached_is_named_without_driver_or_password():
    """A real connection to a port where nothing listens: the sentence an officer reads."""
    from studitiru.db.schema import open_database

    with pytest.raises(DatabaseError) as refused:
        open_database(url="postgresql+psycopg://budi:rahasia@127.0.0.1:1/studitiru")
    assert refused.value.message("id").startswith(
        "Server basis data postgresql://budi@127.0.0.1:1/studitiru tidak dapat dihubungi")
    assert refused.value.message("en").startswith(
        "The database server postgresql://budi@127.0.0.1:1/studitiru cannot be reached")
    assert "rahasia" not in refused.value.message("en") + refused.value.message("id")
