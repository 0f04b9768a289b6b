"""Two officers editing one visit's photos at once (revision 0010: photos have a row version), on
the engine under test (SQLite file, or PostgreSQL with STUDITIRU_TEST_POSTGRES=1). Two `Database`
objects on one URL are two officers' windows: Siti's view is out of date, Budi's edit landed.

A caption edit, a reorder, a delete from a stale view, and the undo of each after another
officer's change, are refused with who and when, and nothing is overwritten; this window's own
steps (undo, redo, undo again) still apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from studitiru.db.history import os_user
from studitiru.db.schema import open_database
from studitiru.errors import ChangedByOtherError
from studitiru.services import exchange, photos
from tests.photo_helpers import photo

EXAMPLE = Path(__file__).parent.parent / "data" / "example.json"
VISIT = "ST-2025-014"


@pytest.fixture
def officers(database_url, tmp_path):
    budi, siti = open_database(url=database_url), open_database(url=database_url)
    exchange.import_file(budi, EXAMPLE)
    files = [photo(tmp_path / f"f{n}.jpg", (900, 600), colour=(n * 40, 80, 80)) for n in range(1, 4)]
    photos.add_photos(budi, VISIT, files)
    yield budi, siti
    budi.dispose()
    siti.dispose()


def _by_key(db) -> dict:
    return {p.key: p for p in photos.list_photos(db, VISIT)}


def _refused_by_name(error: ChangedByOtherError, key: str) -> None:
    assert f"Foto {key}" in error.message("id") and f"oleh {os_user()} pada " in error.message("id")
    assert f"Photo {key} was changed by {os_user()} on " in error.message("en")


def test_a_caption_from_a_stale_view_is_refused_and_its_undo_too(officers):
    budi, siti = officers
    seen = photos.list_photos(siti, VISIT)  # Siti's grid
    one = seen[0]
    assert one.version == 1
    change = photos.set_caption(budi, one.key, "Penyambutan di Balai Kota", one.version)
    assert change.version == 2 and change.before is None
    with pytest.raises(ChangedByOtherError) as refused:
        photos.set_caption(siti, one.key, "Foto bersama", one.version)
    _refused_by_name(refused.value, one.key)
    assert _by_key(siti)[one.key].caption == "Penyambutan di Balai Kota"

    # Budi's own undo, redo and undo apply (each checks the version the step before left) …
    back = photos.set_caption(budi, one.key, change.before, change.version)
    again = photos.set_caption(budi, one.key, "Penyambutan di Balai Kota", back.version)
    # … until Siti, having reloaded, changes the caption: then Budi's undo is refused.
    photos.set_caption(siti, one.key, "Penyambutan rombongan", _by_key(siti)[one.key].version)
    with pytest.raises(ChangedByOtherError):
        photos.set_caption(budi, one.key, None, again.version)
    assert _by_key(budi)[one.key].caption == "Penyambutan rombongan"


def test_a_reorder_from_a_stale_view_is_refused_and_its_undo_too(officers):
    budi, siti = officers
    seen = photos.list_photos(siti, VISIT)
    keys = [p.key for p in seen]
    versions = {p.key: p.version for p in seen}
    photos.set_caption(budi, keys[1], "Paparan", versions[keys[1]])
    with pytest.raises(ChangedByOtherError) as refused:
        photos.set_order(siti, VISIT, [keys[2], keys[0], keys[1]], versions)
    _refused_by_name(refused.value, keys[1])
    assert [p.key for p in photos.list_photos(siti, VISIT)] == keys

    fresh = {p.key: p.version for p in photos.list_photos(budi, VISIT)}
    move = photos.set_order(budi, VISIT, [keys[2], keys[0], keys[1]], fresh)
    undo = photos.set_order(budi, VISIT, move.before, move.versions)  # own steps: applied
    redo = photos.set_order(budi, VISIT, [keys[2], keys[0], keys[1]], undo.versions)
    photos.set_caption(siti, keys[0], "Kunjungan lapangan", _by_key(siti)[keys[0]].version)
    with pytest.raises(ChangedByOtherError):
        photos.set_order(budi, VISIT, redo.before, redo.versions)
    assert [p.key for p in photos.list_photos(budi, VISIT)] == [keys[2], keys[0], keys[1]]


def test_a_delete_from_a_stale_view_is_refused_and_a_restore_keeps_the_version(officers):
    budi, siti = officers
    seen = photos.list_photos(siti, VISIT)
    photos.set_caption(budi, seen[0].key, "Foto bersama", seen[0].version)
    with pytest.raises(ChangedByOtherError) as refused:
        photos.delete_photos(siti, [p.key for p in seen], {p.key: p.version for p in seen})
    _refused_by_name(refused.value, seen[0].key)
    assert len(photos.list_photos(siti, VISIT)) == 3  # nothing of the batch deleted

    current = photos.list_photos(budi, VISIT)
    removed = photos.delete_photos(budi, [current[0].key], {current[0].key: current[0].version})
    assert removed[0].version == 2
    restored = photos.restore_photos(budi, removed)  # undo: back at the version it was deleted at
    assert _by_key(budi)[current[0].key].version == restored[0].version == 2
    again = photos.delete_photos(budi, [current[0].key], {current[0].key: 2})  # redo
    photos.restore_photos(budi, again)
    photos.set_caption(siti, current[0].key, "Foto bersama rombongan", _by_key(siti)[current[0].key].version)
    with pytest.raises(ChangedByOtherError):  # Budi's redo of the delete, after Siti's caption
        photos.delete_photos(budi, [current[0].key], {current[0].key: 2})
    assert _by_key(budi)[current[0].key].caption == "Foto bersama rombongan"
