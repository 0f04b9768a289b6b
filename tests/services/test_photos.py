"""Documentation photos: added in one batch, stored sized for printing with their orientation
applied, reordered, captioned, deleted and put back; a bad file refuses the whole batch."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image

from studitiru.domain.photos import ReportNotes
from studitiru.errors import NotFoundError, ValidationError
from studitiru.services import photos
from tests.letter_helpers import VISIT, prepare_office
from tests.photo_helpers import empty, not_an_image, panorama, photo, transparent_png, truncated_jpeg


@pytest.fixture
def office(db):
    prepare_office(db)
    return db


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_photos_are_added_in_order_with_size_orientation_and_date(office, tmp_path):
    upright = photo(tmp_path / "sambutan.jpg", (3200, 2400))
    turned = photo(tmp_path / "foto-bersama.jpg", (2400, 1600), orientation=6, taken="2025:12:01 11:40:05")
    original = turned.read_bytes()
    added = photos.add_photos(office, VISIT, [upright, turned], caption="Penyambutan")
    assert [p.key for p in added] == [f"{VISIT}-F1", f"{VISIT}-F2"]
    assert turned.read_bytes() == original  # the original file is never changed
    stored = photos.list_photos(office, VISIT, with_data=True)
    assert [(p.key, p.ordinal, p.caption, p.file_name) for p in stored] == [
        (f"{VISIT}-F1", 1, "Penyambutan", "sambutan.jpg"), (f"{VISIT}-F2", 2, "Penyambutan", "foto-bersama.jpg")]
    first, second = (_image(p.data) for p in stored)
    assert first.format == "JPEG" and first.size == (1600, 1200)
    # Orientation 6 (turned 90° clockwise to be seen upright): 2400 × 1600 stored as 1067 × 1600,
    # and the red third, at the left in the file, is now at the top.
    assert second.size == (1067, 1600) and (stored[1].width, stored[1].height) == (1067, 1600)
    top = second.getpixel((533, 100))
    bottom = second.getpixel((533, 1500))
    assert top[0] > 180 and top[2] < 90, top
    assert bottom[2] > 150 and bottom[0] < 120, bottom
    assert 0x0112 not in second.getexif()  # no orientation left to apply twice
    assert stored[1].taken_at == datetime(2025, 12, 1, 11, 40, 5)
    assert max(_image(stored[0].thumbnail).size) == 240


def test_reorder_caption_delete_and_restore(office, tmp_path):
    files = [photo(tmp_path / f"f{n}.jpg", (900, 600), colour=(n * 40, 80, 80)) for n in range(1, 4)]
    one, two, three = (p.key for p in photos.add_photos(office, VISIT, files))
    move = photos.move_photo(office, VISIT, three, -2)
    assert move.before == [one, two, three]
    assert [p.key for p in photos.list_photos(office, VISIT)] == [three, one, two]
    photos.set_order(office, VISIT, move.before, move.versions)  # undo
    assert [p.key for p in photos.list_photos(office, VISIT)] == [one, two, three]

    change = photos.set_caption(office, two, "  Paparan Kepala DPMPTSP  ")
    assert change.before is None and change.photo.caption == "Paparan Kepala DPMPTSP"
    assert photos.list_photos(office, VISIT)[1].caption == "Paparan Kepala DPMPTSP"
    photos.set_caption(office, two, change.before, change.version)
    assert photos.list_photos(office, VISIT)[1].caption is None

    data = photos.photo_data(office, two)
    removed = photos.delete_photos(office, [two])
    assert [p.key for p in photos.list_photos(office, VISIT)] == [one, three]
    with pytest.raises(NotFoundError):
        photos.photo_data(office, two)
    photos.restore_photos(office, removed)
    assert [p.key for p in photos.list_photos(office, VISIT)] == [one, two, three]
    assert photos.photo_data(office, two) == data


def test_a_png_with_transparency_is_flattened_on_white(office, tmp_path):
    added = photos.add_photos(office, VISIT, [transparent_png(tmp_path / "logo.png")])
    image = _image(photos.photo_data(office, added[0].key))
    assert image.mode == "RGB" and image.format == "JPEG"
    corner, centre = image.getpixel((5, 5)), image.getpixel((400, 300))
    assert min(corner) > 245 and centre[1] > 100 and centre[0] < 40


@pytest.mark.parametrize("make, words_id, words_en", [
    (lambda d: not_an_image(d / "catatan.jpg"), "catatan.jpg bukan foto JPEG atau PNG", "catatan.jpg is not a JPEG or PNG photo"),
    (lambda d: truncated_jpeg(d / "terpotong.jpg", photo(d / "utuh.jpg", noise=True)), "terpotong.jpg terpotong atau rusak",
     "terpotong.jpg is truncated or damaged"),
    (lambda d: panorama(d / "panorama.jpg"), "panorama.jpg berukuran 60 megapiksel, lebih dari batas 50 megapiksel",
     "panorama.jpg has 60 megapixels, more than the limit of 50 megapixels"),
    (lambda d: empty(d / "kosong.jpg"), "kosong.jpg kosong (0 bita)", "kosong.jpg is empty (0 bytes)"),
    (lambda d: d / "hilang.jpg", "hilang.jpg tidak dapat dibaca", "hilang.jpg cannot be read"),
])
def test_a_bad_file_refuses_the_whole_batch_naming_it(office, tmp_path, make, words_id, words_en):
    photos.add_photos(office, VISIT, [photo(tmp_path / "lama.jpg", (800, 600))])
    good = photo(tmp_path / "baik.jpg", (800, 600))
    bad = make(tmp_path)
    with pytest.raises(ValidationError) as caught:
        photos.add_photos(office, VISIT, [good, bad])
    assert caught.value.message_id == f"Tidak ada foto yang ditambahkan: {words_id}."
    assert caught.value.message_en == f"No photo was added: {words_en}."
    assert [p.file_name for p in photos.list_photos(office, VISIT)] == ["lama.jpg"]


def test_a_photo_of_a_session_and_an_unknown_session(office, tmp_path):
    from studitiru.services import visits

    session = visits.get_visit(office, VISIT).sessions[0].key
    added = photos.add_photos(office, VISIT, [photo(tmp_path / "a.jpg", (800, 600))], session_key=session)
    assert photos.list_photos(office, VISIT)[0].session == session == added[0].session
    with pytest.raises(ValidationError, match="tidak punya acara ST-X"):
        photos.add_photos(office, VISIT, [photo(tmp_path / "b.jpg", (800, 600))], session_key="ST-X")


def test_report_notes_are_saved_and_given_back_for_undo(office):
    assert photos.report_notes(office, VISIT).is_empty()
    before = photos.save_report_notes(office, VISIT, ReportNotes("Kunjungan berjalan lancar.", " Perlu ruang lebih besar. ", ""))
    assert before.is_empty()
    assert photos.report_notes(office, VISIT) == ReportNotes("Kunjungan berjalan lancar.", "Perlu ruang lebih besar.", None)
    photos.save_report_notes(office, VISIT, before)
    assert photos.report_notes(office, VISIT).is_empty()


@pytest.mark.sqlite_only
def test_a_backup_carries_the_photos_byte_for_byte(office, tmp_path):
    from studitiru.db.schema import open_database
    from studitiru.services.backups import backup_to

    photos.add_photos(office, VISIT, [photo(tmp_path / "a.jpg", (1200, 900))], caption="Foto bersama")
    copy = backup_to(office, tmp_path / "cadangan.sqlite3")
    restored = open_database(copy)
    try:
        assert photos.list_photos(restored, VISIT, with_data=True) == photos.list_photos(office, VISIT, with_data=True)
    finally:
        restored.dispose()
