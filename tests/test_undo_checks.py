"""Every write checks what the officer saw, undo and redo included (issue 14), on the engine
under test (SQLite file, or PostgreSQL with STUDITIRU_TEST_POSTGRES=1). Two `Database`
objects on one URL are two officers' windows: Siti's view is out of date, Budi's edit landed.

- A move or resize from a stale view is refused with who and when; nothing is overwritten.
- The undo of a move is the move back from the service's result: the times, and the site only
  if the move changed it; refused, the data left as it is, when the session changed since.
- A status change from a stale view is refused; so is its undo when the visit changed since.
- A deleted session or visit comes back whole, with its versions, in one transaction (the steps
  below it on the undo stack still apply), or not at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from studitiru.db.history import os_user
from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.errors import ChangedByOtherError, NotFoundError, UserError
from studitiru.services import agenda, exchange, lessons, registers, visit_edits, visits

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT, FIRST, SECOND = "ST-2025-014", "ST-2025-014-1", "ST-2025-014-2"


@pytest.fixture
def officers(database_url):
    budi, siti = open_database(url=database_url), open_database(url=database_url)
    exchange.import_file(budi, EXAMPLE)
    yield budi, siti
    budi.dispose()
    siti.dispose()


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 12, 1, hour, minute)


def _refused_by_name(error: ChangedByOtherError, record: str) -> None:
    assert record in error.message("id") and f"oleh {os_user()} pada " in error.message("id")
    assert f"by {os_user()} on " in error.message("en")


def test_a_move_from_a_stale_view_is_refused_with_who_and_when(officers):
    budi, siti = officers
    seen_by_siti = agenda.get_session(siti, SECOND)  # 10.30 in RSUD SSMA
    agenda.move_session(budi, SECOND, at(13), at(14, 30), "balai-kota", version=agenda.get_session(budi, SECOND).version)
    for start, end in ((at(11), at(12, 30)), (at(10, 30), at(12, 30))):  # a drag, a resize
        with pytest.raises(ChangedByOtherError) as refused:
            agenda.move_session(siti, SECOND, start, end, version=seen_by_siti.version)
        _refused_by_name(refused.value, SECOND)
    now = agenda.get_session(siti, SECOND)
    assert (now.starts_at, now.ends_at, now.site) == (at(13), at(14, 30), "balai-kota")


def test_the_undo_of_a_move_restores_only_what_the_move_changed(officers):
    budi, _ = officers
    seen = agenda.get_session(budi, SECOND)
    move = agenda.move_session(budi, SECOND, at(13), at(14, 30), version=seen.version)  # time only
    assert move.before == seen and move.after.version == seen.version + 1
    # Then this window changes the site (another undo step, above the move's).
    changed = agenda.update_session(budi, replace(move.after, site="balai-kota"))
    assert changed.version == move.after.version + 1  # this window's own: not a conflict
    back = agenda.revert_move(budi, move)
    assert (back.after.starts_at, back.after.ends_at, back.after.site) == (at(10, 30), at(12), "balai-kota")
    again = agenda.revert_move(budi, back)  # redo: the undo's result, undone
    assert (again.after.starts_at, again.after.ends_at, again.after.site) == (at(13), at(14, 30), "balai-kota")


def test_the_undo_of_a_move_is_refused_when_another_officer_changed_the_session(officers):
    budi, siti = officers
    move = agenda.move_session(siti, SECOND, at(13), at(14, 30), "balai-kota", version=agenda.get_session(siti, SECOND).version)
    seen_by_budi = agenda.get_session(budi, SECOND)
    agenda.update_session(budi, replace(seen_by_budi, title="Ganti judul", starts_at=at(15), ends_at=at(16)))
    with pytest.raises(ChangedByOtherError) as refused:
        agenda.revert_move(siti, move)
    _refused_by_name(refused.value, SECOND)
    now = agenda.get_session(siti, SECOND)
    assert (now.title, now.starts_at, now.site) == ("Ganti judul", at(15), "balai-kota")
    agenda.delete_session(budi, SECOND)
    with pytest.raises(NotFoundError):
        agenda.revert_move(siti, move)


def test_a_status_change_and_its_undo_check_the_version(officers):
    budi, siti = officers
    seen_by_siti = visits.get_visit(siti, VISIT)
    visits.update_visit(budi, replace(visits.get_visit(budi, VISIT), title="Judul Budi"))
    with pytest.raises(ChangedByOtherError):
        visits.change_status(siti, VISIT, r.VisitStatus.REPORTED, version=seen_by_siti.version)
    assert visits.get_visit(siti, VISIT).status == r.VisitStatus.COMPLETED
    mine = visits.change_status(siti, VISIT, r.VisitStatus.REPORTED, version=visits.get_visit(siti, VISIT).version)
    visits.update_visit(budi, replace(visits.get_visit(budi, VISIT), title="Judul Budi lagi"))
    with pytest.raises(ChangedByOtherError):  # the undo: back to completed, from what Siti's change left
        visits.change_status(siti, VISIT, r.VisitStatus.COMPLETED, force=True, version=mine.version)
    assert visits.get_visit(siti, VISIT).status == r.VisitStatus.REPORTED


def test_a_deleted_session_comes_back_with_its_version_and_lessons(officers):
    budi, _ = officers
    lesson = visits.get_visit(budi, VISIT).lessons[0]
    assert lesson.session == SECOND
    move = agenda.move_session(budi, SECOND, at(13), at(14), version=agenda.get_session(budi, SECOND).version)
    removed = agenda.delete_session(budi, SECOND, move.after.version)
    assert removed.session == move.after and removed.lessons == (lesson.key,)
    unlinked = visits.get_visit(budi, VISIT).lessons[0]
    assert unlinked.session is None and unlinked.version == lesson.version + 1
    restored = agenda.restore_session(budi, removed)
    assert restored == move.after and restored.version == move.after.version
    assert visits.get_visit(budi, VISIT).lessons[0].session == SECOND
    back = agenda.revert_move(budi, move)  # the step below the delete on the undo stack still applies
    assert back.after.starts_at == at(10, 30)


def test_a_session_whose_lesson_was_relinked_since_is_not_restored(officers):
    budi, siti = officers
    removed = agenda.delete_session(budi, SECOND)
    stale = visits.get_visit(siti, VISIT).lessons[0]
    lessons.update_lesson(siti, replace(stale, session=FIRST))
    with pytest.raises(ChangedByOtherError):
        agenda.restore_session(budi, removed)
    with pytest.raises(NotFoundError):
        agenda.get_session(budi, SECOND)


def test_a_visit_comes_back_whole_or_not_at_all(officers):
    budi, siti = officers
    whole = visits.get_visit(budi, VISIT)
    deleted = visits.delete_visit(budi, VISIT, whole.version)
    assert deleted == whole
    registers.delete_record(siti, r.Site, "rsud-ssma")  # no session uses it any more
    with pytest.raises(UserError) as refused:
        visit_edits.restore_visit(budi, deleted)
    assert "rsud-ssma" in refused.value.message("id")
    with pytest.raises(NotFoundError):  # not the visit without its sessions and lesson
        visits.get_visit(budi, VISIT)
    assert [s.key for s in agenda.sessions_between(budi, at(0), at(23))] == []
    assert lessons.list_lessons(budi) == []


def test_a_restored_visit_keeps_its_versions(officers):
    budi, _ = officers
    whole = visits.set_participants(budi, VISIT, (r.Participant("Sufrianor"),))
    whole = visits.get_visit(budi, VISIT)
    assert whole.version >= 2
    restored = visit_edits.restore_visit(budi, visits.delete_visit(budi, VISIT, whole.version))
    assert restored == whole
    assert restored.version == whole.version
    assert [s.version for s in restored.sessions] == [s.version for s in whole.sessions]
    assert [x.version for x in restored.lessons] == [x.version for x in whole.lessons]
    # a redo of the delete checks the version the undo left
    visits.delete_visit(budi, VISIT, restored.version)


def test_the_undo_of_a_participants_import_checks_the_version_it_left(officers):
    budi, siti = officers
    shown = visits.get_visit(siti, VISIT)
    done = visits.import_participants(siti, VISIT, (r.Participant("Dari berkas"),), shown.version)
    assert (done.added, done.skipped) == (1, 0) and done.version == shown.version + 1
    visits.set_participants(budi, VISIT, (*visits.get_visit(budi, VISIT).participants, r.Participant("Dari Budi")))
    with pytest.raises(ChangedByOtherError):  # Siti's undo would drop Budi's participant
        visits.set_participants(siti, VISIT, shown.participants, done.version)
    assert [p.name for p in visits.get_visit(siti, VISIT).participants][-2:] == ["Dari berkas", "Dari Budi"]
