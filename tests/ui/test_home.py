"""Beranda: visits of the next 14 days, open findings, lessons due, the year's figures."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from studitiru.domain import records as r
from studitiru.services import agenda, lessons, visits
from studitiru.ui.context import VISITS
from studitiru.ui.pages import home as home_module
from studitiru.ui.pages.home import HomePage, load_home
from studitiru.ui.pages.home_cards import ClickableRow
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.shell_support import language

TODAY = date.today()


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    past = fill_small_office(context)
    db = context.db
    visits.create_visit(db, r.Visit(
        key="ST-NEXT-001", title="Studi tiru Mal Pelayanan Publik", institution="pemkab-balangan",
        starts_on=TODAY + timedelta(days=3), ends_on=TODAY + timedelta(days=4), headcount=15,
        status=r.VisitStatus.CONFIRMED, leader=r.Person("Bupati Balangan"),
    ))
    visits.create_visit(db, r.Visit(
        key="ST-LATE-001", title="Kunjungan bulan depan", institution="pemkab-balangan",
        starts_on=TODAY + timedelta(days=40), ends_on=TODAY + timedelta(days=40)))
    lessons.add_lesson(db, r.Lesson(key="", visit=past, observation="Maklumat pelayanan dipasang di setiap loket",
                                    status=r.LessonStatus.PLANNED, follow_up_on=TODAY - timedelta(days=2),
                                    owner="Bagian Organisasi"))
    lessons.add_lesson(db, r.Lesson(key="", visit=past, observation="Sudah diterapkan",
                                    status=r.LessonStatus.ADOPTED, follow_up_on=TODAY - timedelta(days=5)))
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    with language("id"):
        widget = HomePage(context)
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_load_home_reads_the_coming_fortnight_and_the_due_lessons(context):
    data = load_home(context.db, TODAY)
    assert [row.key for row in data.upcoming] == ["ST-NEXT-001"]
    assert [row.key for row in data.later] == ["ST-LATE-001"]
    assert [row.lesson.observation for row in data.due_lessons] == ["Maklumat pelayanan dipasang di setiap loket"]


def test_load_home_is_one_read_and_agrees_with_the_services(context):
    """One transaction (issue 19: the window's first page), and the same figures as the services
    the page used to ask one by one."""
    from sqlalchemy import event

    from studitiru.services.checks import check_database

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(context.db.engine, "before_cursor_execute", seen)
    try:
        data = load_home(context.db, TODAY)
    finally:
        event.remove(context.db.engine, "before_cursor_execute", seen)
    assert sum(statement.strip().upper().startswith("BEGIN") for statement in statements) == 1
    coming = [row for row in visits.list_visits(context.db, starting_from=TODAY)
              if row.status is not r.VisitStatus.CANCELLED]
    assert data.findings == sorted(check_database(context.db, [row.key for row in coming]),
                                   key=lambda f: f.severity is not r.Severity.ERROR)
    year = visits.list_visits(context.db, year=TODAY.year)
    assert data.status_counts == Counter(row.status for row in year)
    assert data.participants == sum(row.participant_count or row.headcount or 0 for row in year
                                    if row.status is not r.VisitStatus.CANCELLED)
    assert data.due_count == lessons.count_lessons(context.db, due_by=TODAY) == 1  # the adopted one is not due
    assert data.lessons_recorded == lessons.count_lessons(context.db, year=TODAY.year)
    assert data.lessons_adopted == lessons.count_lessons(context.db, year=TODAY.year, status=r.LessonStatus.ADOPTED)


def test_the_page_lists_the_visit_of_the_next_14_days_with_its_status(page):
    rows = page.upcoming_card.findChildren(ClickableRow)
    texts = _texts(page.upcoming_card)
    assert "Studi tiru Mal Pelayanan Publik" in texts
    assert "Dikonfirmasi" in texts
    assert any("3 hari lagi" in text for text in texts)
    assert "Berikutnya" in texts and "Kunjungan bulan depan" in texts
    assert len(rows) == 2
    assert page.upcoming_card.count_label.text() == "1"


def test_the_page_lists_the_due_lesson(page):
    texts = _texts(page.lessons_card)
    assert "Maklumat pelayanan dipasang di setiap loket" in texts
    assert "Direncanakan" in texts
    assert "Sudah diterapkan" not in texts  # adopted: nothing to follow up


def test_year_figures(page, context):
    data = page.data
    assert page.coming_tile.figure.text() == str(len(data.upcoming))
    if TODAY.year == 2025:  # the helper's visit is in December 2025
        assert page.visits_tile.figure.text() == "3"
    assert page.lessons_tile.figure.text() == str(data.lessons_adopted)


def test_clicking_a_visit_asks_to_open_it(qtbot, page):
    row = page.upcoming_card.findChildren(ClickableRow)[0]
    with qtbot.waitSignal(page.open_visit) as blocker:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert blocker.args == ["ST-NEXT-001"]


def test_a_row_is_reachable_and_opened_with_the_keyboard(qtbot, page):
    row = page.upcoming_card.findChildren(ClickableRow)[0]
    assert row.focusPolicy() == Qt.FocusPolicy.StrongFocus
    with qtbot.waitSignal(page.open_visit) as blocker:
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert blocker.args == ["ST-NEXT-001"]


def test_findings_of_coming_visits_errors_first(qtbot, page, context):
    db = context.db
    start = datetime.combine(TODAY + timedelta(days=3), datetime.min.time()).replace(hour=9)
    for title in ("Paparan pertama", "Paparan kedua"):  # the same exclusive site at the same time
        agenda.add_session(db, r.Session(key="", visit="ST-NEXT-001", starts_at=start, ends_at=start + timedelta(hours=1),
                                         title=title, site="balai-kota"))
    context.changes.announce(VISITS)
    assert page.data.findings
    severities = [finding.severity for finding in page.data.findings]
    assert severities == sorted(severities, key=lambda s: s is not r.Severity.ERROR)
    assert "Galat" in _texts(page.findings_card)


def test_a_hidden_page_only_marks_itself_stale(qtbot, page, context):
    page.hide()
    visits.create_visit(context.db, r.Visit(key="ST-NEXT-002", title="Kunjungan baru", institution="pemkab-balangan",
                                            starts_on=TODAY + timedelta(days=1), ends_on=TODAY + timedelta(days=1)))
    context.changes.announce(VISITS)
    assert [row.key for row in page.data.upcoming] == ["ST-NEXT-001"]
    page.show()
    assert [row.key for row in page.data.upcoming] == ["ST-NEXT-002", "ST-NEXT-001"]


def test_many_due_lessons_show_a_few_and_their_count(qtbot, page, context):
    past = lessons.list_lessons(context.db)[0].lesson.visit
    for n in range(12):
        lessons.add_lesson(context.db, r.Lesson(key="", visit=past, observation=f"Terlambat {n}",
                                                status=r.LessonStatus.PLANNED, follow_up_on=TODAY - timedelta(days=30 + n)))
    lessons.add_lesson(context.db, r.Lesson(key="", visit=past, observation="Segera",
                                            status=r.LessonStatus.PLANNED, follow_up_on=TODAY + timedelta(days=3)))
    context.changes.announce(VISITS)
    data = page.data
    assert data.due_count == 13
    assert len(data.due_lessons) == home_module.MAX_ROWS
    assert data.due_lessons[0].lesson.observation == "Terlambat 11"  # the oldest first
    assert [row.lesson.observation for row in data.due_soon] == ["Segera"]
    assert page.lessons_card.count_label.text() == "13"
    assert any(text.startswith("…") and "5" in text for text in _texts(page.lessons_card))  # …and 5 more
