"""The page every report shares: paper, letterhead, running header, "Halaman X dari Y",
paragraph styles and tables whose header repeats on each page.

Nothing here knows about visits: the report modules build a story of flowables and hand it
to `build_pdf`, which returns the PDF's bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, Image, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from studitiru.domain.records import Host
from studitiru.reports.fonts import BOLD, REGULAR, register_fonts, shaping_available
from studitiru.reports.labels import t
from studitiru.reports.text import para, plain

#: Paper sizes by name. F4 (folio) is the common office paper in Indonesia.
PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "F4": (215 * mm, 330 * mm)}

MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
#: Cell padding of every table (points).
PAD = 4

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa5b1")
ZEBRA = colors.HexColor("#f2f5f8")


#: The shortest frame height of any paper (A4), for "taller than a page" tests.
MAX_FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM


def page_size(paper: str) -> tuple[float, float]:
    """The page size in points for "A4" or "F4" (case-insensitive)."""
    try:
        return PAPERS[paper.upper()]
    except (KeyError, AttributeError):
        raise ValueError(f"Unknown paper size {paper!r}: use A4 or F4.") from None


def content_width(paper: str) -> float:
    return page_size(paper)[0] - MARGIN_LEFT - MARGIN_RIGHT


def content_height(paper: str) -> float:
    return page_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    header: ParagraphStyle
    head_name: ParagraphStyle
    head_office: ParagraphStyle
    head_address: ParagraphStyle


def _style(name: str, size: float, leading: float, bold: bool = False, **extra: object) -> ParagraphStyle:
    base = dict(
        fontName=BOLD if bold else REGULAR,
        bulletFontName=REGULAR,
        fontSize=size,
        leading=leading,
        textColor=INK,
        splitLongWords=1,
        shaping=1 if shaping_available() else 0,
        allowOrphans=0,
        allowWidows=0,
    )
    base.update(extra)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles of every report (all DejaVu Sans)."""
    register_fonts()
    return Styles(
        title=_style("title", 15, 19, bold=True, alignment=TA_CENTER, spaceAfter=2, textColor=ACCENT),
        subtitle=_style("subtitle", 10.5, 14, alignment=TA_CENTER, spaceAfter=10, textColor=MUTED),
        h1=_style("h1", 12, 16, bold=True, spaceBefore=12, spaceAfter=5, keepWithNext=1, textColor=ACCENT),
        h2=_style("h2", 10.5, 14, bold=True, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        body=_style("body", 10, 13.5, spaceAfter=4),
        small=_style("small", 8, 10, textColor=MUTED),
        cell=_style("cell", 9, 11.5),
        cell_bold=_style("cell_bold", 9, 11.5, bold=True),
        header=_style("header", 9, 11.5, bold=True, textColor=colors.white),
        head_name=_style("head_name", 14, 17.5, bold=True, alignment=TA_CENTER),
        head_office=_style("head_office", 11.5, 14.5, bold=True, alignment=TA_CENTER),
        head_address=_style("head_address", 9, 11.5, alignment=TA_CENTER, textColor=MUTED),
    )


def P(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup that was already escaped (use `para()` for user text)."""
    return Paragraph(markup, style)


def scaled_logo(path: Path | None, max_w: float, max_h: float) -> Image | None:
    """The letterhead logo scaled into max_w × max_h, or None if absent or unreadable."""
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        scale = min(max_w / width, max_h / height)
        return Image(str(path), width=width * scale, height=height * scale)
    except Exception:  # noqa: BLE001 - a broken logo must never stop a report or a letter
        return None


def _short(value: str | None, limit: int = 300) -> str:
    text = value or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def letterhead(host: Host, logo: Path | None, width: float) -> list[Flowable]:
    """The host's letterhead (kop surat): logo, name, office, address, and a double rule."""
    st = styles()
    lines = []
    if host.name:
        lines.append(P(para(_short(host.name)), st.head_name))
    if host.office:
        lines.append(P(para(_short(host.office)), st.head_office))
    if host.address:
        lines.append(P(para(_short(host.address, 600)), st.head_address))
    if not lines:
        return []
    image = scaled_logo(logo, 22 * mm, 24 * mm)
    side = 26 * mm if image is not None else 0
    table = Table([[image or "", lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [
        table,
        HRFlowable(width="100%", thickness=1.6, color=INK, spaceBefore=4, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=INK, spaceBefore=0, spaceAfter=10),
    ]


def info_table(pairs: Sequence[tuple[str, str]], width: float, label_width: float = 45 * mm) -> Table:
    """A two-column block 'label : value'. Values are markup (already escaped)."""
    st = styles()
    rows = [[P(label, st.cell_bold), P(":", st.cell), P(value or "–", st.cell)] for label, value in pairs]
    widths = [label_width, 4 * mm, width - label_width - 4 * mm]
    # Only a value taller than a page (a pasted essay) may split inside its row.
    too_tall = any(_row_height(row, widths) > 0.8 * MAX_FRAME_HEIGHT for row in rows)
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=30 if too_tall else 0)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


class Plain(str):
    """Cell text drawn as is, line by line at the cell's leading (no markup, no wrapping)."""


#: A cell wrapped by `fitting_cell` into more lines than this is left to a Paragraph.
PLAIN_LINES = 8


def fitting_cell(value: object | None, width: float) -> str:
    """Cell text for a long list: `Plain` lines when the cleaned text fits a column `width`
    wide on one line or when it wraps at spaces into a few lines that each fit; else
    Paragraph markup (which also splits a word too long for the column).

    A Table draws plain lines with one `drawString` each: in a 500-row list that is several
    times faster than a Paragraph per cell, for the same words on the same lines.
    """
    text = plain(value)
    size = styles().cell.fontSize
    room = width - 2 * PAD - 1
    if "\n" not in text and stringWidth(text, REGULAR, size) <= room:
        return Plain(text)
    lines = [line for part in text.split("\n") for line in (simpleSplit(part, REGULAR, size, room) or [""])]
    if len(lines) <= PLAIN_LINES and all(stringWidth(line, REGULAR, size) <= room for line in lines):
        return Plain("\n".join(lines))
    return para(value)


def _may_be_tall(row: Sequence[object], widths: Sequence[float], limit: float) -> bool:
    """A cheap upper bound: could this row (markup strings) be taller than `limit`?

    No DejaVu Sans glyph at 9 pt is wider than 10 pt; a cell's lines are at most its
    characters times that over its width, plus its line breaks. Only rows that might be too
    tall are measured exactly.
    """
    leading = styles().cell.leading
    for cell, width in zip(row, widths):
        if isinstance(cell, Plain):
            continue
        if not isinstance(cell, str):
            return True
        lines = len(cell) * 10 / max(width - 2 * PAD, 1) + cell.count("<br/>") + 1
        if lines * leading + 2 * PAD > limit:
            return True
    return False


def _header_cell(markup: str, width: float) -> str | Paragraph:
    """A column heading: plain lines in bold when it is plain text that wraps at spaces, else a Paragraph."""
    if "<" not in markup and "&" not in markup:
        lines = simpleSplit(markup, BOLD, styles().header.fontSize, width - 2 * PAD - 1)
        if len(lines) <= PLAIN_LINES and all(stringWidth(line, BOLD, styles().header.fontSize) <= width - 2 * PAD - 1
                                            for line in lines):
            return "\n".join(lines)
    return P(markup, styles().header)


def _row_height(cells: Sequence[Paragraph | str], widths: Sequence[float]) -> float:
    leading = styles().cell.leading
    return max((leading * (cell.count("\n") + 1) if isinstance(cell, str) else cell.wrap(w - 2 * PAD, 1e9)[1]
                for cell, w in zip(cells, widths)), default=0) + 2 * PAD


def data_tables(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Paragraph]],
    widths: Sequence[float],
    paper: str,
    min_row_height: float | None = None,
    zebra: bool = True,
) -> list[Flowable]:
    """Tables with a header row that repeats on every page; rows are never split.

    `header` and `rows` are markup (already escaped) or ready Paragraphs. A row too tall for any page (a pasted
    essay) goes into a table of its own that may split inside the row, so a report with it
    still builds and the text flows on to the next page under a repeated header.

    A `Plain` cell is drawn as a one-line string without a Paragraph: much faster in long lists
    (make them with `fitting_cell`).
    """
    st = styles()
    head = [_header_cell(text, width) for text, width in zip(header, widths)]
    body = [[str(cell) if isinstance(cell, Plain) else (P(cell, st.cell) if isinstance(cell, str) else cell)
             for cell in row] for row in rows]
    limit = 0.8 * (content_height(paper) - _row_height(head, widths))
    groups: list[tuple[list[list[Paragraph]], bool]] = []
    start = 0
    for index, row in enumerate(body):
        if _may_be_tall(rows[index], widths, limit) and _row_height(row, widths) > limit:
            if index > start:
                groups.append((body[start:index], False))
            groups.append(([row], True))
            start = index + 1
    if start < len(body) or not groups:
        groups.append((body[start:], False))

    flowables: list[Flowable] = []
    for group_rows, tall in groups:
        data = [head, *group_rows]
        heights = [0] + [min_row_height] * len(group_rows) if min_row_height else None
        table = Table(data, colWidths=list(widths), repeatRows=1, splitByRow=1,
                      splitInRow=(3 * PAD + 24) if tall else 0, minRowHeights=heights, hAlign="LEFT")
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), st.cell.leading),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]
        if zebra and len(data) > 1:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        table.setStyle(TableStyle(commands))
        flowables.append(table)
    return flowables


class _NumberedCanvas(Canvas):
    """A canvas that keeps every page until the end, to print "Halaman X dari Y" on each."""

    decorate: Callable[[Canvas, int, int], None] = staticmethod(lambda canvas, page, pages: None)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            type(self).decorate(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with '…' so that it fits in `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * 0.9)))]
    return text + "…"


def _decorator(lang: str, paper: str, running: str, stamp: str | None = None) -> Callable[[Canvas, int, int], None]:
    width, height = page_size(paper)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        if stamp:  # "Revisi 2 · 5 Januari 2026" or "DRAF", boxed at the top right of every page
            canvas.setFont(BOLD, 9)
            text_width = stringWidth(stamp, BOLD, 9)
            box_right = width - MARGIN_RIGHT
            box_y = height - MARGIN_TOP + 4 * mm
            canvas.setStrokeColor(ACCENT)
            canvas.setFillColor(ACCENT)
            canvas.setLineWidth(0.8)
            canvas.rect(box_right - text_width - 8, box_y - 3, text_width + 8, 14, stroke=1, fill=0)
            canvas.drawRightString(box_right - 4, box_y + 1, stamp)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        right = width - MARGIN_RIGHT
        footer_y = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, footer_y + 10, right, footer_y + 10)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8)
        number = t(lang, "page", page=page, pages=pages)
        canvas.drawRightString(right, footer_y, number)
        room = right - MARGIN_LEFT - stringWidth(number, REGULAR, 8) - 12
        canvas.drawString(MARGIN_LEFT, footer_y, _fit(running, REGULAR, 8, room))
        canvas.restoreState()

    return decorate


def build_pdf(story: list[Flowable], *, lang: str, paper: str, title: str, running: str, author: str = "",
              stamp: str | None = None) -> bytes:
    """Lay `story` out on pages of `paper` with the shared footer and return the PDF bytes.

    `running` is the footer's left text (host and report); `title` and `author` go into the
    PDF's metadata; `stamp`, when given, is boxed at the top right of every page (an agenda's
    revision or "DRAF"). The output is deterministic: the same story gives the same bytes.
    """
    register_fonts()
    size = page_size(paper)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=plain(title),
        author=plain(author),
        creator="Studi Tiru",
        producer="Studi Tiru",
        initialFontName=REGULAR,
        initialFontSize=10,
        invariant=1,
        lang="en" if lang == "en" else "id",
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                  size[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {"decorate": staticmethod(_decorator(lang, paper, plain(running), plain(stamp) if stamp else None))})
    doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def table_heading(markup: str, style: ParagraphStyle, room: float = 120) -> list[Flowable]:
    """A heading for the table that follows: a new page unless `room` points are left.

    Not `keepWithNext`: reportlab keeps a heading with a table by wrapping both in a
    KeepTogether, which moves a table longer than the rest of the page whole to the next
    page and leaves the rest of this one empty.
    """
    return [CondPageBreak(room), P(markup, style.clone(style.name + "_table", keepWithNext=0))]


def title_block(title: str, subtitle: str | None = None) -> list[Flowable]:
    """The report's title (and a subtitle line), centered. Both are markup."""
    st = styles()
    out: list[Flowable] = [P(title, st.title)]
    out.append(P(subtitle, st.subtitle) if subtitle else P("", st.subtitle))
    return out


__all__ = [
    "PAPERS", "Styles", "styles", "P", "page_size", "content_width", "content_height",
    "letterhead", "info_table", "data_tables", "build_pdf", "title_block", "TA_LEFT",
]
