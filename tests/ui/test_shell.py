"""The main window: pages from the registry, keyboard navigation, menus, status bar, undo naming."""

from __future__ import annotations

import os

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studitiru.services import host, visits
from studitiru.ui import app as app_module
from studitiru.ui import page_registry
from studitiru.ui.main_window import MainWindow
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.shell_support import language


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    yield context
    context.db.dispose()


@pytest.fixture
def window(qtbot, context):
    with language("id"):
        shell = MainWindow(context, remember_state=False)
        qtbot.addWidget(shell)
        shell.show()
        qtbot.waitExposed(shell)
        yield shell
        shell.close()


def test_sidebar_lists_the_pages_in_indonesian_home_first(window):
    sidebar = window._sidebar
    assert sidebar.item(0).text() == "Beranda"
    titles = [sidebar.item(row).text() for row in range(sidebar.count())]
    expected = {"home": "Beranda", "visits": "Kunjungan", "timetable": "Jadwal", "sites": "Lokasi",
                "presenters": "Narasumber", "institutions": "Instansi", "topics": "Topik",
                "lessons": "Pembelajaran", "reports": "Laporan", "letters": "Surat", "settings": "Pengaturan"}
    assert titles == [expected[key] for key in window.page_keys()]
    assert window.current_key() == "home"
    assert window.windowTitle() == "Beranda — Studi Tiru"


def test_registry_holds_every_page_of_the_design_in_order():
    assert [entry.key for entry in page_registry.PAGES] == [
        "home", "visits", "timetable", "sites", "presenters", "institutions", "topics", "lessons", "reports", "settings",
        "letters"]
    assert page_registry.available(page_registry.entry_for("home"))
    assert page_registry.available(page_registry.entry_for("settings"))


def test_arrow_keys_in_the_sidebar_change_the_page(qtbot, window):
    window._sidebar.setFocus()
    qtbot.keyClick(window._sidebar, Qt.Key.Key_Down)
    assert window.current_key() == window.page_keys()[1]
    qtbot.keyClick(window._sidebar, Qt.Key.Key_End)
    assert window.current_key() == "letters"
    assert window.current_page().objectName() == "page-letters"


def test_ctrl_number_shortcuts_show_pages(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "home"
    assert window._view_actions["home"].isChecked()


def test_find_focuses_the_current_pages_filter(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("topics")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)


def test_status_bar_names_the_open_database(window, context):
    assert window.database_label.text() == f"Basis data: {context.db.location}"
    assert context.db.location.endswith("ui.sqlite3")
    assert window.statusBar().isVisible()


def test_read_only_database_is_said_in_the_status_bar(qtbot, context):
    context.read_only = True
    with language("id"):
        shell = MainWindow(context, remember_state=False)
        qtbot.addWidget(shell)
        assert shell.read_only_label.text() == "hanya-baca"


def test_menus_in_indonesian_with_their_shortcuts(window):
    assert [menu.title() for menu in window.menus.values()] == ["&Berkas", "&Sunting", "&Tampilan", "Ba&ntuan"]
    assert window.undo_action.text() == "Urungkan"
    assert window.redo_action.text() == "Ulangi"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert window._new_visit_action.shortcut().toString() == "Ctrl+N"
    assert window._quit_action.shortcut().toString() == "Ctrl+Q"
    assert window._find_action.shortcut().toString() == "Ctrl+F"


def test_edit_menu_names_the_settings_edit_and_undoes_and_redoes_it(qtbot, window, context):
    page = window.show_page("settings")
    page.name_edit.setText("Pemerintah Kota Uji")
    page.name_edit.editingFinished.emit()
    assert host.get_host(context.db).name == "Pemerintah Kota Uji"
    assert window.undo_action.text() == "Urungkan: ubah nama tuan rumah menjadi 'Pemerintah Kota Uji'"
    assert window.undo_action in window.menus["edit"].actions()
    window.undo_action.trigger()
    assert host.get_host(context.db).name == ""
    assert page.name_edit.text() == ""
    assert window.redo_action.text() == "Ulangi: ubah nama tuan rumah menjadi 'Pemerintah Kota Uji'"
    window.redo_action.trigger()
    assert host.get_host(context.db).name == "Pemerintah Kota Uji"
    assert page.name_edit.text() == "Pemerintah Kota Uji"


def test_home_opens_a_visit_in_the_visits_page(qtbot, window, context):
    key = visits.list_visits(context.db)[0].key
    home = window.page("home")
    home.open_visit.emit(key)
    assert window.current_key() in ("visits", "home")  # home only while the visits page is not built
    if "visits" in window.page_keys():
        assert window.current_key() == "visits"


def test_closing_never_asks(qtbot, window):
    assert window.close()
    assert not window.isVisible()


def test_window_state_is_remembered(qtbot, context):
    with language("id"):
        first = MainWindow(context)
        qtbot.addWidget(first)
        first.show()
        first.show_page("settings")
        first.resize(701, 501)
        first.close()
        second = MainWindow(context)
        qtbot.addWidget(second)
        assert second.current_key() == "settings"
        assert second.size().width() == 701


def test_the_demo_file_is_filled_on_its_first_opening_and_the_default_database_never(tmp_path, monkeypatch):
    from studitiru.ui.first_start import demo_database_path
    from studitiru.ui.paths import default_database_path

    monkeypatch.delenv("STUDITIRU_DB")
    demo = demo_database_path()
    assert demo.parent == default_database_path().parent and demo != default_database_path()
    db, is_new = app_module.open_target(demo)
    try:
        assert is_new
        assert app_module.load_demo_on_first_run(db, demo, is_new)
        assert len(visits.list_visits(db)) >= 3
    finally:
        db.dispose()
    default = default_database_path()
    db, is_new = app_module.open_target(default)
    try:
        assert is_new and app_module.load_demo_on_first_run(db, default, is_new) is None
        assert visits.list_visits(db) == []
    finally:
        db.dispose()


def test_a_chosen_database_is_never_filled_with_the_demo(tmp_path):
    chosen = tmp_path / "mine.sqlite3"
    db, is_new = app_module.open_target(chosen)
    try:
        assert is_new and app_module.load_demo_on_first_run(db, chosen, is_new) is None
        assert visits.list_visits(db) == []
    finally:
        db.dispose()


def test_an_unusable_database_in_selftest_mode_says_so_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_text("this is a letter, not a database")
    with language("id"):  # run() installs the translators; the context removes them after
        assert app_module.run(Path(bad), "id", True, None) == 2
    error = capsys.readouterr().err.strip()
    assert error and "Traceback" not in error
    assert bad.read_text() == "this is a letter, not a database"


def test_the_readme_first_command_opens_the_demo_on_a_fresh_machine(tmp_path):
    """`studitiru gui --selftest` with no database named, on a machine where no folder of ours
    exists yet: it never asks the first-start question; the window opens on the demo's own file,
    filled with the demo (not read-only), and the office's default database is not created."""
    import sqlite3
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if key != "STUDITIRU_DB"}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "studitiru.cli", "gui", "--selftest"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "hanya-baca" not in done.stderr and "read-only" not in done.stderr
    assert not (tmp_path / "data" / "StudiTiru" / "studitiru" / "studitiru.sqlite3").exists()
    database = tmp_path / "data" / "StudiTiru" / "studitiru" / "studitiru-demo.sqlite3"
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("SELECT count(*) FROM visits").fetchone()[0] >= 5
    finally:
        connection.close()
