"""The register of outgoing letters: one running sequence per year across kinds, never a number
twice (voided, re-issued, visit deleted, two officers at once), the same letter reusing its number."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from studitiru.db.schema import open_database
from studitiru.domain.letters import KindSettings, LetterKind, LetterSettings, LetterStatus, Signatory
from studitiru.errors import ChangedByOtherError, ValidationError
from studitiru.services import exchange, letters, visits

EXAMPLE = Path(__file__).parent.parent / "data" / "example.json"
DAY = date(2026, 1, 5)


def test_numbers_run_across_kinds_without_gaps_and_restart_with_the_year(db):
    numbers = [
        letters.issue(db, kind, f"ST-{n}", today=DAY)
        for n, kind in enumerate([LetterKind.REPLY, LetterKind.ASSIGNMENT, LetterKind.INVITATION,
                                  LetterKind.PRESENTER_REQUEST, LetterKind.REPLY])
    ]
    assert [x.sequence for x in numbers] == [1, 2, 3, 4, 5]
    assert numbers[0].number == "400.14.5.1/0001/Prokopim/2026"
    assert numbers[1].number == "800.1.11.1/0002/Prokopim/2026"
    next_year = letters.issue(db, LetterKind.REPLY, "ST-9", today=date(2027, 1, 2))
    assert (next_year.year, next_year.sequence, next_year.number) == (2027, 1, "400.14.5.1/0001/Prokopim/2027")
    late = letters.issue(db, LetterKind.REPLY, "ST-10", today=date(2026, 12, 31))
    assert late.sequence == 6
    assert [x.sequence for x in letters.register(db, 2026)] == [1, 2, 3, 4, 5, 6]
    assert [x.number for x in letters.register(db, 2027)] == [next_year.number]


def test_writing_the_same_letter_again_reuses_its_number_and_reissue_voids_it(db):
    first = letters.issue(db, LetterKind.REPLY, "ST-1", today=DAY, addressee="Wali Kota Balikpapan")
    again = letters.issue(db, LetterKind.REPLY, "ST-1", today=date(2026, 1, 9))
    assert again.number == first.number and again.issued_on == DAY
    other_presenter = [letters.issue(db, LetterKind.PRESENTER_REQUEST, "ST-1", target=key, today=DAY)
                       for key in ("sekda", "direktur-rsud", "sekda")]
    assert other_presenter[0].number == other_presenter[2].number != other_presenter[1].number
    renewed = letters.issue(db, LetterKind.REPLY, "ST-1", today=DAY, new=True)
    assert renewed.sequence == 4 and renewed.replaces == first.number
    register = {x.number: x for x in letters.register(db)}
    assert register[first.number].status is LetterStatus.VOID
    assert register[first.number].void_reason == letters.VOID_REASON_REISSUED
    assert letters.find_issued(db, "ST-1", LetterKind.REPLY).number == renewed.number


def test_voided_numbers_stay_voided_and_are_never_given_again(db):
    first = letters.issue(db, LetterKind.INVITATION, "ST-1", today=DAY)
    voided = letters.void(db, first.number, today=DAY, reason="Acara ditunda")
    assert voided.status is LetterStatus.VOID and voided.void_reason == "Acara ditunda"
    second = letters.issue(db, LetterKind.INVITATION, "ST-1", today=DAY)
    assert second.sequence == 2  # a fresh number: the void one is not reused
    assert letters.void(db, first.number, today=DAY).status is LetterStatus.VOID
    assert [x.status for x in letters.register(db)] == [LetterStatus.VOID, LetterStatus.ISSUED]


def test_a_deleted_visit_keeps_its_letters_and_its_numbers_stay_used(db):
    exchange.import_file(db, EXAMPLE)
    key = visits.list_visits(db)[0].key
    issued = letters.issue(db, LetterKind.REPLY, key, today=DAY)
    visits.delete_visit(db, key)
    assert [x.number for x in letters.visit_letters(db, key)] == [issued.number]
    assert letters.issue(db, LetterKind.ASSIGNMENT, "ST-X", today=DAY).sequence == 2


def test_settings_pattern_tokens_and_version_check(db):
    settings = letters.get_settings(db)
    assert settings == LetterSettings()
    saved = letters.update_settings(db, replace(
        settings, pattern="{code}/{number}/{unit}/{month_roman}/{year}", unit="Prokopim-Setda", digits=3,
        city="  Pontianak ", signatory=Signatory("Sekretaris Daerah", "Dr. H. Mulyadi", "Pembina Utama Madya (IV/d)",
                                                 "19680512 199303 1 007", "a.n. Wali Kota Pontianak"),
        reply=KindSettings("000.1.5", copies=("Wali Kota Pontianak (sebagai laporan)", " ")),
    ))
    assert saved.city == "Pontianak" and saved.reply.copies == ("Wali Kota Pontianak (sebagai laporan)",)
    assert saved.version >= 1
    number = letters.issue(db, LetterKind.REPLY, "ST-1", today=date(2026, 3, 2)).number
    assert number == "000.1.5/001/Prokopim-Setda/III/2026"
    letters.update_settings(db, replace(saved, unit="Protokol"))
    with pytest.raises(ChangedByOtherError):
        letters.update_settings(db, replace(saved, unit="Lain"))
    for bad in ("{code}/{unit}/{year}", "{code}/{number}/{satuan}", "{code}/{number"):
        with pytest.raises(ValidationError):
            letters.update_settings(db, replace(letters.get_settings(db), pattern=bad))
    assert letters.get_settings(db).unit == "Protokol"


def test_two_officers_at_once_never_share_a_number(database_url):
    """Two `Database` objects on one URL (two PostgreSQL connections under STUDITIRU_TEST_POSTGRES=1)
    each issue 15 letters at the same time: 30 distinct numbers, 1 to 30."""
    officers = [open_database(url=database_url) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[list[int]] = [[], []]
    failures: list[BaseException] = []

    def work(index: int) -> None:
        try:
            barrier.wait()
            for n in range(15):
                kind = (LetterKind.REPLY, LetterKind.ASSIGNMENT, LetterKind.INVITATION)[n % 3]
                results[index].append(letters.issue(officers[index], kind, f"ST-{index}-{n}", today=DAY).sequence)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    try:
        assert not failures, failures
        every = sorted(results[0] + results[1])
        assert every == list(range(1, 31))
        # The same letter issued by both at once: one number, reused by the second.
        same: list[str] = []
        def same_letter(index: int) -> None:
            same.append(letters.issue(officers[index], LetterKind.REPLY, "ST-SAME", today=DAY).number)
        threads = [threading.Thread(target=same_letter, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(same) == 2 and same[0] == same[1]
    finally:
        for database in officers:
            database.dispose()
