"""The lessons page reads one page at a time: offset and limit under a total order (ties by
key), the position of a lesson under filters and order, and a text filter over every text
the page shows. Runs on SQLite and (STUDITIRU_TEST_POSTGRES=1) PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from studitiru.domain import records as r
from studitiru.services import lessons, registers, visits
from studitiru.services.lessons import LESSON_ORDER_COLUMNS, LessonOrder

STATUSES = list(r.LessonStatus)


@pytest.fixture
def office(db):
    registers.create_record(db, r.Topic(key="zi", name="Zona Integritas"))
    registers.create_record(db, r.Topic(key="mpp", name="Mal Pelayanan Publik"))
    registers.create_record(db, r.Institution(key="pemkab-balangan", name="Pemerintah Kabupaten Balangan",
                                              short_name="Balangan"))
    registers.create_record(db, r.Institution(key="pemkot-bpn", name="Pemerintah Kota Balikpapan"))
    first = visits.create_visit(db, r.Visit(key="ST-2025-001", title="Studi tiru ZI", institution="pemkab-balangan",
                                            starts_on=date(2025, 12, 1), ends_on=date(2025, 12, 1))).key
    second = visits.create_visit(db, r.Visit(key="ST-2026-001", title="Kunjungan MPP", institution="pemkot-bpn",
                                             starts_on=date(2026, 1, 9), ends_on=date(2026, 1, 10))).key
    for n in range(30):
        lessons.add_lesson(db, r.Lesson(
            key=f"L-{(n * 7) % 30:02d}", visit=(first, second)[n % 2], observation=f"Observasi {n % 4}",
            topic=(None, "zi", "mpp")[n % 3], recommendation=(None, "Saran A", "saran b")[n % 3],
            owner=(None, "Inspektorat", "Bappeda", "inspektorat")[n % 4], status=STATUSES[n % 5],
            indicator=(None, "IKM 85", "ikm 80", None, "SOP terbit")[n % 5],
            follow_up_on=None if n % 6 == 0 else date(2026, 1 + n % 3, 1 + n % 2),
        ))
    return db


def _expected(rows, order: LessonOrder):
    """The order `order` means, computed in Python over the full list."""
    def value(row):
        lesson = row.lesson
        return {
            "status": STATUSES.index(lesson.status),
            "topic": (row.topic_name or "").lower(),
            "observation": lesson.observation.lower(),
            "recommendation": (lesson.recommendation or "").lower(),
            "indicator": (lesson.indicator or "").lower(),
            "owner": (lesson.owner or "").lower(),
            "visit": (row.visit_starts_on, lesson.visit),
            "institution": row.institution_name.lower(),
        }[order.column]

    if order.column == "follow_up":  # undated last ascending, first descending
        dated = sorted((x for x in rows if x.lesson.follow_up_on), key=lambda x: x.lesson.key)
        dated.sort(key=lambda x: x.lesson.follow_up_on, reverse=order.descending)
        undated = sorted((x for x in rows if not x.lesson.follow_up_on), key=lambda x: x.lesson.key)
        return undated + dated if order.descending else dated + undated
    ordered = sorted(rows, key=lambda x: x.lesson.key)
    return sorted(ordered, key=value, reverse=order.descending)  # stable: ties stay by key


ORDERS = [LessonOrder(column, descending) for column in LESSON_ORDER_COLUMNS for descending in (False, True)]


@pytest.mark.parametrize("order", ORDERS, ids=lambda o: f"{o.column}-{'desc' if o.descending else 'asc'}")
def test_pages_follow_a_total_order(office, order):
    everything = lessons.list_lessons(office, order=order)
    assert len(everything) == 30
    assert [x.lesson.key for x in everything] == [x.lesson.key for x in _expected(everything, order)]
    pages = [lessons.list_lessons(office, order=order, offset=offset, limit=7) for offset in range(0, 30, 7)]
    assert [len(page) for page in pages] == [7, 7, 7, 7, 2]
    assert [row for page in pages for row in page] == everything
    assert lessons.list_lessons(office, order=order, offset=25) == everything[25:]
    for row, lesson in enumerate(everything):
        assert lessons.lesson_position(office, lesson.lesson.key, order=order) == row


def test_default_order_is_by_follow_up_undated_last_then_key(office):
    rows = lessons.list_lessons(office)
    assert rows == lessons.list_lessons(office, order=LessonOrder("follow_up", False))
    days = [x.lesson.follow_up_on for x in rows]
    dated = [day for day in days if day is not None]
    assert days == dated + [None] * (30 - len(dated)) and dated == sorted(dated)
    assert lessons.list_lessons(office, limit=5) == rows[:5]


def test_position_under_filters(office):
    filters = {"status": r.LessonStatus.PLANNED}
    order = LessonOrder("owner", True)
    shown = lessons.list_lessons(office, order=order, **filters)
    assert 0 < len(shown) < 30
    for row, lesson in enumerate(shown):
        assert lessons.lesson_position(office, lesson.lesson.key, order=order, **filters) == row
    hidden = next(x.lesson.key for x in lessons.list_lessons(office) if x.lesson.status != r.LessonStatus.PLANNED)
    assert lessons.lesson_position(office, hidden, order=order, **filters) is None
    assert lessons.lesson_position(office, "no-such-lesson") is None
    inst = lessons.list_lessons(office, institution="pemkot-bpn", text="saran")
    assert [lessons.lesson_position(office, x.lesson.key, institution="pemkot-bpn", text="saran")
            for x in inst] == list(range(len(inst)))


@pytest.mark.parametrize(("text", "field"), [
    ("OBSERVASI 3", lambda x: x.lesson.observation == "Observasi 3"),
    ("saran a", lambda x: x.lesson.recommendation == "Saran A"),
    ("bappeda", lambda x: x.lesson.owner == "Bappeda"),
    ("ikm 8", lambda x: x.lesson.indicator in ("IKM 85", "ikm 80")),  # indicator (indikator keberhasilan)
    ("sop TERBIT", lambda x: x.lesson.indicator == "SOP terbit"),
    ("kota balikpapan", lambda x: x.institution == "pemkot-bpn"),
    ("BALANGAN", lambda x: x.institution == "pemkab-balangan"),
    ("pelayanan publik", lambda x: x.topic_name == "Mal Pelayanan Publik"),
    ("kunjungan", lambda x: x.lesson.visit == "ST-2026-001"),
])
def test_text_matches_every_shown_text(office, text, field):
    everything = lessons.list_lessons(office)
    found = lessons.list_lessons(office, text=f"  {text} ")
    assert found == [x for x in everything if field(x)] and found
    assert lessons.count_lessons(office, text=text) == len(found)


def test_text_short_name_and_wildcards(office):
    registers.create_record(office, r.Institution(key="pemprov", name="Pemerintah Provinsi", short_name="Kalsel"))
    visit = visits.create_visit(office, r.Visit(key="ST-2026-002", title="Studi tiru", institution="pemprov",
                                                starts_on=date(2026, 2, 2), ends_on=date(2026, 2, 2))).key
    lessons.add_lesson(office, r.Lesson(key="L-pct", visit=visit, observation="Naik 100% dalam_setahun"))
    assert [x.lesson.key for x in lessons.list_lessons(office, text="kalsel")] == ["L-pct"]
    assert [x.lesson.key for x in lessons.list_lessons(office, text="100%")] == ["L-pct"]
    assert [x.lesson.key for x in lessons.list_lessons(office, text="0_ dal")] == []  # _ is no wildcard
    assert lessons.count_lessons(office, text="%") == 1
    assert lessons.count_lessons(office) == 31 and lessons.count_lessons(office, text="  ") == 31


def test_filter_choices_are_plain_pairs(office):
    assert lessons.topic_choices(office) == [("mpp", "Mal Pelayanan Publik"), ("zi", "Zona Integritas")]
    assert lessons.institution_choices(office) == [("pemkab-balangan", "Balangan"),
                                                   ("pemkot-bpn", "Pemerintah Kota Balikpapan")]
