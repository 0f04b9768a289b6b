"""Questions asked while opening a database, before the window exists: the password of a server
(none in the URL and none kept, or refused by the server), and a lock left behind by another
computer (Open anyway…). Dialogs are answered by replacing their `ask`; the last tests build the
real dialogs and check their texts in Indonesian and English (their PNGs go to
$STUDITIRU_SCREENSHOTS if set, else to the test's temporary folder).

The server is played by a stand-in for `schema.open_database` that refuses any password but
one, as libpq words it: the test cluster (tests/pg_server.py) trusts every connection from
127.0.0.1, so it cannot refuse a password."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy.engine import make_url

from studitiru.db import schema
from studitiru.db.engine import PasswordRefusedError, translate_operational_error
from studitiru.errors import DatabaseError
from studitiru.ui import app as app_module
from studitiru.ui import db_lock, preferences, server_dialog
from studitiru.ui.db_lock import LockHolder, acquire_lock, lock_path
from studitiru.ui.main_window import MainWindow
from studitiru.ui.open_dialogs import OPEN_ANYWAY, FailureDialog, LockedDialog, OpenAnywayDialog
from studitiru.ui.server_dialog import PasswordDialog
from tests.ui.shell_support import language
from tests.ui.test_data_safety_window import _office, run_window
from tests.ui.test_server_remembered import store  # noqa: F401 - the in-memory credential store fixture

SERVER = "postgresql+psycopg://budi@10.0.0.1:5432/kantor"
SECRET = "rahasia-7"


class FakeServer:
    """`schema.open_database` for one PostgreSQL URL: opens (an in-memory database) with SECRET only."""

    def __init__(self, monkeypatch) -> None:
        self.tried: list[str | None] = []
        self.real = schema.open_database
        monkeypatch.setattr(schema, "open_database", self)

    def __call__(self, path=None, url=None, migrate=True):  # noqa: ANN001, ANN204
        if url is None or not url.startswith("postgresql"):
            return self.real(path=path, url=url, migrate=migrate)
        parsed = make_url(url)
        self.tried.append(parsed.password)
        if parsed.password != SECRET:
            said = ('connection failed: connection to server at "10.0.0.1", port 5432 failed: '
                    + ("fe_sendauth: no password supplied" if parsed.password is None
                       else 'FATAL:  password authentication failed for user "budi"'))
            raise translate_operational_error(Exception(said), parsed.render_as_string(hide_password=True))
        return self.real(url="sqlite://")  # a database without a file, as a server's is


@pytest.fixture
def no_store(monkeypatch):
    monkeypatch.setattr(server_dialog, "_keyring", lambda: None)


def answers(monkeypatch, *replies):
    """Replace PasswordDialog.ask: each call takes the next reply; returns the (url, refused) asked."""
    asked: list[tuple[str, bool]] = []
    pending = list(replies)

    def ask(cls, parent, url, refused=False):  # noqa: ANN001, ANN202
        asked.append((url, refused))
        return pending.pop(0)

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(ask))
    return asked


# --- the password of a server ----------------------------------------------------------------

def test_the_server_refusal_is_its_own_error_and_never_holds_the_password():
    location = make_url(f"postgresql+psycopg://budi:{SECRET}@10.0.0.1/kantor").render_as_string(hide_password=True)
    for said in ('connection failed: FATAL:  password authentication failed for user "budi"',
                 "connection failed: fe_sendauth: no password supplied"):
        error = translate_operational_error(Exception(said), location)
        assert isinstance(error, PasswordRefusedError) and isinstance(error, DatabaseError)
        assert "budi@10.0.0.1:5432/kantor" in error.message("en") and "menolak kata sandi" in error.message("id")
        assert SECRET not in error.message("en") + error.message("id") and "***" not in error.message("en")
    lost = translate_operational_error(Exception("connection failed: Connection refused"), location)
    assert not isinstance(lost, PasswordRefusedError) and "cannot be reached" in lost.message("en")


def test_a_server_without_a_kept_password_asks_for_it_and_the_window_opens(qtbot, monkeypatch, no_store):
    server = FakeServer(monkeypatch)
    asked = answers(monkeypatch, (SECRET, True))  # "remember" ticked, but there is no store: nothing kept
    seen: dict = {}

    def check(window: MainWindow) -> None:
        seen["read_only"] = window.context.read_only
        seen["title"] = window.windowTitle()
        window.close()

    assert run_window(SERVER, [check]) == 0  # type: ignore[arg-type] - a str: a server URL
    assert server.tried == [None, SECRET]  # the server was asked first (it may trust this computer)
    assert asked == [(SERVER, False)]  # no password given yet: not "refused"
    assert seen["read_only"] is False and SECRET not in seen["title"]
    assert preferences.last_server() == SERVER
    assert SECRET not in Path(preferences.settings_file()).read_text(encoding="utf-8")


def test_a_refused_password_is_asked_again_and_a_kept_one_goes_to_the_store(qtbot, monkeypatch, store):  # noqa: F811
    server = FakeServer(monkeypatch)
    asked = answers(monkeypatch, ("salah", True), (SECRET, True))
    db, is_new, opened = app_module.open_asking_password(SERVER)
    try:
        assert not is_new and db.path is None
    finally:
        db.dispose()
    assert server.tried == [None, "salah", SECRET]
    assert asked == [(SERVER, False), (SERVER, True)]  # the second time, the dialog says it was refused
    assert make_url(opened).password == SECRET  # in memory, for a reopen in this session
    assert store.passwords == {("studitiru", "budi@10.0.0.1:5432/kantor"): SECRET}


def test_a_kept_password_the_server_refuses_asks_saying_so(qtbot, monkeypatch, store):  # noqa: F811
    store.set_password("studitiru", "budi@10.0.0.1:5432/kantor", "lama")
    server = FakeServer(monkeypatch)
    asked = answers(monkeypatch, (SECRET, False))
    db, _is_new, _opened = app_module.open_asking_password(SERVER)
    db.dispose()
    assert server.tried == ["lama", SECRET] and asked == [(SERVER, True)]
    assert store.passwords[("studitiru", "budi@10.0.0.1:5432/kantor")] == "lama"  # not ticked: not kept


def test_cancel_falls_back_to_the_failure_dialog_without_the_password(qtbot, monkeypatch, no_store):
    server = FakeServer(monkeypatch)
    asked = answers(monkeypatch, None)
    failures: list[str] = []
    monkeypatch.setattr(FailureDialog, "ask", classmethod(
        lambda cls, parent, message, can_restore: failures.append(message) or None))
    wrong = f"postgresql+psycopg://budi:{SECRET}x@10.0.0.1:5432/kantor"  # a wrong password given on the command line
    with language("en"):
        assert app_module.run(lang="en", url=wrong) == app_module.EXIT_USAGE
    assert server.tried == [f"{SECRET}x"] and asked == [(wrong, True)]
    assert len(failures) == 1 and "budi@10.0.0.1:5432/kantor refused the password" in failures[0]
    assert SECRET not in failures[0] and "***" not in failures[0]
    assert preferences.last_server() is None
    settings = Path(preferences.settings_file())
    assert not settings.exists() or SECRET not in settings.read_text(encoding="utf-8")


def test_selftest_never_asks_for_a_password(qtbot, monkeypatch, capsys, no_store):
    FakeServer(monkeypatch)
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda *a: pytest.fail("selftest asked")))
    with language("id"):
        assert app_module.run(lang="id", selftest=True, url=SERVER) == app_module.EXIT_USAGE
    assert "menolak kata sandi" in capsys.readouterr().err


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("STUDITIRU_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_password_dialog_in_indonesian_and_english(qtbot, monkeypatch, tmp_path, store):  # noqa: F811
    shots = _shots(tmp_path)
    url = f"postgresql+psycopg://budi:{SECRET}@10.0.0.1:5432/kantor"
    with language("id"):
        dialog = PasswordDialog(url, refused=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Kata sandi server"
        assert dialog.note.text() == "Masukkan kata sandi untuk terhubung ke server basis data budi@10.0.0.1:5432/kantor."
        assert dialog.refused_label.isVisible() and dialog.refused_label.text().startswith("Server menolak kata sandi ini.")
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        assert dialog.remember_check.isVisible() and dialog.remember_check.text().startswith("Simpan kata sandi")
        assert dialog.cancel_button.text() == "Batal"
        assert SECRET not in dialog.windowTitle() + dialog.note.text() and dialog.password_edit.text() == ""
        dialog.grab().save(str(shots / "password_dialog_id.png"))
        dialog.password_edit.setText(SECRET)
        dialog.ok_button.click()
        assert dialog.result() == PasswordDialog.DialogCode.Accepted
        assert (dialog.password(), dialog.remember()) == (SECRET, True)
    monkeypatch.setattr(server_dialog, "_keyring", lambda: None)
    with language("en"):
        dialog = PasswordDialog(SERVER)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Server password"
        assert "budi@10.0.0.1:5432/kantor" in dialog.note.text()
        assert not dialog.refused_label.isVisible()
        assert not dialog.remember_check.isVisible()  # no credential store: nothing to offer
        dialog.grab().save(str(shots / "password_dialog_en.png"))
        dialog.password_edit.setText("x")
        dialog.cancel_button.click()
        assert dialog.result() == PasswordDialog.DialogCode.Rejected and dialog.remember() is False


# --- a lock left by another computer ---------------------------------------------------------

def _foreign_lock(database: Path) -> bytes:
    """A lock file as QLockFile writes it (pid, program, host name), written on another computer."""
    content = b"4242\nstuditiru\nkantor-lama\n"
    lock_path(database).write_bytes(content)
    return content


def locked_answers(monkeypatch, *replies):
    """Replace LockedDialog.ask: each call takes the next reply; returns the (message, can_force) asked."""
    asked: list[tuple[str, bool]] = []
    pending = list(replies)

    def ask(cls, parent, message, can_force=False):  # noqa: ANN001, ANN202
        asked.append((message, can_force))
        return pending.pop(0)

    monkeypatch.setattr(LockedDialog, "ask", classmethod(ask))
    return asked


def test_who_is_on_another_computer():
    from PySide6.QtCore import QSysInfo

    assert LockHolder("kantor-lama", 4242, "studitiru").on_another_computer()
    assert not LockHolder(QSysInfo.machineHostName(), 1, "studitiru").on_another_computer()
    assert not LockHolder("", 1, "studitiru").on_another_computer()  # unknown: as Qt does, this computer


def test_a_lock_from_another_computer_can_be_opened_anyway_and_the_window_is_writable(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    _foreign_lock(database)
    refused = acquire_lock(database)
    assert not refused.acquired and refused.holder == LockHolder("kantor-lama", 4242, "studitiru")
    asked = locked_answers(monkeypatch, OPEN_ANYWAY)
    confirmed: list[str] = []
    monkeypatch.setattr(OpenAnywayDialog, "ask", classmethod(lambda cls, parent, holder: confirmed.append(holder) or True))
    seen: dict = {}

    def check(window: MainWindow) -> None:
        seen["read_only"] = window.context.read_only
        seen["lock"] = lock_path(database).read_bytes()
        window.close()

    assert run_window(database, [check]) == 0
    assert len(asked) == 1 and asked[0][1] is True and "kantor-lama" in asked[0][0]
    assert confirmed == ["studitiru (proses 4242 di komputer kantor-lama)"]
    assert seen["read_only"] is False
    assert seen["lock"].split(b"\n")[0] == str(os.getpid()).encode()  # this window's lock now
    assert not lock_path(database).exists()  # released on close


def test_declining_to_open_anyway_leaves_the_lock_as_it_was(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    content = _foreign_lock(database)
    asked = locked_answers(monkeypatch, OPEN_ANYWAY, None)  # not sure after all; then cancel
    monkeypatch.setattr(OpenAnywayDialog, "ask", classmethod(lambda cls, parent, holder: False))
    with language("id"):
        assert app_module.run(database, "id") == app_module.EXIT_USAGE
    assert [can_force for _message, can_force in asked] == [True, True]  # back to the same question
    assert lock_path(database).read_bytes() == content


def test_a_lock_that_cannot_be_removed_is_said_and_asked_again(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    content = _foreign_lock(database)
    asked = locked_answers(monkeypatch, OPEN_ANYWAY, None)
    monkeypatch.setattr(OpenAnywayDialog, "ask", classmethod(lambda cls, parent, holder: True))
    monkeypatch.setattr(db_lock, "force_unlock", lambda path: False)  # e.g. a shared folder that is read-only
    with language("en"):
        assert app_module.run(database, "en") == app_module.EXIT_USAGE
    assert len(asked) == 2 and not asked[0][0].startswith("The lock could not be removed")
    assert asked[1][0].startswith("The lock could not be removed: the file is still marked as open. ")
    assert lock_path(database).read_bytes() == content


def test_a_holder_on_this_computer_gets_no_open_anyway(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    other = acquire_lock(database)  # another window of this computer, really running
    asked: list = []
    monkeypatch.setattr(LockedDialog, "ask", classmethod(lambda cls, parent, message, **extra: asked.append(extra)))
    try:
        with language("id"):
            assert app_module.run(database, "id") == app_module.EXIT_USAGE
    finally:
        other.release()
    assert asked == [{}]  # no can_force


def test_the_lock_dialogs_in_indonesian_and_english(qtbot, tmp_path):
    shots = _shots(tmp_path)
    holder = LockHolder("kantor-lama", 4242, "studitiru")
    expected = {"id": (["Buka hanya-baca", "Buka berkas lain…", "Buka tetap…", "Batal"], "Buka tetap", "Batal"),
                "en": (["Open read-only", "Open another file…", "Open anyway…", "Cancel"], "Open anyway", "Cancel")}
    for lang, (buttons, open_text, cancel_text) in expected.items():
        with language(lang):
            message = acquire_message(holder, lang)
            box = LockedDialog(message, can_force=True)
            qtbot.addWidget(box)
            assert [b.text() for b in (box.read_only_button, box.other_button, box.force_button,
                                        box.cancel_button)] == buttons
            box.show()
            box.grab().save(str(shots / f"locked_other_computer_{lang}.png"))
            box.force_button.click()
            assert box.choice() == OPEN_ANYWAY
            plain = LockedDialog(message)
            qtbot.addWidget(plain)
            assert plain.force_button is None and len(plain.buttons()) == 3

            confirm = OpenAnywayDialog(holder.describe(lang))
            qtbot.addWidget(confirm)
            assert (confirm.open_button.text(), confirm.cancel_button.text()) == (open_text, cancel_text)
            assert confirm.defaultButton() is confirm.cancel_button
            assert "kantor-lama" in confirm.text()
            assert ("data dapat hilang" if lang == "id" else "data can be lost") in confirm.informativeText()
            confirm.show()
            confirm.grab().save(str(shots / f"open_anyway_{lang}.png"))
            assert not confirm.confirmed()
            confirm.open_button.click()
            assert confirm.confirmed()


def acquire_message(holder: LockHolder, lang: str) -> str:
    from studitiru.ui.db_lock import LockResult

    return LockResult(False, Path("/bersama/kantor.sqlite3.lock"), holder=holder).message(lang)


@pytest.fixture
def password_server():
    """A throwaway cluster of its own that asks for passwords over TCP (the session's trusts all)."""
    import pwd
    import subprocess

    from tests.pg_server import SUPERUSER, PostgresServer

    server = PostgresServer()
    pwfile = server.root / "pwfile"
    pwfile.write_text(SECRET + "\n", encoding="utf-8")
    if server.user is not None:
        os.chown(pwfile, pwd.getpwnam(server.user).pw_uid, -1)
    try:
        subprocess.run(server._cmd("initdb", "-D", str(server.data), "-U", SUPERUSER, "--auth-local=trust",
                                   "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                                   "--locale=C.UTF-8", "--no-sync"),
                       check=True, capture_output=True, cwd=server.root)
        server.start()
        yield f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{server.port}/postgres"
    finally:
        server.destroy()


@pytest.mark.postgres_only
def test_a_real_server_asks_for_the_password_refuses_a_wrong_one_and_opens_with_the_right_one(
        qtbot, monkeypatch, no_store, password_server):
    asked = answers(monkeypatch, ("salah", False), (SECRET, False))
    db, _is_new, opened = app_module.open_asking_password(password_server)
    try:
        assert db.path is None and db.engine.dialect.name == "postgresql"
        assert SECRET not in db.location
    finally:
        db.dispose()
    assert asked == [(password_server, False), (password_server, True)]
    assert make_url(opened).password == SECRET
