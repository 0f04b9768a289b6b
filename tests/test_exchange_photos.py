"""Photos in the exchange file (version 2): exported as base64, deterministically; imported byte
for byte; a visit named in `photos` gets exactly the file's photos; a version 1 import that
replaces a visit keeps its photos and their sessions; a bad photo refuses the whole file."""

from __future__ import annotations

import json

import pytest

from studitiru.db.schema import open_database
from studitiru.errors import ExchangeFileError
from studitiru.services import exchange, photos, visits
from studitiru.services.exchange_export import export_bytes
from tests.letter_helpers import EXAMPLE, VISIT, prepare_office
from tests.photo_helpers import photo


@pytest.fixture
def office(db, tmp_path):
    prepare_office(db)
    session = visits.get_visit(db, VISIT).sessions[1].key
    photos.add_photos(db, VISIT, [photo(tmp_path / "a.jpg", (1800, 1200), orientation=8, taken="2025:12:01 10:31:07")],
                      caption="Paparan di RSUD", session_key=session)
    photos.add_photos(db, VISIT, [photo(tmp_path / "b.png", (900, 700), taken=None, colour=(200, 90, 40))])
    return db


def _stored(db) -> list[tuple]:
    return [(p.key, p.ordinal, p.caption, p.session, p.taken_at, p.file_name, p.width, p.height, p.data, p.thumbnail)
            for p in photos.list_photos(db, VISIT, with_data=True)]


def test_photos_round_trip_byte_for_byte(office, tmp_path):
    first = export_bytes(office)
    document = json.loads(first)
    assert document["version"] == 2
    assert [(p["visit"], p["key"]) for p in document["photos"]] == [(VISIT, f"{VISIT}-F1"), (VISIT, f"{VISIT}-F2")]
    assert document["photos"][0]["taken_at"] == "2025-12-01T10:31:07"
    assert export_bytes(office) == first  # the same data, the same bytes
    path = tmp_path / "pertukaran.json"
    path.write_bytes(first)
    other = open_database(tmp_path / "lain.sqlite3")
    try:
        exchange.import_file(other, path)
        assert _stored(other) == _stored(office)
        assert export_bytes(other) == first
        exchange.import_file(other, path)  # again: the visit keeps exactly the file's photos
        assert _stored(other) == _stored(office)
    finally:
        other.dispose()


def test_a_version_1_import_keeps_a_visits_photos_and_their_sessions(office):
    before = _stored(office)
    assert before[0][3] is not None
    exchange.import_file(office, EXAMPLE)  # version 1: replaces the visit and its sessions
    assert _stored(office) == before


def test_a_file_naming_a_visit_in_photos_replaces_its_photos(office, tmp_path):
    document = json.loads(export_bytes(office))
    document["photos"] = document["photos"][1:]
    path = tmp_path / "satu.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    exchange.import_file(office, path)
    assert [(p.key, p.ordinal) for p in photos.list_photos(office, VISIT)] == [(f"{VISIT}-F2", 1)]


@pytest.mark.parametrize("change, words", [
    (lambda p: p.update(data="bukan base64!"), "photos"),
    (lambda p: p.update(data="QUJD"), "bukan foto JPEG"),
    (lambda p: p.update(session="ST-TIDAK-ADA"), "ST-TIDAK-ADA"),
    (lambda p: p.pop("thumbnail"), "thumbnail"),
])
def test_a_bad_photo_refuses_the_file_and_writes_nothing(office, tmp_path, change, words):
    document = json.loads(export_bytes(office))
    change(document["photos"][0])
    document["photos"][1]["caption"] = "Berubah bila file diterima"
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = _stored(office)
    with pytest.raises(ExchangeFileError) as caught:
        exchange.import_file(office, path)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert _stored(office) == before
