"""Several officers at once, continued (SQLite, or PostgreSQL with STUDITIRU_TEST_POSTGRES=1).

A change of only a record's lists (topics, presenters, opening hours, unavailable periods)
raises its version too, so another officer's edit from before it is refused, not written
over it. A delete from a stale view (the version shown passed to the delete service) is refused
the same way, with who changed the record and when.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import pytest

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.db.history import os_user
from studitiru.errors import ChangedByOtherError, NotFoundError
from studitiru.services import agenda, exchange, lessons, register_edits, registers, visits

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT = "ST-2025-014"
SESSION = "ST-2025-014-2"
LESSON = "ST-2025-014-L1"


@pytest.fixture
def officers(database_url):
    first, second = open_database(url=database_url), open_database(url=database_url)
    exchange.import_file(first, EXAMPLE)
    yield first, second
    first.dispose()
    second.dispose()


def test_a_change_of_only_the_topics_refuses_a_stale_edit(officers):
    budi, siti = officers
    seen = visits.get_visit(siti, VISIT)
    saved = visits.update_visit(budi, replace(visits.get_visit(budi, VISIT), topics=("rs", "zi")))
    assert saved.version == seen.version + 1
    with pytest.raises(ChangedByOtherError, match="diubah oleh"):
        visits.update_visit(siti, replace(seen, notes="dari Siti"))
    assert visits.get_visit(siti, VISIT).topics == ("rs", "zi")
    # Saving the same details again changes nothing, the version included.
    assert visits.update_visit(budi, saved).version == saved.version


@pytest.mark.parametrize("change", [
    lambda s: replace(s, topics=("zi",)),
    lambda s: replace(s, presenters=("dir-rsud", "sekda")),
])
def test_a_change_of_only_a_sessions_lists_refuses_a_stale_edit(officers, change):
    budi, siti = officers
    seen = agenda.get_session(siti, SESSION)
    agenda.update_session(budi, change(agenda.get_session(budi, SESSION)))
    with pytest.raises(ChangedByOtherError, match="diubah oleh"):
        agenda.update_session(siti, replace(seen, title="Dari Siti"))
    assert agenda.get_session(siti, SESSION) == change(seen)


@pytest.mark.parametrize(("kind", "key", "change"), [
    (r.Presenter, "sekda", lambda p: replace(p, topics=("rs", "zi"))),
    (r.Presenter, "sekda", lambda p: replace(p, unavailable=(r.Period(datetime(2026, 1, 5, 8), datetime(2026, 1, 5, 12)),))),
    (r.Site, "rsud-ssma", lambda s: replace(s, opening_hours=(r.OpeningWindow(1, time(8), time(15)),))),
])
def test_a_change_of_only_a_registers_lists_refuses_a_stale_edit(officers, kind, key, change):
    budi, siti = officers
    seen = registers.get_record(siti, kind, key)
    registers.update_record(budi, change(registers.get_record(budi, kind, key)))
    with pytest.raises(ChangedByOtherError):
        registers.update_record(siti, replace(seen, name="Dari Siti"))
    assert registers.get_record(siti, kind, key) == change(seen)


def test_a_lesson_edit_raises_its_version_once(officers):
    budi, siti = officers
    seen = next(item for item in visits.get_visit(siti, VISIT).lessons if item.key == LESSON)
    saved = lessons.update_lesson(budi, replace(seen, topic="rs"))
    assert saved.version == seen.version + 1
    with pytest.raises(ChangedByOtherError):
        lessons.update_lesson(siti, replace(seen, owner="Siti"))


def _stale_delete_cases():
    # (read the record shown, change it as another officer, delete it from the stale view, is it still there)
    return {
        "visit": (lambda db: visits.get_visit(db, VISIT),
                  lambda db, seen: visits.update_visit(db, replace(seen, title="Dari Budi")),
                  lambda db, seen: visits.delete_visit(db, VISIT, seen.version),
                  lambda db: visits.get_visit(db, VISIT)),
        "session": (lambda db: agenda.get_session(db, SESSION),
                    lambda db, seen: agenda.update_session(db, replace(seen, topics=("zi",))),
                    lambda db, seen: agenda.delete_session(db, SESSION, seen.version),
                    lambda db: agenda.get_session(db, SESSION)),
        "lesson": (lambda db: next(item for item in visits.get_visit(db, VISIT).lessons if item.key == LESSON),
                   lambda db, seen: lessons.update_lesson(db, replace(seen, owner="Budi")),
                   lambda db, seen: lessons.delete_lesson(db, LESSON, seen.version),
                   lambda db: {item.key: item for item in visits.get_visit(db, VISIT).lessons}[LESSON]),
        "topic": (lambda db: registers.get_record(db, r.Topic, "rs"),
                  lambda db, seen: registers.update_record(db, replace(seen, description="dari Budi")),
                  lambda db, seen: registers.delete_record(db, r.Topic, "rs", seen.version),
                  lambda db: registers.get_record(db, r.Topic, "rs")),
        "site": (lambda db: registers.get_record(db, r.Site, "balai-kota"),
                 lambda db, seen: registers.update_record(db, replace(seen, notes="dari Budi")),
                 lambda db, seen: register_edits.delete_site(db, "balai-kota", seen.version),
                 lambda db: registers.get_record(db, r.Site, "balai-kota")),
    }


@pytest.mark.parametrize("kind", list(_stale_delete_cases()))
def test_a_delete_from_a_stale_view_is_refused_with_who_and_when(officers, kind):
    budi, siti = officers
    read, change, delete, still_there = _stale_delete_cases()[kind]
    if kind in ("topic", "site"):  # free the register record first, so only the version refuses
        for visit_session in agenda.sessions_between(budi, datetime(2000, 1, 1), datetime(2100, 1, 1)):
            agenda.update_session(budi, replace(visit_session, topics=(), site=None))
        for presenter in registers.list_presenters(budi):
            registers.update_record(budi, replace(presenter, topics=()))
        visits.update_visit(budi, replace(visits.get_visit(budi, VISIT), topics=("zi",)))
        lesson = next(item for item in visits.get_visit(budi, VISIT).lessons if item.key == LESSON)
        lessons.update_lesson(budi, replace(lesson, topic=None))
    seen = read(siti)
    change(budi, read(budi))
    with pytest.raises(ChangedByOtherError) as refused:
        delete(siti, seen)
    assert f"oleh {os_user()} pada " in refused.value.message("id")
    assert f"by {os_user()} on " in refused.value.message("en")
    still_there(siti)
    # Reloaded (or with no version, as scripts and undo delete), the delete goes through.
    delete(siti, read(siti))
    with pytest.raises((NotFoundError, KeyError)):  # KeyError: the lesson is gone from its visit
        still_there(siti)


def test_a_redo_of_a_delete_after_its_undo_checks_the_version_the_undo_left(officers):
    budi, siti = officers
    shown = agenda.update_session(budi, replace(agenda.get_session(budi, SESSION), title="Versi dua"))
    assert shown.version == 2
    removed = agenda.delete_session(budi, SESSION, shown.version)  # the delete, checked against the version shown
    assert removed.lessons == (LESSON,)
    restored = agenda.restore_session(budi, removed)  # undo: the session back at the version it was deleted at
    assert restored.version == agenda.get_session(budi, SESSION).version == 2
    agenda.update_session(siti, replace(agenda.get_session(siti, SESSION), title="Siti"))
    with pytest.raises(ChangedByOtherError):  # redo: Siti changed the restored session since
        agenda.delete_session(budi, SESSION, restored.version)
    assert agenda.get_session(budi, SESSION).title == "Siti"
