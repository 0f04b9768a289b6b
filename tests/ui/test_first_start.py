"""The first start of a new installation, driven through the real dialog and the real window
(`app.run`): the question asked once, the demo in its own file and marked "Demo" in every
window, a real office's database that never receives a demo visit, `File → Buka program demo`,
an upgrade that keeps everything, the About dialog, and Ctrl+C in the terminal."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from studitiru.db.schema import open_database
from studitiru.services import host, visits
from studitiru.services.demo import is_office_database, load_demo
from studitiru.errors import UserError
from studitiru.ui import app as app_module
from studitiru.ui import first_start, preferences
from studitiru.ui.about_dialog import AboutDialog, application_icon
from studitiru.ui.first_start import FirstStartDialog, demo_database_path
from studitiru.ui.main_window import MainWindow
from studitiru.ui.paths import default_database_path
from tests.ui.helpers import make_context
from tests.ui.shell_support import language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def new_installation(monkeypatch):
    """No --db, no $STUDITIRU_DB, nothing in the (test's own) data and configuration folders."""
    monkeypatch.delenv("STUDITIRU_DB", raising=False)
    assert not default_database_path().exists() and first_start.recorded_choice() is None
    return default_database_path()


class _When(list):
    """Polls the event loop until `condition()` gives something, then calls `action(it)`; holds
    the errors ("timed out" if it never came). `stop()` ends a poll that is still waiting."""

    def __init__(self, condition, action, timeout_ms: int = 15_000) -> None:  # noqa: ANN001
        super().__init__()
        self.condition, self.action, self.stopped = condition, action, False
        self.deadline = time.monotonic() + timeout_ms / 1000
        QTimer.singleShot(30, self.poll)

    def poll(self) -> None:
        if self.stopped:
            return
        found = self.condition()
        if found:
            self.stopped = True
            try:
                self.action(found)
            except Exception as error:  # noqa: BLE001 - reported by the test
                self.append(repr(error))
                QApplication.closeAllWindows()
        elif time.monotonic() < self.deadline:
            QTimer.singleShot(30, self.poll)
        else:
            self.stopped = True
            self.append("timed out")
            QApplication.closeAllWindows()

    def stop(self) -> _When:
        """End the poll; returns self (never came: no error, `came` False)."""
        self.came = self.stopped and "timed out" not in self
        self.stopped = True
        return self


def _when(condition, action, timeout_ms: int = 15_000) -> _When:  # noqa: ANN001
    return _When(condition, action, timeout_ms)


def _first_start_dialog():
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, FirstStartDialog) else None


def _main_window():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def _status_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel) if label.isVisible()]


def test_the_demo_is_chosen_once_lives_in_its_own_file_and_says_demo_everywhere(qapp, new_installation):
    seen: dict[str, object] = {}

    def choose_demo(dialog: FirstStartDialog) -> None:
        seen["dialog title"] = dialog.windowTitle()
        assert dialog.demo_choice.isChecked() and not dialog.office_form.isEnabled()
        dialog.start_button.click()

    def look_and_close(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["status"] = _status_texts(window)
        window.show_page("visits")
        seen["title after"] = window.windowTitle()
        box = QMessageBox(QMessageBox.Icon.Information, "Studi Tiru", "?", QMessageBox.StandardButton.Ok, window)
        box.show()
        seen["dialog on the demo"] = box.windowTitle()
        box.close()
        window.close()

    asked = _when(_first_start_dialog, choose_demo)
    shown = _when(_main_window, look_and_close)
    with language("id"):
        assert app_module.run(None, "id") == 0
    assert asked == [] and shown == []
    assert seen["dialog title"] == "Selamat datang di Studi Tiru"
    assert seen["title"].endswith("— Demo") and seen["title after"].startswith("Kunjungan") and "Demo" in seen["title after"]
    assert any(text.startswith("DEMO") for text in seen["status"])
    assert "Demo" in seen["dialog on the demo"]
    assert first_start.recorded_choice() == "demo"
    assert not new_installation.exists(), "the office's database is not made for the demo"
    db = open_database(path=demo_database_path())
    try:
        assert len(visits.list_visits(db)) >= 5
    finally:
        db.dispose()

    # Asked once: the next start opens the demo again without a question.
    again: dict[str, str] = {}
    never = _when(_first_start_dialog, lambda dialog: (again.setdefault("asked", "yes"), dialog.reject()))
    shown = _when(_main_window, lambda window: (again.setdefault("title", window.windowTitle()), window.close()))
    with language("id"):
        assert app_module.run(None, "id") == 0
    never.stop()
    assert "asked" not in again and never == [] and shown == []
    assert "Demo" in again["title"]


def test_an_office_starts_with_its_own_settings_and_never_receives_the_demo(qapp, new_installation, tmp_path):
    logo = tmp_path / "logo.png"
    application_icon().pixmap(64, 64).save(str(logo))
    seen: dict[str, object] = {}

    def fill_in(dialog: FirstStartDialog) -> None:
        dialog.office_choice.click()
        assert dialog.office_form.isEnabled()
        dialog.start_button.click()  # no name yet: refused in the dialog, which stays open
        seen["refusal"] = dialog.error_label.text() if dialog.error_label.isVisible() else ""
        assert dialog.isVisible()
        dialog.name_edit.setText("Pemerintah Kabupaten Sambas")
        dialog.unit_edit.setText("Bagian Protokol dan Komunikasi Pimpinan")
        dialog.address_edit.setText("Jalan Pembangunan No. 1, Sambas")
        dialog.city_edit.setText("Sambas")
        dialog.timezone_combo.setCurrentIndex(dialog.timezone_combo.findData("Asia/Makassar"))
        dialog.set_logo(logo)
        dialog.start_button.click()

    def open_the_demo(window: MainWindow) -> None:
        seen["office title"] = window.windowTitle()
        seen["office status"] = _status_texts(window)
        demo_action = next(a for a in window.menus["file"].actions() if a.text() == "Buka program &demo")
        demo_action.trigger()  # File → Buka program demo: the window reopens on the demo

    asked = _when(_first_start_dialog, fill_in)
    opened = _when(_main_window, open_the_demo)
    demo_seen: dict[str, str] = {}

    def look_at_the_demo() -> None:
        window = _main_window()
        if window is None or "Demo" not in window.windowTitle():
            QTimer.singleShot(30, look_at_the_demo)
            return
        demo_seen["title"] = window.windowTitle()
        window.close()
    QTimer.singleShot(30, look_at_the_demo)
    with language("id"):
        assert app_module.run(None, "id") == 0
    assert asked == [] and opened == []
    assert seen["refusal"].startswith("Isi nama pemerintah daerah")
    assert "Demo" not in seen["office title"] and not any("DEMO" in text for text in seen["office status"])
    assert "Demo" in demo_seen["title"]
    assert first_start.recorded_choice() == "office"

    db = open_database(path=new_installation)
    try:
        office = host.get_host(db)
        assert (office.name, office.office, office.address, office.timezone) == (
            "Pemerintah Kabupaten Sambas", "Bagian Protokol dan Komunikasi Pimpinan",
            "Jalan Pembangunan No. 1, Sambas", "Asia/Makassar")
        from studitiru.services import letters
        from studitiru.services.report_data import LOGO_SETTING, annual_report_data

        assert letters.get_settings(db).city == "Sambas"
        assert host.get_setting(db, LOGO_SETTING) == str(logo)
        assert is_office_database(db) and visits.list_visits(db) == []
        with pytest.raises(UserError):
            load_demo(db)
        assert visits.list_visits(db) == []
        recap = annual_report_data(db, 2026)
        assert recap.host.name == "Pemerintah Kabupaten Sambas"
    finally:
        db.dispose()
    # The demo opened from the File menu is not what the next start opens: the office is.
    assert preferences.last_database() == new_installation


def test_quitting_the_first_start_creates_nothing(qapp, new_installation):
    asked = _when(_first_start_dialog, lambda dialog: dialog.quit_button.click())
    with language("en"):
        assert app_module.run(None, "en") == 0
    assert asked == []
    assert not new_installation.exists() and not demo_database_path().exists()
    assert first_start.recorded_choice() is None


def test_the_selftest_never_asks(qapp, new_installation, capsys):
    asked: list[str] = []
    never = _when(_first_start_dialog, lambda dialog: (asked.append("asked"), dialog.reject()))
    with language("id"):
        assert app_module.run(None, "id", True) == 0
    never.stop()
    assert asked == [] and never == []
    assert demo_database_path().exists() and not new_installation.exists()
    assert first_start.recorded_choice() is None and preferences.last_database() is None
    assert capsys.readouterr().out.startswith("01-home")
    # So the next real start still asks the question.
    assert first_start.is_new_installation(app_module._starting_target(None, None))


def test_an_upgrade_keeps_the_database_settings_backups_and_language(qapp, new_installation):
    """An older installation: its database (schema 0001), its backups and its language (English).
    The new version never asks the first-start question, migrates the database after a backup
    copy, and keeps the data, the backups and the language."""
    new_installation.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "tests" / "data" / "schema-0001.sqlite3", new_installation)
    backups = new_installation.parent / "backups"
    backups.mkdir()
    from datetime import datetime, timedelta

    from studitiru.services.backups import backup_name

    kept_backup = backups / backup_name(Path("studitiru.sqlite3"), datetime.now() - timedelta(days=1))
    kept_backup.write_bytes(b"an old backup")
    preferences.set_language("en")
    preferences.set_last_database(new_installation)
    before = open_database  # the fixture's visits, read after the migration
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        window.close()
    asked: list[str] = []
    never = _when(_first_start_dialog, lambda dialog: (asked.append("asked"), dialog.reject()))
    shown = _when(_main_window, look)
    try:
        assert app_module.run(None, None) == 0
    finally:
        from studitiru.ui import translations

        translations.uninstall()
    never.stop()
    assert asked == [] and never == [] and shown == []
    assert seen["title"].endswith("— Studi Tiru") and "Beranda" not in seen["title"]
    assert preferences.language() == "en"
    assert kept_backup.read_bytes() == b"an old backup"
    kept = [p for p in new_installation.parent.iterdir() if p.name.startswith("studitiru.sqlite3.before-")]
    assert kept, "the database is copied before it is migrated"
    db = before(path=new_installation)
    try:
        assert visits.list_visits(db), "the older database's visits are still there"
        assert not is_office_database(db)
    finally:
        db.dispose()
    assert not demo_database_path().exists()


def test_the_about_dialog_says_version_licence_database_and_data_folder(qtbot, tmp_path):
    from importlib.metadata import version

    context = make_context(tmp_path)
    folder = tmp_path / "data folder"
    opened: list[QUrl] = []
    try:
        with language("id"):
            dialog = AboutDialog(context.db.location, folder)
            qtbot.addWidget(dialog)
            dialog.open_url = lambda url: opened.append(url) or True
            assert dialog.windowTitle() == "Tentang Studi Tiru"
            assert dialog.version_label.text() == f"Versi {version('studitiru')}"
            assert dialog.licence_label.text().startswith("GPL-3.0-or-later")
            assert dialog.database_label.text() == context.db.location
            assert dialog.folder_label.text() == str(folder)
            dialog.open_folder_button.click()
            assert opened == [QUrl.fromLocalFile(str(folder))] and folder.is_dir()
            window = MainWindow(context, remember_state=False)
            qtbot.addWidget(window)
            assert not window.windowIcon().isNull()
            assert max(size.width() for size in window.windowIcon().availableSizes()) == 256
    finally:
        context.db.dispose()


def test_ctrl_c_in_the_terminal_closes_the_window_cleanly(tmp_path):
    database = tmp_path / "office.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-m", "studitiru.cli", "--db", str(database), "gui", "--lang", "id"],
                               env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = database.with_name(database.name + ".lock")
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        time.sleep(1.5)  # the window is up and its timers (change poll, backups) are running
        assert process.poll() is None, process.stderr.read()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not lock.exists(), "the window closed as its Quit does: the lock is released"


def test_from_the_demo_an_office_starts_its_own_database(qapp, new_installation):
    """On the demo, File → Mulai dengan kantor sendiri… asks only the office's part (a real dialog),
    creates the office's database and reopens the window on it; the next start opens the office."""
    first_start.record_choice("demo")
    db, is_new = app_module.open_target(demo_database_path())
    try:
        assert app_module.load_demo_on_first_run(db, demo_database_path(), is_new)
    finally:
        db.dispose()
    preferences.set_last_database(demo_database_path())
    seen: dict[str, object] = {}

    def start_office(window: MainWindow) -> None:
        seen["demo title"] = window.windowTitle()
        action = next(a for a in window.menus["file"].actions() if a.text() == "Mulai dengan kantor &sendiri…")

        def fill_in() -> None:
            dialog = _first_start_dialog()
            if dialog is None:
                QTimer.singleShot(30, fill_in)
                return
            seen["only the office"] = dialog.office_choice.isChecked() and not dialog.demo_choice.isVisible()
            dialog.name_edit.setText("Pemerintah Kota Singkawang")
            dialog.start_button.click()
        QTimer.singleShot(0, fill_in)
        action.trigger()

    def look_at_the_office() -> None:
        window = _main_window()
        if window is None or "Demo" in window.windowTitle():
            QTimer.singleShot(30, look_at_the_office)
            return
        seen["office title"] = window.windowTitle()
        seen["office menu"] = [a.text() for a in window.menus["file"].actions()]
        window.close()

    opened = _when(lambda: (w := _main_window()) is not None and "Demo" in w.windowTitle() and w, start_office)
    QTimer.singleShot(30, look_at_the_office)
    with language("id"):
        assert app_module.run(None, "id") == 0
    assert opened == []
    assert "Demo" in seen["demo title"] and seen["only the office"]
    assert "Demo" not in seen["office title"] and "Mulai dengan kantor &sendiri…" not in seen["office menu"]
    assert first_start.recorded_choice() == "office" and preferences.last_database() == new_installation
    db = open_database(path=new_installation)
    try:
        assert host.get_host(db).name == "Pemerintah Kota Singkawang"
        assert is_office_database(db) and visits.list_visits(db) == []
    finally:
        db.dispose()


def test_after_choosing_the_demo_a_deleted_demo_file_is_made_again_without_a_question(qapp, new_installation):
    first_start.record_choice("demo")
    asked: list[str] = []
    never = _when(_first_start_dialog, lambda dialog: (asked.append("asked"), dialog.reject()))
    titles: list[str] = []
    shown = _when(_main_window, lambda window: (titles.append(window.windowTitle()), window.close()))
    with language("id"):
        assert app_module.run(None, "id") == 0
    never.stop()
    assert asked == [] and shown == [] and "Demo" in titles[0]
    assert demo_database_path().exists() and not new_installation.exists()
