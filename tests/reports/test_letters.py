"""The four letters in both formats: the text of each (pdftotext-like via pypdf, python-docx) holds
the number, the addressee, the dates as Indonesians write them, the signatory, the NIP and the
Tembusan; hostile text survives; a .docx opens in LibreOffice; an office's Word template is
used, and refused with the placeholder named when it has an error."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.reports.pdf_helpers import embedded_fonts_only
from docx import Document as read_docx
from docx.oxml.ns import qn

from studitiru.domain import records as r
from studitiru.domain.letters import LetterKind, LetterSettings, Signatory
from studitiru.errors import UserError, ValidationError
from studitiru.reports.letters import LetterData, build_letter
from studitiru.reports.render_docx import render_docx
from studitiru.reports.render_pdf import render_pdf
from studitiru.services import letter_writer, letters
from tests.letter_helpers import DEPUTY, LIAISON, SIGNER, TODAY, VISIT, prepare_office
from tests.reports import sample_records as s
from tests.reports.pdf_helpers import bare, pages_text, squash

PRESENTER = {LetterKind.PRESENTER_REQUEST: "dir-rsud"}


def docx_text(data: bytes) -> str:
    """Every paragraph of the document body (tables and nested tables included), in order."""
    body = read_docx(io.BytesIO(data)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def text_of(data: bytes, fmt: str) -> str:
    return squash("\n".join(pages_text(data)) if fmt == "pdf" else docx_text(data))


@pytest.fixture
def office(db):
    prepare_office(db)
    return db


EXPECTED = {
    LetterKind.REPLY: ["Bupati Balangan", "Balangan", "Persetujuan Kunjungan Studi Tiru", "Nomor 000.1.5/412/Setda",
                       "tanggal 10 November 2025", "Senin, 1 Desember 2025", "09.00 WIB", "Balai Kota Pontianak",
                       "12 orang", "0812-5678-9012", "SUSUNAN ACARA", "Wali Kota Pontianak (sebagai laporan)"],
    LetterKind.PRESENTER_REQUEST: ["NOTA DINAS", "Kepala RSUD Sultan Syarif Mohamad Alkadrie", "Senin, 1 Desember 2025",
                                   "10.30–12.00 WIB", "Paparan Zona Integritas RSUD SSMA", "12 orang",
                                   "Narahubung: Yuliani Safitri"],
    LetterKind.ASSIGNMENT: ["SURAT TUGAS", "MEMERINTAHKAN", "Yuliani Safitri, S.IP.", "19850714 201001 2 015",
                            "Penata Tk. I (III/d)", "Hendra Saputra", "Senin, 1 Desember 2025", "Inspektorat Kota Pontianak"],
    LetterKind.INVITATION: ["Undangan", "Sekretaris Daerah Kota Pontianak", "Senin, 1 Desember 2025", "09.00 WIB",
                            "Penerimaan rombongan", "Pakaian Dinas Harian (PDH)"],
}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("kind", list(LetterKind), ids=lambda k: k.value)
def test_every_kind_holds_its_parts(office, kind, fmt):
    written = letter_writer.write_letter(office, kind, VISIT, fmt=fmt, today=TODAY, presenter=PRESENTER.get(kind))
    text = text_of(written.data, fmt)
    signer = DEPUTY if kind is LetterKind.PRESENTER_REQUEST else SIGNER  # the nota dinas is set to the deputy
    assert written.entry.number in text
    assert "PEMERINTAH KOTA PONTIANAK" in text and "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN" in squash(text)
    assert "24 November 2025" in text
    if kind is LetterKind.ASSIGNMENT:  # a surat tugas: where and when it was issued, above the signature
        assert "Ditetapkan di Pontianak pada tanggal 24 November 2025 a.n. Wali Kota Pontianak" in text
        assert "Pontianak, 24 November 2025" not in text
    elif kind is not LetterKind.PRESENTER_REQUEST:
        assert "Pontianak, 24 November 2025" in text and "Ditetapkan di" not in text
    assert signer.name in text and f"NIP {signer.nip}" in text and signer.rank in text
    assert "a.n. Wali Kota Pontianak" in text
    assert "Tembusan:" in text and "Arsip" in text
    for phrase in EXPECTED[kind]:
        assert phrase in text, phrase
    if fmt == "pdf":
        assert written.data.startswith(b"%PDF")
        assert embedded_fonts_only(written.data)



def test_the_number_appears_before_the_body_and_the_attachment_repeats_it(office):
    written = letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt="pdf", today=TODAY)
    pages = pages_text(written.data)
    assert len(pages) == 2
    assert squash(pages[0]).index(written.entry.number) < squash(pages[0]).index("Menindaklanjuti")
    assert written.entry.number in squash(pages[1]) and "Penerimaan rombongan" in squash(pages[1])


def test_a_cancelled_visit_is_declined_politely_with_the_reason(db):
    prepare_office(db, r.VisitStatus.CANCELLED)
    for fmt in ("pdf", "docx"):
        written = letter_writer.write_letter(db, LetterKind.REPLY, VISIT, fmt=fmt, today=TODAY,
                                             reason="Wali Kota menghadiri rapat di Jakarta")
        text = text_of(written.data, fmt)
        assert "belum dapat kami terima, karena Wali Kota menghadiri rapat di Jakarta" in text
        assert "Jawaban atas Permohonan Kunjungan Studi Tiru" in text and "SUSUNAN ACARA" not in text
        assert "Lampiran : -" in text or "Lampiran\n:\n-" in text or "Lampiran : - " in text or "Lampiran: -" in text.replace(" :", ":")


def test_english_reply_for_a_foreign_delegation(office):
    for fmt in ("pdf", "docx"):
        text = text_of(letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt=fmt, today=TODAY, lang="en").data, fmt)
        assert "Regent of Balangan" in text and "Monday, 1 December 2025" in text and "09:00 WIB" in text
        assert "Copies:" in text and "Pontianak, 24 November 2025" in text and "Subject" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize(("lang", "block"), [
    ("id", ["Yth.", "Bupati Balangan", "di –", "Balangan"]),
    ("en", ["To:", "Regent of Balangan", "in Balangan"]),
])
def test_the_reply_addressee_block_reads_as_a_letter_in_each_language(office, fmt, lang, block):
    """Indonesian: 'Yth. …', 'di –', the place indented; English: 'To: …' then 'in <city>' on one line."""
    data = letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt=fmt, today=TODAY, lang=lang).data
    text = "\n".join(pages_text(data)) if fmt == "pdf" else docx_text(data)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = lines.index(block[0])
    assert lines[start:start + len(block)] == block
    assert lines[start + len(block)] != "Balangan"  # the body follows, no place left over on a line of its own


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_assignment_says_where_and_when_it_was_issued_in_both_languages(office, fmt):
    english = text_of(letter_writer.write_letter(office, LetterKind.ASSIGNMENT, VISIT, fmt=fmt, today=TODAY, lang="en").data, fmt)
    assert "Issued at Pontianak on 24 November 2025 a.n. Wali Kota Pontianak" in english
    # Without a city in the settings the place comes from the host: its name, else its address.
    letters.update_settings(office, replace(letters.get_settings(office), city=""))
    text = text_of(letter_writer.write_letter(office, LetterKind.ASSIGNMENT, VISIT, fmt=fmt, today=TODAY).data, fmt)
    assert "Ditetapkan di Pontianak pada tanggal 24 November 2025" in text
    data = replace(_assignment_data(office), host=r.Host("Sekretariat DPRD", address="Jalan Sutan Syahrir No. 2, Singkawang 79123"))
    built = build_letter(data)
    text = text_of(render_pdf(built) if fmt == "pdf" else render_docx(built), fmt)
    assert "Ditetapkan di Singkawang pada tanggal" in text and "Tempat" not in text


def test_a_blank_line_parts_the_place_and_date_from_the_signers_position_in_the_pdf(office):
    """The signature block's empty line is a line of space in the PDF too (as in the .docx)."""
    from pypdf import PdfReader

    data = letter_writer.write_letter(office, LetterKind.ASSIGNMENT, VISIT, fmt="pdf", today=TODAY).data
    heights: dict[str, float] = {}

    def seen(text, cm, tm, _font, _size):  # noqa: ANN001
        heights.setdefault(text.strip(), cm[5] + tm[5])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=seen)
    place, day = heights["Ditetapkan di Pontianak"], heights["pada tanggal 24 November 2025"]
    behalf, position = heights["a.n. Wali Kota Pontianak"], heights["Sekretaris Daerah,"]
    line = place - day
    assert line > 0 and abs((behalf - position) - line) < 0.5
    assert day - behalf > 1.7 * line  # one blank line between


def _assignment_data(db) -> LetterData:
    return letter_writer.letter_data(db, LetterKind.ASSIGNMENT, VISIT, number="800.1.11.1/0009/Prokopim/2025", today=TODAY)


def test_writing_again_reuses_the_number_and_a_refusal_takes_none(office):
    first = letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt="pdf", today=TODAY).entry
    again = letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt="docx", today=date(2025, 11, 26)).entry
    assert again.number == first.number
    with pytest.raises(ValidationError, match="--presenter"):
        letter_writer.write_letter(office, LetterKind.PRESENTER_REQUEST, VISIT, fmt="pdf", today=TODAY)
    with pytest.raises(UserError, match="nobody"):
        letter_writer.write_letter(office, LetterKind.PRESENTER_REQUEST, VISIT, fmt="pdf", today=TODAY, presenter="nobody")
    assert [x.number for x in letters.register(office)] == [first.number]
    assert letters.visit_letters(office, VISIT)[0].addressee == "Bupati Balangan"


# --- hostile text -----------------------------------------------------------------------------

def _hostile_data(kind: LetterKind) -> LetterData:
    h = s.HOSTILE
    base = s.hostile()
    settings = replace(LetterSettings(), city=h["amp"], signatory=Signatory(h["tag"], h["viet"], h["quotes"], "1985 <07>", h["email"]),
                       reply=replace(LetterSettings().reply, copies=(h["email"], h["ctrl"] + " " + h["emoji"], h["long"][:300])))
    settings = replace(settings, assignment=replace(settings.assignment, copies=(h["url"],)),
                       presenter_request=replace(settings.presenter_request, copies=(h["arabic"],)),
                       invitation=replace(settings.invitation, copies=(h["surrogate"],)))
    visit = replace(base.visit, liaison=replace(LIAISON, name=h["email"], phone=h["amp"]), status=r.VisitStatus.CONFIRMED,
                    request_letter=r.Letter(h["tag"], date(2025, 11, 10)), dress=h["quotes"],
                    officers=(r.Officer(h["viet"], h["tag"], h["amp"], h["ctrl"]),))
    return LetterData(kind=kind, number="400.14/0007/<Prokopim>&/2025", issued_on=TODAY, host=base.host,
                      settings=settings, visit=visit, institution=base.institution, sites=base.sites,
                      presenters=base.presenters, presenter=base.presenters["amirullah"], reason=h["email"] + " " + h["long"][:2000])


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("kind", list(LetterKind), ids=lambda k: k.value)
def test_hostile_text_survives_both_formats(kind, fmt):
    document = build_letter(_hostile_data(kind))
    data = render_pdf(document) if fmt == "pdf" else render_docx(document)
    text = text_of(data, fmt)
    assert "400.14/0007/<Prokopim>&/2025" in text
    assert "Nguyễn Thị Minh Khai" in text  # the signatory
    assert "<b>unclosed" in text and "A & B" in text
    assert "’Kutip“ dan ”tutup" in text
    if kind is LetterKind.REPLY:
        assert "Email <a@b.id>" in text and "ctrl Senyum" in text
    if kind is LetterKind.ASSIGNMENT:
        assert bare(s.HOSTILE["url"]) in bare(text)
    assert "\x00" not in text and "\x07" not in text


def test_hostile_reply_of_a_cancelled_visit_with_a_long_reason_still_builds():
    data = replace(_hostile_data(LetterKind.REPLY), visit=replace(_hostile_data(LetterKind.REPLY).visit,
                                                                   status=r.VisitStatus.CANCELLED))
    for data_bytes, fmt in ((render_pdf(build_letter(data)), "pdf"), (render_docx(build_letter(data)), "docx")):
        assert bare(s.HOSTILE["long"][:2000]) in bare(text_of(data_bytes, fmt))


# --- LibreOffice ------------------------------------------------------------------------------

def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
def test_every_docx_opens_in_libreoffice(office, tmp_path):
    program = _soffice()
    if program is None:
        pytest.skip("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui with apt-get")
    names = []
    for kind in LetterKind:
        path = tmp_path / f"{kind.value}.docx"
        letter_writer.write_letter_file(office, kind, VISIT, path, today=TODAY, presenter=PRESENTER.get(kind))
        names.append(path)
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path / "out"), *map(str, names)],
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr
    for path in names:
        pdf = (tmp_path / "out" / path.with_suffix(".pdf").name).read_bytes()
        text = squash("\n".join(pages_text(pdf)))
        assert "NIP" in text and "Tembusan:" in text


# --- an office's own template ----------------------------------------------------------------

def _template(tmp_path: Path, body: list[str]) -> Path:
    from docx import Document as new_docx

    word = new_docx()
    for line in body:
        word.add_paragraph(line)
    path = tmp_path / "kop-kami.docx"
    word.save(path)
    return path


def test_an_office_template_replaces_the_layout(office, tmp_path):
    path = _template(tmp_path, [
        "{{ kop.nama }}", "Nomor: {{ nomor }}", "{{ tempat_tanggal }}", "Yth. {{ kepada }} di {{ di }}",
        "{% for a in acara %}{{ a.hari_tanggal }} {{ a.pukul }} {{ a.acara }}; {% endfor %}",
        "{{ penanda_tangan.nama }} NIP {{ penanda_tangan.nip }}",
        "{% for t in tembusan %}{{ loop.index }}. {{ t }} {% endfor %}",
    ])
    settings = letters.get_settings(office)
    letters.update_settings(office, replace(settings, reply=replace(settings.reply, template=str(path))))
    written = letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt="docx", today=TODAY)
    text = docx_text(written.data)
    assert f"Nomor: {written.entry.number}" in text
    assert "Pontianak, 24 November 2025" in text and "Yth. Bupati Balangan di Balangan" in text
    assert "Senin, 1 Desember 2025 09.00–10.00 WIB Penerimaan rombongan;" in text
    assert f"{SIGNER.name} NIP {SIGNER.nip}" in text and "1. Wali Kota Pontianak (sebagai laporan)" in text
    # The PDF keeps the built-in layout.
    assert SIGNER.name in text_of(letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt="pdf", today=TODAY).data, "pdf")


@pytest.mark.parametrize(("lines", "named"), [
    (["Nomor: {{ nomor }}", "Kepada {{ penerima }}"], "{{ penerima }}"),
    (["Nomor: {{ nomor }", "x"], "placeholder error"),
    (["{% for a in acara %}{{ a.acara }}"], "placeholder error"),
], ids=["unknown", "unclosed", "unclosed-for"])
def test_a_template_with_a_placeholder_error_is_refused_naming_it(office, tmp_path, lines, named):
    path = _template(tmp_path, lines)
    settings = letters.get_settings(office)
    letters.update_settings(office, replace(settings, invitation=replace(settings.invitation, template=str(path))))
    with pytest.raises(UserError) as refused:
        letter_writer.write_letter(office, LetterKind.INVITATION, VISIT, fmt="docx", today=TODAY)
    assert named in refused.value.message("en") and str(path) in refused.value.message("en")
    assert "Templat surat" in refused.value.message("id")
    assert letters.register(office) == []  # no number taken


def test_a_template_that_is_no_word_file_is_refused(office, tmp_path):
    path = tmp_path / "bukan.docx"
    path.write_bytes(b"bukan zip")
    settings = letters.get_settings(office)
    letters.update_settings(office, replace(settings, reply=replace(settings.reply, template=str(path))))
    with pytest.raises(UserError, match="bukan berkas Word"):
        letter_writer.write_letter(office, LetterKind.REPLY, VISIT, fmt="docx", today=TODAY)
    assert zipfile.is_zipfile(io.BytesIO(render_docx(build_letter(_hostile_data(LetterKind.REPLY)))))
