"""Register lists: names are not cut ('Pemerintah Kabupa…'); the other columns give way first."""

from __future__ import annotations

import pytest

from studitiru.domain import records as r
from studitiru.services import registers
from studitiru.ui.pages.institutions import InstitutionsPage
from studitiru.ui.registers.column_fit import fitted_widths
from tests.ui.helpers import fill_small_office, make_context


def test_fitted_widths():
    assert fitted_widths([200, 100, 80], [160, 60, 60], 500) == [320, 100, 80]  # slack to the name
    assert fitted_widths([300, 140, 100], [160, 60, 60], 460) == [300, 87, 73]  # the others give way, in proportion
    assert fitted_widths([300, 140, 100], [160, 60, 60], 300) == [180, 60, 60]  # then the name


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    for key, name, short, province in (
            ("pemkab-kubu-raya", "Pemerintah Kabupaten Kubu Raya", "Pemkab Kubu Raya", "Kalimantan Barat"),
            ("pemprov-kalteng", "Pemerintah Provinsi Kalimantan Tengah", "Pemprov Kalteng (BPSDM)", "Kalimantan Tengah")):
        registers.create_record(context.db, r.Institution(key=key, name=name, short_name=short,
                                                          kind=r.InstitutionKind.REGENCY, province=province))
    yield context
    context.db.dispose()


def test_institution_names_are_shown_whole_at_the_default_width(qtbot, context):
    page = InstitutionsPage(context)
    qtbot.addWidget(page)
    page.resize(1366 - 210, 640)  # the page's share of a 1366-wide window beside the sidebar
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    view = page._view
    qtbot.waitUntil(lambda: view.columnWidth(0) >= view.sizeHintForColumn(0))
    widths = [view.columnWidth(column) for column in range(4)]
    assert sum(widths) <= view.viewport().width()  # no horizontal scrolling
    page.resize(700, 640)  # a narrow window: the name keeps its room longer than the others
    qtbot.waitUntil(lambda: view.columnWidth(1) < widths[1])
    assert view.columnWidth(0) > view.columnWidth(1)
