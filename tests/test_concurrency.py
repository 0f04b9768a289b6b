"""Several officers at once, on the engine under test (SQLite file, or PostgreSQL with
STUDITIRU_TEST_POSTGRES=1): two `Database` objects on the same URL are two officers' windows.

- An edit of a record that another officer changed since it was shown is refused with who and
  when (`ChangedByOtherError`, a `ConflictError`), and nothing is overwritten.
- Two imports at once both land whole: on SQLite the second writer queues at `BEGIN IMMEDIATE`
  (busy timeout); on PostgreSQL each import first takes the tables it writes in SHARE ROW
  EXCLUSIVE mode (`db.bulk.lock_for_import`), so the second waits for the first to commit.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.errors import ChangedByOtherError, ConflictError
from studitiru.services import exchange, registers, visits
from studitiru.services.demo import demo_document
from studitiru.services.exchange_export import export_bytes

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT = "ST-2025-014"


@pytest.fixture
def officers(database_url):
    first, second = open_database(url=database_url), open_database(url=database_url)
    yield first, second
    first.dispose()
    second.dispose()


def test_second_edit_of_the_same_visit_is_refused_with_who_and_when(officers):
    budi, siti = officers
    exchange.import_file(budi, EXAMPLE)
    seen_by_budi, seen_by_siti = visits.get_visit(budi, VISIT), visits.get_visit(siti, VISIT)
    assert seen_by_budi.version == seen_by_siti.version >= 1

    saved = visits.update_visit(budi, replace(seen_by_budi, title="Judul dari Budi"))
    assert saved.version == seen_by_budi.version + 1
    with pytest.raises(ChangedByOtherError) as refused:
        visits.update_visit(siti, replace(seen_by_siti, title="Judul dari Siti", notes="catatan Siti"))
    assert isinstance(refused.value, ConflictError)
    message_id, message_en = refused.value.message("id"), refused.value.message("en")
    assert message_id.startswith(f"Kunjungan {VISIT} telah diubah oleh ") and "muat ulang lalu coba lagi" in message_id
    from studitiru.db.history import os_user

    assert f"oleh {os_user()} pada " in message_id and f"by {os_user()} on " in message_en
    assert str(date.today().year) in message_id

    now = visits.get_visit(siti, VISIT)  # nothing of Siti's edit was written
    assert (now.title, now.notes) == ("Judul dari Budi", seen_by_siti.notes)
    # Reloaded, Siti's edit goes through.
    visits.update_visit(siti, replace(now, notes="catatan Siti"))
    assert visits.get_visit(budi, VISIT).notes == "catatan Siti"


def test_a_register_record_and_a_visit_replaced_by_an_import_conflict_too(officers):
    budi, siti = officers
    exchange.import_file(budi, EXAMPLE)
    site = registers.list_sites(siti)[0]
    registers.update_record(budi, replace(registers.get_record(budi, r.Site, site.key), name="Aula baru"))
    with pytest.raises(ChangedByOtherError):
        registers.update_record(siti, replace(site, notes="dari Siti"))
    assert registers.get_record(siti, r.Site, site.key).name == "Aula baru"

    seen = visits.get_visit(siti, VISIT)
    exchange.import_file(budi, EXAMPLE)  # the visit is replaced whole by another officer's import
    with pytest.raises(ChangedByOtherError, match="diubah oleh") as refused:
        visits.update_visit(siti, replace(seen, title="Lama"))
    assert "(impor berkas example.json)" in refused.value.message("id")
    assert "(import of example.json)" in refused.value.message("en")


@pytest.mark.parametrize(("kind", "collection", "key"), [
    (r.Site, "sites", "rsud-ssma"), (r.Institution, "institutions", None), (r.Topic, "topics", None),
    (r.Presenter, "presenters", None),
])
def test_a_register_record_changed_by_an_import_is_refused_naming_the_import_and_when(
        officers, tmp_path, kind, collection, key):
    import json

    from studitiru.db.history import os_user

    budi, siti = officers
    exchange.import_file(budi, EXAMPLE)
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    item = next(x for x in document[collection] if key is None or x["key"] == key)
    seen = registers.get_record(siti, kind, item["key"])
    item["name"] = item["name"] + " (baru)"
    changed = tmp_path / "kiriman-kantor-lain.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    registers.update_record(budi, replace(registers.get_record(budi, kind, item["key"]), name="Nama dari Budi"))
    exchange.import_file(budi, changed)  # after Budi's own edit: the import is the last change
    with pytest.raises(ChangedByOtherError) as refused:
        registers.update_record(siti, replace(seen, name="Nama dari Siti"))
    message_id, message_en = refused.value.message("id"), refused.value.message("en")
    year = str(date.today().year)
    assert f"{item['key']} telah diubah oleh {os_user()} pada " in message_id and year in message_id
    assert "(impor berkas kiriman-kantor-lain.json); muat ulang lalu coba lagi." in message_id
    assert f"{item['key']} was changed by {os_user()} on " in message_en and year in message_en
    assert "(import of kiriman-kantor-lain.json); reload and try again." in message_en
    assert "petugas lain" not in message_id and str(tmp_path) not in message_id
    assert registers.get_record(siti, kind, item["key"]).name == item["name"]  # nothing of Siti's edit written
    # An officer's edit after the import is named as that officer's, not the import's.
    seen = registers.get_record(siti, kind, item["key"])
    registers.update_record(budi, replace(registers.get_record(budi, kind, item["key"]), name="Nama lagi"))
    with pytest.raises(ChangedByOtherError) as refused:
        registers.update_record(siti, replace(seen, name="Nama dari Siti"))
    assert "impor" not in refused.value.message("id") and f"oleh {os_user()} pada " in refused.value.message("id")


def test_a_visit_rewritten_by_an_import_of_many_visits_is_refused_naming_the_import(officers, tmp_path):
    budi, siti = officers
    demo = tmp_path / "program-demo.json"
    document = demo_document(date(2026, 11, 23))
    demo.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    exchange.import_file(budi, demo)
    key = document["visits"][-1]["key"]
    seen = visits.get_visit(siti, key)
    visits.update_visit(budi, replace(visits.get_visit(budi, key), notes="catatan Budi"))
    exchange.import_file(budi, demo)  # many visits: its history row names none of them alone
    with pytest.raises(ChangedByOtherError) as refused:
        visits.update_visit(siti, replace(seen, title="Judul dari Siti"))
    assert "(impor berkas program-demo.json); muat ulang lalu coba lagi." in refused.value.message("id")
    assert "(import of program-demo.json); reload and try again." in refused.value.message("en")


def test_a_version_of_zero_is_not_checked_and_own_edits_are_no_conflict(officers):
    budi, _ = officers
    exchange.import_file(budi, EXAMPLE)
    seen = visits.get_visit(budi, VISIT)
    visits.change_status(budi, VISIT, r.VisitStatus.CANCELLED, force=True)  # this window's own change
    visits.update_visit(budi, replace(seen, title="Masih boleh"))
    visits.update_visit(budi, replace(seen, title="Tanpa versi", version=0))
    assert visits.get_visit(budi, VISIT).title == "Tanpa versi"


def test_two_imports_at_once_both_land_whole(officers, tmp_path):
    first, second = officers
    demo = tmp_path / "demo.json"
    document = demo_document(date(2026, 11, 23))
    demo.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(database, path):  # noqa: ANN001
        try:
            start.wait()
            exchange.import_file(database, path)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(first, demo)), threading.Thread(target=run, args=(second, EXAMPLE))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    keys = {visit["key"] for source in (document, example) for visit in source["visits"]}
    assert {row.key for row in visits.list_visits(first)} >= keys
    # The result is exactly what one import after the other gives (in one order or the other):
    # nothing half-written, nothing interleaved.
    exported = export_bytes(first)
    orders = []
    for number, order in enumerate(((demo, EXAMPLE), (EXAMPLE, demo))):
        target = open_database(tmp_path / f"sequential-{number}.sqlite3")
        for path in order:
            exchange.import_file(target, path)
        orders.append(export_bytes(target))
        target.dispose()
    assert exported in orders


def test_a_participant_list_read_before_another_officers_change_is_refused(officers):
    budi, siti = officers
    exchange.import_file(budi, EXAMPLE)
    seen_by_budi, seen_by_siti = visits.get_visit(budi, VISIT), visits.get_visit(siti, VISIT)
    added = r.Participant(name="Peserta dari Budi")
    saved = visits.set_participants(budi, VISIT, (*seen_by_budi.participants, added), seen_by_budi.version)
    assert saved.version == seen_by_budi.version + 1
    with pytest.raises(ChangedByOtherError, match="diubah oleh"):
        visits.set_participants(siti, VISIT, seen_by_siti.participants[:1], seen_by_siti.version)
    assert added in visits.get_visit(siti, VISIT).participants  # Budi's participant was not undone

    # The same window's edits one after the other are no conflict; an import bumps the version too.
    again = visits.set_participants(budi, VISIT, saved.participants[1:], seen_by_budi.version)
    assert visits.add_participants(siti, VISIT, (r.Participant(name="Dari berkas"),)) == (1, 0)
    with pytest.raises(ChangedByOtherError):
        visits.set_participants(budi, VISIT, again.participants, again.version)


def test_a_change_of_only_opening_hours_is_named_with_who_and_when(officers):
    from datetime import time as clock

    from studitiru.db.history import os_user

    budi, siti = officers
    exchange.import_file(budi, EXAMPLE)
    site = registers.list_sites(siti)[0]
    week = (r.OpeningWindow(2, clock(9), clock(15)),)
    registers.update_record(budi, replace(registers.get_record(budi, r.Site, site.key), opening_hours=week))
    with pytest.raises(ChangedByOtherError, match=f"diubah oleh {os_user()} pada "):
        registers.update_record(siti, replace(site, notes="dari Siti"))
