"""A document as plain blocks, for the papers that go out both as PDF and as Word (.docx).

The letters (`reports/letters.py`) build a `Document`; `reports/render_pdf.py` lays it out with
reportlab and `reports/render_docx.py` writes the same parts with python-docx, so the two
formats cannot drift apart. Later papers (an itinerary's revision, a report with photos) add
what they need as blocks here (`Image` is ready for photos) and get both formats.

Text in blocks is plain user text, never markup: each renderer escapes it its own way
(`reports.text.para` for reportlab, `reports.text.clean` for Word's XML).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Union

from studitiru.domain.records import Host

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Para:
    """A paragraph: runs (or one plain text), alignment, first-line indent in mm, space after in pt."""

    runs: tuple[Run, ...]
    align: Align = "justify"
    indent_mm: float = 0.0  # left indent of the whole paragraph
    first_line_mm: float = 0.0
    space_after: float = 6.0
    size: float | None = None  # None: the document's body size

    @classmethod
    def of(cls, text: str, **options: object) -> Para:
        bold = bool(options.pop("bold", False))
        underline = bool(options.pop("underline", False))
        return cls((Run(text, bold=bold, underline=underline),), **options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Letterhead:
    """The kop: logo at the left, the government's name, the unit, the address; a double rule."""

    host: Host
    logo: Path | None = None


@dataclass(frozen=True)
class Fields:
    """'Label : value' rows with aligned colons (Nomor, Sifat, Lampiran, Hal; Hari/Tanggal, Pukul…).

    `aside`: text printed at the right on the first row's line (the place and date of a letter).
    """

    rows: tuple[tuple[str, str], ...]
    label_mm: float = 28.0
    indent_mm: float = 0.0
    aside: str | None = None
    space_after: float = 8.0
    colon: bool = True  # False: 'Yth.  Bupati Balangan' (the label, then the value aligned)
    size: float | None = None


@dataclass(frozen=True)
class Table:
    """A grid with a bold header row; `widths` are fractions of the text width."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    space_after: float = 8.0


@dataclass(frozen=True)
class NumberedList:
    """'1. …' items under an optional title ('Tembusan:')."""

    items: tuple[str, ...]
    title: str | None = None
    indent_mm: float = 0.0
    space_after: float = 6.0
    size: float | None = None


@dataclass(frozen=True)
class Signature:
    """The signature block at the right: the a.n./u.b. lines and position, room to sign, the name
    (bold, underlined), rank and NIP."""

    above: tuple[str, ...]  # place/date (optional), a.n./u.b. lines, the position
    name: str
    rank: str | None = None
    nip: str | None = None


@dataclass(frozen=True)
class Spacer:
    mm: float


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Rule:
    """A thin full-width line (under a nota dinas' header)."""


@dataclass(frozen=True)
class Image:
    """A picture scaled to `width_mm` (photos), with an optional caption below. `data`: the
    picture's bytes (a stored photo) instead of a file at `path`; `height_mm`: the most it may
    take (two photos a page), the width shrinking to keep its proportions."""

    path: Path | None
    width_mm: float
    caption: str | None = None
    data: bytes | None = field(default=None, repr=False)
    height_mm: float | None = None


Block = Union[Para, Letterhead, Fields, Table, NumberedList, Signature, Spacer, PageBreak, Rule, Image]


@dataclass(frozen=True)
class Document:
    """Blocks on pages of `paper` ("A4" or "F4") with margins in mm (top, right, bottom, left)."""

    title: str
    blocks: tuple[Block, ...]
    paper: str = "A4"
    margins_mm: tuple[float, float, float, float] = (20.0, 25.0, 25.0, 30.0)
    body_size: float = 11.0
    lang: str = "id"
    author: str = ""
    meta: dict = field(default_factory=dict, compare=False)
