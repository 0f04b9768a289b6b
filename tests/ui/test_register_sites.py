"""Sites page: fields, opening hours per weekday, travel times, delete refused or undone."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from studitiru.domain import records as r
from studitiru.errors import NotFoundError
from studitiru.services import register_edits, registers
from studitiru.ui.pages.sites import SitesPage
from studitiru.ui.registers.travel_times_editor import TravelTimesModel
from tests.ui.helpers import fill_small_office, make_context


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    page = SitesPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _site(context, key):
    return registers.get_record(context.db, r.Site, key)


def test_create_edit_undo_redo(qtbot, page, context):
    qtbot.keyClick(page._view, Qt.Key.Key_Insert)
    page._name.setText("Mal Pelayanan Publik")
    page._name.editingFinished.emit()
    key = page.current_record().key
    assert key == "mal-pelayanan-publik"
    page._capacity.setValue(80)
    page._capacity.editingFinished.emit()
    page._exclusive.setChecked(True)
    assert (_site(context, key).capacity, _site(context, key).exclusive) == (80, True)
    assert page._model.index(page._model.row_of(key), page._model.CAPACITY).data() == "80"

    context.undo_stack.undo()
    assert _site(context, key).exclusive is False
    assert not page._exclusive.isChecked()
    context.undo_stack.undo()
    assert _site(context, key).capacity is None
    assert page._capacity.text() == "No limit"
    context.undo_stack.undo()
    with pytest.raises(NotFoundError):
        _site(context, key)
    for _ in range(3):
        context.undo_stack.redo()
    assert (_site(context, key).capacity, _site(context, key).exclusive) == (80, True)


def test_opening_hours_round_trip(qtbot, page, context):
    assert page.select_key("balai-kota")
    hours = page._hours
    assert hours.always.isChecked() and _site(context, "balai-kota").opening_hours is None
    hours.always.setChecked(False)  # the user's click: Monday to Friday 08.00–16.00 by default
    stored = _site(context, "balai-kota").opening_hours
    assert [w.weekday for w in stored] == [1, 2, 3, 4, 5]
    assert stored[0] == r.OpeningWindow(1, time(8), time(16))

    hours.open_boxes[5].setChecked(False)  # closed on Friday
    hours.open_boxes[6].setChecked(True)   # open on Saturday …
    hours.opens[6].setTime(hours.opens[6].time().fromString("09:00", "HH:mm"))
    hours.closes[6].setTime(hours.closes[6].time().fromString("12:30", "HH:mm"))
    hours.closes[6].editingFinished.emit()  # … from 09.00 to 12.30
    stored = _site(context, "balai-kota").opening_hours
    assert [w.weekday for w in stored] == [1, 2, 3, 4, 6]
    assert stored[-1] == r.OpeningWindow(6, time(9), time(12, 30))

    context.undo_stack.undo()
    assert [w.weekday for w in _site(context, "balai-kota").opening_hours] == [1, 2, 3, 4, 6]
    assert _site(context, "balai-kota").opening_hours[-1].closes == time(16)
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert [w.weekday for w in _site(context, "balai-kota").opening_hours] == [1, 2, 3, 4, 5]
    assert not hours.open_boxes[6].isChecked() and hours.open_boxes[5].isChecked()
    context.undo_stack.undo()
    assert _site(context, "balai-kota").opening_hours is None and hours.always.isChecked()

    hours.always.setChecked(False)
    for day in range(1, 8):
        hours.open_boxes[day].setChecked(False)
    assert _site(context, "balai-kota").opening_hours == ()  # never open


def test_opening_hours_keep_a_lunch_break(qtbot, context, page):
    site = _site(context, "rsud-ssma")
    windows = (r.OpeningWindow(1, time(8), time(12)), r.OpeningWindow(1, time(13), time(16)))
    registers.update_record(context.db, r.Site(**{**{f: getattr(site, f) for f in site.__slots__},
                                                   "opening_hours": windows}))
    page.refresh()
    assert page.select_key("rsud-ssma")
    page._hours.open_boxes[2].setChecked(True)
    assert _site(context, "rsud-ssma").opening_hours == windows + (r.OpeningWindow(2, time(8), time(16)),)


def _travel_index(page, other, column):
    model = page._travel_editor.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == other:
            return model.index(row, column)
    raise AssertionError(other)


def test_travel_time_set_and_cleared(qtbot, page, context, qtmodeltester):
    assert page.select_key("balai-kota")
    model = page._travel_editor.model
    qtmodeltester.check(model)
    index = _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE)
    assert model.setData(index, "20")
    qtbot.waitUntil(lambda: register_edits.list_travel_times(context.db) != [])
    assert register_edits.list_travel_times(context.db) == [r.TravelTime("balai-kota", "rsud-ssma", 20)]
    assert _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE).data() == "20"
    assert context.undo_stack.undoText() == "set travel time 'Balai Kota Pontianak' to 'RSUD SSMA'"

    back = _travel_index(page, "RSUD SSMA", TravelTimesModel.BACK)
    assert not model.setData(back, "soon")
    model.setData(back, "25")
    qtbot.waitUntil(lambda: len(register_edits.list_travel_times(context.db)) == 2)
    model.setData(_travel_index(page, "RSUD SSMA", TravelTimesModel.THERE), "")
    qtbot.waitUntil(lambda: len(register_edits.list_travel_times(context.db)) == 1)
    assert register_edits.list_travel_times(context.db) == [r.TravelTime("rsud-ssma", "balai-kota", 25)]
    assert _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE).data() == ""
    context.undo_stack.undo()
    assert len(register_edits.list_travel_times(context.db)) == 2
    assert _travel_index(page, "RSUD SSMA", TravelTimesModel.THERE).data() == "20"
    qtmodeltester.check(model)


def test_delete_site_in_use_refused(qtbot, page, context, monkeypatch):
    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, ctx=None: shown.append(error))
    assert page.select_key("balai-kota")
    before = _site(context, "balai-kota")
    page._view.setFocus()
    qtbot.keyClick(page._view, Qt.Key.Key_Delete)
    assert len(shown) == 1
    assert "ST-2025-014-1" in shown[0].message("id") and "acara" in shown[0].message("id")
    assert _site(context, "balai-kota") == before
    assert page.current_record().key == "balai-kota"


def test_delete_site_undone_with_its_travel_times(qtbot, page, context, qtmodeltester):
    registers.create_record(context.db, r.Site(key="aula", name="Aula Rumah Jabatan"))
    registers.set_travel_time(context.db, "aula", "rsud-ssma", 15)
    registers.set_travel_time(context.db, "rsud-ssma", "aula", 18)
    registers.set_travel_time(context.db, "balai-kota", "rsud-ssma", 10)
    page.refresh()
    qtmodeltester.check(page._model)
    assert page.select_key("rsud-ssma")
    page._on_delete_clicked()
    with pytest.raises(NotFoundError):
        _site(context, "rsud-ssma")
    assert register_edits.list_travel_times(context.db) == []
    assert page._model.row_of("rsud-ssma") == -1
    context.undo_stack.undo()
    assert _site(context, "rsud-ssma").capacity == 40
    assert register_edits.list_travel_times(context.db) == [
        r.TravelTime("aula", "rsud-ssma", 15), r.TravelTime("balai-kota", "rsud-ssma", 10),
        r.TravelTime("rsud-ssma", "aula", 18)]
    assert page._model.row_of("rsud-ssma") >= 0
    context.undo_stack.redo()
    assert register_edits.list_travel_times(context.db) == []


def test_new_site_starts_with_office_hours(qtbot, page, context):
    """A new site is not 'always open': Senin–Jumat 08.00–16.00 until the officer changes it."""
    qtbot.keyClick(page._view, Qt.Key.Key_Insert)
    assert not page._hours.always.isChecked()
    assert [day for day, box in page._hours.open_boxes.items() if box.isChecked()] == [1, 2, 3, 4, 5]
    page._name.setText("Aula Kantor Wali Kota")
    page._name.editingFinished.emit()
    stored = _site(context, page.current_record().key).opening_hours
    assert stored == tuple(r.OpeningWindow(day, time(8), time(16)) for day in range(1, 6))
    page._hours.open_boxes[6].setChecked(True)  # the officer can change them
    assert [w.weekday for w in _site(context, page.current_record().key).opening_hours] == [1, 2, 3, 4, 5, 6]


def test_travel_time_columns_say_from_where_to_where(qtbot, page):
    assert page.select_key("balai-kota")
    model = page._travel_editor.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Other site", "Minutes going:\nBalai Kota Pontianak → other site",
                      "Minutes back:\nother site → Balai Kota Pontianak"]
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Minutes of travel from Balai Kota Pontianak to the site on the row.")
    back = _travel_index(page, "RSUD SSMA", TravelTimesModel.BACK)
    assert back.data(Qt.ItemDataRole.ToolTipRole) == (
        "Minutes of travel from RSUD SSMA to Balai Kota Pontianak; leave empty for no travel time.")
