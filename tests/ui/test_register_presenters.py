"""Presenters page: fields, topics, unavailable periods; undo and redo; delete refused."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from studitiru.domain import records as r
from studitiru.errors import NotFoundError
from studitiru.services import registers
from studitiru.ui.pages.presenters import PresentersPage
from studitiru.ui.registers.periods_editor import PeriodDialog
from tests.ui.helpers import fill_small_office, make_context


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    registers.create_record(context.db, r.Topic(key="mpp", name="Mal Pelayanan Publik"))
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    page = PresentersPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _presenter(context, key):
    return registers.get_record(context.db, r.Presenter, key)


def _topic_item(page, name):
    return page._topic_list.findItems(name, Qt.MatchFlag.MatchExactly)[0]


def test_create_with_topic_and_undo(qtbot, page, context):
    qtbot.mouseClick(page._new_button, Qt.MouseButton.LeftButton)
    page._name.setText("dr. Eva Nurfarihah")
    page._name.editingFinished.emit()
    key = page.current_record().key
    page._position.setText("Direktur RSUD SSMA")
    page._position.editingFinished.emit()
    _topic_item(page, "Mal Pelayanan Publik").setCheckState(Qt.CheckState.Checked)
    assert _presenter(context, key).topics == ("mpp",)
    assert _presenter(context, key).position == "Direktur RSUD SSMA"

    context.undo_stack.undo()
    assert _presenter(context, key).topics == ()
    assert _topic_item(page, "Mal Pelayanan Publik").checkState() == Qt.CheckState.Unchecked
    context.undo_stack.undo()
    context.undo_stack.undo()
    with pytest.raises(NotFoundError):
        _presenter(context, key)
    for _ in range(3):
        context.undo_stack.redo()
    assert _presenter(context, key).topics == ("mpp",)


def test_unavailable_period_added_changed_removed(qtbot, page, context, monkeypatch, qtmodeltester):
    assert page.select_key("sekda")
    period = r.Period(datetime(2026, 2, 2, 8), datetime(2026, 2, 4, 17), "Dinas luar kota")
    monkeypatch.setattr(PeriodDialog, "ask", classmethod(lambda cls, parent, ctx, p=None: period))
    page._periods._on_add_clicked()
    assert _presenter(context, "sekda").unavailable == (period,)
    model = page._periods.model
    assert model.rowCount() == 1
    assert model.index(0, model.STARTS).data() == "Senin, 2 Februari 2026 08.00"
    qtmodeltester.check(model)

    later = r.Period(datetime(2026, 2, 2, 13), datetime(2026, 2, 4, 17), "Dinas luar kota")
    monkeypatch.setattr(PeriodDialog, "ask", classmethod(lambda cls, parent, ctx, p=None: later))
    page._periods.view.setCurrentIndex(model.index(0, 0))
    page._periods._on_change_clicked()
    assert _presenter(context, "sekda").unavailable == (later,)
    page._periods.view.setCurrentIndex(model.index(0, 0))
    page._periods._on_remove_clicked()
    assert _presenter(context, "sekda").unavailable == ()
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _presenter(context, "sekda").unavailable == (period,)
    assert model.index(0, model.STARTS).data() == "Senin, 2 Februari 2026 08.00"


def test_bad_period_refused(qtbot, page, context, monkeypatch):
    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, ctx=None: shown.append(error))
    assert page.select_key("sekda")
    backwards = r.Period(datetime(2026, 2, 4, 8), datetime(2026, 2, 2, 8))
    monkeypatch.setattr(PeriodDialog, "ask", classmethod(lambda cls, parent, ctx, p=None: backwards))
    page._periods._on_add_clicked()
    assert shown and "unavailable" in shown[0].message("en")
    assert _presenter(context, "sekda").unavailable == ()
    assert page._periods.model.rowCount() == 0


def test_period_dialog_typed_on_the_keyboard(qtbot, context):
    """Days and times typed as officers write them; an end before the start disables OK."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = PeriodDialog(None, "id", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)

    def type_into(field, text):
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Tab)

    type_into(dialog.starts_day, "2/2/2026")
    type_into(dialog.starts_time, "0800")
    type_into(dialog.ends_day, "1 Feb 2026")
    type_into(dialog.ends_time, "17.00")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    type_into(dialog.ends_day, "4 Feb 2026")
    dialog.reason.setText("Cuti")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.period() == r.Period(datetime(2026, 2, 2, 8), datetime(2026, 2, 4, 17), "Cuti")


def test_delete_presenter_in_use_refused_then_free_one_deleted(qtbot, page, context, monkeypatch, qtmodeltester):
    qtmodeltester.check(page._model)
    shown = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, ctx=None: shown.append(error))
    assert page.select_key("sekda")
    page._on_delete_clicked()
    assert shown and "ST-2025-014-1" in shown[0].message("en")
    assert _presenter(context, "sekda").name == "Amirullah"
    registers.create_record(context.db, r.Presenter(key="kadis", name="Kepala Dinas", topics=("zi", "mpp")))
    page.refresh()
    assert page.select_key("kadis")
    page._on_delete_clicked()
    with pytest.raises(NotFoundError):
        _presenter(context, "kadis")
    context.undo_stack.undo()
    assert set(_presenter(context, "kadis").topics) == {"zi", "mpp"}
