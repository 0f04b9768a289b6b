"""Agenda revisions: release, change, release again; the change list; undo; surviving edits,
deletes, an import that replaces the visit and a round trip through the exchange file.

Runs on SQLite, and on PostgreSQL with STUDITIRU_TEST_POSTGRES=1 (the `db` fixture)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from studitiru.cli import main
from studitiru.domain import records as r
from studitiru.domain.revisions import changes_json, summary_line
from studitiru.errors import ConflictError, NotFoundError, ValidationError
from studitiru.services import agenda, exchange, revisions

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT = "ST-2025-014"
WELCOME, TALK = "ST-2025-014-1", "ST-2025-014-2"
RELEASED_1 = datetime(2025, 11, 20, 10, 0)
RELEASED_2 = datetime(2026, 1, 5, 14, 30)


@pytest.fixture
def loaded(db):
    exchange.import_file(db, EXAMPLE)
    return db


def _edit_after_release(db) -> str:
    """Move the talk an hour later to the town hall, change the welcome's presenter and title,
    add a tour; returns the new session's key."""
    agenda.move_session(db, TALK, datetime(2025, 12, 1, 13, 0), datetime(2025, 12, 1, 14, 30), site="balai-kota")
    welcome = agenda.get_session(db, WELCOME)
    agenda.update_session(db, replace(welcome, title="Penerimaan dan ramah tamah", presenters=("dir-rsud",)))
    tour = agenda.add_session(db, r.Session(key="", visit=VISIT, starts_at=datetime(2025, 12, 1, 15, 0),
                                            ends_at=datetime(2025, 12, 1, 16, 0), title="Kunjungan lapangan",
                                            kind=r.SessionKind.SITE_TOUR, site="rsud-ssma"))
    return tour.key


def test_release_change_release_again_names_exactly_what_changed(loaded):
    db = loaded
    first = revisions.release(db, VISIT, "Jadwal awal", now=RELEASED_1)
    assert first.revision.number == 1 and first.revision.note == "Jadwal awal"
    assert first.revision.released_at == RELEASED_1 and first.revision.officer
    assert [c.session for c in first.changes.added] == [WELCOME, TALK]
    assert summary_line(1, first.changes) == "Revisi 1: 2 acara baru, 0 dipindah, 0 dibatalkan"
    assert summary_line(1, first.changes, "en") == "Revision 1: 2 new sessions, 0 moved, 0 cancelled"

    tour = _edit_after_release(db)
    pending = revisions.changes(db, VISIT)
    assert (pending.from_number, pending.to_number) == (1, None)
    assert [c.session for c in pending.added] == [tour] and not pending.cancelled
    assert {c.session: c.aspects for c in pending.moved} == {
        WELCOME: ("presenters", "title"), TALK: ("time", "site")}

    second = revisions.release(db, VISIT, "Narasumber berganti", now=RELEASED_2)
    assert second.revision.number == 2
    assert summary_line(2, second.changes) == "Revisi 2: 1 acara baru, 2 dipindah, 0 dibatalkan"
    assert summary_line(2, second.changes, "en") == "Revision 2: 1 new session, 2 moved, 0 cancelled"

    agenda.delete_session(db, WELCOME)
    third = revisions.release(db, VISIT, None, now=datetime(2026, 1, 6, 8, 0))
    assert [c.session for c in third.changes.cancelled] == [WELCOME]
    assert not third.changes.added and not third.changes.moved

    between = changes_json(revisions.changes(db, VISIT, 1, 2))
    assert between == {
        "added": [{"session": tour, "starts_at": "2025-12-01T15:00", "ends_at": "2025-12-01T16:00",
                   "site": "rsud-ssma", "presenters": [], "title": "Kunjungan lapangan"}],
        "cancelled": [],
        "moved": [
            {"session": WELCOME, "before": {"presenters": ["sekda"], "title": "Penerimaan rombongan"},
             "after": {"presenters": ["dir-rsud"], "title": "Penerimaan dan ramah tamah"}},
            {"session": TALK, "before": {"starts_at": "2025-12-01T10:30", "ends_at": "2025-12-01T12:00", "site": "rsud-ssma"},
             "after": {"starts_at": "2025-12-01T13:00", "ends_at": "2025-12-01T14:30", "site": "balai-kota"}},
        ],
    }
    across = revisions.changes(db, VISIT, 1, 3)
    assert [c.session for c in across.cancelled] == [WELCOME] and [c.session for c in across.added] == [tour]
    assert [c.session for c in across.moved] == [TALK]
    # The plan equals revision 3: nothing pending, and releasing again is refused in plain words.
    assert revisions.changes(db, VISIT).count == 0
    with pytest.raises(ValidationError, match="tidak berubah sejak Revisi 3"):
        revisions.release(db, VISIT)
    # Revisions are history: revision 1 still holds the welcome as it was, with its names.
    old = revisions.get_revision(db, VISIT, 1).agenda
    welcome = next(i for i in old.items if i.key == WELCOME)
    assert (welcome.title, [p.name for p in welcome.presenters], welcome.site.name) == (
        "Penerimaan rombongan", ["Amirullah"], "Balai Kota Pontianak, ruang rapat lantai 3")
    assert [x.number for x in revisions.revisions(db, VISIT)] == [1, 2, 3]


def test_refusals_are_plain_and_change_nothing(loaded):
    db = loaded
    with pytest.raises(NotFoundError, match="ST-NOPE"):
        revisions.release(db, "ST-NOPE")
    with pytest.raises(NotFoundError, match="Revisi 4"):
        revisions.changes(db, VISIT, 1, 4)
    revisions.release(db, VISIT, now=RELEASED_1)
    with pytest.raises(ValidationError, match="tidak sebelum"):
        revisions.changes(db, VISIT, 1, 1)
    with pytest.raises(ValidationError, match="catatan revisi"):
        revisions.release(db, VISIT, "x" * 3000)
    assert [x.number for x in revisions.revisions(db, VISIT)] == [1]


def test_undo_removes_the_newest_revision_only_until_something_was_printed_from_it(loaded):
    db = loaded
    revisions.release(db, VISIT, now=RELEASED_1)
    _edit_after_release(db)
    second = revisions.release(db, VISIT, "dua", now=RELEASED_2)
    with pytest.raises(ConflictError, match="sudah ada Revisi 2"):
        revisions.undo_release(db, VISIT, 1)
    removed = revisions.undo_release(db, VISIT, 2)
    assert removed == second.revision
    assert [x.number for x in revisions.revisions(db, VISIT)] == [1]
    back = revisions.restore_release(db, removed)  # redo
    assert back == second.revision
    revisions.mark_produced(db, VISIT, 2, "itinerary", now=datetime(2026, 1, 5, 15, 0))
    with pytest.raises(ConflictError) as refused:
        revisions.undo_release(db, VISIT, 2)
    assert "sudah dicetak atau disimpan pada Senin, 5 Januari 2026 15.00" in refused.value.message("id")
    assert "was printed or saved on Monday, 5 January 2026 15:00" in refused.value.message("en")
    assert [x.number for x in revisions.revisions(db, VISIT)] == [1, 2]
    # A message copied to be sent counts as well.
    agenda.delete_session(db, TALK)
    revisions.release(db, VISIT, now=datetime(2026, 1, 6, 9, 0))
    revisions.mark_produced(db, VISIT, 3, "message", now=datetime(2026, 1, 6, 9, 5))
    with pytest.raises(ConflictError) as refused:
        revisions.undo_release(db, VISIT, 3)
    assert "pesan pemberitahuannya sudah disalin untuk dikirim pada Selasa, 6 Januari 2026 09.05" in refused.value.message("id")
    assert "a message about it was copied to be sent on Tuesday, 6 January 2026 09:05" in refused.value.message("en")


def test_revisions_survive_deletes_and_an_import_that_replaces_the_visit(loaded, tmp_path):
    db = loaded
    revisions.release(db, VISIT, now=RELEASED_1)
    before = revisions.revisions(db, VISIT)
    agenda.delete_session(db, TALK)
    exchange.import_file(db, EXAMPLE)  # version 1: the visit replaced whole
    assert revisions.revisions(db, VISIT) == before
    assert revisions.changes(db, VISIT).count == 0  # the file put the talk back as it was


def test_revisions_travel_through_the_exchange_file(loaded, tmp_path):
    db = loaded
    revisions.release(db, VISIT, "awal", now=RELEASED_1)
    _edit_after_release(db)
    revisions.release(db, VISIT, "dua", now=RELEASED_2)
    revisions.mark_produced(db, VISIT, 1, "ics", now=datetime(2025, 11, 21, 9, 0))
    out = tmp_path / "all.json"
    exchange.export_file(db, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [(x["visit"], x["number"]) for x in document["agenda_revisions"]] == [(VISIT, 1), (VISIT, 2)]
    from studitiru.db.schema import open_database

    other = open_database(tmp_path / "other.sqlite3")
    try:
        exchange.import_file(other, out)
        assert revisions.revisions(other, VISIT) == revisions.revisions(db, VISIT)
        again = tmp_path / "again.json"
        exchange.export_file(other, again)
        assert again.read_bytes() == out.read_bytes()
        # Importing again adds nothing and changes nothing: a revision held stays as it is.
        exchange.import_file(other, out)
        assert revisions.revisions(other, VISIT) == revisions.revisions(db, VISIT)
    finally:
        other.dispose()


def test_cli_release_and_changes(loaded, tmp_path, capsys):
    db = loaded
    target = ["--database-url", str(db.engine.url.render_as_string(hide_password=False))]
    assert main([*target, "release", "--visit", VISIT, "--note", "awal"]) == 0
    assert capsys.readouterr().out.strip() == "Revisi 1: 2 acara baru, 0 dipindah, 0 dibatalkan"
    tour = _edit_after_release(db)
    assert main([*target, "changes", "--visit", VISIT, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert set(shown) == {"added", "cancelled", "moved"}
    assert [x["session"] for x in shown["added"]] == [tour]
    assert [x["session"] for x in shown["moved"]] == [WELCOME, TALK]
    assert all(set(x) == {"session", "before", "after"} for x in shown["moved"])
    assert main([*target, "changes", "--visit", VISIT, "--lang", "en"]) == 0
    table = capsys.readouterr().out
    assert "Changed: Paparan Zona Integritas RSUD SSMA" in table and "site: RSUD Sultan Syarif Mohamad Alkadrie → Balai Kota" in table
    assert main([*target, "release", "--visit", VISIT]) == 0
    assert capsys.readouterr().out.strip() == "Revisi 2: 1 acara baru, 2 dipindah, 0 dibatalkan"
    assert main([*target, "changes", "--visit", VISIT, "--from", "1", "--to", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == shown
    assert main([*target, "changes", "--visit", VISIT, "--from", "1", "--to", "7"]) == 2
    assert capsys.readouterr().err.strip() == "Kunjungan ST-2025-014 tidak mempunyai Revisi 7."
    assert main([*target, "release", "--visit", VISIT]) == 2
    assert "tidak berubah sejak Revisi 2" in capsys.readouterr().err


def test_who_must_be_told_each_with_their_own_changes(loaded):
    db = loaded
    from studitiru.services import visits

    visit = visits.get_visit(db, VISIT)
    visits.update_visit(db, replace(visit, liaison=r.Person("Rina Lestari", "Kasubbag Protokol", "0812-555-0101")))
    revisions.release(db, VISIT, now=RELEASED_1)
    tour = _edit_after_release(db)
    revisions.release(db, VISIT, "Narasumber berganti", now=RELEASED_2)
    revision, found, notices = revisions.release_notices(db, VISIT, 2)
    assert found.count == 3
    told = {(n.role, n.key): [c.session for c in n.changes] for n in notices}
    assert told == {
        # Amirullah lost the welcome; the director took it over; the town hall gets the moved talk.
        ("presenter", "dir-rsud"): [WELCOME, TALK],
        ("presenter", "sekda"): [WELCOME],
        ("site", "balai-kota"): [WELCOME, TALK],
        ("site", "rsud-ssma"): [TALK, tour],
        ("liaison", ""): [WELCOME, TALK, tour],
    }
    from studitiru.domain.revisions import notice_text

    amir = next(n for n in notices if n.key == "sekda")
    text_id = notice_text(amir, revision, "id")
    assert text_id.startswith("Yth. Amirullah,\n")
    assert "(Revisi 2, 5 Januari 2026)" in text_id and "Catatan: Narasumber berganti" in text_id
    assert "- Diubah: Penerimaan rombongan — narasumber: Amirullah → Direktur RSUD SSMA; " \
           "judul: Penerimaan rombongan → Penerimaan dan ramah tamah" in text_id
    text_en = notice_text(amir, revision, "en")
    assert text_en.startswith("Dear Amirullah,\n") and "(Revision 2, 5 January 2026)" in text_en
    liaison = notices[-1]
    assert (liaison.name, liaison.contact) == ("Rina Lestari", "0812-555-0101")
    assert "- Baru: Kunjungan lapangan: Senin, 1 Desember 2025, 15.00–16.00 WIB, RSUD Sultan Syarif Mohamad Alkadrie" \
        in notice_text(liaison, revision, "id")


def test_a_malformed_revision_in_the_file_is_refused_and_nothing_is_written(loaded, tmp_path):
    db = loaded
    revisions.release(db, VISIT, now=RELEASED_1)
    out = tmp_path / "all.json"
    exchange.export_file(db, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["agenda_revisions"].append(dict(document["agenda_revisions"][0]))  # the same visit and number twice
    document["visits"][0]["title"] = "Diubah oleh berkas"
    from studitiru.errors import ExchangeFileError

    with pytest.raises(ExchangeFileError, match=r"agenda_revisions\[1\].*dua kali|dua kali.*agenda_revisions"):
        exchange.import_document(db, document, "ganda.json")
    del document["agenda_revisions"][1]
    del document["agenda_revisions"][0]["agenda"]
    with pytest.raises(ExchangeFileError, match="agenda_revisions"):
        exchange.import_document(db, document, "tanpa-agenda.json")
    from studitiru.services.visits import get_visit

    assert get_visit(db, VISIT).title == "Studi tiru Zona Integritas Pemkab Balangan"
    assert len(revisions.revisions(db, VISIT)) == 1


def test_two_officers_releasing_at_once_never_share_a_number(database_url):
    """Two `Database` objects on one URL (two PostgreSQL connections under STUDITIRU_TEST_POSTGRES=1)
    release the same visit at the same moment, five times over: each time one revision is made and
    the other officer is told nothing changed since it; the numbers run 1 to 5."""
    import threading

    from studitiru.db.schema import open_database

    officers = [open_database(url=database_url) for _ in range(2)]
    try:
        exchange.import_file(officers[0], EXAMPLE)
        for round_ in range(5):
            if round_:
                agenda.move_session(officers[0], TALK, datetime(2025, 12, 1, 10 + round_, 0),
                                    datetime(2025, 12, 1, 11 + round_, 0))
            barrier = threading.Barrier(2)
            made: list[int] = []
            refused: list[BaseException] = []

            def work(index: int) -> None:
                barrier.wait()
                try:
                    made.append(revisions.release(officers[index], VISIT, f"officer {index}").revision.number)
                except ValidationError as error:
                    refused.append(error)
                except BaseException as error:  # noqa: BLE001 - reported below
                    refused.append(error)

            threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            assert made == [round_ + 1], (made, refused)
            assert len(refused) == 1 and isinstance(refused[0], ValidationError), refused
            assert "tidak berubah sejak Revisi" in str(refused[0])
        assert [x.number for x in revisions.revisions(officers[1], VISIT)] == [1, 2, 3, 4, 5]
    finally:
        for database in officers:
            database.dispose()


def test_a_session_moved_to_another_day_names_both_days(loaded):
    db = loaded
    revisions.release(db, VISIT, now=RELEASED_1)
    agenda.move_session(db, TALK, datetime(2025, 12, 2, 8, 0), datetime(2025, 12, 2, 9, 0))
    from studitiru.domain.revisions import change_line

    (moved,) = revisions.changes(db, VISIT).moved
    assert change_line(moved, "id", "Asia/Pontianak") == (
        "Diubah: Paparan Zona Integritas RSUD SSMA — waktu: Senin, 1 Desember 2025, 10.30–12.00 WIB → "
        "Selasa, 2 Desember 2025, 08.00–09.00 WIB")


def test_a_session_time_with_seconds_is_frozen_exactly(loaded):
    db = loaded
    agenda.move_session(db, TALK, datetime(2025, 12, 1, 10, 30, 15), datetime(2025, 12, 1, 12, 0, 45))
    revisions.release(db, VISIT, now=RELEASED_1)
    assert revisions.changes(db, VISIT).count == 0
    talk = next(i for i in revisions.get_revision(db, VISIT, 1).agenda.items if i.key == TALK)
    assert (talk.starts_at, talk.ends_at) == (datetime(2025, 12, 1, 10, 30, 15), datetime(2025, 12, 1, 12, 0, 45))


def test_a_release_and_its_undo_are_in_the_visits_history(loaded):
    db = loaded
    from studitiru.services.history import visit_history

    revisions.release(db, VISIT, "awal", now=RELEASED_1)
    agenda.delete_session(db, WELCOME)
    revisions.release(db, VISIT, "tanpa penerimaan", now=RELEASED_2)
    revisions.undo_release(db, VISIT, 2)
    told = [(e.action, e.record_key, e.after or e.before) for e in visit_history(db, VISIT) if e.record_kind == "revision"]
    assert told == [
        ("delete", "2", {"note": "tanpa penerimaan"}),
        ("insert", "2", {"note": "tanpa penerimaan", "cancelled": [WELCOME]}),
        ("insert", "1", {"note": "awal", "added": [WELCOME, TALK]}),
    ]


def test_the_list_of_revisions_and_the_unsent_sessions_read_only_what_they_show(loaded):
    # The editor's list names each revision without its snapshot; the timetable's flags compare
    # with each visit's newest revision only.
    db = loaded
    revisions.release(db, VISIT, "Jadwal awal", now=RELEASED_1)
    tour = _edit_after_release(db)
    sessions = agenda.sessions_between(db, datetime(2025, 12, 1), datetime(2025, 12, 2))
    assert revisions.unsent_sessions(db, sessions) == {WELCOME: 1, TALK: 1, tour: 1}
    revisions.release(db, VISIT, None, now=RELEASED_2)
    assert revisions.unsent_sessions(db, agenda.sessions_between(db, datetime(2025, 12, 1), datetime(2025, 12, 2))) == {}
    agenda.move_session(db, tour, datetime(2025, 12, 1, 16, 0), datetime(2025, 12, 1, 17, 0))
    sessions = agenda.sessions_between(db, datetime(2025, 12, 1), datetime(2025, 12, 2))
    assert revisions.unsent_sessions(db, sessions) == {tour: 2}
    listed = revisions.revision_list(db, VISIT)
    full = revisions.revisions(db, VISIT)
    assert [(x.number, x.released_at, x.officer, x.note) for x in listed] == [
        (x.number, x.released_at, x.officer, x.note) for x in full] == [
        (1, RELEASED_1, full[0].officer, "Jadwal awal"), (2, RELEASED_2, full[1].officer, None)]
    assert revisions.revision_list(db, "ST-NONE") == []
