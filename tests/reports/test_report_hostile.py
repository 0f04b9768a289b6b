"""Hostile text goes through every report and comes out literally; every font is embedded."""

from __future__ import annotations

import re

import pytest

import sample_records as s
from pdf_helpers import bare, body_text, fonts, pages_text, squash
from studitiru.reports.annual import build_annual
from studitiru.reports.attendance import build_attendance
from studitiru.reports.itinerary import build_itinerary
from studitiru.reports.summary import build_summary
from studitiru.reports.text import REPLACEMENT, clean, para

VISIT_REPORTS = {"itinerary": build_itinerary, "summary": build_summary, "attendance": build_attendance}
H = s.HOSTILE


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", sorted(VISIT_REPORTS))
def test_hostile_strings_come_out_literally(kind, lang):
    pdf = VISIT_REPORTS[kind](s.hostile(), lang=lang)
    text = squash(body_text(pdf))
    # Markup characters print as themselves.
    assert "A & B" in text
    if kind != "attendance":
        assert "Email <a@b.id>" in text
    assert "<b>unclosed" in text
    # Letters beyond ASCII.
    assert "Nguyễn Thị Minh Khai" in text
    if kind == "summary":
        assert "’Kutip“ dan ”tutup" in text
        assert bare(H["long"]) in bare(text)
        assert bare(H["url"]) in bare(text)
    if kind != "attendance":
        # Control characters are dropped, the rest of the text is intact.
        assert "ctrl Senyum" in text
        # No glyph for the emoji: a replacement glyph, the words around it intact.
        assert "Senyum" in text and "selalu" in text
        # Lone surrogate: replaced, the words around it intact.
        assert "Rusak" in text and "teks" in text
    # Arabic letters are kept (in whichever order the layout shows them).
    assert any(ch in text for ch in "محمد")


@pytest.mark.parametrize("kind", sorted(VISIT_REPORTS))
def test_hostile_reports_embed_only_dejavu(kind):
    for name, embedded in fonts(VISIT_REPORTS[kind](s.hostile())):
        assert "DejaVu" in name and "Helvetica" not in name and embedded, name


def test_annual_with_hostile_names():
    from dataclasses import replace

    data = s.annual(40)
    institutions = dict(data.institutions)
    first = data.visits[0].institution
    institutions[first] = replace(institutions[first], name=H["email"], province=H["tag"] + " " + H["emoji"])
    visits = [replace(data.visits[0], title=H["long"] + " " + H["amp"]), *data.visits[1:]]
    pdf = build_annual(replace(data, institutions=institutions, visits=visits))
    text = squash(body_text(pdf))
    assert "Email <a@b.id>" in text
    # The title is split inside its table row and continues under the repeated header; the
    # row's later cells (size, status) are extracted between the pieces: leave them out.
    continued = text.replace("No. Tanggal Instansi Kegiatan Peserta Status", "")
    continued = re.sub(r"\d+|Dibatalkan|Dilaporkan", "", continued)
    assert bare(H["long"]) in bare(continued)
    for name, embedded in fonts(pdf):
        assert "DejaVu" in name and embedded, name


def test_clean_and_para():
    assert para("Email <a@b.id>") == "Email &lt;a@b.id&gt;"
    assert para("A & B") == "A &amp; B"
    assert para("\x00\x07ctrl") == "ctrl"
    assert para("a\tb\nc") == "a b<br/>c"
    assert clean("\ud800") == REPLACEMENT
    assert clean("🙂") == REPLACEMENT
    assert clean("Nguyễn") == "Nguyễn"
    assert clean(None) == ""
    # Decomposed letters are composed, so they print as one glyph.
    assert clean("Nguye\u0302\u0303n") == "Nguyễn"


def test_session_row_taller_than_a_page_still_builds():
    from dataclasses import replace

    data = s.balangan()
    visit = data.visit
    # No kind, site or presenters: the row's other cells print "–" between the title's pieces.
    sessions = (replace(visit.sessions[0], title=H["long"], kind=None, site=None, presenters=()),
                *visit.sessions[1:])
    pdf = build_itinerary(replace(data, visit=replace(visit, sessions=sessions)))
    pages = pages_text(pdf)
    assert len(pages) >= 2
    continued = body_text(pdf).replace("–", "")
    for word in ("Waktu", "Kegiatan", "Lokasi", "Narasumber"):
        continued = continued.replace(word, "")
    assert bare(H["long"]) in bare(continued)
    assert all("Waktu" in page for page in pages[1:])
