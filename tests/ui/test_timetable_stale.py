"""Two officers on one database file: Siti's timetable is out of date, Budi's change landed.
Her drag, resize, edit, delete and undo are each refused with who and when (a real message
box, read and closed as a person would), and Budi's data stays as he left it. The issue's
case: the undo of a move restores only what the move changed, from the service's result."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from studitiru.db.history import os_user
from studitiru.db.schema import open_database
from studitiru.services import agenda

sys.path.insert(0, str(Path(__file__).parent))
from test_timetable_page import context, drag, page, point_at  # noqa: E402, F401 - the same fixtures
from timetable_fixtures import at  # noqa: E402


@pytest.fixture
def budi(context):
    other = open_database(context.db.path)
    yield other
    other.dispose()


def refusal_of(qtbot, action) -> str:
    """Run `action`, which must open one message box; return its text after clicking OK."""
    seen: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, close)
    action()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_a_drag_from_a_stale_timetable_is_refused_with_who_and_when(qtbot, page, context, budi):
    agenda.move_session(budi, "A-1", at("13.00"), at("14.00"), "rsud-ssma", version=1)  # Budi
    view = page.view
    grab = view.block_point("A-1")  # Siti still sees A-1 at 09.00 in the Balai Kota
    text = refusal_of(qtbot, lambda: drag(view, grab, QPoint(grab.x(), grab.y() + round(60 * view.timetable.grid.minute_height))))
    assert text.startswith("Session A-1 was changed by ") and f"by {os_user()} on " in text
    now = agenda.get_session(context.db, "A-1")
    assert (now.starts_at, now.ends_at, now.site) == (at("13.00"), at("14.00"), "rsud-ssma")
    assert context.undo_stack.count() == 0
    assert view.blocks_of("A-1")[0].session.starts_at == at("13.00")  # the page reloaded


def test_undo_of_a_move_after_another_officers_change_leaves_it(qtbot, page, context, budi):
    view = page.view
    grab = view.block_point("A-1")
    drag(view, grab, QPoint(grab.x(), grab.y() + round(60 * view.timetable.grid.minute_height)))  # Siti: 10.00
    assert agenda.get_session(context.db, "A-1").starts_at == at("10.00")
    agenda.move_session(budi, "A-1", at("10.00"), at("11.00"), "rsud-ssma", version=2)  # Budi: another site
    refused: list = []
    context.changes.refused.connect(refused.append)
    context.undo_stack.undo()
    now = agenda.get_session(context.db, "A-1")
    assert (now.starts_at, now.site) == (at("10.00"), "rsud-ssma")  # neither her time nor his site undone
    assert context.undo_stack.count() == 0  # the step that cannot apply is gone, not left to fail again
    assert len(refused) == 1 and f"by {os_user()} on " in refused[0].message("en")


def test_the_window_says_why_an_undo_cannot_apply(qtbot, context, budi):
    from studitiru.ui.main_window import MainWindow

    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("timetable")
    page.toolbar.set_day(at("09.00").date())
    view = page.view
    qtbot.waitUntil(lambda: bool(view.blocks_of("A-1")))
    grab = view.block_point("A-1")
    drag(view, grab, QPoint(grab.x(), grab.y() + round(60 * view.timetable.grid.minute_height)))
    assert agenda.get_session(context.db, "A-1").starts_at == at("10.00")
    agenda.update_session(budi, replace(agenda.get_session(budi, "A-1"), title="Paparan IPP (Budi)"))
    text = refusal_of(qtbot, window.undo_action.trigger)
    assert text.startswith("Session A-1 was changed by ") and f"by {os_user()} on " in text
    assert agenda.get_session(context.db, "A-1").title == "Paparan IPP (Budi)"


def test_undo_of_a_resize_restores_only_the_times(qtbot, page, context, budi):
    view = page.view
    block = view.blocks_of("A-1")[0]
    bottom = view.mapFromScene(block.scene_block_rect().bottomLeft().toPoint()) + QPoint(10, -2)
    drag(view, bottom, QPoint(bottom.x(), bottom.y() + round(30 * view.timetable.grid.minute_height)))
    resized = agenda.get_session(context.db, "A-1")
    assert (resized.starts_at, resized.ends_at, resized.site) == (at("09.00"), at("10.30"), "balai-kota")
    context.undo_stack.undo()
    back = agenda.get_session(context.db, "A-1")
    assert (back.starts_at, back.ends_at, back.site) == (at("09.00"), at("10.00"), "balai-kota")
    context.undo_stack.redo()
    assert agenda.get_session(context.db, "A-1").ends_at == at("10.30")


def test_delete_undo_and_redo_of_a_block_check_the_version(qtbot, page, context, budi):
    view = page.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.block_point("B-1"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    context.undo_stack.undo()
    restored = agenda.get_session(context.db, "B-1")
    assert restored.version == 1
    agenda.move_session(budi, "B-1", at("15.00"), at("16.00"), version=1)  # Budi moves the restored session
    context.undo_stack.redo()  # Siti's redo of the delete: refused, Budi's session stays
    assert agenda.get_session(context.db, "B-1").starts_at == at("15.00")


def test_the_same_window_can_undo_a_move_below_a_delete(qtbot, page, context):
    view = page.view
    grab = view.block_point("B-1")
    drag(view, grab, QPoint(point_at(view, "aula-bappeda", at("15.00")).x(), grab.y() + round(60 * view.timetable.grid.minute_height)))
    assert agenda.get_session(context.db, "B-1").starts_at == at("14.00")
    view.select_keys(["B-1"])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    context.undo_stack.undo()  # the session back, at the version the move left
    context.undo_stack.undo()  # the move back
    assert agenda.get_session(context.db, "B-1").starts_at == at("13.00")
    assert context.undo_stack.index() == 0
