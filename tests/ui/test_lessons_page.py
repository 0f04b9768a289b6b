"""Lessons page: filters by status, topic, institution, due date and text; status and
follow-up date edited in place with undo; overdue highlighted; open a visit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from studitiru.domain import records as r
from studitiru.services import lessons, registers, visits
from studitiru.ui.pages.lessons import DUE_MONTH, DUE_TODAY, LessonsPage
from studitiru.ui.registers.lessons_model import LessonsModel
from tests.ui.helpers import fill_small_office, make_context

TODAY = date.today()


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    first = fill_small_office(context)
    db = context.db
    registers.create_record(db, r.Topic(key="mpp", name="Mal Pelayanan Publik"))
    registers.create_record(db, r.Institution(key="pemkot-balikpapan", name="Pemerintah Kota Balikpapan",
                                              kind=r.InstitutionKind.CITY))
    second = visits.create_visit(db, r.Visit(key="ST-2026-001", title="Studi tiru MPP", institution="pemkot-balikpapan",
                                             starts_on=date(2026, 1, 9), ends_on=date(2026, 1, 10))).key
    lessons.add_lesson(db, r.Lesson(key="L-late", visit=first, observation="Pakta integritas ditandatangani",
                                    topic="zi", owner="Inspektorat", status=r.LessonStatus.PLANNED,
                                    follow_up_on=TODAY - timedelta(days=10)))
    lessons.add_lesson(db, r.Lesson(key="L-today", visit=second, observation="Antrean daring", topic="mpp",
                                    recommendation="Pakai satu aplikasi", follow_up_on=TODAY))
    lessons.add_lesson(db, r.Lesson(key="L-later", visit=second, observation="Ruang laktasi", topic="mpp",
                                    status=r.LessonStatus.IN_PROGRESS, follow_up_on=TODAY + timedelta(days=400)))
    lessons.add_lesson(db, r.Lesson(key="L-done", visit=first, observation="Survei kepuasan",
                                    status=r.LessonStatus.ADOPTED, follow_up_on=TODAY - timedelta(days=30)))
    yield context
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    page = LessonsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _shown(page):
    return [page.proxy.index(row, 0).data(0x0101).lesson.key for row in range(page.proxy.rowCount())]


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_lists_every_lesson_by_follow_up_date(page, qtmodeltester):
    assert _shown(page) == ["L-done", "L-late", "L-today", "L-later"]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    model = page.model
    late = model.index(model.row_of("L-late"), LessonsModel.FOLLOW_UP)
    assert late.data(Qt.ItemDataRole.BackgroundRole) is not None  # overdue
    assert model.index(model.row_of("L-done"), 0).data(Qt.ItemDataRole.BackgroundRole) is None  # adopted
    assert model.index(model.row_of("L-today"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    day = TODAY - timedelta(days=10)
    assert str(day.year) in late.data() and late.data().startswith(str(day.day))
    assert model.index(model.row_of("L-late"), LessonsModel.STATUS).data() == "Planned"
    assert model.index(model.row_of("L-today"), LessonsModel.INSTITUTION).data() == "Pemerintah Kota Balikpapan"


def test_filters(page):
    _choose(page.status_filter, "in_progress")
    assert _shown(page) == ["L-later"]
    _choose(page.status_filter, None)
    _choose(page.topic_filter, "mpp")
    assert _shown(page) == ["L-today", "L-later"]
    _choose(page.topic_filter, None)
    _choose(page.institution_filter, "pemkab-balangan")
    assert _shown(page) == ["L-done", "L-late"]
    _choose(page.institution_filter, None)
    _choose(page.due_filter, DUE_TODAY)
    assert _shown(page) == ["L-late", "L-today"]  # adopted and dropped are never due
    _choose(page.due_filter, DUE_MONTH)
    assert set(_shown(page)) >= {"L-late", "L-today"} and "L-later" not in _shown(page)
    _choose(page.due_filter, "any")
    page.text_filter.setText("laktasi")
    assert _shown(page) == ["L-later"]
    assert page.count_label.text() == "1 of 4 lessons shown."


def test_status_and_date_edited_in_place_with_undo(qtbot, page, context):
    model = page.model
    status = page.proxy.mapFromSource(model.index(model.row_of("L-late"), LessonsModel.STATUS))
    page.view.setCurrentIndex(status)
    page.view.edit(status)
    editor = page.view.indexWidget(status) or page.view.focusWidget()
    editor.setCurrentIndex(editor.findData("adopted"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1)
    stored = [row.lesson for row in lessons.list_lessons(context.db) if row.lesson.key == "L-late"][0]
    assert stored.status == r.LessonStatus.ADOPTED
    assert model.index(model.row_of("L-late"), LessonsModel.STATUS).data() == "Adopted"
    assert model.index(model.row_of("L-late"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.selected_lesson().key == "L-late"

    new_day = TODAY + timedelta(days=7)
    model.setData(model.index(model.row_of("L-today"), LessonsModel.FOLLOW_UP), QDate(new_day))
    qtbot.waitUntil(lambda: context.undo_stack.count() == 2)
    assert [x.lesson.follow_up_on for x in lessons.list_lessons(context.db) if x.lesson.key == "L-today"] == [new_day]
    model.setData(model.index(model.row_of("L-today"), LessonsModel.FOLLOW_UP), QDate(1900, 1, 1))
    qtbot.waitUntil(lambda: context.undo_stack.count() == 3)
    assert model.index(model.row_of("L-today"), LessonsModel.FOLLOW_UP).data() == ""

    context.undo_stack.undo()
    context.undo_stack.undo()
    assert model.index(model.row_of("L-today"), LessonsModel.FOLLOW_UP).data().startswith(str(TODAY.day))
    context.undo_stack.undo()
    assert model.index(model.row_of("L-late"), LessonsModel.STATUS).data() == "Planned"
    context.undo_stack.redo()
    assert [x.lesson.status for x in lessons.list_lessons(context.db) if x.lesson.key == "L-late"] == [
        r.LessonStatus.ADOPTED]


def test_reload_on_change_and_open_visit(qtbot, page, context):
    assert page.select_lesson("L-today")
    lessons.add_lesson(context.db, r.Lesson(key="L-new", visit="ST-2026-001", observation="Loket terpadu"))
    context.changes.announce({"lessons"})
    assert "L-new" in _shown(page) and page.selected_lesson().key == "L-today"
    with qtbot.waitSignal(page.open_visit) as blocker:
        page.open_button.click()
    assert blocker.args == ["ST-2026-001"]
    page.hide()
    lessons.delete_lesson(context.db, "L-new")
    context.changes.announce({"visits"})
    assert "L-new" in _shown(page)  # hidden: only marked stale
    page.show()
    assert "L-new" not in _shown(page)
