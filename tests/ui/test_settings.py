"""Pengaturan: the host's fields with undo, the language preference, the open database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studitiru.services import host
from studitiru.ui import file_actions, preferences
from studitiru.ui.pages.settings import SettingsPage
from tests.ui.helpers import make_context
from tests.ui.shell_support import language


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    with language("id"):
        widget = SettingsPage(context)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget


def test_shows_the_stored_host_and_the_database(page, context):
    stored = host.get_host(context.db)
    assert page.name_edit.text() == stored.name
    assert page.timezone_combo.currentData() == stored.timezone
    assert page.location_label.text() == context.db.location
    assert [page.timezone_combo.itemText(i) for i in range(4)] == [
        "WIB — Asia/Jakarta", "WIB — Asia/Pontianak", "WITA — Asia/Makassar", "WIT — Asia/Jayapura"]


def test_each_field_is_one_undoable_edit(page, context):
    stack = context.undo_stack
    page.office_edit.setText("Bagian Protokol dan Komunikasi Pimpinan")
    page.office_edit.editingFinished.emit()
    page.address_edit.setText("Jalan Rahadi Usman No. 3, Pontianak")
    page.address_edit.editingFinished.emit()
    assert stack.count() == 2
    assert stack.undoText() == "ubah alamat tuan rumah"
    assert host.get_host(context.db).address == "Jalan Rahadi Usman No. 3, Pontianak"
    stack.undo()
    assert host.get_host(context.db).address is None
    assert page.address_edit.text() == ""
    assert page.office_edit.text() == "Bagian Protokol dan Komunikasi Pimpinan"
    stack.undo()
    assert host.get_host(context.db).office is None
    stack.redo()
    stack.redo()
    assert host.get_host(context.db).address == "Jalan Rahadi Usman No. 3, Pontianak"


def test_leaving_a_field_unchanged_adds_no_step(page, context):
    page.name_edit.editingFinished.emit()
    assert context.undo_stack.count() == 0


def test_time_zone_is_chosen_from_the_indonesian_zones(qtbot, page, context):
    page.timezone_combo.setCurrentIndex(page.timezone_combo.findData("Asia/Makassar"))
    page.timezone_combo.activated.emit(page.timezone_combo.currentIndex())
    assert host.get_host(context.db).timezone == "Asia/Makassar"
    assert context.undo_stack.undoText() == "ubah zona waktu menjadi Asia/Makassar"
    context.undo_stack.undo()
    assert page.timezone_combo.currentData() == host.get_host(context.db).timezone != "Asia/Makassar"


def test_language_is_a_preference_applied_on_restart_or_at_once(qtbot, page, context):
    assert page.language_combo.currentData() == "id"
    assert not page.language_note.isVisible()
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    assert preferences.language() == "en"
    assert page.language_note.isVisible() and "pembukaan berikutnya" in page.language_note.text()
    assert page.apply_language_button.isEnabled()
    with qtbot.waitSignal(page.open_database_requested) as blocker:
        qtbot.mouseClick(page.apply_language_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [context.db.path]


def test_open_another_database_asks_the_shell(qtbot, page, monkeypatch, tmp_path):
    chosen = tmp_path / "lain.sqlite3"
    monkeypatch.setattr(file_actions, "ask_database_file", lambda parent, start=None: chosen)
    with qtbot.waitSignal(page.open_database_requested) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [chosen]


def test_the_shell_reopens_on_the_chosen_file(qtbot, context, monkeypatch, tmp_path):
    from studitiru.ui.main_window import MainWindow

    chosen = tmp_path / "lain.sqlite3"
    monkeypatch.setattr(file_actions, "ask_database_file", lambda parent, start=None: chosen)
    with language("id"):
        window = MainWindow(context, remember_state=False)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("settings")
        with qtbot.waitSignal(window.reopen_requested) as blocker:
            page.open_button.click()
        assert blocker.args == [Path(chosen)]
        assert not window.isVisible()


def test_preferences_remember_the_last_database(tmp_path):
    assert preferences.last_database() is None
    preferences.set_last_database(tmp_path / "kantor.sqlite3")
    assert preferences.last_database() == tmp_path / "kantor.sqlite3"
    assert str(preferences.settings_file()).startswith(str(tmp_path))  # isolated by XDG_CONFIG_HOME
