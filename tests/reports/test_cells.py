"""Cells of long lists: plain lines where they wrap at spaces, a Paragraph only where a word must split."""

from __future__ import annotations

from pdf_helpers import pages_text, squash
from reportlab.pdfbase.pdfmetrics import stringWidth

from studitiru.reports.fonts import BOLD, REGULAR
from studitiru.reports.layout import PAD, Plain, build_pdf, data_tables, fitting_cell, styles
from studitiru.reports.text import clean

SIZE = 9


def test_short_text_is_one_plain_line():
    cell = fitting_cell("Pemerintah Kota Pontianak", 200)
    assert isinstance(cell, Plain) and cell == "Pemerintah Kota Pontianak"


def test_long_text_wraps_at_spaces_into_plain_lines_that_fit():
    name = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Kapuas Hulu"
    cell = fitting_cell(name, 110)
    assert isinstance(cell, Plain)
    lines = cell.split("\n")
    assert len(lines) > 1 and " ".join(lines) == name
    assert all(stringWidth(line, REGULAR, styles().cell.fontSize) <= 110 - 2 * PAD for line in lines)


def test_a_word_too_long_for_the_column_goes_to_a_paragraph_escaped():
    cell = fitting_cell("https://example.org/" + "a" * 120 + "?q=<b>&x", 110)
    assert not isinstance(cell, Plain)
    assert "&lt;b&gt;" in cell and "&amp;x" in cell


def test_many_lines_go_to_a_paragraph():
    cell = fitting_cell(" ".join(["kata"] * 400), 110)
    assert not isinstance(cell, Plain)


def test_control_characters_are_removed_on_the_ascii_fast_path_too():
    assert clean("a\tb\r\nc\x07d") == "a b\ncd"
    assert clean("Cafe\u0301\t!") == "Café !"  # the other path: NFC as before


def test_a_table_of_wrapped_plain_cells_prints_every_word_and_a_bold_header():
    name = "Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Kalimantan Barat"
    rows = [[fitting_cell(str(n), 40), fitting_cell(name, 150), fitting_cell("Dikonfirmasi", 90)] for n in range(60)]
    story = data_tables(["No.", "Instansi pengirim delegasi yang berkunjung", "Status"], rows, [40, 150, 90], "A4")
    header = story[0]._cellvalues[0]
    assert "\n" in header[1]  # wrapped at a space, drawn as plain bold lines
    assert all(stringWidth(line, BOLD, SIZE) <= 150 - 2 * PAD for line in header[1].split("\n"))
    pdf = build_pdf(story, lang="id", paper="A4", title="t", running="r")
    pages = pages_text(pdf)
    assert len(pages) > 1  # rows flowed onto more pages under a repeated header
    assert all("Status" in page for page in pages)
    assert squash(" ".join(pages)).count(squash(name)) == 60
