"""The fonts every report uses: DejaVu Sans, shipped in `resources/fonts/`, embedded in each PDF.

The folder is found through `studitiru.resource_files` (a checkout, a wheel or the bundle).

No report uses reportlab's built-in Helvetica: it is not embedded, and it lacks most of the
letters of names that a delegation may bring (Vietnamese, Arabic, curly quotes…).
"""

from __future__ import annotations

import errno
import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studitiru import resource_files

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
FAMILY = "DejaVuSans"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """The program's resources folder (`resource_files.resources_root`)."""
    return resource_files.resources_root()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the DejaVu Sans family with reportlab (once; safe to call from any thread).

    After this, `<b>`, `<i>` and `<b><i>` in a Paragraph print in the matching face.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(errno.ENOENT, "The report font is missing from the installation", str(path))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE)
        # registerFontFamily maps the family name; map the face names too so that <b> inside
        # a paragraph whose font is e.g. DejaVuSans-Bold still resolves within the family.
        for face in (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE):
            addMapping(face, 0, 0, REGULAR)
            addMapping(face, 1, 0, BOLD)
            addMapping(face, 0, 1, OBLIQUE)
            addMapping(face, 1, 1, BOLD_OBLIQUE)
        _registered = True


@lru_cache(maxsize=1)
def covered_codepoints() -> frozenset[int]:
    """The code points that the regular face has a glyph for (the faces cover nearly the same)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph.keys())


def shaping_available() -> bool:
    """True when reportlab can shape complex scripts (Arabic joining) with uharfbuzz."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True
