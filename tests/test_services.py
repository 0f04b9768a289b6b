"""The services: one user action, one transaction, plain records in and out, plain refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from studitiru.domain import records as r
from studitiru.errors import ConflictError, InUseError, NotFoundError, ValidationError
from studitiru.services import agenda, host, lessons, registers, visit_edits, visits


@pytest.fixture
def office(db):
    registers.create_record(db, r.Topic(key="zi", name="Zona Integritas"))
    registers.create_record(db, r.Institution(key="pemkab-balangan", name="Pemerintah Kabupaten Balangan"))
    registers.create_record(db, r.Site(key="balai-kota", name="Balai Kota", capacity=60, exclusive=True))
    registers.create_record(db, r.Presenter(key="sekda", name="Amirullah", topics=("zi",)))
    return db


def _visit(**changes) -> r.Visit:
    base = r.Visit(key="", title="Studi tiru ZI", institution="pemkab-balangan",
                   starts_on=date(2025, 12, 1), ends_on=date(2025, 12, 1))
    return replace(base, **changes)


def test_visit_keys_follow_the_year(office):
    first = visits.create_visit(office, _visit())
    second = visits.create_visit(office, _visit())
    other_year = visits.create_visit(office, _visit(starts_on=date(2026, 1, 9), ends_on=date(2026, 1, 10)))
    assert (first.key, second.key, other_year.key) == ("ST-2025-001", "ST-2025-002", "ST-2026-001")


def test_session_and_lesson_keys_follow_the_visit(office):
    visit = visits.create_visit(office, _visit())
    one = agenda.add_session(office, r.Session("", visit.key, datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10), "A"))
    two = agenda.add_session(office, r.Session("", visit.key, datetime(2025, 12, 1, 10), datetime(2025, 12, 1, 11), "B"))
    lesson = lessons.add_lesson(office, r.Lesson("", visit.key, "Evaluasi triwulanan"))
    assert (one.key, two.key, lesson.key) == ("ST-2025-001-1", "ST-2025-001-2", "ST-2025-001-L1")


def test_register_keys_are_made_from_names_and_unique(db):
    one = registers.create_record(db, r.Site(key="", name="RSUD Sultan Syarif Mohamad Alkadrie"))
    two = registers.create_record(db, r.Site(key="", name="RSUD Sultan Syarif Mohamad Alkadrie"))
    assert (one.key, two.key) == ("rsud-sultan-syarif-mohamad-alkadrie", "rsud-sultan-syarif-mohamad-alkadrie-2")
    with pytest.raises(ConflictError):
        registers.create_record(db, r.Site(key=one.key, name="Lain"))


def test_a_refused_visit_leaves_nothing_behind(office):
    bad_participant = r.Participant(name="   ")
    with pytest.raises(ValidationError) as refused:
        visits.create_visit(office, _visit(participants=(r.Participant("Sufrianor"), bad_participant)))
    assert "nama" in refused.value.message("id") and "name" in refused.value.message("en")
    assert visits.list_visits(office) == []


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"ends_on": date(2025, 11, 30)}, "before the start date"),
        ({"title": ""}, "title: is required"),
        ({"institution": "nowhere"}, "no institution with the key nowhere"),
        ({"headcount": 0}, "whole number"),
        ({"purpose": "x" * 20001}, "too long"),
        ({"notes": "bad \x00 byte"}, "U+0000"),
        ({"notes": "lone \ud800 surrogate"}, "U+D800"),
        ({"topics": ("nope",)}, "no topic with the key nope"),
        ({"starts_on": date(1, 1, 1), "ends_on": date(1, 1, 1)}, "out of any sensible range"),
    ],
)
def test_bad_visit_input_is_refused_in_plain_words(office, changes, words):
    with pytest.raises(ValidationError) as refused:
        visits.create_visit(office, _visit(**changes))
    assert words in refused.value.message("en")
    assert visits.list_visits(office) == []


def test_a_session_must_end_after_it_starts(office):
    visit = visits.create_visit(office, _visit())
    with pytest.raises(ValidationError) as refused:
        agenda.add_session(office, r.Session("", visit.key, datetime(2025, 12, 1, 10), datetime(2025, 12, 1, 10), "A"))
    assert refused.value.message("en").endswith("end time: must be after the start")
    assert visits.get_visit(office, visit.key).sessions == ()


def test_session_refers_to_known_site_and_presenters(office):
    visit = visits.create_visit(office, _visit())
    start, end = datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10)
    with pytest.raises(ValidationError, match="lokasi"):
        agenda.add_session(office, r.Session("", visit.key, start, end, "A", site="nowhere"))
    with pytest.raises(ValidationError, match="narasumber"):
        agenda.add_session(office, r.Session("", visit.key, start, end, "A", presenters=("ghost",)))
    assert visits.get_visit(office, visit.key).sessions == ()


def test_move_session_changes_times_and_site(office):
    visit = visits.create_visit(office, _visit())
    session = agenda.add_session(office, r.Session("", visit.key, datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10), "A"))
    move = agenda.move_session(office, session.key, datetime(2025, 12, 1, 13), datetime(2025, 12, 1, 14), site="balai-kota")
    assert (move.before, move.after.starts_at.hour, move.after.site) == (session, 13, "balai-kota")
    kept = agenda.move_session(office, session.key, datetime(2025, 12, 1, 14), datetime(2025, 12, 1, 15)).after
    assert kept.site == "balai-kota"
    assert agenda.get_session(office, session.key) == kept
    assert [s.key for s in agenda.sessions_between(office, datetime(2025, 12, 1), datetime(2025, 12, 2))] == [session.key]


def test_status_follows_the_life_of_a_visit(office):
    visit = visits.create_visit(office, _visit())
    with pytest.raises(ValidationError) as refused:
        visits.change_status(office, visit.key, r.VisitStatus.REPORTED)
    assert "diajukan" in refused.value.message("id")
    for status in (r.VisitStatus.CONFIRMED, r.VisitStatus.COMPLETED, r.VisitStatus.REPORTED, r.VisitStatus.CANCELLED):
        assert visits.change_status(office, visit.key, status).status == status
    assert visits.change_status(office, visit.key, r.VisitStatus.REPORTED, force=True).status == r.VisitStatus.REPORTED


def test_update_visit_keeps_status_and_children(office):
    visit = visits.create_visit(office, _visit(participants=(r.Participant("Sufrianor"),)))
    visits.change_status(office, visit.key, r.VisitStatus.CONFIRMED)
    updated = visits.update_visit(office, replace(visit, title="Baru", leader=r.Person("Sufrianor", "Pj Sekda")))
    assert (updated.title, updated.status, len(updated.participants)) == ("Baru", r.VisitStatus.CONFIRMED, 1)
    assert updated.leader == r.Person("Sufrianor", "Pj Sekda")


def test_delete_and_restore_a_visit_whole(office):
    visit = visits.create_visit(office, _visit(participants=(r.Participant("A"), r.Participant("B"))))
    session = agenda.add_session(office, r.Session("", visit.key, datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10),
                                                   "A", site="balai-kota", presenters=("sekda",), topics=("zi",)))
    lessons.add_lesson(office, r.Lesson("", visit.key, "Obs", topic="zi", session=session.key, follow_up_on=date(2026, 1, 1)))
    whole = visits.get_visit(office, visit.key)
    assert visits.delete_visit(office, visit.key) == whole
    with pytest.raises(NotFoundError):
        visits.get_visit(office, visit.key)
    assert visit_edits.restore_visit(office, whole) == whole


def test_participants_keep_their_order_and_are_not_added_twice(office):
    visit = visits.create_visit(office, _visit())
    people = (r.Participant("Budi", "Kabag"), r.Participant("Ani", "Staf"), r.Participant("Cici"))
    assert visits.set_participants(office, visit.key, people).participants == people
    reordered = (people[2], people[0], people[1])
    assert visits.set_participants(office, visit.key, reordered).participants == reordered
    added, skipped = visits.add_participants(office, visit.key, (r.Participant(" budi ", "KABAG"), r.Participant("Dedi")))
    assert (added, skipped) == (1, 1)
    assert [p.name for p in visits.get_visit(office, visit.key).participants] == ["Cici", "Budi", "Ani", "Dedi"]


def test_deleting_a_register_record_in_use_names_the_use(office):
    visit = visits.create_visit(office, _visit())
    agenda.add_session(office, r.Session("", visit.key, datetime(2025, 12, 1, 9), datetime(2025, 12, 1, 10), "A",
                                         site="balai-kota", presenters=("sekda",)))
    with pytest.raises(InUseError) as refused:
        registers.delete_record(office, r.Site, "balai-kota")
    assert "ST-2025-001-1" in refused.value.message("id")
    with pytest.raises(InUseError, match="ST-2025-001"):
        registers.delete_record(office, r.Institution, "pemkab-balangan")
    assert len(registers.list_sites(office)) == 1
    agenda.delete_session(office, f"{visit.key}-1")
    registers.delete_record(office, r.Site, "balai-kota")
    assert registers.list_sites(office) == []


def test_register_records_round_trip(db):
    registers.create_record(db, r.Topic(key="zi", name="Zona Integritas"))
    site = r.Site(key="mpp", name="Mal Pelayanan Publik", capacity=200, exclusive=False,
                  opening_hours=(r.OpeningWindow(6, time(8), time(12)), r.OpeningWindow(1, time(8), time(15, 30))))
    stored = registers.create_record(db, site)
    assert stored.opening_hours == (r.OpeningWindow(1, time(8), time(15, 30)), r.OpeningWindow(6, time(8), time(12)))
    never_open = registers.update_record(db, replace(stored, opening_hours=()))
    assert never_open.opening_hours == ()
    always_open = registers.update_record(db, replace(stored, opening_hours=None))
    assert always_open.opening_hours is None
    presenter = r.Presenter(key="sekda", name="Amirullah", topics=("zi",),
                            unavailable=(r.Period(datetime(2026, 1, 5, 8), datetime(2026, 1, 5, 17), "Dinas luar"),))
    assert registers.create_record(db, presenter) == presenter
    with pytest.raises(ValidationError):
        registers.create_record(db, r.Site(key="", name="Aula", opening_hours=(r.OpeningWindow(1, time(15), time(8)),)))


def test_travel_times(db):
    registers.create_record(db, r.Site(key="a", name="A"))
    registers.create_record(db, r.Site(key="b", name="B"))
    registers.create_record(db, r.Site(key="c", name="C"))
    registers.set_travel_time(db, "b", "c", 5)
    registers.set_travel_time(db, "a", "b", 20)
    assert registers.list_travel_times(db) == [r.TravelTime("a", "b", 20), r.TravelTime("b", "c", 5)]
    registers.set_travel_time(db, "b", "c", None)
    registers.set_travel_time(db, "a", "b", 25)
    assert registers.list_travel_times(db) == [r.TravelTime("a", "b", 25)]
    registers.set_travel_time(db, "a", "b", None)
    assert registers.list_travel_times(db) == []
    with pytest.raises(ValidationError):
        registers.set_travel_time(db, "a", "a", 5)


def test_lessons_list_filters_due_follow_ups(office):
    visit = visits.create_visit(office, _visit())
    lessons.add_lesson(office, r.Lesson("", visit.key, "Due", topic="zi", follow_up_on=date(2026, 1, 1)))
    lessons.add_lesson(office, r.Lesson("", visit.key, "Later", follow_up_on=date(2027, 1, 1)))
    lessons.add_lesson(office, r.Lesson("", visit.key, "Done", status=r.LessonStatus.ADOPTED, follow_up_on=date(2025, 1, 1)))
    due = lessons.list_lessons(office, due_by=date(2026, 6, 1))
    assert [row.lesson.observation for row in due] == ["Due"]
    assert [row.lesson.observation for row in lessons.list_lessons(office, topic="zi")] == ["Due"]
    assert len(lessons.list_lessons(office, institution="pemkab-balangan")) == 3
    updated = lessons.update_lesson(office, replace(due[0].lesson, status=r.LessonStatus.ADOPTED))
    assert updated.status == r.LessonStatus.ADOPTED


def test_lessons_limit_and_count_agree_with_the_full_list(office):
    visit = visits.create_visit(office, _visit())
    for day in (5, 1, 3, 2, 4):
        lessons.add_lesson(office, r.Lesson("", visit.key, f"Day {day}", follow_up_on=date(2026, 1, day)))
    lessons.add_lesson(office, r.Lesson("", visit.key, "Undated"))
    lessons.add_lesson(office, r.Lesson("", visit.key, "Done", status=r.LessonStatus.ADOPTED, follow_up_on=date(2026, 1, 1)))
    everything = lessons.list_lessons(office)
    assert lessons.list_lessons(office, limit=3) == everything[:3]
    assert lessons.list_lessons(office, limit=None) == everything
    for filters in ({}, {"due_by": date(2026, 1, 3)}, {"due_by": date(2026, 1, 4), "due_after": date(2026, 1, 2)},
                    {"status": r.LessonStatus.ADOPTED}, {"year": visit.starts_on.year}, {"year": 1999},
                    {"text": "day"}, {"institution": "pemkab-balangan"}, {"topic": "zi"}):
        assert lessons.count_lessons(office, **filters) == len(lessons.list_lessons(office, **filters)), filters
    soon = lessons.list_lessons(office, due_by=date(2026, 1, 4), due_after=date(2026, 1, 2), limit=1)
    assert [row.lesson.observation for row in soon] == ["Day 3"]


def test_visit_list_filters(office):
    visits.create_visit(office, _visit(title="Zona Integritas"))
    visits.create_visit(office, _visit(title="MPP", starts_on=date(2026, 1, 9), ends_on=date(2026, 1, 10)))
    assert [row.title for row in visits.list_visits(office)] == ["MPP", "Zona Integritas"]
    assert [row.title for row in visits.list_visits(office, text="zona")] == ["Zona Integritas"]
    assert [row.title for row in visits.list_visits(office, year=2026)] == ["MPP"]
    assert visits.list_visits(office, status=r.VisitStatus.CONFIRMED) == []
    window = visits.list_visits(office, starting_from=date(2026, 1, 10), starting_until=date(2026, 1, 20))
    assert [row.title for row in window] == ["MPP"]


def test_host_settings(db):
    assert host.get_host(db) == r.Host()
    stored = host.update_host(db, r.Host(name=" Pemerintah Kota Pontianak ", timezone="Asia/Makassar"))
    assert stored == r.Host(name="Pemerintah Kota Pontianak", timezone="Asia/Makassar")
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        host.update_host(db, r.Host(name="X", timezone="Mars/Olympus"))
    host.set_setting(db, "paper", "F4")
    assert host.get_setting(db, "paper") == "F4"


def test_database_refuses_what_services_refuse(office):
    """The check constraints hold even for a write that bypasses the services."""
    import sqlalchemy.exc

    visit = visits.create_visit(office, _visit())
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        with office.write() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO sessions (key, visit_id, starts_at, ends_at, title) "
                f"SELECT 'x', id, '2025-12-01 10:00:00', '2025-12-01 09:00:00', 't' FROM visits WHERE key = '{visit.key}'"
            )
    assert visits.get_visit(office, visit.key).sessions == ()


def test_visit_choices_put_what_is_coming_first_and_cancelled_last(office):
    from datetime import date as _date

    from studitiru.domain import records as r
    from studitiru.services import visits as visit_service

    today = _date(2026, 1, 1)
    choices = visit_service.visit_choices(office, today)
    rows = {row.key: row for row in visit_service.list_visits(office)}
    assert sorted(c.key for c in choices) == sorted(rows)
    states = ["cancelled" if c.status is r.VisitStatus.CANCELLED else ("coming" if c.ends_on >= today else "past")
              for c in choices]
    assert states == sorted(states, key=["coming", "past", "cancelled"].index)
    coming = [c.starts_on for c, s in zip(choices, states) if s == "coming"]
    past = [c.starts_on for c, s in zip(choices, states) if s == "past"]
    assert coming == sorted(coming) and past == sorted(past, reverse=True)


def test_all_registers_equal_the_lists_of_each_register_without_versions(office):
    from dataclasses import replace as _replace

    from studitiru.domain import records as r
    from studitiru.services import registers

    found = registers.all_registers(office)
    for kind, records in ((r.Institution, found.institutions), (r.Topic, found.topics), (r.Site, found.sites),
                          (r.Presenter, found.presenters)):
        listed = registers.list_records(office, kind)
        key = lambda item: item.key  # noqa: E731 - the server's collation may order names its own way
        assert sorted((_replace(item, version=0) for item in listed), key=key) == sorted(records, key=key)
        assert [(item.name, item.key) for item in records] == sorted((item.name, item.key) for item in records)
