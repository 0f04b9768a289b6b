"""The annual recap: figures, charts in DejaVu, 500 visits (its time is measured by
benchmarks/, not asserted here: a loaded machine would fail a test that is not wrong)."""

from __future__ import annotations

import sample_records as s
from pdf_helpers import fonts, in_order, pages_text, squash
from studitiru.domain.records import LessonStatus, VisitStatus
from studitiru.reports.annual import build_annual
from studitiru.reports.data import AnnualData


def test_annual_recap_of_500_visits():
    data = s.annual(500)
    pdf = build_annual(data, lang="id")
    pages = pages_text(pdf)
    text = squash(" ".join(pages))
    held = [v for v in data.visits if v.status != VisitStatus.CANCELLED]
    adopted = sum(1 for lesson in data.lessons if lesson.status == LessonStatus.ADOPTED
                  and lesson.visit in {v.key for v in held})
    assert in_order(text, ["Rekapitulasi Kunjungan Studi Tiru Tahun 2025", "Angka utama", "Kunjungan",
                           str(len(held)), "Kunjungan per bulan", "Jan", "Des", "Kunjungan per provinsi asal",
                           "Kunjungan per topik", "Besar rombongan", "Pembelajaran per status tindak lanjut",
                           f"Diterapkan: {adopted}", "Daftar kunjungan"])
    assert f"Halaman {len(pages)} dari {len(pages)}" in squash(pages[-1])
    for name, embedded in fonts(pdf):
        assert "DejaVu" in name and embedded, name


def test_annual_recap_in_english():
    text = squash(" ".join(pages_text(build_annual(s.annual(30), lang="en", paper="F4"))))
    assert in_order(text, ["Study Visits in 2025: Annual Recap", "Key figures", "Visits by month", "Jan", "Dec",
                           "Visits by home province", "Lessons by follow-up status", "List of visits"])


def test_empty_year():
    pdf = build_annual(AnnualData(year=2030, host=s.HOST))
    text = squash(" ".join(pages_text(pdf)))
    assert "Tidak ada kunjungan pada tahun ini." in text
    for name, embedded in fonts(pdf):
        assert "DejaVu" in name and embedded, name
