"""The `report`, `ics` and `participants import` subcommands (spec/CLI.md) on the demo programme."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from openpyxl import Workbook

from studitiru.cli import main
from studitiru.db.schema import open_database
from studitiru.domain import dates
from studitiru.services import visits
from studitiru.services.demo import load_demo
from tests.reports.pdf_helpers import pages_text, squash

VISIT = "ST-2026-001"


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    try:
        load_demo(db)
    finally:
        db.dispose()
    return path


def _visit(path: Path, key: str = VISIT):
    db = open_database(path)
    try:
        return visits.get_visit(db, key)
    finally:
        db.dispose()


def _run(demo: Path, *args: str) -> int:
    return main(["--db", str(demo), *args])


@pytest.mark.parametrize("kind", ["itinerary", "summary", "attendance"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_visit_report(demo, tmp_path, kind, lang):
    out = tmp_path / f"{kind}.pdf"
    assert _run(demo, "report", kind, "--visit", VISIT, "--out", str(out), "--lang", lang) == 0
    pages = pages_text(out.read_bytes())
    text = squash(" ".join(pages))
    visit = _visit(demo)
    assert squash(visit.title) in text
    first = "Halaman 1 dari" if lang == "id" else "Page 1 of"
    assert first in squash(pages[0])
    if lang == "id":
        assert "Januari 2026" in text
    else:
        assert "January 2026" in text


def test_annual_report(demo, tmp_path):
    out = tmp_path / "annual.pdf"
    assert _run(demo, "report", "annual", "--year", "2026", "--out", str(out), "--lang", "id") == 0
    pages = pages_text(out.read_bytes())
    assert "2026" in pages[0]
    assert "Halaman 1 dari" in squash(pages[0])
    assert [p for p in pages if f"Halaman {len(pages)} dari {len(pages)}" in squash(p)]


def test_paper_f4_is_taller(demo, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "f4.pdf"
    assert _run(demo, "report", "itinerary", "--visit", VISIT, "--out", str(out), "--paper", "F4") == 0
    box = PdfReader(str(out)).pages[0].mediabox
    assert round(float(box.height) / 72 * 25.4) == 330


def test_no_temporary_file_is_left_and_the_file_is_replaced(demo, tmp_path):
    out = tmp_path / "itinerary.pdf"
    out.write_bytes(b"old")
    assert _run(demo, "report", "itinerary", "--visit", VISIT, "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_ics_parses_back_at_the_right_hour(demo, tmp_path):
    out = tmp_path / "agenda.ics"
    assert _run(demo, "ics", "--visit", VISIT, "--out", str(out)) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    visit = _visit(demo)
    assert len(events) == len(visit.sessions)
    first = min(visit.sessions, key=lambda s: s.starts_at)
    event = next(e for e in events if str(e["UID"]).startswith(first.key + "@"))
    start = event.decoded("DTSTART")
    assert start == first.starts_at.replace(tzinfo=ZoneInfo("Asia/Pontianak"))
    assert start.utcoffset().total_seconds() == 7 * 3600
    assert start.astimezone(ZoneInfo("UTC")) == datetime(first.starts_at.year, first.starts_at.month,
                                                         first.starts_at.day, first.starts_at.hour - 7,
                                                         first.starts_at.minute, tzinfo=ZoneInfo("UTC"))


def test_unknown_visit_exits_2_in_one_line(demo, tmp_path, capsys):
    for args in (["report", "summary", "--visit", "ST-1999-999", "--out", str(tmp_path / "x.pdf")],
                 ["ics", "--visit", "ST-1999-999", "--out", str(tmp_path / "x.ics")],
                 ["participants", "import", "--visit", "ST-1999-999", str(tmp_path / "x.csv")]):
        assert _run(demo, *args, ) == 2
        err = capsys.readouterr().err.strip()
        assert "ST-1999-999" in err and "\n" not in err
    assert not list(tmp_path.glob("x.*"))


def test_missing_visit_or_year_and_bad_folder_exit_2(demo, tmp_path, capsys):
    assert _run(demo, "report", "itinerary", "--out", str(tmp_path / "x.pdf")) == 2
    assert "--visit" in capsys.readouterr().err
    assert _run(demo, "report", "annual", "--out", str(tmp_path / "x.pdf")) == 2
    assert "--year" in capsys.readouterr().err
    assert _run(demo, "report", "bogus", "--visit", VISIT, "--out", str(tmp_path / "x.pdf")) == 2
    capsys.readouterr()
    assert _run(demo, "report", "summary", "--visit", VISIT, "--out", str(tmp_path / "none" / "x.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert "none" in err and "\n" not in err and "Traceback" not in err


HEADERS_ID = ["Nama", "JABATAN", "instansi", "Telepon", "email", "Peran"]
ROWS = [
    ["Siti Aminah", "Kepala Bagian Organisasi", "Setda", "0812 555 0101", "siti@example.id", "anggota"],
    ["Budi Santoso", "Analis Kebijakan", "Bappeda", "", "", ""],
    ["=HYPERLINK(\"x\")", "Staf", "", "", "", "anggota"],
]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows([HEADERS_ID, *rows])
    return path


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(list(reversed(HEADERS_ID)))  # any order
    for row in rows:
        sheet.append(list(reversed(row)))
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as Excel stores it when typed with '
    book.save(path)
    return path


@pytest.mark.parametrize("maker", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_participants_import_adds_once(demo, tmp_path, capsys, maker):
    before = len(_visit(demo).participants)
    path = maker(tmp_path / f"people.{maker.__name__[1:]}", ROWS)
    assert _run(demo, "participants", "import", "--visit", VISIT, str(path)) == 0
    assert capsys.readouterr().out.strip() == "Ditambahkan 3 peserta, 0 sudah ada."
    visit = _visit(demo)
    assert len(visit.participants) == before + 3
    assert visit.participants[-3].name == "Siti Aminah"
    assert visit.participants[-1].name == '=HYPERLINK("x")'
    assert _run(demo, "participants", "import", "--visit", VISIT, str(path), "--lang", "en") == 0
    assert capsys.readouterr().out.strip() == "Added 0 participants, 3 already there."
    assert len(_visit(demo).participants) == before + 3


@pytest.mark.parametrize("maker", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_a_bad_row_changes_nothing(demo, tmp_path, capsys, maker):
    before = _visit(demo).participants
    bad = [*ROWS[:2], ["Citra", "Staf", "", "", "", "juragan"]]
    path = maker(tmp_path / f"bad.{maker.__name__[1:]}", bad)
    assert _run(demo, "participants", "import", "--visit", VISIT, str(path)) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and path.name in err and "Baris 4, kolom peran" in err
    assert _visit(demo).participants == before


def test_an_unknown_header_column_is_ignored_not_refused(demo, tmp_path, capsys):
    path = tmp_path / "extra.csv"
    path.write_text("nama;catatan\nDewi Lestari;vegetarian\n", encoding="utf-8")
    assert _run(demo, "participants", "import", "--visit", VISIT, str(path)) == 0
    assert "Ditambahkan 1 peserta" in capsys.readouterr().out


def test_import_of_a_file_that_is_not_a_spreadsheet(demo, tmp_path, capsys):
    path = tmp_path / "people.txt"
    path.write_text("nama\nSiti\n", encoding="utf-8")
    assert _run(demo, "participants", "import", "--visit", VISIT, str(path)) == 2
    assert "people.txt" in capsys.readouterr().err


def test_dates_in_the_itinerary_are_indonesian(demo, tmp_path):
    out = tmp_path / "itinerary.pdf"
    assert _run(demo, "report", "itinerary", "--visit", VISIT, "--out", str(out), "--lang", "id") == 0
    visit = _visit(demo)
    day = dates.format_date(visit.starts_on, "id") if hasattr(dates, "format_date") else None
    text = squash(" ".join(pages_text(out.read_bytes())))
    if day:
        assert squash(day) in text
    assert "09.00" in text and "WIB" in text
