"""The timetable's choosers follow the officer (issue 12): the visit filter moves the date box to
the visit's days and shows the visit's own sites as labelled columns; "New sessions for" starts
from the visit the officer is working on (the one opened in the visit editor) or the one chosen
in the filter; the Reports page starts from that visit too."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studitiru.domain import records as r
from studitiru.services import agenda, registers, visits
from studitiru.ui.pages.reports import ReportsPage
from studitiru.ui.pages.timetable import TimetablePage
from studitiru.ui.timetable import geometry as g
from tests.ui.helpers import make_context
from tests.ui.timetable_fixtures import DAY, at, fill_registers

LATER = DAY + timedelta(days=45)


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path, lang="en")
    fill_registers(context)
    db = context.db
    for key, institution, day in (("ST-A", "pemkab-sintang", DAY), ("ST-K", "pemkab-kubu-raya", LATER)):
        registers.create_record(db, r.Institution(key=institution, name=institution.title()))
        visits.create_visit(db, r.Visit(key=key, title=f"Visit {key}", institution=institution, starts_on=day,
                                        ends_on=day, headcount=12, status=r.VisitStatus.CONFIRMED))
    agenda.add_session(db, r.Session(key="A-1", visit="ST-A", starts_at=at("09.00"), ends_at=at("10.00"),
                                     title="Paparan", site="balai-kota", presenters=("sekda",)))
    for key, start, site in (("K-1", "08.00", "balai-kota"), ("K-2", "10.00", "mpp"), ("K-3", "13.00", None)):
        agenda.add_session(db, r.Session(key=key, visit="ST-K", starts_at=at(start, LATER),
                                         ends_at=at(start, LATER) + timedelta(hours=1), title=key, site=site))
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    page = TimetablePage(context)
    qtbot.addWidget(page)
    page.toolbar.set_day(DAY)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_visit_filter_moves_the_date_box_and_shows_the_visits_sites(page):
    bar = page.toolbar
    bar.visit.setCurrentIndex(bar.visit.findData("ST-K"))
    assert bar.day() == LATER  # the date box says what the grid shows
    assert page.days() == (LATER,)
    scene = page.view.timetable
    assert page.view.placement.mode == g.SITES
    assert page.view.placement.columns.keys == ("balai-kota", "mpp", None)
    assert scene.column_labels == ["Balai Kota", "MPP", "(no site)"]  # every column labelled
    assert scene.grid.columns == 3 and sorted(b.key for b in page.view.blocks()) == ["K-1", "K-2", "K-3"]
    bar.set_day(LATER + timedelta(days=3))  # a date outside the visit: that date, for all visits
    assert bar.visit_filter() is None and page.days() == (LATER + timedelta(days=3),)


def test_new_sessions_go_to_the_visit_the_officer_is_working_on(page, context):
    bar = page.toolbar
    assert bar.visit_for_new() == "ST-A"  # nothing opened yet: the visit of the day shown
    context.working_visit = "ST-K"  # opened in the visit editor
    page.hide()
    page.show()
    assert bar.visit_for_new() == "ST-K"
    bar.visit.setCurrentIndex(bar.visit.findData("ST-A"))  # chosen in the filter
    assert bar.visit_for_new() == "ST-A"


def test_the_reports_page_starts_from_the_working_visit(qtbot, context):
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    first = page.visit_key()
    assert first in ("ST-A", "ST-K")  # the next visit to come
    context.working_visit = "ST-K" if first == "ST-A" else "ST-A"
    page.hide()
    page.show()
    assert page.visit_key() == context.working_visit
