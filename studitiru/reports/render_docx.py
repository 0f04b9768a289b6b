"""A `reports.document.Document` as a Word file (.docx, python-docx): the same parts as the
PDF, so that an office can edit a letter before it is signed.

User text goes through `reports.text.clean` (control characters and lone surrogates cannot be
stored in Word's XML); a line break inside a text becomes a line break in its paragraph.
Borderless tables align the 'label : value' rows, the signature block and the numbered lists.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from studitiru.reports import document as d
from studitiru.reports.layout import page_size
from studitiru.reports.render_pdf import aside_width_mm
from studitiru.reports.text import clean

FONT = "Arial"  # the font of naskah dinas (Permendagri 1/2023); Word and LibreOffice have it or a metric twin
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
POINTS_PER_MM = 72 / 25.4


class _Writer:
    def __init__(self, doc: d.Document) -> None:
        self.doc = doc
        self.word = new_docx()
        section = self.word.sections[0]
        width, height = page_size(doc.paper)
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width / POINTS_PER_MM), Mm(height / POINTS_PER_MM)
        top, right, bottom, left = doc.margins_mm
        section.top_margin, section.right_margin = Mm(top), Mm(right)
        section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
        section.header_distance = Mm(max(5.0, top / 2))
        self.text_mm = width / POINTS_PER_MM - left - right
        normal = self.word.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(doc.body_size)
        normal.font.color.rgb = RGBColor(0, 0, 0)
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.line_spacing = 1.15
        core = self.word.core_properties
        core.title, core.author, core.comments = clean(doc.title), clean(doc.author), ""
        core.language = "en-GB" if doc.lang == "en" else "id-ID"
        self.first = True

    # --- helpers ------------------------------------------------------------------------------

    def paragraph(self, container=None, align: str = "left", space_after: float = 0.0):  # noqa: ANN001, ANN201
        target = container if container is not None else self.word
        if container is None and self.first:
            paragraph = self.word.paragraphs[0] if self.word.paragraphs else self.word.add_paragraph()
            self.first = False
        elif container is not None and len(container.paragraphs) == 1 and not container.paragraphs[0].text \
                and not container.paragraphs[0].runs and not getattr(container, "_used", False):
            paragraph = container.paragraphs[0]
            container._used = True  # noqa: SLF001 - a cell starts with one empty paragraph: use it first
        else:
            paragraph = target.add_paragraph()
        paragraph.alignment = _ALIGN[align]
        paragraph.paragraph_format.space_after = Pt(space_after)
        return paragraph

    @staticmethod
    def text(paragraph, value: str, bold: bool = False, italic: bool = False, underline: bool = False,
             size: float | None = None) -> None:  # noqa: ANN001
        lines = clean(value).split("\n")
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
            if size:
                run.font.size = Pt(size)
            if index < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)

    def table(self, rows: int, widths_mm: list[float], borders: bool = False, indent_mm: float = 0.0):  # noqa: ANN201
        self.first = False
        table = self.word.add_table(rows=rows, cols=len(widths_mm))
        table.autofit = False
        if borders:
            table.style = self.word.styles["Table Grid"]
        else:
            _no_borders(table)
        _fixed_layout(table, widths_mm, indent_mm)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
        return table

    def spacer(self, points: float) -> None:
        paragraph = self.paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = Pt(max(1.0, points))

    # --- blocks -------------------------------------------------------------------------------

    def letterhead(self, block: d.Letterhead) -> None:
        host = block.host
        lines = [(host.name.upper() if host.name else "", 3, True), (host.office.upper() if host.office else "", 1.5, True),
                 (host.address or "", -2, False)]
        lines = [line for line in lines if line[0]]
        if not lines:
            return
        side = 27.0
        table = self.table(1, [side, self.text_mm - 2 * side, side])
        logo_cell, text_cell, _ = table.rows[0].cells
        if block.logo is not None and _image_ok(block.logo):
            run = self.paragraph(logo_cell, "left").add_run()
            try:
                run.add_picture(str(block.logo), height=Mm(24))
            except Exception:  # noqa: BLE001 - a broken logo must never stop a letter
                pass
        for value, bigger, bold in lines:
            self.text(self.paragraph(text_cell, "center"), value, bold=bold, size=self.doc.body_size + bigger)
        for cell in table.rows[0].cells:
            _valign_center(cell)
        rule = self.paragraph(space_after=12)
        _bottom_border(rule, "thickThinSmallGap", 24)

    def para(self, block: d.Para) -> None:
        paragraph = self.paragraph(align=block.align, space_after=block.space_after)
        paragraph.paragraph_format.left_indent = Mm(block.indent_mm) if block.indent_mm else None
        paragraph.paragraph_format.first_line_indent = Mm(block.first_line_mm) if block.first_line_mm else None
        for run in block.runs:
            self.text(paragraph, run.text, run.bold, run.italic, run.underline, block.size)

    def fields(self, block: d.Fields) -> None:
        aside = aside_width_mm(block.aside, block.size or self.doc.body_size) if block.aside else 0.0
        colon = 4.0 if block.colon else 0.5
        value = self.text_mm - block.indent_mm - block.label_mm - colon - aside
        widths = [block.label_mm, colon, value] + ([aside] if block.aside else [])
        table = self.table(len(block.rows), widths, indent_mm=block.indent_mm)
        for index, (label, text) in enumerate(block.rows):
            cells = list(table.rows[index].cells)
            self.text(self.paragraph(cells[0]), label, size=block.size)
            self.text(self.paragraph(cells[1]), ":" if block.colon else "", size=block.size)
            if block.aside and index > 0:  # the place and date sit on the first line only
                cells[2] = cells[2].merge(cells[3])
            self.text(self.paragraph(cells[2]), text or "-", size=block.size)
            if block.aside and index == 0:
                self.text(self.paragraph(cells[3], "right"), block.aside, size=block.size)
        self.spacer(block.space_after)

    def grid(self, block: d.Table) -> None:
        widths = [fraction * self.text_mm for fraction in block.widths]
        table = self.table(len(block.rows) + 1, widths, borders=True)
        size = self.doc.body_size - 1.5
        for cell, text in zip(table.rows[0].cells, block.header):
            self.text(self.paragraph(cell, "center"), text, bold=True, size=size)
            _shade(cell, "E6E6E6")
        _repeat_header(table.rows[0])
        for row, values in zip(table.rows[1:], block.rows):
            for cell, text in zip(row.cells, values):
                self.text(self.paragraph(cell), text, size=size)
        self.spacer(block.space_after)

    def numbered(self, block: d.NumberedList) -> None:
        if block.title:
            self.text(self.paragraph(), block.title, size=block.size)
        if block.items:
            table = self.table(len(block.items), [8.0, self.text_mm - block.indent_mm - 8.0], indent_mm=block.indent_mm)
            for number, (row, item) in enumerate(zip(table.rows, block.items), start=1):
                self.text(self.paragraph(row.cells[0]), f"{number}.", size=block.size)
                self.text(self.paragraph(row.cells[1]), item, size=block.size)
                if number < len(block.items):
                    for cell in row.cells:
                        _keep_together(cell)
        self.spacer(block.space_after)

    def signature(self, block: d.Signature) -> None:
        width = 80.0
        table = self.table(1, [width], indent_mm=self.text_mm - width)
        cell = table.rows[0].cells[0]
        for line in block.above:
            self.text(self.paragraph(cell), line)
        room = self.paragraph(cell)
        room.paragraph_format.space_after = Pt(20 * POINTS_PER_MM)
        self.text(self.paragraph(cell), block.name or "(………………………………)", bold=bool(block.name),
                  underline=bool(block.name))
        if block.rank:
            self.text(self.paragraph(cell), block.rank)
        if block.nip:
            self.text(self.paragraph(cell), f"NIP {block.nip}")
        _keep_together(cell)
        self.spacer(10)

    def image(self, block: d.Image) -> None:
        if block.data is None and not _image_ok(block.path):
            return
        paragraph = self.paragraph(align="center")
        source = io.BytesIO(block.data) if block.data is not None else str(block.path)
        try:
            run = paragraph.add_run()
            picture = run.add_picture(source, width=Mm(min(block.width_mm, self.text_mm)))
            if block.height_mm and picture.height > Mm(block.height_mm):  # too tall: fit the height instead
                picture.width = int(picture.width * Mm(block.height_mm) / picture.height)
                picture.height = Mm(block.height_mm)
        except Exception:  # noqa: BLE001 - an unreadable picture is left out, never fatal
            return
        if block.caption:
            self.text(self.paragraph(align="center", space_after=8), block.caption, size=self.doc.body_size - 2)

    def render(self) -> bytes:
        for block in self.doc.blocks:
            if isinstance(block, d.Para):
                self.para(block)
            elif isinstance(block, d.Letterhead):
                self.letterhead(block)
            elif isinstance(block, d.Fields):
                self.fields(block)
            elif isinstance(block, d.Table):
                self.grid(block)
            elif isinstance(block, d.NumberedList):
                self.numbered(block)
            elif isinstance(block, d.Signature):
                self.signature(block)
            elif isinstance(block, d.Spacer):
                self.spacer(block.mm * POINTS_PER_MM)
            elif isinstance(block, d.PageBreak):
                self.first = False
                self.word.add_page_break()
            elif isinstance(block, d.Rule):
                _bottom_border(self.paragraph(space_after=10), "single", 12)
            elif isinstance(block, d.Image):
                self.image(block)
            else:  # pragma: no cover - a new block kind without its renderer is a bug
                raise TypeError(f"no Word rendering for {type(block).__name__}")
        buffer = io.BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()


def render_docx(doc: d.Document) -> bytes:
    """The document as .docx bytes."""
    return _Writer(doc).render()


# --- raw XML the python-docx API does not cover -----------------------------------------------

def _image_ok(path: Path) -> bool:
    try:
        return Path(path).is_file() and Path(path).stat().st_size > 0
    except OSError:
        return False


def _no_borders(table) -> None:  # noqa: ANN001
    properties = table._tbl.tblPr  # noqa: SLF001
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("left", "0"), ("right", "60")):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), value)
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    properties.append(margins)


def _twips(mm_value: float) -> str:
    return str(int(round(mm_value * 1440 / 25.4)))


def _fixed_layout(table, widths_mm: list[float], indent_mm: float) -> None:  # noqa: ANN001
    properties = table._tbl.tblPr  # noqa: SLF001
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), _twips(sum(widths_mm)))
    width.set(qn("w:type"), "dxa")
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    properties.append(width)
    if indent_mm:
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), _twips(indent_mm))
        indent.set(qn("w:type"), "dxa")
        properties.append(indent)
    grid = table._tbl.tblGrid  # noqa: SLF001
    for column, value in zip(grid.findall(qn("w:gridCol")), widths_mm):
        column.set(qn("w:w"), _twips(value))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT


def _bottom_border(paragraph, kind: str, size: int) -> None:  # noqa: ANN001
    properties = paragraph._p.get_or_add_pPr()  # noqa: SLF001
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), kind)
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    properties.append(borders)


def _shade(cell, fill: str) -> None:  # noqa: ANN001
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # noqa: SLF001


def _valign_center(cell) -> None:  # noqa: ANN001
    element = OxmlElement("w:vAlign")
    element.set(qn("w:val"), "center")
    cell._tc.get_or_add_tcPr().append(element)  # noqa: SLF001


def _repeat_header(row) -> None:  # noqa: ANN001
    properties = row._tr.get_or_add_trPr()  # noqa: SLF001
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _keep_together(cell) -> None:  # noqa: ANN001
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.keep_together = True
