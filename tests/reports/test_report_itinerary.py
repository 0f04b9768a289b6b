"""The itinerary: content, both languages, page numbers, findings, long visits, paper sizes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

import sample_records as s
from pdf_helpers import fonts, in_order, pages_text, squash
from studitiru.reports.itinerary import build_itinerary


def test_itinerary_in_indonesian_shows_the_visit_in_order():
    pdf = build_itinerary(s.balangan(findings=True), lang="id")
    pages = pages_text(pdf)
    text = squash(" ".join(pages))
    assert in_order(text, [
        "Pemerintah Kota Pontianak", "Jadwal Kegiatan Studi Tiru", "Pemerintah Kabupaten Balangan",
        "H. Abdul Hadi", "4 orang", "Senin, 1 Desember 2025", "Yuli Andriani", "0812-5600-1234",
        "Senin, 1 Desember 2025", "09.00–10.00 WIB", "Penyambutan dan paparan Zona Integritas", "Balai Kota Pontianak",
        "Jl. Rahadi Usman No. 3", "Amirullah", "Sekretaris Daerah Kota Pontianak",
        "10.30–12.00 WIB", "Kunjungan lapangan RSUD SSMA", "RSUD Sultan Syarif Mohamad Alkadrie", "dr. Eva Nurfarihah",
    ])
    assert len(pages) == 2
    assert "Halaman 1 dari 2" in squash(pages[0])
    assert "Halaman 2 dari 2" in squash(pages[1])
    assert "Amirullah ada di dua agenda sekaligus" in squash(pages[1])


def test_itinerary_in_english():
    pages = pages_text(build_itinerary(s.balangan(findings=True), lang="en"))
    text = squash(" ".join(pages))
    assert in_order(text, ["Study Visit Itinerary", "Monday, 1 December 2025", "09:00–10:00 WIB", "Reception"])
    assert "Page 1 of 2" in squash(pages[0])
    assert "Amirullah is in two sessions at once" in squash(pages[1])
    assert "Senin" not in text


def test_no_findings_page_without_errors():
    pages = pages_text(build_itinerary(s.balangan(findings=False)))
    assert len(pages) == 1
    assert "Halaman 1 dari 1" in squash(pages[0])


def test_long_visit_spills_over_pages_with_the_header_repeated():
    pdf = build_itinerary(s.long_visit())
    pages = pages_text(pdf)
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in squash(page)
    table_pages = [page for page in pages if "Agenda nomor" in page]
    assert len(table_pages) >= 4
    for page in table_pages:
        assert in_order(squash(page), ["Waktu", "Kegiatan", "Lokasi", "Narasumber"])
    text = squash(" ".join(pages))
    for number in range(1, 61):
        assert f"Agenda nomor {number} " in text + " "
    assert in_order(text, ["Senin, 1 Desember 2025", "Selasa, 2 Desember 2025", "Rabu, 3 Desember 2025"])


@pytest.mark.parametrize("paper, height_mm", [("A4", 297), ("F4", 330)])
def test_paper_sizes(paper, height_mm):
    reader = PdfReader(io.BytesIO(build_itinerary(s.balangan(), paper=paper)))
    box = reader.pages[0].mediabox
    assert round(float(box.height) / 72 * 25.4) == height_mm


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError):
        build_itinerary(s.balangan(), paper="Letter")


def test_same_data_gives_same_bytes():
    assert build_itinerary(s.balangan()) == build_itinerary(s.balangan())


def test_fonts_are_embedded_dejavu():
    for name, embedded in fonts(build_itinerary(s.balangan(findings=True))):
        assert "DejaVu" in name and embedded, name


def test_broken_logo_is_left_out(tmp_path):
    from dataclasses import replace

    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    pdf = build_itinerary(replace(s.balangan(), logo=bad))
    assert "Pemerintah Kota Pontianak" in pages_text(pdf)[0]


def test_logo_is_drawn(tmp_path):
    from dataclasses import replace

    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 140), (200, 30, 30)).save(logo)
    pdf = build_itinerary(replace(s.balangan(), logo=logo))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page["/Resources"].get("/XObject")
