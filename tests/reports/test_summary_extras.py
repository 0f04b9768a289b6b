"""The visitors' summary gains the action plan (rencana tindak lanjut) and, when asked, the photos
as an annex; the same summary as a Word file through the letters' engine; the CLI options."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from studitiru.cli import main
from studitiru.domain import records as r
from studitiru.services import lessons, photos, summary_report, visits
from tests.letter_helpers import VISIT, prepare_office
from tests.photo_helpers import photo
from tests.reports.pdf_helpers import pages_text, squash
from tests.reports.test_letters import docx_text

PLAN = {"id": ["Rencana tindak lanjut", "Kegiatan", "Penanggung jawab", "Waktu", "Indikator", "Status"],
        "en": ["Action plan", "Activity", "Responsible", "When", "Indicator", "Status"]}


@pytest.fixture
def office(db, tmp_path):
    prepare_office(db)
    lesson = visits.get_visit(db, VISIT).lessons[0]
    lessons.update_lesson(db, replace(lesson, owner="Kabag Organisasi", status=r.LessonStatus.PLANNED,
                                      follow_up_on=date(2026, 3, 31), follow_up_note="Dibahas di rapat pimpinan",
                                      indicator="IKM naik menjadi 85"))
    lessons.add_lesson(db, r.Lesson(key="", visit=VISIT, observation="Antrean daring", status=r.LessonStatus.DROPPED))
    photos.add_photos(db, VISIT, [photo(tmp_path / f"f{n}.jpg", (1200, 900), colour=(60 * n, 100, 150)) for n in range(3)], caption="Foto bersama")
    return db


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_has_the_action_plan_and_the_photo_annex_when_asked(office, lang):
    plain = squash("\n".join(pages_text(summary_report.summary_pdf(office, VISIT, lang))))
    words = PLAN[lang]
    at = plain.find(words[0])
    assert at >= 0 and all(plain.find(w, at) >= 0 for w in words[1:])
    row = plain[at:]
    assert "Adakan evaluasi triwulanan" in row and "Kabag Organisasi" in row and "IKM naik menjadi 85" in row
    assert ("31 Maret 2026" if lang == "id" else "31 March 2026") in row
    assert "Antrean daring" not in row  # a dropped lesson is no plan
    assert "Dokumentasi" not in plain and "Documentation" not in plain
    pdf = summary_report.summary_pdf(office, VISIT, lang, with_photos=True)
    text = squash("\n".join(pages_text(pdf)))
    assert ("Lampiran: Dokumentasi" if lang == "id" else "Annex: Documentation") in text
    assert ("Foto 3. Foto bersama" if lang == "id" else "Photo 3. Foto bersama") in text
    assert len(re.findall(rb"/Subtype\s*/Image", pdf)) == 3


def test_the_summary_as_a_word_file(office):
    data = summary_report.summary_docx(office, VISIT, "id")
    text = squash(docx_text(data))
    for needle in ["Ringkasan Hasil Studi Tiru".upper(), "Maksud dan tujuan", "Peserta", "Agenda yang dilaksanakan",
                   "Narasumber", "Pembelajaran dan rencana tindak lanjut", *PLAN["id"], "IKM naik menjadi 85",
                   "Lampiran: Dokumentasi", "Foto 1. Foto bersama"]:
        assert needle in text, needle
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert len([n for n in archive.namelist() if n.startswith("word/media/")]) == 3
    without = summary_report.summary_docx(office, VISIT, "en", with_photos=False)
    assert "Annex: Documentation" not in docx_text(without) and "Action plan" in docx_text(without)


def test_cli_summary_with_photos_and_as_docx(office, tmp_path, capsys):
    url = office.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "ringkasan.pdf"
    assert main(["--database-url", url, "report", "summary", "--visit", VISIT, "--photos", "--out", str(out)]) == 0
    assert "Lampiran: Dokumentasi" in squash("\n".join(pages_text(out.read_bytes())))
    word = tmp_path / "ringkasan.docx"
    assert main(["--database-url", url, "report", "summary", "--visit", VISIT, "--out", str(word)]) == 0
    assert "Rencana tindak lanjut" in docx_text(word.read_bytes())
    assert "Lampiran: Dokumentasi" not in docx_text(word.read_bytes())
    assert main(["--database-url", url, "report", "attendance", "--visit", VISIT, "--photos", "--out", str(out)]) == 2
    assert "--photos hanya untuk summary" in capsys.readouterr().err
