"""The timetable page with real blocks: the mouse and the keyboard move, resize, create and
delete sessions; the findings follow live; undo and redo; presenter and visit views; printing."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from studitiru.domain import records as r
from studitiru.services import agenda, registers, visits
from studitiru.ui.pages.timetable import TimetablePage
from studitiru.ui.timetable import geometry as g
from studitiru.ui.timetable.blocks import TravelGap

sys.path.insert(0, str(Path(__file__).parent))
from helpers import make_context  # noqa: E402
from timetable_fixtures import DAY, at, fill_registers  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path, lang="en")
    fill_registers(context)
    db = context.db
    for key, institution in (("ST-A", "pemkot-balikpapan"), ("ST-B", "pemkab-balangan")):
        registers.create_record(db, r.Institution(key=institution, name=institution.title()))
        visits.create_visit(db, r.Visit(key=key, title=f"Visit {key}", institution=institution, starts_on=DAY,
                                        ends_on=DAY, headcount=10, status=r.VisitStatus.CONFIRMED))
    agenda.add_session(db, r.Session(key="A-1", visit="ST-A", starts_at=at("09.00"), ends_at=at("10.00"),
                                     title="Paparan IPP", site="balai-kota", presenters=("sekda",)))
    agenda.add_session(db, r.Session(key="B-1", visit="ST-B", starts_at=at("13.00"), ends_at=at("14.00"),
                                     title="Audiensi", site="aula-bappeda", presenters=("sekda",)))
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    page = TimetablePage(context)
    qtbot.addWidget(page)
    page.toolbar.set_day(DAY)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def drag(view, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in steps and release the left button on the view's viewport."""
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, modifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + (end - start) * (step / 4))
    QTest.mouseRelease(viewport, LEFT, modifier, end)


def point_at(view, site: str | None, moment: datetime, day_index: int = 0) -> QPoint:
    """The viewport point in a site's column at a moment of a shown day."""
    grid = view.timetable.grid
    column = view.placement.columns.index_of(site)
    minutes = (moment - g.day_start(grid.days[day_index])).total_seconds() / 60
    return view.mapFromScene(QPointF(grid.x_of(day_index, column) + grid.column_width / 2, grid.y_of(minutes)))


def rules_of(page) -> set[str]:
    return {finding.rule for finding in page.findings.findings()}


def test_blocks_are_drawn_for_the_sessions_of_the_day(page):
    assert sorted(block.key for block in page.view.blocks()) == ["A-1", "B-1"]
    block = page.view.blocks_of("A-1")[0]
    assert page.view.placement.columns.key_at(block.column) == "balai-kota"
    assert "09:00–10:00" in block.toolTip()
    assert page.view.timetable.grid.days == (DAY,)


def test_drag_a_block_to_a_later_time_at_another_site(page, context):
    view = page.view
    grab = view.block_point("A-1")
    # grabbed in the middle (09.30): dropped at 11.00 in the RSUD column → starts 10.30
    drop = point_at(view, "rsud-ssma", at("11.00"))
    drag(view, grab, QPoint(drop.x(), grab.y() + (drop.y() - point_at(view, "rsud-ssma", at("09.30")).y())))
    moved = agenda.get_session(context.db, "A-1")
    assert (moved.starts_at, moved.ends_at, moved.site) == (at("10.30"), at("11.30"), "rsud-ssma")
    block = view.blocks_of("A-1")[0]
    assert view.placement.columns.key_at(block.column) == "rsud-ssma"
    assert context.undo_stack.undoText() == "move session 'Paparan IPP'"


def test_a_click_without_moving_changes_nothing(page, context):
    point = page.view.block_point("A-1")
    QTest.mouseClick(page.view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    assert agenda.get_session(context.db, "A-1").starts_at == at("09.00")
    assert context.undo_stack.count() == 0
    assert page.view.selected_key() == "A-1"


def test_snap_to_15_minutes_and_with_shift_to_5(page, context):
    view = page.view
    minute = view.timetable.grid.minute_height
    grab = view.block_point("A-1")
    drag(view, grab, grab + QPoint(0, round(20 * minute)))  # 20 minutes down → 09.15
    assert agenda.get_session(context.db, "A-1").starts_at == at("09.15")
    grab = view.block_point("A-1")
    drag(view, grab, grab + QPoint(0, round(11 * minute)), Qt.KeyboardModifier.ShiftModifier)  # → 09.25
    assert agenda.get_session(context.db, "A-1").starts_at == at("09.25")


def test_resize_by_the_bottom_and_top_edges(page, context):
    view = page.view
    bottom = view.block_point("A-1", "bottom")
    drag(view, bottom, point_at(view, "balai-kota", at("10.30")))
    assert agenda.get_session(context.db, "A-1").ends_at == at("10.30")
    assert context.undo_stack.undoText() == "resize session 'Paparan IPP'"
    top = view.block_point("A-1", "top")
    drag(view, top, point_at(view, "balai-kota", at("08.15")))
    session = agenda.get_session(context.db, "A-1")
    assert (session.starts_at, session.ends_at, session.site) == (at("08.15"), at("10.30"), "balai-kota")


def test_the_keyboard_moves_resizes_and_changes_site(page, context, qtbot):
    view = page.view
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, view.block_point("A-1"))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert agenda.get_session(context.db, "A-1").starts_at == at("09.15")
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    session = agenda.get_session(context.db, "A-1")
    assert (session.starts_at, session.ends_at) == (at("09.15"), at("10.30"))
    columns = view.placement.columns
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert agenda.get_session(context.db, "A-1").site == columns.neighbour("balai-kota", 1)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    session = agenda.get_session(context.db, "A-1")
    assert (session.starts_at, session.ends_at, session.site) == (at("09.00"), at("10.15"), "balai-kota")
    assert view.selected_key() == "A-1"  # the selection survives the redraws
    assert context.undo_stack.count() == 5


def test_create_a_session_by_dragging_on_empty_space(page, context):
    view = page.view
    index = page.toolbar.new_visit.findData("ST-B")
    page.toolbar.new_visit.setCurrentIndex(index)
    drag(view, point_at(view, "mpp", at("14.00")), point_at(view, "mpp", at("15.30")))
    created = [s for s in agenda.sessions_between(context.db, at("00.00"), at("23.59")) if s.key not in ("A-1", "B-1")]
    assert len(created) == 1
    session = created[0]
    assert (session.visit, session.site, session.starts_at, session.ends_at) == ("ST-B", "mpp", at("14.00"), at("15.30"))
    assert view.selected_key() == session.key
    context.undo_stack.undo()
    assert len(agenda.sessions_between(context.db, at("00.00"), at("23.59"))) == 2
    assert not view.blocks_of(session.key)
    context.undo_stack.redo()
    assert agenda.get_session(context.db, session.key).site == "mpp"


def test_a_double_booking_appears_when_dragged_onto_a_clash_and_clears_when_moved_away(page, context):
    view = page.view
    assert "presenter-double-booked" not in rules_of(page)
    grab = view.block_point("B-1", "top") + QPoint(0, 6)
    target = point_at(view, "aula-bappeda", at("09.00"))
    drag(view, grab, QPoint(grab.x(), target.y() + 6))
    assert agenda.get_session(context.db, "B-1").starts_at == at("09.00")
    assert "presenter-double-booked" in rules_of(page)
    block = view.blocks_of("B-1")[0]
    assert block.severity == r.Severity.ERROR
    assert "Amirullah" in block.toolTip()
    # and the site: the same exclusive hall at the same time
    qtbot_point = view.block_point("B-1")
    drag(view, qtbot_point, QPoint(point_at(view, "balai-kota", at("09.00")).x(), qtbot_point.y()))
    assert agenda.get_session(context.db, "B-1").site == "balai-kota"
    assert {"presenter-double-booked", "site-double-booked"} <= rules_of(page)
    grab = view.block_point("B-1")
    drag(view, grab, grab + QPoint(0, round(4 * 60 * view.timetable.grid.minute_height)))  # four hours later
    assert agenda.get_session(context.db, "B-1").starts_at == at("13.00")
    assert not {"presenter-double-booked", "site-double-booked"} & rules_of(page)
    assert view.blocks_of("B-1")[0].severity is None and view.blocks_of("A-1")[0].severity is None


def test_undo_and_redo_a_move_and_the_block_follows(page, context):
    view = page.view
    before = view.blocks_of("A-1")[0].scene_block_rect()
    grab = view.block_point("A-1")
    drag(view, grab, QPoint(point_at(view, "aula-bappeda", at("09.00")).x(), grab.y() + round(60 * view.timetable.grid.minute_height)))
    after = view.blocks_of("A-1")[0].scene_block_rect()
    assert agenda.get_session(context.db, "A-1").site == "aula-bappeda"
    assert after.top() > before.top() and after.left() != before.left()
    context.undo_stack.undo()
    session = agenda.get_session(context.db, "A-1")
    assert (session.starts_at, session.site) == (at("09.00"), "balai-kota")
    assert view.blocks_of("A-1")[0].scene_block_rect() == before
    context.undo_stack.redo()
    assert agenda.get_session(context.db, "A-1").starts_at == at("10.00")
    assert view.blocks_of("A-1")[0].scene_block_rect() == after


def test_delete_with_the_key_and_undo_brings_it_back(page, context, qtbot):
    view = page.view
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, view.block_point("B-1"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [s.key for s in agenda.sessions_between(context.db, at("00.00"), at("23.59"))] == ["A-1"]
    assert not view.blocks_of("B-1")
    context.undo_stack.undo()
    assert agenda.get_session(context.db, "B-1").presenters == ("sekda",)
    assert view.blocks_of("B-1")


def test_double_click_and_enter_open_the_session_editor(page, context, qtbot, monkeypatch):
    asked = []

    def fake_ask(parent, ctx, visit, lookups, session):
        asked.append((visit.key, session.key))
        return r.Session(**{**{f: getattr(session, f) for f in session.__slots__}, "title": "Paparan IPP baru"})

    from studitiru.ui.visit_editor.session_dialog import SessionDialog  # the page imports it when first asked

    monkeypatch.setattr(SessionDialog, "ask", staticmethod(fake_ask))
    view = page.view
    QTest.mouseDClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, view.block_point("A-1"))
    assert asked == [("ST-A", "A-1")]
    assert agenda.get_session(context.db, "A-1").title == "Paparan IPP baru"
    view.select_keys(["B-1"])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked[-1] == ("ST-B", "B-1")


def test_clicking_a_finding_selects_its_sessions(page, context):
    agenda.move_session(context.db, "B-1", at("09.30"), at("10.30"))
    context.changes.announce("sessions", {"B-1"})
    panel = page.findings
    rows = [i for i, f in enumerate(panel.findings()) if f.rule == "presenter-double-booked"]
    assert rows
    item = panel.list.item(rows[0])
    panel.list.scrollToItem(item)
    QTest.mouseClick(panel.list.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, panel.list.visualItemRect(item).center())
    selected = {item.key for item in page.view.timetable.selectedItems()}
    assert selected == {"A-1", "B-1"}


def test_a_travel_time_finding_draws_the_short_gap(page, context):
    # A-1 ends 10.00 at Balai Kota; a session of the same visit at RSUD at 10.10 (20 minutes away)
    agenda.add_session(context.db, r.Session(key="A-2", visit="ST-A", starts_at=at("10.10"), ends_at=at("11.00"),
                                             title="Tinjauan RSUD", site="rsud-ssma"))
    context.changes.announce("sessions", {"A-2"})
    assert "travel-time" in rules_of(page)
    gaps = [item for item in page.view.timetable.items() if isinstance(item, TravelGap)]
    assert len(gaps) == 1
    end = page.view.blocks_of("A-1")[0].scene_block_rect()
    start = page.view.blocks_of("A-2")[0].scene_block_rect()
    box = gaps[0].path().boundingRect()
    assert box.top() <= end.bottom() + 3 and box.bottom() >= start.top() - 3
    assert page.view.blocks_of("A-2")[0].severity == r.Severity.WARNING


def test_presenter_columns_and_a_visits_agenda_day_by_day(page, context):
    page.toolbar.columns.setCurrentIndex(page.toolbar.columns.findData(g.PRESENTERS))
    view = page.view
    assert view.placement.mode == g.PRESENTERS
    assert {view.placement.columns.key_at(b.column) for b in view.blocks()} == {"sekda"}
    grab = view.block_point("A-1")
    drag(view, grab, grab + QPoint(0, round(30 * view.timetable.grid.minute_height)))
    session = agenda.get_session(context.db, "A-1")
    assert (session.starts_at, session.site) == (at("09.30"), "balai-kota")  # time only
    visits.update_visit(context.db, r.Visit(**{**_visit_fields(visits.get_visit(context.db, "ST-A")),
                                               "ends_on": DAY.replace(day=DAY.day + 1)}))
    page.refresh()
    page.toolbar.visit.setCurrentIndex(page.toolbar.visit.findData("ST-A"))
    # one visit's days, in the columns chosen (presenters), only those the visit uses, labelled
    assert view.placement.mode == g.PRESENTERS and view.placement.columns.keys == ("sekda",)
    assert view.timetable.grid.days == (DAY, DAY.replace(day=DAY.day + 1)) and view.timetable.grid.columns == 1
    assert [b.key for b in view.blocks()] == ["A-1"]
    grab = view.block_point("A-1")
    drag(view, grab, QPoint(view.mapFromScene(QPointF(view.timetable.grid.x_of(1, 0) + 20, 0)).x(), grab.y()))
    assert agenda.get_session(context.db, "A-1").starts_at == at("09.30").replace(day=DAY.day + 1)


def _visit_fields(visit: r.Visit) -> dict:
    return {f: getattr(visit, f) for f in visit.__slots__}


def test_the_week_view_shows_seven_days_and_moves_across_them(page, context):
    page.toolbar.span.setCurrentIndex(page.toolbar.span.findData("week"))
    view = page.view
    grid = view.timetable.grid
    assert len(grid.days) == 7 and grid.days[0].isoweekday() == 1
    tuesday = grid.day_index(DAY)  # DAY is a Tuesday: index 1
    assert tuesday == 1 and view.blocks_of("A-1")[0].day_index == tuesday
    # the week opens on the chosen day
    wanted = min(grid.x_of(tuesday, 0) - grid.left, view.horizontalScrollBar().maximum())
    assert view.horizontalScrollBar().maximum() > 0 and view.horizontalScrollBar().value() == pytest.approx(wanted, abs=1)
    grab = view.block_point("A-1")
    column = view.placement.columns.index_of("balai-kota")
    x = view.mapFromScene(QPointF(grid.x_of(tuesday + 1, column) + grid.column_width / 2, 0)).x()
    drag(view, grab, QPoint(x, grab.y()))
    session = agenda.get_session(context.db, "A-1")
    assert session.starts_at == at("09.00").replace(day=DAY.day + 1) and session.site == "balai-kota"


def test_filters_show_one_presenter_or_one_site(page):
    page.toolbar.site.setCurrentIndex(page.toolbar.site.findData("aula-bappeda"))
    assert [b.key for b in page.view.blocks()] == ["B-1"]
    assert page.view.placement.columns.keys == ("aula-bappeda",)
    page.toolbar.site.setCurrentIndex(0)
    page.toolbar.presenter.setCurrentIndex(page.toolbar.presenter.findData("walikota"))
    assert page.view.blocks() == []


def test_today_and_the_arrows_change_the_day(page):
    page.toolbar.next.click()
    assert page.view.timetable.grid.days == (DAY.replace(day=DAY.day + 1),)
    assert page.view.blocks() == []
    page.toolbar.today.click()
    assert page.view.timetable.grid.days == (datetime.now().date(),)


def test_print_the_view_to_a_pdf(page, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "timetable.pdf"
    printer.setOutputFileName(str(target))
    page.render_to(printer)
    assert target.exists() and target.stat().st_size > 2000
    assert target.read_bytes().startswith(b"%PDF")
    assert page.print_title() == "Timetable: Tuesday, 2 December 2025"


def test_an_empty_day_offers_the_next_day_with_sessions(page):
    page.toolbar.set_day(DAY - timedelta(days=10))
    assert page.view.blocks() == []
    text = page.legend.text()
    assert "No sessions on the days shown." in text and DAY.isoformat() in text
    page.legend.linkActivated.emit(DAY.isoformat())
    assert page.toolbar.day() == DAY
    assert sorted(block.key for block in page.view.blocks()) == ["A-1", "B-1"]
    page.toolbar.set_day(DAY + timedelta(days=1))
    assert "Next sessions" not in page.legend.text()  # nothing after: no link
