"""A `reports.document.Document` as a PDF (reportlab, DejaVu Sans embedded).

Every piece of user text goes through `reports.text.para` (escaped for reportlab's markup).
Pages carry no running footer (a letter has none); a document longer than one page gets
"- 2 -" centred at the top of each following page, as naskah dinas number their pages.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from studitiru.reports import document as d
from studitiru.reports.fonts import BOLD, REGULAR, register_fonts, shaping_available
from studitiru.reports.layout import page_size, scaled_logo
from studitiru.reports.text import para, plain

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
INK = colors.black


def _style(size: float, align: str = "left", bold: bool = False, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(
        f"doc-{size}-{align}-{bold}", fontName=BOLD if bold else REGULAR, fontSize=size, leading=size * 1.35,
        alignment=_ALIGN[align], textColor=INK, splitLongWords=1, shaping=1 if shaping_available() else 0,
        **extra,
    )


def _runs(runs: tuple[d.Run, ...]) -> str:
    out = []
    for run in runs:
        text = para(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.underline:
            text = f"<u>{text}</u>"
        out.append(text)
    return "".join(out)


class _Context:
    def __init__(self, doc: d.Document) -> None:
        self.doc = doc
        width, _height = page_size(doc.paper)
        top, right, _bottom, left = doc.margins_mm
        self.width = width - (left + right) * mm
        self.size = doc.body_size


def _letterhead(block: d.Letterhead, ctx: _Context) -> list[Flowable]:
    host = block.host
    lines: list[Flowable] = []
    if host.name:
        lines.append(Paragraph(para(host.name.upper()), _style(ctx.size + 3, "center", bold=True)))
    if host.office:
        lines.append(Paragraph(para(host.office.upper()), _style(ctx.size + 1.5, "center", bold=True)))
    if host.address:
        lines.append(Paragraph(para(host.address), _style(ctx.size - 2, "center")))
    if not lines:
        return []
    logo = scaled_logo(block.logo, 24 * mm, 26 * mm)
    side = 27 * mm
    table = RLTable([[logo or "", lines, ""]], colWidths=[side, ctx.width - 2 * side, side])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a plain-text cell, even empty, else prints in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [
        table,
        HRFlowable(width="100%", thickness=2.2, color=INK, spaceBefore=5, spaceAfter=1.3),
        HRFlowable(width="100%", thickness=0.6, color=INK, spaceBefore=0, spaceAfter=12),
    ]


def _plain_table(rows: list[list[object]], widths: list[float], top: float = 0.8) -> RLTable:
    table = RLTable(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a plain-text cell, even empty, else prints in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), top),
    ]))
    return table


def aside_width_mm(text: str, size: float) -> float:
    """Room for the place and date at the right of the number's line: its width, 40 to 80 mm."""
    register_fonts()
    return min(80.0, max(40.0, stringWidth(plain(text), REGULAR, size) / mm + 3))


def _fields(block: d.Fields, ctx: _Context) -> list[Flowable]:
    size = block.size or ctx.size
    body = _style(size)
    label_w = block.label_mm * mm
    colon_w = 4 * mm if block.colon else 1.2 * mm
    aside_w = aside_width_mm(block.aside, size) * mm if block.aside else 0
    value_w = ctx.width - block.indent_mm * mm - label_w - colon_w - aside_w
    rows = []
    for index, (label, value) in enumerate(block.rows):
        row: list[object] = [Paragraph(para(label), body), Paragraph(":" if block.colon else "", body),
                             Paragraph(para(value) or "-", body)]
        if block.aside:
            row.append(Paragraph(para(block.aside), _style(size, "right")) if index == 0 else "")
        rows.append(row)
    widths = [label_w, colon_w, value_w] + ([aside_w] if block.aside else [])
    table = _plain_table(rows, widths)
    if block.aside:  # the place and date sit on the first line only: later values use its room
        table.setStyle(TableStyle([("SPAN", (2, row), (3, row)) for row in range(1, len(rows))]))
    return [_Indented(table, block.indent_mm * mm) if block.indent_mm else table, Spacer(1, block.space_after)]


class _Indented(Flowable):
    """A flowable drawn `offset` points from the left margin."""

    def __init__(self, inner: Flowable, offset: float) -> None:
        super().__init__()
        self.inner, self.offset = inner, offset

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self.inner.wrap(avail_width - self.offset, avail_height)
        self.width, self.height = width + self.offset, height
        return self.width, height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.offset, 0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self.inner.split(avail_width - self.offset, avail_height)
        return [_Indented(part, self.offset) for part in parts]


def _table(block: d.Table, ctx: _Context) -> list[Flowable]:
    cell = _style(ctx.size - 1.5)
    head = _style(ctx.size - 1.5, "center", bold=True)
    rows = [[Paragraph(para(text), head) for text in block.header]]
    rows += [[Paragraph(para(text), cell) for text in row] for row in block.rows]
    widths = [fraction * ctx.width for fraction in block.widths]
    table = RLTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a plain-text cell, even empty, else prints in Helvetica
        ("GRID", (0, 0), (-1, -1), 0.6, INK),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [table, Spacer(1, block.space_after)]


def _numbered(block: d.NumberedList, ctx: _Context) -> list[Flowable]:
    size = block.size or ctx.size
    body = _style(size)
    out: list[Flowable] = []
    if block.title:
        out.append(Paragraph(para(block.title), body))
    rows = [[Paragraph(f"{n}.", body), Paragraph(para(item), body)] for n, item in enumerate(block.items, start=1)]
    if rows:
        table = _plain_table(rows, [8 * mm, ctx.width - block.indent_mm * mm - 8 * mm], top=0.3)
        out.append(_Indented(table, block.indent_mm * mm) if block.indent_mm else table)
    return [KeepTogether(out), Spacer(1, block.space_after)]


def _signature(block: d.Signature, ctx: _Context) -> list[Flowable]:
    body = _style(ctx.size, "left")
    lines: list[Flowable] = [Paragraph(para(line), body) if line.strip() else Spacer(1, ctx.size * 1.2)  # a blank line
                             for line in block.above]
    lines.append(Spacer(1, 20 * mm))
    lines.append(Paragraph(f"<b><u>{para(block.name)}</u></b>" if block.name else "(………………………………)", body))
    if block.rank:
        lines.append(Paragraph(para(block.rank), body))
    if block.nip:
        lines.append(Paragraph("NIP " + para(block.nip), body))
    width = 80 * mm
    table = _plain_table([[lines]], [width])
    return [Spacer(1, 4), KeepTogether([_Indented(table, ctx.width - width)]), Spacer(1, 10)]


def _picture(data: bytes, max_w: float, max_h: float) -> RLImage | None:
    """A picture from its bytes (a JPEG is embedded as it is, not decoded and re-encoded)."""
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
        if width <= 0 or height <= 0:
            return None
        scale = min(max_w / width, max_h / height)
        return RLImage(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # noqa: BLE001 - a broken picture is left out, never fatal
        return None


def _image(block: d.Image, ctx: _Context) -> list[Flowable]:
    max_h = (block.height_mm or 200) * mm
    if block.data is not None:
        picture = _picture(block.data, min(block.width_mm * mm, ctx.width), max_h)
    else:
        picture = scaled_logo(block.path, min(block.width_mm * mm, ctx.width), max_h)
    out: list[Flowable] = [picture] if picture is not None else []
    if block.caption:
        out.append(Paragraph(para(block.caption), _style(ctx.size - 2, "center")))
    return [KeepTogether(out), Spacer(1, 8)] if out else []


def _flowables(doc: d.Document) -> list[Flowable]:
    ctx = _Context(doc)
    story: list[Flowable] = []
    for block in doc.blocks:
        if isinstance(block, d.Para):
            style = _style(block.size or ctx.size, block.align, leftIndent=block.indent_mm * mm,
                           firstLineIndent=block.first_line_mm * mm, spaceAfter=block.space_after)
            story.append(Paragraph(_runs(block.runs), style))
        elif isinstance(block, d.Letterhead):
            story += _letterhead(block, ctx)
        elif isinstance(block, d.Fields):
            story += _fields(block, ctx)
        elif isinstance(block, d.Table):
            story += _table(block, ctx)
        elif isinstance(block, d.NumberedList):
            story += _numbered(block, ctx)
        elif isinstance(block, d.Signature):
            story += _signature(block, ctx)
        elif isinstance(block, d.Spacer):
            story.append(Spacer(1, block.mm * mm))
        elif isinstance(block, d.PageBreak):
            story.append(RLPageBreak())
        elif isinstance(block, d.Rule):
            story.append(HRFlowable(width="100%", thickness=1.2, color=INK, spaceBefore=2, spaceAfter=10))
        elif isinstance(block, d.Image):
            story += _image(block, ctx)
        else:  # pragma: no cover - a new block kind without its renderer is a bug
            raise TypeError(f"no PDF rendering for {type(block).__name__}")
    return story


def render_pdf(doc: d.Document) -> bytes:
    """The document's PDF bytes (deterministic: the same document gives the same bytes)."""
    register_fonts()
    size = page_size(doc.paper)
    top, right, bottom, left = (value * mm for value in doc.margins_mm)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=plain(doc.title), author=plain(doc.author), creator="Studi Tiru", producer="Studi Tiru",
        initialFontName=REGULAR, initialFontSize=doc.body_size, invariant=1, lang="en" if doc.lang == "en" else "id",
    )
    frame = Frame(left, bottom, size[0] - left - right, size[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def page_number(canvas, document) -> None:  # noqa: ANN001 - reportlab's callback
        if document.page > 1:
            canvas.saveState()
            canvas.setFont(REGULAR, 9)
            canvas.drawCentredString(size[0] / 2, size[1] - top / 2, f"- {document.page} -")
            canvas.restoreState()

    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page_number)])
    template.build(_flowables(doc))
    return buffer.getvalue()
