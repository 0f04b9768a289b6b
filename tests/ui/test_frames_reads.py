"""What the window reads for the in-window frames of issue 19 (benchmarks/bench_frames.py): a
drop and its undo are shown from the service's result; the visit editor reads the registers'
names again only after they changed, and its Agenda tab's rule check and revisions when the tab
is shown; a page shown again reads nothing unless something changed (here or by another
officer); the Letters page reads the years, then one year's letters. No figure is asserted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QThreadPool, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.domain.letters import LetterKind
from studitiru.services import agenda, letters, registers, visits
from studitiru.ui.context import SESSIONS
from studitiru.ui.pages import timetable as timetable_page
from studitiru.ui.pages.letters import LettersPage
from studitiru.ui.pages.timetable import TimetablePage
from studitiru.ui.pages.visits import VisitsPage
from tests.ui.helpers import fill_small_office
from tests.ui.timetable_fixtures import DAY, at, fill_registers
from tests.ui.visit_fixtures import context  # noqa: F401 - the fixture

LEFT = Qt.MouseButton.LeftButton


class Statements:
    """The SQL statements the database is sent while `counting` (a real listener on the engine)."""

    def __init__(self, db) -> None:  # noqa: ANN001 - a Database
        self.sent: list[str] = []
        self.counting = False
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, _connection, _cursor, statement, *_rest) -> None:  # noqa: ANN001, ANN002
        if self.counting:
            self.sent.append(statement)

    def during(self, action) -> list[str]:  # noqa: ANN001 - a callable
        self.sent, self.counting = [], True
        try:
            action()
            QApplication.processEvents()
        finally:
            self.counting = False
        return self.sent


# --- the timetable: a drop and its undo --------------------------------------------------------

@pytest.fixture
def timetable(qtbot, context):
    fill_registers(context)
    db = context.db
    registers.create_record(db, r.Institution(key="pemkot-balikpapan", name="Pemerintah Kota Balikpapan"))
    visits.create_visit(db, r.Visit(key="ST-A", title="Visit A", institution="pemkot-balikpapan", starts_on=DAY,
                                    ends_on=DAY, headcount=10, status=r.VisitStatus.CONFIRMED))
    for key, start, end in (("A-1", "09.00", "10.00"), ("A-2", "10.30", "11.30")):
        agenda.add_session(db, r.Session(key=key, visit="ST-A", starts_at=at(start), ends_at=at(end),
                                         title=f"Session {key}", site="balai-kota", presenters=("sekda",)))
    page = TimetablePage(context)
    qtbot.addWidget(page)
    page.toolbar.set_day(DAY)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _drop_half_an_hour_later(view, key: str) -> None:
    grab = view.block_point(key)
    down = QPoint(0, round(30 * view.timetable.grid.minute_height))
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, grab)
    for step in range(1, 5):
        QTest.mouseMove(viewport, grab + QPoint(0, round(down.y() * step / 4)))
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, grab + down)


def test_a_drop_and_its_undo_are_shown_from_the_services_result(timetable, context, monkeypatch):
    read = []
    real = timetable_page.timetable.read_sessions
    monkeypatch.setattr(timetable_page.timetable, "read_sessions", lambda db, keys: read.append(set(keys)) or real(db, keys))
    view = timetable.view
    _drop_half_an_hour_later(view, "A-1")
    stored = agenda.get_session(context.db, "A-1")
    assert (stored.starts_at, stored.ends_at) == (at("09.30"), at("10.30"))
    assert view.blocks_of("A-1")[0].session == stored  # the service's record, its new version too
    context.undo_stack.undo()
    stored = agenda.get_session(context.db, "A-1")
    assert stored.starts_at == at("09.00") and view.blocks_of("A-1")[0].session == stored
    context.undo_stack.redo()
    assert view.blocks_of("A-1")[0].session == agenda.get_session(context.db, "A-1")
    assert read == []  # nothing read again after the drop, the undo or the redo


def test_a_change_announced_later_is_read_not_taken_from_an_earlier_edit(timetable, context):
    view = timetable.view
    _drop_half_an_hour_later(view, "A-1")
    moved = agenda.get_session(context.db, "A-1")
    # Another part of the window (or another officer) changes the same session; its announcement
    # is read from the database, not answered with what the drop returned.
    agenda.update_session(context.db, replace(moved, title="Renamed elsewhere"))
    context.changes.announce({SESSIONS}, {"A-1"})
    assert view.blocks_of("A-1")[0].session == agenda.get_session(context.db, "A-1")
    assert view.blocks_of("A-1")[0].session.title == "Renamed elsewhere"


def test_the_findings_follow_a_drop_that_makes_a_clash(timetable, context):
    assert not any(set(f.sessions) == {"A-1", "A-2"} for f in timetable.findings.findings())
    _drop_half_an_hour_later(timetable.view, "A-1")
    _drop_half_an_hour_later(timetable.view, "A-1")  # 10.00–11.00 at the same site as A-2 (10.30)
    assert any(set(f.sessions) == {"A-1", "A-2"} for f in timetable.findings.findings())
    context.undo_stack.undo()
    assert not any(set(f.sessions) == {"A-1", "A-2"} for f in timetable.findings.findings())


# --- the visit editor --------------------------------------------------------------------------

@pytest.fixture
def visits_page(qtbot, context):
    key = fill_small_office(context)
    visits.create_visit(context.db, r.Visit(key="ST-2025-015", title="Second visit", institution="pemkab-balangan",
                                            starts_on=date(2025, 12, 1), ends_on=date(2025, 12, 1), headcount=5))
    page = VisitsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page, key


def test_the_editor_reads_the_registers_names_again_only_after_they_changed(visits_page, context):
    page, key = visits_page
    page.open_visit(key)
    assert "Pemerintah Kabupaten Balangan" in page.editor.subheading.text()
    institution = registers.get_record(context.db, r.Institution, "pemkab-balangan")
    other = open_database(context.db.path)  # another officer renames the institution
    try:
        registers.update_record(other, replace(institution, name="Pemkab Balangan"))
    finally:
        other.dispose()
    page.show_list()
    page.open_visit("ST-2025-015")
    assert "Pemerintah Kabupaten Balangan" in page.editor.subheading.text()  # not read again: nothing announced
    context.changes.announce({"registers"})  # what the change poll says after another officer's change
    page.show_list()
    page.open_visit(key)
    assert "Pemkab Balangan" in page.editor.subheading.text()


def test_the_agenda_tabs_rule_check_and_revisions_are_read_when_it_is_shown(visits_page, context):
    page, key = visits_page
    first = visits.get_visit(context.db, key).sessions[0]
    agenda.add_session(context.db, replace(first, key="", title="Bentrok"))  # the same site and time: a clash
    page.open_visit(key)
    editor = page.editor
    assert editor.tabs.currentIndex() == editor.DETAILS
    assert editor.agenda.findings.rowCount() == 0 and editor.agenda.revisions.status.text() == ""
    assert editor.tabs.tabText(editor.AGENDA) == "Agenda (2)"  # the count does not wait
    editor.tabs.setCurrentIndex(editor.AGENDA)
    assert editor.agenda.findings.rowCount() >= 1
    assert editor.agenda.revisions.status.text().startswith("Not released yet")
    editor.tabs.setCurrentIndex(editor.DETAILS)
    page.show_list()
    page.open_visit("ST-2025-015")  # no sessions, no findings: read when the tab is shown again
    editor.tabs.setCurrentIndex(editor.AGENDA)
    assert editor.agenda.findings.rowCount() == 0
    page.show_list()
    page.open_visit(key)  # opened on the Agenda tab: read at once
    assert editor.agenda.findings.rowCount() >= 1


# --- pages shown again ---------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, context, tmp_path):
    from studitiru.ui.main_window import MainWindow

    fill_small_office(context)
    shell = MainWindow(context, remember_state=False, backup_folder=tmp_path / "backups")
    qtbot.addWidget(shell)
    shell.change_poll.timer.stop()
    qtbot.waitUntil(lambda: not shell.change_poll.busy)  # the first look learns where to start
    shell.resize(1280, 800)
    shell.show()
    qtbot.waitExposed(shell)
    yield shell
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def test_a_page_shown_again_reads_nothing_unless_another_officer_changed_something(qtbot, window, context):
    statements = Statements(context.db)
    keys = window.page_keys()
    for key in keys:
        window.show_page(key)
    QApplication.processEvents()
    for key in keys:
        assert statements.during(lambda key=key: window.show_page(key)) == [], key
    other = open_database(context.db.path)
    try:
        registers.create_record(other, r.Topic(key="mpp", name="Mal Pelayanan Publik"))
    finally:
        other.dispose()
    with qtbot.waitSignal(window.change_poll.looked, timeout=10_000) as blocker:
        window.change_poll.poll()
    assert blocker.args == [True]  # every page was told; the one shown read at once, the others when shown
    shown = window.current_key()
    for key in keys:
        if key != shown:
            assert statements.during(lambda key=key: window.show_page(key)), key
    topics = window.show_page("topics")._view.model()  # noqa: SLF001 - what the table shows
    assert any(topics.index(row, column).data() == "Mal Pelayanan Publik"
               for row in range(topics.rowCount()) for column in range(topics.columnCount()))


# --- the Letters page -------------------------------------------------------------------------------

def test_the_letters_page_lists_the_years_then_shows_one_years_letters(qtbot, context):
    from tests.letter_helpers import prepare_office

    visit = prepare_office(context.db)
    letters.issue(context.db, LetterKind.REPLY, visit.key, today=date(2025, 11, 3))
    for kind in (LetterKind.ASSIGNMENT, LetterKind.INVITATION):
        letters.issue(context.db, kind, visit.key, today=date(2026, 2, 3))
    assert letters.register_years(context.db) == [2026, 2025]
    page = LettersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert [page.year.itemData(i) for i in range(page.year.count())] == [0, 2026, 2025]
    assert page.year.currentData() == 2026 and page.model.rowCount() == 2
    page.year.setCurrentIndex(2)
    page.year.activated.emit(2)
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 letters, 0 void."
    page.year.setCurrentIndex(0)
    page.year.activated.emit(0)
    assert page.model.rowCount() == 3
