"""Hubungkan ke server: the dialog builds the PostgreSQL URL, remembers the server in QSettings
but never the password, and the settings page asks the shell to reopen on that URL. The
change poll tells the pages when another writer changed data, and a refused edit of a record
changed by another officer makes the pages reload."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.services import registers
from studitiru.ui import preferences, server_dialog
from studitiru.ui.change_poll import ChangePoll
from studitiru.ui.context import ALL_KINDS
from studitiru.ui.pages.settings import SettingsPage
from studitiru.ui.server_dialog import ServerDialog
from studitiru.ui.undo import run_edit
from tests.ui.helpers import make_context
from tests.ui.shell_support import language


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    yield context
    context.db.dispose()


def test_the_dialog_builds_the_url_and_keeps_no_password_in_settings(qtbot, monkeypatch):
    monkeypatch.setattr(server_dialog, "_keyring", lambda: None)  # no credential store here
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember_check.isEnabled()
    dialog.host_edit.setText("192.168.1.10")
    dialog.port_spin.setValue(5433)
    dialog.database_edit.setText("kantor")
    dialog.user_edit.setText("budi")
    dialog.password_edit.setText("rahasia s3kali@:/")
    parsed = make_url(dialog.url())
    assert (parsed.drivername, parsed.username, parsed.password, parsed.host, parsed.port, parsed.database) == (
        "postgresql+psycopg", "budi", "rahasia s3kali@:/", "192.168.1.10", 5433, "kantor")
    assert dialog.url(with_password=False) == "postgresql+psycopg://budi@192.168.1.10:5433/kantor"
    dialog.accept()
    text = Path(preferences.settings_file()).read_text(encoding="utf-8")
    assert "192.168.1.10" in text and "kantor" in text and "budi" in text
    assert "rahasia" not in text and "s3kali" not in text

    again = ServerDialog()  # the server is remembered, the password is not
    qtbot.addWidget(again)
    assert (again.host(), again.port(), again.database(), again.user()) == ("192.168.1.10", 5433, "kantor", "budi")
    assert again.password_edit.text() == ""


def test_the_password_goes_to_the_credential_store_when_there_is_one(qtbot, monkeypatch):
    kept: dict = {}

    class Store:
        def get_password(self, service, account):  # noqa: ANN001, ANN201
            return kept.get((service, account))

        def set_password(self, service, account, password):  # noqa: ANN001, ANN201
            kept[(service, account)] = password

    monkeypatch.setattr(server_dialog, "_keyring", lambda: Store())
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("db.protokol.local")
    dialog.user_edit.setText("siti")
    dialog.password_edit.setText("rahasia")
    assert dialog.remember_check.isChecked()
    dialog.accept()
    assert kept == {("studitiru", "siti@db.protokol.local:5432/studitiru"): "rahasia"}
    assert "rahasia" not in Path(preferences.settings_file()).read_text(encoding="utf-8")
    again = ServerDialog()
    qtbot.addWidget(again)
    assert again.password_edit.text() == "rahasia"


def test_the_settings_page_asks_the_shell_to_open_the_server(qtbot, context, monkeypatch):
    url = "postgresql+psycopg://budi:rahasia@192.168.1.10:5432/kantor"
    monkeypatch.setattr("studitiru.ui.pages.settings.ask_server_url", lambda parent: url)
    with language("id"):
        page = SettingsPage(context)
        qtbot.addWidget(page)
        page.show()
        assert page.server_button.text() == "Hubungkan ke &server…"
        with qtbot.waitSignal(page.open_database_requested) as blocker:
            qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [url]


def test_the_shell_reopens_on_a_server_url(qtbot, context, monkeypatch):
    from studitiru.ui.main_window import MainWindow

    url = "postgresql+psycopg://budi@192.168.1.10:5432/kantor"
    monkeypatch.setattr("studitiru.ui.pages.settings.ask_server_url", lambda parent: url)
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    with qtbot.waitSignal(window.reopen_requested) as blocker:
        page.server_button.click()
    assert blocker.args == [url]


def test_the_poll_announces_changes_by_another_writer_only(qtbot, context, tmp_path):
    poll = ChangePoll(context, interval_ms=60_000)
    qtbot.waitUntil(lambda: not poll.busy)  # the first look, in a pool thread, learns where to start

    def look() -> bool:  # one look, off the GUI thread; its outcome comes back as a signal
        with qtbot.waitSignal(poll.looked, timeout=10_000) as blocker:
            assert poll.poll() is True
            assert poll.busy and poll.poll() is False  # one look at a time
        return blocker.args[0]

    announced: list = []
    context.changes.changed.connect(lambda kinds, keys: announced.append(kinds))
    registers.create_record(context.db, r.Topic(key="zi", name="Zona Integritas"))  # this window's own write
    assert look() is False and announced == []
    other = open_database(tmp_path / "ui.sqlite3")
    try:
        registers.create_record(other, r.Topic(key="mpp", name="Mal Pelayanan Publik"))
    finally:
        other.dispose()
    assert look() is True and announced == [ALL_KINDS]
    assert look() is False


def test_an_edit_refused_for_another_officers_change_reloads_the_pages(qtbot, context, tmp_path):
    registers.create_record(context.db, r.Topic(key="zi", name="Zona Integritas"))
    shown = registers.get_record(context.db, r.Topic, "zi")
    other = open_database(tmp_path / "ui.sqlite3")
    try:
        registers.update_record(other, replace(shown, name="Zona Integritas (WBK)"))
    finally:
        other.dispose()
    announced: list = []
    context.changes.changed.connect(lambda kinds, keys: announced.append(kinds))
    _, error = run_edit(context, "edit", lambda: registers.update_record(context.db, replace(shown, description="x")),
                        lambda: None, {"registers"})
    assert error is not None and "telah diubah oleh" in error.message("id")
    assert announced == [ALL_KINDS]
    assert registers.get_record(context.db, r.Topic, "zi").description is None
