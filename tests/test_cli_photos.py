"""`studitiru photo add`: one line of counts; a bad file is one line on stderr, exit 2, nothing stored."""

from __future__ import annotations

from pathlib import Path

from studitiru.cli import main
from studitiru.db.schema import open_database
from studitiru.services import exchange, photos
from tests.letter_helpers import EXAMPLE, VISIT
from tests.photo_helpers import not_an_image, photo


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    exchange.import_file(db, EXAMPLE)
    db.dispose()
    return path


def test_photo_add_prints_one_line_of_counts(tmp_path, capsys):
    database = _office(tmp_path)
    files = [str(photo(tmp_path / f"f{n}.jpg", (1200, 900))) for n in range(3)]
    code, out, err = _run(capsys, "--db", str(database), "photo", "add", "--visit", VISIT, "--caption",
                          "Kunjungan ke MPP", *files)
    assert (code, err) == (0, "")
    assert out == f"3 foto ditambahkan ke {VISIT} (seluruhnya 3 foto).\n"
    code, out, err = _run(capsys, "--db", str(database), "photo", "add", "--visit", VISIT, "--lang", "en", files[0])
    assert (code, out) == (0, f"1 photo added to {VISIT} (4 in all).\n")
    db = open_database(database)
    try:
        assert [p.caption for p in photos.list_photos(db, VISIT)] == ["Kunjungan ke MPP"] * 3 + [None]
    finally:
        db.dispose()


def test_photo_add_refuses_a_bad_file_and_stores_nothing(tmp_path, capsys):
    database = _office(tmp_path)
    good = photo(tmp_path / "baik.jpg", (1200, 900))
    bad = not_an_image(tmp_path / "surat.jpg")
    code, out, err = _run(capsys, "--db", str(database), "photo", "add", "--visit", VISIT, str(good), str(bad))
    assert (code, out) == (2, "")
    assert err.strip().endswith("Tidak ada foto yang ditambahkan: surat.jpg bukan foto JPEG atau PNG.")
    assert err.count("\n") == 1
    code, _, err = _run(capsys, "--db", str(database), "photo", "add", "--visit", "ST-TIDAK-ADA", str(good))
    assert code == 2 and "ST-TIDAK-ADA" in err
    db = open_database(database)
    try:
        assert photos.list_photos(db, VISIT) == []
    finally:
        db.dispose()
