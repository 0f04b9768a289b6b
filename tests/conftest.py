"""Shared fixtures. Every test gets its own database file; nothing touches the user's data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from studitiru.db.schema import open_database


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDITIRU_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()
