"""The summary and the attendance sheet."""

from __future__ import annotations

import sample_records as s
from pdf_helpers import in_order, pages_text, squash
from studitiru.reports.attendance import WALK_IN_ROWS, build_attendance
from studitiru.reports.summary import build_summary


def test_summary_in_indonesian():
    pages = pages_text(build_summary(s.balangan()))
    text = squash(" ".join(pages))
    assert in_order(text, [
        "Ringkasan Hasil Studi Tiru", "Pemerintah Kabupaten Balangan", "Maksud dan tujuan",
        "Mempelajari pembangunan Zona Integritas", "Peserta", "H. Abdul Hadi", "Ketua", "Rahmadi", "Anggota",
        "Agenda yang dilaksanakan", "Senin, 1 Desember 2025", "09.00–10.00 WIB", "Narasumber", "Amirullah",
        "Pembelajaran dan rencana tindak lanjut", "Zona Integritas (WBK/WBBM)",
        "Survei kepuasan masyarakat dipajang di lobi", "Pasang papan survei kepuasan", "Bagian Organisasi",
        "Diterapkan", "Senin, 2 Februari 2026",
        "Tata kelola rumah sakit", "Pelayanan tanpa kelas", "Direktur RSUD Balangan", "Direncanakan",
        "Senin, 2 Maret 2026",
    ])
    assert f"Halaman 1 dari {len(pages)}" in squash(pages[0])


def test_summary_in_english():
    text = squash(" ".join(pages_text(build_summary(s.balangan(), lang="en"))))
    assert in_order(text, ["Study Visit Summary", "Purpose", "Participants", "Leader", "Agenda as held",
                           "Monday, 1 December 2025", "09:00–10:00 WIB", "Lessons and follow-up plan",
                           "Adopted", "Monday, 2 February 2026", "Planned", "Monday, 2 March 2026"])


def test_summary_of_long_visit_repeats_headers():
    pages = pages_text(build_summary(s.long_visit()))
    participant_pages = [p for p in pages if "Peserta 0" in p or "Peserta 1" in p]
    assert len(participant_pages) >= 2
    for page in participant_pages:
        assert in_order(squash(page), ["No.", "Nama", "Jabatan", "Instansi", "Peran"])


def test_attendance_sheet():
    data = s.balangan()
    pages = pages_text(build_attendance(data))
    text = squash(" ".join(pages))
    assert in_order(text, ["Daftar Hadir", "Studi Tiru Zona Integritas RSUD SSMA", "Pemerintah Kabupaten Balangan",
                           "Senin, 1 Desember 2025", "Balai Kota Pontianak", "No.", "Nama", "Jabatan", "Instansi",
                           "Tanda Tangan", "1.", "H. Abdul Hadi", "Bupati Balangan", "4.", "Muhammad Noor"])
    last = len(data.visit.participants) + WALK_IN_ROWS
    assert f"{last}." in text and f"{last + 1}." not in text
    assert "Mengetahui" in text and "Yuli Andriani" in text


def test_attendance_sheet_in_english_one_sheet_per_day():
    pages = pages_text(build_attendance(s.long_visit(), lang="en"))
    text = squash(" ".join(pages))
    assert in_order(text, ["Attendance List", "Monday, 1 December 2025", "Peserta 120", "125.",
                           "Attendance List", "Tuesday, 2 December 2025", "Peserta 001",
                           "Attendance List", "Wednesday, 3 December 2025"])
    table_pages = [p for p in pages if "Peserta" in p]
    assert all(in_order(squash(p), ["No.", "Name", "Position", "Institution", "Signature"]) for p in table_pages)
    assert f"Page {len(pages)} of {len(pages)}" in squash(pages[-1])


def test_attendance_without_participants_has_walk_in_rows():
    from dataclasses import replace

    data = s.balangan()
    pdf = build_attendance(replace(data, visit=replace(data.visit, participants=(), sessions=())))
    text = squash(" ".join(pages_text(pdf)))
    assert f"{WALK_IN_ROWS}." in text
    assert "Jl. Rahadi Usman" in text  # no sessions: the place is the host's address


def test_attendance_has_a_row_for_each_member_of_the_headcount():
    """A delegation of 12 with 3 named participants: 3 named rows, 9 blank rows up to the
    headcount, then the walk-in rows (issue 12: the sheet had 8 rows)."""
    from dataclasses import replace

    data = s.balangan()
    named = data.visit.participants[:3]
    pdf = build_attendance(replace(data, visit=replace(data.visit, participants=named, headcount=12)))
    text = squash(" ".join(pages_text(pdf)))
    last = 12 + WALK_IN_ROWS
    assert in_order(text, [named[0].name, named[2].name, "4.", "12.", f"{last}."])
    assert f"{last + 1}." not in text


def test_request_letter_number_and_date_on_itinerary_and_summary():
    """The protocol officer finds the request letter's number and date in the delegation block."""
    from dataclasses import replace
    from datetime import date

    from studitiru.domain.records import Letter
    from studitiru.reports.itinerary import build_itinerary

    data = s.balangan()
    letter = Letter(number="800/145/Setda", date=date(2025, 11, 10))
    data = replace(data, visit=replace(data.visit, request_letter=letter))
    for build in (build_itinerary, build_summary):
        first = squash(pages_text(build(data))[0])
        assert in_order(first, ["Instansi tamu", "Surat permohonan", "Nomor 800/145/Setda, tanggal 10 November 2025",
                                "Ketua rombongan"])
        first_en = squash(pages_text(build(data, lang="en"))[0])
        assert "Request letter" in first_en and "No. 800/145/Setda, dated 10 November 2025" in first_en
    without = squash(pages_text(build_itinerary(replace(data, visit=replace(data.visit, request_letter=None))))[0])
    assert "Surat permohonan" not in without
