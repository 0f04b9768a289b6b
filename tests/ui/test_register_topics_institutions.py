"""Topics and institutions pages: create, edit, delete through the widgets; undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studitiru.domain import records as r
from studitiru.errors import NotFoundError
from studitiru.services import registers
from studitiru.ui.pages.institutions import InstitutionsPage
from studitiru.ui.pages.topics import TopicsPage
from tests.ui.helpers import fill_small_office, make_context


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    yield context
    context.db.dispose()


def _page(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _finish(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def test_topic_create_edit_delete_with_undo(qtbot, context):
    page = _page(qtbot, TopicsPage(context))
    assert page._model.rowCount() == 1
    qtbot.mouseClick(page._new_button, Qt.MouseButton.LeftButton)
    page._key_edit.setText("mpp")
    _finish(page._name, "Mal Pelayanan Publik")
    assert registers.get_record(context.db, r.Topic, "mpp").name == "Mal Pelayanan Publik"
    assert page.current_record().key == "mpp"
    assert page._model.rowCount() == 2

    _finish(page._description, "Satu atap, semua layanan")
    assert registers.get_record(context.db, r.Topic, "mpp").description == "Satu atap, semua layanan"
    assert context.undo_stack.undoText() == "edit topic 'Mal Pelayanan Publik'"

    context.undo_stack.undo()
    assert registers.get_record(context.db, r.Topic, "mpp").description is None
    assert page._description.text() == ""
    context.undo_stack.undo()
    with pytest.raises(NotFoundError):
        registers.get_record(context.db, r.Topic, "mpp")
    assert page._model.rowCount() == 1
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert registers.get_record(context.db, r.Topic, "mpp").description == "Satu atap, semua layanan"
    assert page._model.row_of("mpp") >= 0

    assert page.select_key("mpp")
    qtbot.mouseClick(page._delete_button, Qt.MouseButton.LeftButton)
    assert [t.key for t in registers.list_topics(context.db)] == ["zi"]
    assert page.current_record().key == "zi"
    context.undo_stack.undo()
    assert registers.get_record(context.db, r.Topic, "mpp").description == "Satu atap, semua layanan"


def test_topic_in_use_refused(qtbot, context, monkeypatch):
    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, ctx=None: shown.append(error))
    page = _page(qtbot, TopicsPage(context))
    assert page.select_key("zi")
    qtbot.mouseClick(page._delete_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "sekda" in shown[0].message("en")
    assert registers.get_record(context.db, r.Topic, "zi").name == "Zona Integritas"
    assert context.undo_stack.count() == 0


def test_empty_name_refused_and_form_restored(qtbot, context, monkeypatch):
    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, ctx=None: shown.append(error))
    page = _page(qtbot, TopicsPage(context))
    _finish(page._name, "  ")
    assert len(shown) == 1
    assert page._name.text() == "Zona Integritas"


def test_institution_create_edit_delete_with_undo(qtbot, context, monkeypatch):
    page = _page(qtbot, InstitutionsPage(context))
    page._on_new_clicked()
    _finish(page._name, "Pemerintah Kota Balikpapan")
    record = page.current_record()
    assert record.key == "pemerintah-kota-balikpapan"
    page._kind.setCurrentIndex(page._kind.findData("city"))
    page._kind.activated.emit(page._kind.currentIndex())
    _finish(page._province, "Kalimantan Timur")
    stored = registers.get_record(context.db, r.Institution, record.key)
    assert (stored.kind, stored.province) == (r.InstitutionKind.CITY, "Kalimantan Timur")
    row = page._model.row_of(record.key)
    assert page._model.index(row, page._model.KIND).data() == "City"

    context.undo_stack.undo()
    assert registers.get_record(context.db, r.Institution, record.key).province is None
    assert page._province.text() == ""
    context.undo_stack.redo()
    assert page._province.text() == "Kalimantan Timur"

    page._on_delete_clicked()
    with pytest.raises(NotFoundError):
        registers.get_record(context.db, r.Institution, record.key)
    context.undo_stack.undo()
    assert registers.get_record(context.db, r.Institution, record.key).kind == r.InstitutionKind.CITY

    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, ctx=None: shown.append(error))
    assert page.select_key("pemkab-balangan")
    page._on_delete_clicked()
    assert shown and "ST-2025-014" in shown[0].message("en")


def test_filter_and_models(qtbot, qtmodeltester, context):
    page = _page(qtbot, InstitutionsPage(context))
    qtmodeltester.check(page._model)
    qtmodeltester.check(page._proxy)
    page._filter.setText("zzz")
    assert page._proxy.rowCount() == 0
    page._filter.setText("balangan")
    assert page._proxy.rowCount() == 1
    topics = _page(qtbot, TopicsPage(context))
    qtmodeltester.check(topics._model)
