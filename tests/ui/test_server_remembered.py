"""A server chosen in Settings is opened again at the next start: its URL is remembered in the
preferences without the password, and a URL with a user but no password takes the password
from the credential store (`keyring`, only when a backend is there) before connecting.
Runs on the engine under test (SQLite, or PostgreSQL with STUDITIRU_TEST_POSTGRES=1)."""

from __future__ import annotations

import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from studitiru.db import schema
from studitiru.ui import app, preferences
from studitiru.ui.server_dialog import with_stored_password

URL = "postgresql+psycopg://budi@10.0.0.1:5432/kantor"


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, for the test only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def store():
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def test_the_server_is_remembered_without_its_password_and_opened_at_the_next_start(tmp_path, monkeypatch):
    monkeypatch.delenv("STUDITIRU_DB")  # the default database (under the test's own XDG folders)
    assert preferences.last_server() is None
    preferences.set_last_server("postgresql+psycopg://budi:rahasia@10.0.0.1:5432/kantor")
    assert preferences.last_server() == URL
    assert "rahasia" not in preferences.settings_file().read_text(encoding="utf-8")
    assert app._starting_target(None, None) == URL
    assert app._starting_target(tmp_path / "lain.sqlite3", None) == tmp_path / "lain.sqlite3"  # --db given
    # A file opened later is what opens next; an SQLite URL is never remembered as a server.
    preferences.set_last_database(tmp_path / "kantor.sqlite3")
    preferences.set_last_server(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert preferences.last_server() is None
    assert app._starting_target(None, None) != URL


def test_a_url_without_password_takes_it_from_the_credential_store(store):
    assert with_stored_password(URL) == URL  # nothing kept yet
    store.set_password("studitiru", "budi@10.0.0.1:5432/kantor", "rahasia")
    assert make_url(with_stored_password(URL)).password == "rahasia"
    assert make_url(with_stored_password("postgresql+psycopg://budi@10.0.0.1/kantor")).password == "rahasia"  # port 5432
    assert with_stored_password("postgresql+psycopg://budi:lain@10.0.0.1/kantor").endswith("budi:lain@10.0.0.1/kantor")
    assert with_stored_password("postgresql+psycopg://siti@10.0.0.1/kantor") == "postgresql+psycopg://siti@10.0.0.1/kantor"
    assert with_stored_password("sqlite:///kantor.sqlite3") == "sqlite:///kantor.sqlite3"


def test_no_credential_store_no_lookup(store):
    from keyring.backends import fail

    store.set_password("studitiru", "budi@10.0.0.1:5432/kantor", "rahasia")
    keyring.set_keyring(fail.Keyring())
    assert with_stored_password(URL) == URL


def test_the_window_opens_a_remembered_server_with_the_stored_password(store, database_url, monkeypatch):
    """open_target (what the window opens at start) asks the store first, on either engine."""
    url = make_url(database_url)
    opened: list[str] = []
    real = schema.open_database

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        opened.append(kwargs.get("url"))
        return real(*args, **kwargs)

    monkeypatch.setattr(schema, "open_database", spy)
    if url.drivername.startswith("postgresql"):  # the test cluster trusts 127.0.0.1: any password passes
        store.set_password("studitiru", f"{url.username}@{url.host}:{url.port}/{url.database}", "rahasia")
    db, is_new = app.open_target(database_url)
    try:
        assert not is_new and db.engine.dialect.name == url.get_dialect().name
        expected = "rahasia" if url.drivername.startswith("postgresql") else None
        assert make_url(opened[0]).password == expected
    finally:
        db.dispose()


def test_the_window_remembers_the_server_it_opened(qtbot, database_url, monkeypatch):  # noqa: ARG001 - qtbot: the QApplication
    """The real window (not the selftest, which remembers nothing): opened on the URL, then closed
    by the user as soon as it is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from studitiru.ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.run installs the bug reporter: put back after
    closer = QTimer()
    closer.setInterval(50)

    def close_when_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                closer.stop()
                widget.close()

    closer.timeout.connect(close_when_shown)
    closer.start()
    assert app.run(lang="id", url=database_url) == 0
    closer.stop()
    url = make_url(database_url)
    if url.drivername.startswith("postgresql"):
        assert preferences.last_server() == url.set(password=None).render_as_string(hide_password=False)
    else:  # a file (or an SQLite URL) is never remembered as a server
        assert preferences.last_server() is None
