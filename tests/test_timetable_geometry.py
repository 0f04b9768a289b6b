"""The timetable's mapping between positions and times, days and columns: pure, no Qt."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from studitiru.ui.timetable import geometry as g

DAY = date(2025, 12, 1)  # a Monday
GRID = g.Grid(days=(DAY,), columns=3, column_width=100, hour_height=60, left=50, top=40)
WEEK = g.Grid(days=g.week_of(date(2025, 12, 3)), columns=2, column_width=100, hour_height=60, left=50, top=40)


def test_geometry_needs_no_qt():
    source = open(g.__file__, encoding="utf-8").read()
    assert "PySide6" not in source


@pytest.mark.parametrize(("hour", "y"), [(0, 40), (7, 40 + 7 * 60), (18, 40 + 18 * 60), (24, 40 + 24 * 60)])
def test_the_edges_of_the_day_map_both_ways(hour, y):
    assert GRID.y_of(hour * 60) == y
    assert GRID.minutes_at(y) == hour * 60
    assert GRID.moment_at(0, y) == datetime(2025, 12, 1) + (datetime(2025, 12, 1, 1) - datetime(2025, 12, 1)) * hour


def test_24_00_is_midnight_of_the_next_day_and_nothing_lies_beyond():
    assert GRID.moment_at(0, GRID.y_of(24 * 60)) == datetime(2025, 12, 2, 0, 0)
    assert GRID.minutes_at(GRID.height + 500) == 24 * 60
    assert GRID.minutes_at(-100) == 0  # above 00.00 (in the header) is 00.00
    assert GRID.moment_at(0, 0) == datetime(2025, 12, 1, 0, 0)


def test_snapping_to_15_and_with_shift_to_5_minutes():
    assert g.snap(7) == 0 and g.snap(8) == 15 and g.snap(22) == 15 and g.snap(23) == 30
    assert g.snap(7, g.FINE_SNAP) == 5 and g.snap(2, g.FINE_SNAP) == 0
    y = GRID.y_of(9 * 60 + 7)  # 09.07
    assert GRID.moment_at(0, y) == datetime(2025, 12, 1, 9, 0)
    assert GRID.moment_at(0, y, g.FINE_SNAP) == datetime(2025, 12, 1, 9, 5)
    assert GRID.moment_at(0, GRID.y_of(23 * 60 + 55)) == datetime(2025, 12, 2, 0, 0)  # snaps to 24.00


def test_columns_and_sites_map_both_ways():
    columns = g.ColumnMap(("balai-kota", "rsud-ssma", None))
    assert columns.index_of("rsud-ssma") == 1 and columns.key_at(2) is None
    assert columns.index_of("nowhere") is None
    assert columns.neighbour("balai-kota", 1) == "rsud-ssma"
    assert columns.neighbour("balai-kota", -1) == "balai-kota"  # held at the ends
    assert columns.neighbour(None, 1) is None
    assert GRID.cell_at(49) is None and GRID.cell_at(50) == (0, 0)
    assert GRID.cell_at(50 + 150) == (0, 1) and GRID.cell_at(50 + 299) == (0, 2)
    assert GRID.cell_at(50 + 300) is None
    assert GRID.nearest_cell(50 + 900) == (0, 2) and GRID.nearest_cell(0) == (0, 0)
    assert GRID.x_of(0, 2) == 250


def test_the_week_is_monday_to_sunday_and_cells_run_day_by_day():
    assert WEEK.days[0] == date(2025, 12, 1) and WEEK.days[-1] == date(2025, 12, 7)
    assert WEEK.cells == 14 and WEEK.width == 50 + 14 * 100
    assert WEEK.cell_at(50 + 250) == (1, 0)  # Tuesday, first column
    assert WEEK.cell_at(50 + 1399) == (6, 1)
    assert WEEK.moment_at(3, WEEK.y_of(600)) == datetime(2025, 12, 4, 10, 0)
    assert WEEK.day_index(date(2025, 12, 5)) == 4 and WEEK.day_index(date(2025, 12, 8)) is None


def test_a_session_past_midnight_splits_across_days_and_outside_days_drop():
    parts = WEEK.segments(datetime(2025, 12, 2, 22), datetime(2025, 12, 3, 1, 30))
    assert parts == [(1, 22 * 60, 24 * 60), (2, 0, 90)]
    assert WEEK.segments(datetime(2025, 11, 30, 23), datetime(2025, 12, 1, 1)) == [(0, 0, 60)]
    assert WEEK.segments(datetime(2025, 12, 8, 9), datetime(2025, 12, 8, 10)) == []
    assert GRID.segments(datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10)) == [(0, 540, 600)]


def test_block_rectangles_and_moves():
    x, y, w, h = GRID.rect(0, 1, 540, 600)
    assert (x, y, w, h) == (152, 40 + 540, 96, 60)
    start, end = datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10)
    assert g.moved(start, end, datetime(2025, 12, 1, 9, 30), datetime(2025, 12, 1, 11)) == (
        datetime(2025, 12, 1, 10, 30), datetime(2025, 12, 1, 11, 30))
    assert g.resized(start, end, "bottom", datetime(2025, 12, 1, 8)) == (start, datetime(2025, 12, 1, 9, 15))
    assert g.resized(start, end, "top", datetime(2025, 12, 1, 8)) == (datetime(2025, 12, 1, 8), end)
    assert g.resized(start, end, "top", datetime(2025, 12, 1, 11)) == (datetime(2025, 12, 1, 9, 45), end)
    assert g.shift(start, end, days=1) == (datetime(2025, 12, 2, 9), datetime(2025, 12, 2, 10))


def test_closed_hours_from_opening_windows():
    assert g.closed_spans(None) == []
    assert g.closed_spans(()) == [(0, 1440)]
    assert g.closed_spans([(time(7, 30), time(16))]) == [(0, 450), (960, 1440)]
    assert g.closed_spans([(time(13), time(17)), (time(8), time(12))]) == [(0, 480), (720, 780), (1020, 1440)]
    assert g.closed_spans([(time(8), time(0))]) == [(0, 480)]


def test_visit_colours_are_stable_and_distinct():
    keys = [f"ST-2026-{n:03d}" for n in range(6)]
    colours = g.visit_colours(keys)
    assert len(set(colours.values())) == 6
    assert g.visit_colours(list(reversed(keys))) == colours
    assert g.visit_colours(keys[:1])[keys[0]] == g.visit_colours(keys[:1])[keys[0]]


def test_placement_by_site_presenter_and_visit_day():
    sites = g.Placement(g.SITES, g.ColumnMap(("a", "b", None)))
    assert sites.columns_of("b", ("p",)) == [1] and sites.columns_of(None, ()) == [2]
    assert sites.columns_of("hidden", ()) == []  # a site filtered out takes no column
    assert sites.site_at(0) == (True, "a") and sites.site_at(2) == (True, None)
    people = g.Placement(g.PRESENTERS, g.ColumnMap(("p", "q", None)))
    assert people.columns_of("a", ("q", "p", "q")) == [1, 0] and people.columns_of("a", ()) == [2]
    assert people.site_at(1) == (False, None)
    agenda = g.Placement(g.VISIT, g.ColumnMap((None,)))
    assert agenda.columns_of("a", ("p",)) == [0] and agenda.site_at(0) == (False, None)


def test_overlapping_blocks_of_a_cell_go_side_by_side():
    # 09-10 and 09.30-11 overlap (two lanes); 10-10.30 reuses the first lane; 11-12 stands alone
    assert g.lanes([(540, 600), (570, 660), (600, 630), (660, 720)]) == [(0, 2), (1, 2), (0, 2), (0, 1)]
    assert g.lanes([]) == []
    assert g.lanes([(0, 60), (0, 60), (0, 60)]) == [(0, 3), (1, 3), (2, 3)]
    x0, _, w0, _ = GRID.rect(0, 0, 540, 600, lane=0, lanes=2)
    x1, _, w1, _ = GRID.rect(0, 0, 540, 600, lane=1, lanes=2)
    assert x0 == 52 and x1 == 52 + 48 and w0 == w1 == 47
