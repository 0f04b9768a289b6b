"""Shared fixtures. Every test gets its own database; nothing touches the user's data.

By default that database is a new SQLite file. With `STUDITIRU_TEST_POSTGRES=1` the `db`
fixture gives each test a fresh database on a throwaway PostgreSQL cluster instead
(`tests/pg_server.py`, started once per test session on 127.0.0.1 and deleted at the end),
and tests marked `sqlite_only` (backup API, file locks, SQLite files by nature) are skipped.
"""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, time, timezone

import pytest
import time_machine
from hypothesis import settings as hypothesis_settings
from hypothesis.configuration import set_hypothesis_home_dir

from studitiru.db.schema import open_database

ON_POSTGRES = os.environ.get("STUDITIRU_TEST_POSTGRES") == "1"

# Every test sees the same today, whatever the real date: the demo dates its coming visits from
# today, the home page and the lessons page count days from it. STUDITIRU_TEST_TODAY=YYYY-MM-DD
# runs the suite on another day (the README's "a year ahead" run). The clock is moved when this
# file is imported, before any test module (some read `date.today()` at import), and it ticks
# (timeouts in waitUntil and subprocesses still work); noon UTC is the same day in every zone
# from UTC-11 to UTC+11. Subprocesses started by tests see the real clock.
TEST_TODAY = date.fromisoformat(os.environ.get("STUDITIRU_TEST_TODAY") or "2026-11-23")
_CLOCK = time_machine.travel(datetime.combine(TEST_TODAY, time(12, 0), tzinfo=timezone.utc), tick=True)
_CLOCK.start()

# Hypothesis keeps its files (.hypothesis/: examples, constants) in a folder of this run, removed
# at the end, not in the checkout: a test run leaves nothing there.
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="studitiru-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
hypothesis_settings.register_profile("studitiru", database=None)
hypothesis_settings.load_profile("studitiru")


def pytest_unconfigure(config):  # noqa: ARG001
    _CLOCK.stop()
    shutil.rmtree(_HYPOTHESIS_HOME, ignore_errors=True)


def pytest_report_header(config):  # noqa: ARG001
    return f"studitiru: tests see today as {TEST_TODAY.isoformat()} (STUDITIRU_TEST_TODAY)"


@pytest.fixture
def frozen_today() -> date:
    """The day every test sees as today (the frozen clock's)."""
    return TEST_TODAY


def pytest_collection_modifyitems(config, items):  # noqa: ARG001
    if not ON_POSTGRES:
        for item in items:
            if "postgres_only" in item.keywords:
                item.add_marker(pytest.mark.skip(reason="PostgreSQL only: set STUDITIRU_TEST_POSTGRES=1"))
        return
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="SQLite-file specific by nature (not run under STUDITIRU_TEST_POSTGRES)"))


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL cluster (only under STUDITIRU_TEST_POSTGRES=1)."""
    if not ON_POSTGRES:
        pytest.skip("PostgreSQL only: set STUDITIRU_TEST_POSTGRES=1")
    from tests.pg_server import running  # noqa: PLC0415

    with running() as server:
        yield server

@pytest.fixture
def database_url(request, tmp_path):
    """A URL for a fresh, migrated database of the engine under test."""
    if not ON_POSTGRES:
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database()
    yield url
    server.drop_database(url)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDITIRU_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db(request, tmp_path):
    if ON_POSTGRES:
        url = request.getfixturevalue("database_url")
        database = open_database(url=url)
    else:
        database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()
