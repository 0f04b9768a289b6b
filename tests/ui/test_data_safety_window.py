"""Data safety in the window (issue 6): the lock and the read-only window, background backups,
restoring from Settings and from the bad-database dialog. No modal dialog ever blocks: each is
replaced by its `ask`, and the window is driven by a timer while `app.run` runs its loop."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studitiru.db.readonly import make_read_only
from studitiru.db.schema import open_database
from studitiru.errors import DatabaseError
from studitiru.services import host
from studitiru.services.backups import backup_name, backup_to, list_backups
from studitiru.ui.paths import default_backup_folder
from studitiru.ui import app as app_module
from studitiru.ui import messages
from studitiru.ui.db_lock import acquire_lock, lock_path
from studitiru.ui.main_window import MainWindow
from studitiru.ui.open_dialogs import READ_ONLY, RESTORE, FailureDialog, LockedDialog, RestoreDialog
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.shell_support import language


def _office(path: Path, name: str) -> None:
    db = open_database(path)
    try:
        host.update_host(db, replace(host.get_host(db), name=name))
    finally:
        db.dispose()


def _host_name(path: Path) -> str:
    db = open_database(path)
    try:
        return host.get_host(db).name
    finally:
        db.dispose()


def run_window(target: Path, steps: list, lang: str = "id") -> int:
    """`app.run(target)`; each step gets the next window shown and must close it (or have it reopen).
    A failing step closes its window; its error is raised after `run` returns."""
    handled: list[MainWindow] = []
    failures: list[BaseException] = []

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible() and all(w is not h for h in handled)]
        if not shown:
            return
        window = shown[0]
        handled.append(window)
        if not steps:
            window.close()
            return
        try:
            steps.pop(0)(window)
        except BaseException as error:  # noqa: BLE001 - reported after the loop ends
            failures.append(error)
            window.close()

    def give_up() -> None:
        for widget in QApplication.topLevelWidgets():
            widget.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(poll)
    timer.start()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(60_000)
    try:
        with language(lang):
            code = app_module.run(target, lang)
    finally:
        timer.stop()
        guard.stop()
    if failures:
        raise failures[0]
    assert not steps, "a window the test expected was never shown"
    return code


@pytest.fixture
def shown_errors(monkeypatch):
    shown: list = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error, context=None: shown.append(error))
    return shown


# --- one writer per file ---------------------------------------------------------------------

def test_a_held_lock_offers_read_only_where_edits_are_refused_and_the_data_stays(qtbot, tmp_path, monkeypatch,
                                                                                  shown_errors):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "Pemerintah Kota Pontianak")
    other = acquire_lock(database)  # another window has the file
    assert other.acquired
    asked: list[str] = []
    monkeypatch.setattr(LockedDialog, "ask", classmethod(lambda cls, parent, message: asked.append(message) or READ_ONLY))
    seen: dict = {}

    def edit_in_read_only_window(window: MainWindow) -> None:
        seen["read_only"] = window.context.read_only
        seen["label"] = window.read_only_label.text()
        page = window.show_page("settings")
        page.name_edit.setText("Nama yang tidak boleh tersimpan")
        page.name_edit.editingFinished.emit()
        seen["undo"] = window.context.undo_stack.count()
        with pytest.raises(DatabaseError):  # and SQLite itself refuses a write that bypasses run_edit
            host.update_host(window.context.db, replace(host.get_host(window.context.db), name="Lewat belakang"))
        window.close()

    try:
        assert run_window(database, [edit_in_read_only_window]) == 0
        assert other.acquired and lock_path(database).exists()  # the other window's lock is left alone
    finally:
        other.release()
    assert asked and "sedang dibuka oleh" in asked[0] and str(database) in asked[0]
    assert seen == {"read_only": True, "label": "hanya-baca", "undo": 0}
    assert len(shown_errors) == 1 and "hanya-baca" in shown_errors[0].message("id")
    assert _host_name(database) == "Pemerintah Kota Pontianak"


def test_the_window_holds_the_lock_while_open_and_releases_it_on_close(qtbot, tmp_path):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    held: list[bool] = []

    def check(window: MainWindow) -> None:
        held.append(not acquire_lock(database).acquired)
        window.close()

    assert run_window(database, [check]) == 0
    assert held == [True]
    again = acquire_lock(database)
    assert again.acquired
    again.release()


def test_cancelling_the_lock_dialog_opens_nothing(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    other = acquire_lock(database)
    monkeypatch.setattr(LockedDialog, "ask", classmethod(lambda cls, parent, message: None))
    try:
        with language("id"):
            assert app_module.run(database, "id") == app_module.EXIT_USAGE
    finally:
        other.release()


def test_selftest_never_asks_and_opens_a_locked_file_read_only(qtbot, tmp_path, monkeypatch, capsys):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "A")
    other = acquire_lock(database)
    monkeypatch.setattr(LockedDialog, "ask", classmethod(lambda *a: pytest.fail("selftest asked")))
    monkeypatch.setattr("studitiru.ui.selftest.run_selftest", lambda window, shots, **_: 0 if window.context.read_only else 5)
    try:
        with language("id"):
            assert app_module.run(database, "id", selftest=True) == 0
    finally:
        other.release()
    assert "sedang dibuka oleh" in capsys.readouterr().err


def test_the_lock_dialog_in_indonesian(qtbot):
    with language("id"):
        box = LockedDialog("Basis data x sedang dibuka oleh Studi Tiru (proses 1 di komputer pc).")
        qtbot.addWidget(box)
        assert [b.text() for b in (box.read_only_button, box.other_button, box.cancel_button)] == [
            "Buka hanya-baca", "Buka berkas lain…", "Batal"]
        box.read_only_button.click()
        assert box.choice() == READ_ONLY


@pytest.mark.sqlite_only
def test_make_read_only_refuses_writes_through_sqlite(db):
    make_read_only(db)
    with pytest.raises(DatabaseError) as refused:
        host.update_host(db, replace(host.get_host(db), name="X"))
    assert "hanya dapat dibaca" in refused.value.message("id")
    assert host.get_host(db).name == ""


# --- background backups ------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    with language("id"):
        shell = MainWindow(context, remember_state=False, backup_folder=tmp_path / "backups")
        qtbot.addWidget(shell)
        shell.show()
        yield shell
        shell.close()
    context.db.dispose()


def test_the_background_backup_runs_and_a_file_appears(qtbot, window, tmp_path):
    folder = tmp_path / "backups"
    with qtbot.waitSignal(window.auto_backup.made, timeout=20_000):
        window.start_auto_backup()
    qtbot.waitUntil(lambda: len(list_backups(folder)) == 1, timeout=10_000)
    assert window.auto_backup.timer.isActive() and window.auto_backup.timer.interval() == 30 * 60_000
    assert window.statusBar().currentMessage().startswith("Cadangan dibuat: ui-")
    with qtbot.waitSignal(window.auto_backup.made, timeout=20_000) as unchanged:
        window.auto_backup.run_job()  # what the timer does: nothing changed, so no backup
    assert unchanged.args == [None] and len(list_backups(folder)) == 1


def test_back_up_now_from_settings_lists_the_backup_there(qtbot, qtmodeltester, window, tmp_path):
    page = window.show_page("settings")
    page.backups_panel.folder = tmp_path / "backups"  # the window's folder, not the user's
    assert page.backups_panel.table.rowCount() == 0 and page.backups_panel.empty.text() == "Belum ada cadangan."
    with qtbot.waitSignal(window.auto_backup.made, timeout=20_000):
        page.backup_now_button.click()
    qtbot.waitUntil(lambda: page.backups_panel.table.rowCount() == 1)
    assert page.backups_panel.table.item(0, 1).text().endswith("KB")
    qtmodeltester.check(page.backups_panel.table.model())


def test_a_failing_backup_is_one_sentence_in_the_status_bar(qtbot, window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    window.auto_backup.folder = blocker
    with qtbot.waitSignal(window.auto_backup.failed, timeout=20_000) as failed:
        window.back_up_now()
    assert failed.args[0] and "Traceback" not in failed.args[0]
    assert window.statusBar().currentMessage() == failed.args[0]


# --- restoring ---------------------------------------------------------------------------------

def test_restore_from_the_settings_panel_reopens_on_the_restored_data(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "Nama lama")
    folder = default_backup_folder()
    made = datetime.combine(date.today() - timedelta(days=1), time(9))  # yesterday's: kept by the thinning on any day
    backup = backup_to(database, folder / backup_name(database, made))
    _office(database, "Nama baru")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    seen: dict = {}

    def restore(window: MainWindow) -> None:
        page = window.show_page("settings")
        seen["before"] = page.name_edit.text()
        panel = page.backups_panel
        panel.refresh()
        row = next(i for i, info in enumerate(panel._backups) if info.path == backup)
        panel.table.selectRow(row)
        panel.restore_button.click()  # asks once (answered Yes above), then the window closes

    def reopened(window: MainWindow) -> None:
        page = window.show_page("settings")
        seen["after"] = page.name_edit.text()
        seen["notice"] = window.statusBar().currentMessage()
        seen["rows"] = page.backups_panel.table.rowCount()
        window.close()

    assert run_window(database, [restore, reopened]) == 0
    assert seen["before"] == "Nama baru" and seen["after"] == "Nama lama"
    assert seen["notice"].startswith(f"Dipulihkan dari cadangan kantor-{made:%Y%m%d}-090000.sqlite3.")
    assert seen["rows"] >= 1
    assert _host_name(database) == "Nama lama"
    kept = list(tmp_path.glob("kantor.sqlite3.replaced-*.bak"))
    assert len(kept) == 1 and _host_name(kept[0]) == "Nama baru"
    assert acquire_lock(database).acquired  # released when the last window closed


def test_the_bad_database_dialog_offers_a_restore_that_opens_the_restored_file(qtbot, tmp_path, monkeypatch):
    database = tmp_path / "kantor.sqlite3"
    _office(database, "Kantor yang dicadangkan")
    backup = backup_to(database, default_backup_folder() / backup_name(database, datetime(2026, 3, 2, 8)))
    database.write_bytes(b"garbage, not a database" * 10)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    offered: list[bool] = []
    monkeypatch.setattr(FailureDialog, "ask", classmethod(
        lambda cls, parent, message, can_restore: offered.append(can_restore) or RESTORE))
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, parent, folder, database=None: backup))
    names: list[str] = []

    def check(window: MainWindow) -> None:
        names.append(window.show_page("settings").name_edit.text())
        window.close()

    assert run_window(database, [check]) == 0
    assert offered == [True] and names == ["Kantor yang dicadangkan"]
    kept = list(tmp_path.glob("kantor.sqlite3.replaced-*.bak"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"garbage")


def test_the_bad_database_dialog_in_indonesian_has_the_restore_button(qtbot, tmp_path):
    with language("id"):
        box = FailureDialog("Berkas x bukan basis data Studi Tiru yang utuh.", can_restore=True)
        qtbot.addWidget(box)
        assert [b.text() for b in box.buttons()] and box.restore_button.text() == "Pulihkan dari cadangan…"
        box.restore_button.click()
        assert box.choice() == RESTORE
        dialog = RestoreDialog(tmp_path / "none", tmp_path / "kantor.sqlite3")
        qtbot.addWidget(dialog)
        assert dialog.panel.table.rowCount() == 0
