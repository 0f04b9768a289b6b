"""Exchange file version 2 (docs/exchange-v2.md): the letter settings, the register and the
contacts, NIP, rank, officers and dress travel with the file; export stays deterministic; version 1
files are still read and leave what they cannot say as it was; an import that replaces a visit
keeps the letters already issued for it; the counter never gives a number twice."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from studitiru.domain.letters import LetterKind, LetterStatus
from studitiru.errors import ExchangeFileError
from studitiru.services import exchange, letters, visits
from studitiru.services.exchange_schema import fast_check, schema
from tests.letter_helpers import EXAMPLE, LIAISON, OFFICERS, TODAY, VISIT, prepare_office


def _office_with_letters(db):
    prepare_office(db)
    reply = letters.issue(db, LetterKind.REPLY, VISIT, today=TODAY, addressee="Bupati Balangan", subject="Persetujuan")
    nota = letters.issue(db, LetterKind.PRESENTER_REQUEST, VISIT, target="sekda", today=TODAY)
    renewed = letters.issue(db, LetterKind.PRESENTER_REQUEST, VISIT, target="sekda", today=TODAY, new=True)
    return reply, nota, renewed


def test_export_carries_the_letters_and_round_trips_byte_for_byte(db, tmp_path, database_url):
    from studitiru.db.schema import open_database

    reply, nota, renewed = _office_with_letters(db)
    data = exchange.export_bytes(db)
    assert data == exchange.export_bytes(db)  # deterministic
    document = json.loads(data)
    assert document["version"] == 2
    Draft202012Validator(schema(2)).validate(document)
    visit = document["visits"][0]
    assert visit["liaison"] == {"name": LIAISON.name, "position": LIAISON.position, "phone": LIAISON.phone,
                                "email": LIAISON.email, "nip": LIAISON.nip, "rank": LIAISON.rank}
    assert visit["officers"][0]["nip"] == OFFICERS[0].nip and visit["dress"] == "Pakaian Dinas Harian (PDH)"
    assert document["letter_settings"]["city"] == "Pontianak"
    assert [(x["number"], x["status"]) for x in document["letters"]] == [
        (reply.number, "issued"), (nota.number, "void"), (renewed.number, "issued")]
    assert document["letters"][2]["replaces"] == nota.number and document["letters"][1]["void_reason"] == letters.VOID_REASON_REISSUED
    # Into a fresh database and out again: the same bytes.
    other = open_database(tmp_path / "other.sqlite3")
    try:
        exchange.import_document(other, document, "kantor.json")
        assert exchange.export_bytes(other) == data
        assert letters.issue(other, LetterKind.INVITATION, VISIT, today=TODAY).sequence == 4  # the counter came along
    finally:
        other.dispose()


def test_a_visit_export_takes_only_its_letters(db):
    _office_with_letters(db)
    letters.issue(db, LetterKind.REPLY, "ST-LAIN", today=TODAY)
    document = exchange.export_document(db, [VISIT])
    assert {x["visit"] for x in document["letters"]} == {VISIT} and len(document["letters"]) == 3


def test_an_import_that_replaces_a_visit_keeps_its_issued_letters(db):
    reply, _nota, _renewed = _office_with_letters(db)
    exchange.import_file(db, EXAMPLE)  # version 1: replaces the visit whole
    assert [x.number for x in letters.visit_letters(db, VISIT)][0] == reply.number
    kept = visits.get_visit(db, VISIT)
    assert kept.liaison is None  # the file's visit has no liaison: the file is the whole record
    assert kept.officers == OFFICERS and kept.dress == "Pakaian Dinas Harian (PDH)"  # v1 cannot say these: kept
    document = exchange.export_document(db)
    document["visits"][0].pop("officers")
    exchange.import_document(db, document, "v2.json")  # version 2 says there are none
    assert visits.get_visit(db, VISIT).officers == ()
    assert len(letters.visit_letters(db, VISIT)) == 3


def test_a_void_in_the_file_voids_and_a_number_in_the_register_stays(db):
    reply, _nota, _renewed = _office_with_letters(db)
    document = exchange.export_document(db)
    document["letters"][0].update(status="void", voided_on="2025-11-25", void_reason="Dibatalkan")
    document["letters"][2].update(addressee="Diubah di berkas")
    exchange.import_document(db, document, "kantor.json")
    register = letters.register(db)
    assert register[0].status is LetterStatus.VOID and register[0].void_reason == "Dibatalkan"
    assert register[2].addressee != "Diubah di berkas"  # a sent letter is a fact: only voiding changes it


def test_a_second_issued_letter_of_the_same_visit_is_refused_and_nothing_written(db):
    _office_with_letters(db)
    before = exchange.export_bytes(db)
    document = exchange.export_document(db)
    document["letters"] = [{"number": "400.14.5.1/0099/Prokopim/2025", "year": 2025, "sequence": 99,
                            "date": "2025-11-30", "kind": "reply", "visit": VISIT, "lang": "id", "status": "issued"}]
    with pytest.raises(ExchangeFileError) as refused:
        exchange.import_document(db, document, "kantor.json")
    assert "letters[0]" in refused.value.message("en") and "void one of them first" in refused.value.message("en")
    assert exchange.export_bytes(db) == before


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["letters"].append(copy.deepcopy(d["letters"][0])), "letters[3]"),
    (lambda d: d["letters"][0].update(date="2024-12-31"), "letters[0].date"),
    (lambda d: d["letters"][0].update(kind="memo"), "letters[0].kind"),
    (lambda d: d["letter_settings"].update(pattern="{code}/{unit}"), "letter_settings"),
    (lambda d: d["visits"][0]["officers"][0].update(badge="x"), "visits[0].officers[0].badge"),
], ids=["duplicate-sequence", "date-in-another-year", "unknown-kind", "pattern-without-number", "unknown-field"])
def test_bad_letters_are_refused_naming_where(db, change, words):
    _office_with_letters(db)
    document = exchange.export_document(db)
    change(document)
    with pytest.raises(ExchangeFileError) as refused:
        exchange.import_document(db, document, "kantor.json")
    assert words in refused.value.message("en")


def test_version_one_files_are_still_read_and_refuse_version_two_members(db):
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert document["version"] == 1
    exchange.import_document(db, copy.deepcopy(document), "v1.json")
    document["letters"] = []
    with pytest.raises(ExchangeFileError, match="letters"):
        exchange.check_document(document, "v1.json")
    document.pop("letters")
    document["visits"][0]["leader"]["nip"] = "1"
    with pytest.raises(ExchangeFileError, match="nip"):
        exchange.check_document(document, "v1.json")


def test_fast_check_agrees_with_jsonschema_on_version_two(db):
    _office_with_letters(db)
    base = exchange.export_document(db)
    validator = Draft202012Validator(schema(2), format_checker=Draft202012Validator.FORMAT_CHECKER)
    changes = [lambda d: None, lambda d: d["letters"][0].update(sequence=0), lambda d: d["letters"][0].update(year="2025"),
               lambda d: d["letter_settings"].update(digits=9), lambda d: d["letter_settings"]["reply"].update(signer="x"),
               lambda d: d["visits"][0]["officers"].append({}), lambda d: d["letters"][0].pop("status"),
               lambda d: d["letters"][0].update(visit="a b")]
    for change in changes:
        document = copy.deepcopy(base)
        change(document)
        assert (fast_check(2)(document) is None) == validator.is_valid(document), document
