"""Lessons page: filters by status, topic, institution, due date and text; status and
follow-up date edited in place with undo; overdue highlighted; open a visit; rows fetched a
page at a time, sorted and filtered in SQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from studitiru.domain import records as r
from studitiru.services import lessons, registers, visits
from studitiru.services.lessons import LessonOrder
from studitiru.ui import labels
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


@pytest.fixture
def paged_page(qtbot, context):
    """34 lessons (30 more, many sharing a date or an owner), fetched 7 at a time."""
    for n in range(30):
        lessons.add_lesson(context.db, r.Lesson(
            key=f"P-{n:02d}", visit="ST-2026-001", observation=f"Langkah {n}",
            owner=("Bappeda", "Inspektorat", "Dinas Kominfo")[n % 3], follow_up_on=TODAY + timedelta(days=1 + n % 5)))
    page = LessonsPage(context)
    page.model.page_size = 7
    qtbot.addWidget(page)
    page.resize(1280, 300)
    page.show()
    qtbot.waitExposed(page)
    return page


def _fetch_all(model):
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def _shown(page):
    return [page.model.index(row, 0).data(0x0101).lesson.key for row in range(page.model.rowCount())]


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_lists_every_lesson_by_follow_up_date(page, qtmodeltester):
    assert _shown(page) == ["L-done", "L-late", "L-today", "L-later"]
    qtmodeltester.check(page.model)
    model = page.model
    late = model.index(model.row_of("L-late"), LessonsModel.FOLLOW_UP)
    assert late.data(Qt.ItemDataRole.BackgroundRole) is not None  # overdue
    assert model.index(model.row_of("L-done"), 0).data(Qt.ItemDataRole.BackgroundRole) is None  # adopted
    assert model.index(model.row_of("L-today"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    day = TODAY - timedelta(days=10)
    assert str(day.year) in late.data() and late.data().startswith(str(day.day))
    assert model.index(model.row_of("L-late"), LessonsModel.STATUS).data() == "Planned"
    assert model.index(model.row_of("L-today"), LessonsModel.INSTITUTION).data() == "Pemerintah Kota Balikpapan"


def test_filters(qtbot, page):
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
    page.text_filter.setText("laktasi")  # re-queried after a pause in typing
    assert _shown(page) == ["L-done", "L-late", "L-today", "L-later"]
    qtbot.waitUntil(lambda: _shown(page) == ["L-later"])
    assert page.count_label.text() == "1 of 4 lessons shown."
    page.text_filter.setText("balikpapan")
    page.text_filter.returnPressed.emit()  # Enter: at once
    assert _shown(page) == ["L-today", "L-later"]
    assert page.count_label.text() == "2 of 4 lessons shown."


def test_status_and_date_edited_in_place_with_undo(qtbot, page, context):
    model = page.model
    status = model.index(model.row_of("L-late"), LessonsModel.STATUS)
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


def test_rows_are_fetched_a_page_at_a_time(qtbot, paged_page, context, qtmodeltester):
    page, model = paged_page, paged_page.model
    expected = [x.lesson.key for x in lessons.list_lessons(context.db)]
    assert len(expected) == 34 and model.total() == 34
    assert page.count_label.text() == "34 of 34 lessons shown."
    assert model.rowCount() < 34 and model.rowCount() % 7 == 0 and model.canFetchMore(QModelIndex())
    assert _shown(page) == expected[:model.rowCount()]
    bar = page.view.verticalScrollBar()
    while model.rowCount() < 34:  # scrolling to the bottom fetches the next page
        before = model.rowCount()
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # the view has laid out the rows fetched
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)
    assert _shown(page) == expected and not model.canFetchMore(QModelIndex())
    assert page.count_label.text() == "34 of 34 lessons shown."
    qtmodeltester.check(model)
    _choose(page.status_filter, "noted")  # a filter starts again from the first page
    noted = [x.lesson.key for x in lessons.list_lessons(context.db, status=r.LessonStatus.NOTED)]
    assert model.total() == len(noted) == 31 and model.rowCount() < 31
    assert page.count_label.text() == "31 of 34 lessons shown."
    _fetch_all(model)
    assert _shown(page) == noted


def _owner_order(rows, descending):
    by_key = sorted(rows, key=lambda x: x.lesson.key)
    return [x.lesson.key for x in sorted(by_key, key=lambda x: (x.lesson.owner or "").lower(), reverse=descending)]


def test_sorting_requeries_in_both_directions_ties_by_key(qtbot, paged_page, context):
    page, model = paged_page, paged_page.model
    assert page.select_lesson("P-04")
    everything = lessons.list_lessons(context.db)
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        descending = order == Qt.SortOrder.DescendingOrder
        page.view.sortByColumn(LessonsModel.OWNER, order)
        assert model.order() == LessonOrder("owner", descending)
        expected = _owner_order(everything, descending)
        assert expected == [x.lesson.key for x in lessons.list_lessons(context.db, order=model.order())]
        assert _shown(page) == expected[:model.rowCount()] and model.rowCount() < 34
        assert page.selected_lesson().key == "P-04"  # kept, its page fetched
        _fetch_all(model)
        assert _shown(page) == expected
    page.view.sortByColumn(LessonsModel.FOLLOW_UP, Qt.SortOrder.DescendingOrder)
    _fetch_all(model)
    assert _shown(page)[:2] == ["L-later", "P-04"] and _shown(page)[-1] == "L-done"  # P-04..P-29: the latest date


@pytest.mark.parametrize(("text", "keys"), [
    ("LAKTASI", ["L-later"]),  # observation
    ("satu aplikasi", ["L-today"]),  # recommendation
    ("inspektorat", ["L-late"]),  # owner
    ("kota balikpapan", ["L-today", "L-later"]),  # institution name
    ("pelayanan publik", ["L-today", "L-later"]),  # topic name
    ("tiru zona", ["L-done", "L-late"]),  # visit title
    ("Balangan", ["L-done", "L-late"]),  # institution name
])
def test_text_filter_matches_every_shown_text(page, text, keys):
    page.text_filter.setText(text)
    page.text_filter.returnPressed.emit()
    assert _shown(page) == keys


def test_text_filter_matches_the_short_name(qtbot, page, context):
    registers.create_record(context.db, r.Institution(key="pemprov-kalsel", name="Pemerintah Provinsi",
                                                      short_name="Pemprov Kalsel"))
    visit = visits.create_visit(context.db, r.Visit(key="ST-2026-002", title="Kunjungan", institution="pemprov-kalsel",
                                                    starts_on=date(2026, 2, 2), ends_on=date(2026, 2, 2))).key
    lessons.add_lesson(context.db, r.Lesson(key="L-kalsel", visit=visit, observation="Arsip digital"))
    context.changes.announce({"lessons"})
    assert page.institution_filter.findText("Pemprov Kalsel") >= 0
    page.text_filter.setText("kalsel")
    page.text_filter.returnPressed.emit()
    assert _shown(page) == ["L-kalsel"]
    assert page.count_label.text() == "1 of 5 lessons shown."


def test_text_filter_matches_the_indicator(qtbot, page, context):
    lessons.add_lesson(context.db, r.Lesson(key="L-ikm", visit="ST-2026-001", observation="Survei layanan",
                                            indicator="Nilai IKM naik ke 85"))
    context.changes.announce({"lessons"})
    page.text_filter.setText("nilai ikm")
    page.text_filter.returnPressed.emit()
    assert _shown(page) == ["L-ikm"]
    assert page.count_label.text() == "1 of 5 lessons shown."


def test_select_a_lesson_not_yet_fetched(paged_page, context):
    page, model = paged_page, paged_page.model
    expected = [x.lesson.key for x in lessons.list_lessons(context.db)]
    far = expected[30]
    assert model.row_of(far) == -1
    assert page.select_lesson(far)
    assert page.selected_lesson().key == far and model.row_of(far) == 30 and model.rowCount() >= 31
    assert _shown(page) == expected[:model.rowCount()]
    _choose(page.status_filter, "planned")  # only L-late
    assert not page.select_lesson(far) and page.select_lesson("L-late")
    assert not page.select_lesson("no-such-lesson")


def test_edit_in_place_on_the_second_page_with_undo(qtbot, paged_page, context):
    page, model = paged_page, paged_page.model
    expected = [x.lesson.key for x in lessons.list_lessons(context.db)]
    key = expected[10]
    assert page.select_lesson(key) and 7 <= model.row_of(key) < 14

    def stored():
        return lessons.list_lessons(context.db, text=None)[lessons.lesson_position(context.db, key)].lesson

    def shown(column):
        return model.index(model.row_of(key), column).data()

    model.setData(model.index(model.row_of(key), LessonsModel.STATUS), "dropped")
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1)
    assert stored().status == r.LessonStatus.DROPPED
    assert shown(LessonsModel.STATUS) == labels.lesson_status(r.LessonStatus.DROPPED)
    assert page.selected_lesson().key == key
    later = TODAY + timedelta(days=300)  # moves it near the end: beyond the pages fetched
    model.setData(model.index(model.row_of(key), LessonsModel.FOLLOW_UP), QDate(later))
    qtbot.waitUntil(lambda: context.undo_stack.count() == 2)
    assert stored().follow_up_on == later
    assert page.selected_lesson().key == key and model.row_of(key) == 32  # before L-later
    context.undo_stack.undo()
    assert stored().follow_up_on != later and model.row_of(key) == 10 and page.selected_lesson().key == key
    context.undo_stack.undo()
    assert stored().status == r.LessonStatus.NOTED
    assert shown(LessonsModel.STATUS) == labels.lesson_status(r.LessonStatus.NOTED)
    context.undo_stack.redo()
    assert stored().status == r.LessonStatus.DROPPED and page.selected_lesson().key == key


def test_the_count_is_grouped_as_the_language_writes_it(page, monkeypatch):
    monkeypatch.setattr(page.model, "total", lambda: 1200)
    page._all_count = 15000
    page._update_count()
    lang = page._context.lang
    first, second = ("1,200", "15,000") if lang == "en" else ("1.200", "15.000")
    text = page.count_label.text()
    assert text.index(first) < text.index(second), text  # "%1 of %2", translated or not


@pytest.mark.parametrize(("lang", "heading"), [("en", "Indicator"), ("id", "Indikator keberhasilan")])
def test_the_indicator_has_its_own_column_read_only_and_sortable(qtbot, context, lang, heading):
    from dataclasses import replace

    from tests.ui.shell_support import language

    lesson = next(row.lesson for row in lessons.list_lessons(context.db) if row.lesson.key == "L-today")
    lessons.update_lesson(context.db, replace(lesson, indicator="Waktu tunggu di bawah 15 menit"))
    with language(lang):
        page = LessonsPage(context)
        qtbot.addWidget(page)
        page.resize(1280, 600)
        page.show()
        qtbot.waitExposed(page)
        model = page.model
        assert model.headerData(LessonsModel.INDICATOR, Qt.Orientation.Horizontal) == heading
        assert model.headerData(LessonsModel.RECOMMENDATION + 1, Qt.Orientation.Horizontal) == heading
        cell = model.index(model.row_of("L-today"), LessonsModel.INDICATOR)
        assert cell.data() == "Waktu tunggu di bawah 15 menit"
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Waktu tunggu di bawah 15 menit"
        assert model.index(model.row_of("L-late"), LessonsModel.INDICATOR).data() == ""
        assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable  # as the other text columns
        assert not model.setData(cell, "lain")
        assert page.view.columnWidth(LessonsModel.INDICATOR) > 80
        page.view.sortByColumn(LessonsModel.INDICATOR, Qt.SortOrder.DescendingOrder)
        assert _shown(page)[0] == "L-today"
        page.view.sortByColumn(LessonsModel.INDICATOR, Qt.SortOrder.AscendingOrder)
        assert _shown(page)[-1] == "L-today"
