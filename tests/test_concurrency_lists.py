"""Several officers at once, continued (SQLite, or PostgreSQL with STUDITIRU_TEST_POSTGRES=1).

A change of only a record's lists (topics, presenters, opening hours, unavailable periods)
raises its version too, so another officer's edit from before it is refused, not written
over it. A delete from a stale view is refused the same way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import pytest

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.errors import ChangedByOtherError
from studitiru.services import agenda, exchange, lessons, registers, visits

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
