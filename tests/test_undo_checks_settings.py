"""Travel times and the host office's settings check what the officer saw too (issue 14,
migration 0009), on the engine under test (SQLite file, or PostgreSQL with
STUDITIRU_TEST_POSTGRES=1). Two `Database` objects on one URL are two officers' windows.

- A travel-time edit from a stale view (changed, set or removed since) is refused with who and
  when, and the travel time is left as the other officer wrote it.
- A host-settings edit from a stale view is refused the same way.
- The undo of one's own edit (a chain of versions, `ui.checked_edits.checked_pair`) applies
  while nobody else wrote, and is refused, changing nothing, after another officer's change.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from studitiru.db.history import os_user
from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.errors import ChangedByOtherError
from studitiru.services import exchange, host, register_edits, registers
from studitiru.ui.checked_edits import checked_pair

EXAMPLE = Path(__file__).parent / "data" / "example.json"
A, B = "balai-kota", "rsud-ssma"


@pytest.fixture
def officers(database_url):
    budi, siti = open_database(url=database_url), open_database(url=database_url)
    exchange.import_file(budi, EXAMPLE)
    yield budi, siti
    budi.dispose()
    siti.dispose()


def _refused_by_name(error: ChangedByOtherError, record_id: str, record_en: str) -> None:
    assert record_id in error.message("id") and f"oleh {os_user()} pada " in error.message("id")
    assert record_en in error.message("en") and f"by {os_user()} on " in error.message("en")


def _travel(db, from_site: str = A, to_site: str = B) -> r.TravelTime | None:
    return next((t for t in registers.list_travel_times(db) if (t.from_site, t.to_site) == (from_site, to_site)), None)


def test_a_stale_travel_time_edit_is_refused_with_who_and_when(officers):
    budi, siti = officers
    seen_by_siti = _travel(siti)
    budi_saw = _travel(budi)
    written = registers.set_travel_time(budi, A, B, 25, budi_saw.version)
    assert written.version == budi_saw.version + 1 and _travel(siti).version == written.version
    for minutes in (30, None):  # a change and a removal from Siti's stale view
        with pytest.raises(ChangedByOtherError) as refused:
            registers.set_travel_time(siti, A, B, minutes, seen_by_siti.version)
        _refused_by_name(refused.value, f"Waktu tempuh {A} → {B}", f"Travel time {A} → {B}")
    assert _travel(siti).minutes == 25
    assert (seen_by_siti.minutes, budi_saw.minutes) == (20, 20)  # the example's


def test_a_travel_time_set_or_removed_since_is_refused(officers):
    budi, siti = officers
    # Siti saw none; Budi sets one: Siti's "set 15" would overwrite it.
    registers.set_travel_time(budi, B, A, 40, r.NO_TRAVEL_TIME)
    with pytest.raises(ChangedByOtherError) as refused:
        registers.set_travel_time(siti, B, A, 15, r.NO_TRAVEL_TIME)
    _refused_by_name(refused.value, f"Waktu tempuh {B} → {A}", f"Travel time {B} → {A}")
    # Siti saw 40; Budi removes it: her "set 45" is refused, and nothing comes back.
    seen = _travel(siti, B, A)
    removed = registers.set_travel_time(budi, B, A, None, seen.version)
    assert removed == r.NoTravelTime(B, A) and removed.version == r.NO_TRAVEL_TIME
    with pytest.raises(ChangedByOtherError) as refused:
        registers.set_travel_time(siti, B, A, 45, seen.version)
    _refused_by_name(refused.value, f"Waktu tempuh {B} → {A}", f"Travel time {B} → {A}")
    assert _travel(siti, B, A) is None


def test_a_travel_time_undo_after_another_officers_change_is_refused_and_changes_nothing(officers):
    budi, siti = officers
    assert _travel(budi, B, A) is None
    # Siti's own edit: set (none seen), undo (remove), redo (set), undo (remove), all checked.
    do, undo = checked_pair(r.NO_TRAVEL_TIME, lambda seen: registers.set_travel_time(siti, B, A, 20, seen),
                            lambda seen: registers.set_travel_time(siti, B, A, None, seen))
    do()
    undo()
    assert _travel(budi, B, A) is None
    do()
    assert _travel(budi, B, A).minutes == 20
    # Budi changes it; Siti's undo (the removal of her 20) is refused and leaves his 35.
    registers.set_travel_time(budi, B, A, 35, _travel(budi, B, A).version)
    with pytest.raises(ChangedByOtherError) as refused:
        undo()
    _refused_by_name(refused.value, f"Waktu tempuh {B} → {A}", f"Travel time {B} → {A}")
    assert _travel(budi, B, A).minutes == 35


def test_a_stale_host_settings_edit_and_its_undo_are_refused(officers):
    budi, siti = officers
    seen_by_siti = host.get_host(siti)
    saw = host.get_host(budi)
    written = host.update_host(budi, replace(saw, name="Pemerintah Kabupaten Kubu Raya"))
    assert written.version == saw.version + 1
    with pytest.raises(ChangedByOtherError) as refused:
        host.update_host(siti, replace(seen_by_siti, address="Jl. Arteri Supadio"))
    _refused_by_name(refused.value, "Pengaturan kantor", "Host settings")
    assert host.get_host(siti) == written

    # Siti's own edit and its undo, checked; Budi writes between: the undo is refused.
    before = host.get_host(siti)
    after = replace(before, office="Bagian Umum")
    do, undo = checked_pair(before.version, lambda seen: host.update_host(siti, replace(after, version=seen)),
                            lambda seen: host.update_host(siti, replace(before, version=seen)))
    do()
    undo()
    assert host.get_host(budi) == before
    do()
    changed = host.update_host(budi, replace(host.get_host(budi), timezone="Asia/Jakarta"))
    with pytest.raises(ChangedByOtherError) as refused:
        undo()
    _refused_by_name(refused.value, "Pengaturan kantor", "Host settings")
    assert host.get_host(budi) == changed and changed.office == "Bagian Umum"


@pytest.mark.postgres_only
def test_a_travel_time_set_by_another_officer_a_moment_before_is_refused(officers):
    """Both saw none; Budi's insert is not yet committed when Siti's arrives (PostgreSQL lets
    both read "none"; the unique pair makes hers wait, then fail): hers is refused in plain
    words, not a crash, and his stays."""
    budi, siti = officers
    with budi.engine.connect() as connection:
        ids = dict(connection.execute(text("SELECT key, id FROM sites")).all())
        connection.rollback()
        transaction = connection.begin()
        connection.execute(text("INSERT INTO travel_times (from_site_id, to_site_id, minutes) VALUES (:a, :b, 40)"),
                           {"a": ids[B], "b": ids[A]})
        raised: list[BaseException] = []

        def siti_sets() -> None:
            try:
                registers.set_travel_time(siti, B, A, 15, r.NO_TRAVEL_TIME)
            except BaseException as error:  # noqa: BLE001 - checked below
                raised.append(error)

        thread = threading.Thread(target=siti_sets)
        thread.start()
        time.sleep(1.0)  # Siti's insert now waits on Budi's row
        transaction.commit()
        thread.join(timeout=60)
    assert not thread.is_alive()
    assert len(raised) == 1 and isinstance(raised[0], ChangedByOtherError), raised
    assert f"Waktu tempuh {B} → {A} baru saja diubah" in raised[0].message("id")
    assert _travel(siti, B, A).minutes == 40


def test_a_deleted_sites_travel_times_come_back_at_their_versions(officers):
    budi, siti = officers
    registers.create_record(budi, r.Site(key="aula", name="Aula Rumah Jabatan"))
    registers.set_travel_time(budi, "aula", A, 10)
    registers.set_travel_time(budi, "aula", A, 12, _travel(budi, "aula", A).version)
    seen_by_siti = _travel(siti, "aula", A)
    assert seen_by_siti.version == 2
    site, travel = register_edits.delete_site(budi, "aula")
    register_edits.restore_site(budi, site, travel)
    assert _travel(budi, "aula", A).version == 2  # Siti's view of it still applies
    assert registers.set_travel_time(siti, "aula", A, 15, seen_by_siti.version).version == 3
