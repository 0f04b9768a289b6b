"""The activity report (laporan kegiatan): each part's heading, the request and reply letters with
their numbers, the officer's own words, the attendance list and the photos two a page, in PDF
(pdfimages counts the photos) and in Word; forty photos stay under 15 MB; the CLI writes it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date

import pytest

from studitiru.cli import main
from studitiru.domain.letters import LetterKind
from studitiru.domain.photos import ReportNotes
from studitiru.services import activity_report, letter_writer, photos
from tests.letter_helpers import VISIT, prepare_office
from tests.photo_helpers import photo
from tests.reports.pdf_helpers import pages_text, squash
from tests.reports.test_letters import docx_text

HEADINGS = {
    "id": ["LAPORAN KEGIATAN", "A. PENDAHULUAN", "1. Umum", "2. Maksud dan Tujuan", "3. Ruang Lingkup", "4. Dasar",
           "B. KEGIATAN YANG DILAKSANAKAN", "C. HASIL YANG DICAPAI", "Hambatan", "D. SIMPULAN DAN SARAN",
           "E. PENUTUP", "LAMPIRAN I", "DAFTAR HADIR", "LAMPIRAN II: DOKUMENTASI"],
    "en": ["ACTIVITY REPORT", "A. INTRODUCTION", "1. General", "2. Purpose and Aims", "3. Scope", "4. Basis",
           "B. ACTIVITIES CARRIED OUT", "C. RESULTS ACHIEVED", "Obstacles", "D. CONCLUSIONS AND SUGGESTIONS",
           "E. CLOSING", "ANNEX I", "ATTENDANCE LIST", "ANNEX II: DOCUMENTATION"],
}


@pytest.fixture
def office(db, tmp_path):
    prepare_office(db)
    reply = letter_writer.write_letter(db, LetterKind.REPLY, VISIT, fmt="pdf", today=date(2025, 11, 20)).entry
    files = [photo(tmp_path / f"foto-{n}.jpg", (1600, 1200), colour=(30 * n, 100, 160)) for n in range(1, 4)]
    photos.add_photos(db, VISIT, files, caption="Penyambutan rombongan di Balai Kota")
    photos.save_report_notes(db, VISIT, ReportNotes(
        "Kunjungan kerja Pemerintah Kabupaten Balangan diterima Sekretaris Daerah.",
        "Kunjungan berjalan lancar; disarankan paparan dikirim lebih awal.",
        "Ruang rapat terlalu sempit untuk rombongan."))
    return db, reply.number


def _in_order(text: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = text.find(needle, at)
        assert found >= 0, f"{needle!r} missing (or out of order) after position {at}"
        at = found + len(needle)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_report_holds_each_part_and_the_letters_numbers(office, lang):
    db, reply_number = office
    pdf = activity_report.activity_report(db, VISIT, lang, written_on=date(2025, 12, 3))
    pages = pages_text(pdf)
    text = squash("\n".join(pages))
    _in_order(text, HEADINGS[lang])
    assert "000.1.5/412/Setda" in text and reply_number in text
    assert "Balai Kota Pontianak" in text and "Sufrianor" in text and "Amirullah" in text
    assert "diterima Sekretaris Daerah" in text and "paparan dikirim lebih awal" in text and "terlalu sempit" in text
    assert ("Pontianak, 3 Desember 2025" if lang == "id" else "Pontianak, 3 December 2025") in text
    assert "Rina Andayani" in text and "19790321 200501 2 004" in text
    caption = "Foto 3. Penyambutan rombongan di Balai Kota" if lang == "id" else "Photo 3. Penyambutan rombongan di Balai Kota"
    assert caption in squash(pages[-1])
    assert len(pages) == 5  # report (2 pages), attendance, two pages of photos (2 + 1)


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils' pdfimages is not installed")
def test_pdfimages_counts_the_photos_two_a_page(office, tmp_path):
    db, _ = office
    path = tmp_path / "laporan.pdf"
    path.write_bytes(activity_report.activity_report(db, VISIT, "id"))
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert len(rows) == 3
    assert [row[0] for row in rows] == ["4", "4", "5"]
    assert all(row[8] == "jpeg" for row in rows)  # embedded as JPEG, not re-encoded as raw pixels


def test_the_word_file_holds_the_same_parts_and_the_photos(office):
    db, reply_number = office
    data = activity_report.activity_report(db, VISIT, "id", fmt="docx")
    text = squash(docx_text(data))
    _in_order(text, HEADINGS["id"])
    assert reply_number in text and "000.1.5/412/Setda" in text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        media = [name for name in archive.namelist() if name.startswith("word/media/")]
    assert len(media) == 3


def test_forty_photos_stay_under_15_megabytes(db, tmp_path):
    prepare_office(db)
    files = [photo(tmp_path / f"f{n}.jpg", (2000, 1500) if n % 4 else (1500, 2000), noise=True, seed=n,
                   colour=(6 * n, 120, 180)) for n in range(40)]
    photos.add_photos(db, VISIT, files)
    pdf = activity_report.activity_report(db, VISIT, "id")
    assert len(pdf) < 15_000_000, len(pdf)
    assert len(re.findall(rb"/Subtype\s*/Image", pdf)) == 40


def test_cli_report_activity_writes_pdf_and_docx(office, tmp_path, capsys):
    db, reply_number = office
    url = db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "laporan-kegiatan.pdf"
    assert main(["--database-url", url, "report", "activity", "--visit", VISIT, "--out", str(out)]) == 0
    assert reply_number in squash("\n".join(pages_text(out.read_bytes())))
    word = tmp_path / "laporan-kegiatan.docx"
    assert main(["--database-url", url, "report", "activity", "--visit", VISIT, "--out", str(word), "--lang", "en"]) == 0
    assert "ACTIVITY REPORT" in docx_text(word.read_bytes())
    assert main(["--database-url", url, "report", "attendance", "--visit", VISIT, "--out", str(tmp_path / "a.docx")]) == 2
    assert "hanya PDF" in capsys.readouterr().err


@pytest.mark.slow
def test_the_word_files_open_in_libreoffice_with_their_photos(office, tmp_path):
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        pytest.skip("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui with apt-get")
    from studitiru.services.summary_report import summary_docx

    db, reply_number = office
    activity = tmp_path / "laporan-kegiatan.docx"
    activity.write_bytes(activity_report.activity_report(db, VISIT, "id", fmt="docx"))
    summary = tmp_path / "ringkasan.docx"
    summary.write_bytes(summary_docx(db, VISIT, "id", with_photos=True))
    done = subprocess.run(
        [program, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "out"), str(activity), str(summary)],
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr
    pdf = (tmp_path / "out" / "laporan-kegiatan.pdf").read_bytes()
    assert reply_number in squash("\n".join(pages_text(pdf)))
    for name in ("laporan-kegiatan.pdf", "ringkasan.pdf"):
        assert len(re.findall(rb"/Subtype\s*/Image", (tmp_path / "out" / name).read_bytes())) == 3, name
