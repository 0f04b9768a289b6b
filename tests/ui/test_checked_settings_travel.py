"""The real Settings page and the Sites page's travel-time editor refuse an edit, and an undo,
made on what another officer changed since (issue 14, migration 0009): the window says who and
when, the other officer's data stays, the page shows what is stored. Two `Database` objects on
one file are two officers' windows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from studitiru.db.history import os_user
from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.services import host, registers
from studitiru.ui.pages.settings import SettingsPage
from studitiru.ui.pages.sites import SitesPage
from studitiru.ui.registers.travel_times_editor import TravelTimesModel
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.modal import when_modal
from tests.ui.shell_support import language


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    host.update_host(context.db, r.Host(name="Pemerintah Kota Pontianak"))  # as the first start writes it
    yield context
    context.db.dispose()


@pytest.fixture
def budi(tmp_path, context):
    other = open_database(tmp_path / "ui.sqlite3")  # the other officer's window on the same file
    yield other
    other.dispose()


def _answer(texts: list[str]):
    def fill(box) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    return fill


def _travel_index(page, other, column):
    model = page._travel_editor.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == other:
            return model.index(row, column)
    raise AssertionError(other)


def _minutes(db, from_site="balai-kota", to_site="rsud-ssma"):
    return next((t.minutes for t in registers.list_travel_times(db) if (t.from_site, t.to_site) == (from_site, to_site)),
                None)


def test_the_travel_time_editor_refuses_a_stale_edit_and_a_stale_undo(qtbot, context, budi):
    page = SitesPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.select_key("balai-kota")
    assert _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE).data() == ""

    # Budi sets 30 minutes; Siti, who still sees none, types 20: refused with who and when.
    registers.set_travel_time(budi, "balai-kota", "rsud-ssma", 30, r.NO_TRAVEL_TIME)
    texts: list[str] = []
    answered = when_modal(qtbot, QMessageBox, _answer(texts))
    assert page._travel_editor.model.setData(_travel_index(page, "RSUD SSMA", TravelTimesModel.THERE), "20")
    qtbot.waitUntil(lambda: bool(answered))
    assert "Waktu tempuh balai-kota → rsud-ssma telah diubah oleh " + os_user() + " pada " in texts[0]
    assert _minutes(budi) == 30 and context.undo_stack.count() == 0
    qtbot.waitUntil(lambda: _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE).data() == "30")

    # Now seen, her 20 is written; Budi writes 35; her undo is refused and his 35 stays.
    assert page._travel_editor.model.setData(_travel_index(page, "RSUD SSMA", TravelTimesModel.THERE), "20")
    qtbot.waitUntil(lambda: _minutes(context.db) == 20)
    registers.set_travel_time(budi, "balai-kota", "rsud-ssma", 35,
                              next(t for t in registers.list_travel_times(budi) if t.from_site == "balai-kota").version)
    with qtbot.waitSignal(context.changes.refused) as refused:
        context.undo_stack.undo()
    message = refused.args[0].message("id")
    assert "Waktu tempuh balai-kota → rsud-ssma telah diubah oleh " + os_user() + " pada " in message
    assert _minutes(budi) == 35
    qtbot.waitUntil(lambda: _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE).data() == "35")


def test_the_settings_page_refuses_a_stale_edit_and_a_stale_undo(qtbot, context, budi):
    with language("id"):
        page = SettingsPage(context)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        assert page.name_edit.text() == "Pemerintah Kota Pontianak"

        # Budi renames the host; Siti, on the page shown before, types the office: refused.
        host.update_host(budi, replace(host.get_host(budi), name="Pemerintah Kabupaten Kubu Raya"))
        texts: list[str] = []
        answered = when_modal(qtbot, QMessageBox, _answer(texts))
        page.office_edit.setText("Bagian Protokol")
        page.office_edit.editingFinished.emit()
        qtbot.waitUntil(lambda: bool(answered))
        assert f"Pengaturan kantor telah diubah oleh {os_user()} pada " in texts[0]
        stored = host.get_host(budi)
        assert (stored.name, stored.office) == ("Pemerintah Kabupaten Kubu Raya", None)
        assert context.undo_stack.count() == 0
        qtbot.waitUntil(lambda: page.name_edit.text() == "Pemerintah Kabupaten Kubu Raya")

        # Her address, then Budi's time zone: her undo is refused, his zone and her address stay.
        page.address_edit.setText("Jalan Rahadi Usman No. 3")
        page.address_edit.editingFinished.emit()
        assert host.get_host(budi).address == "Jalan Rahadi Usman No. 3"
        host.update_host(budi, replace(host.get_host(budi), timezone="Asia/Jakarta"))
        with qtbot.waitSignal(context.changes.refused) as refused:
            context.undo_stack.undo()
        assert f"Pengaturan kantor telah diubah oleh {os_user()} pada " in refused.args[0].message("id")
        stored = host.get_host(budi)
        assert (stored.address, stored.timezone) == ("Jalan Rahadi Usman No. 3", "Asia/Jakarta")
        qtbot.waitUntil(lambda: page.timezone_combo.currentData() == "Asia/Jakarta")
