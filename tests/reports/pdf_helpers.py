"""Reading back the PDFs the reports make: text per page, fonts, normalised comparison."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

_INVISIBLE = re.compile("[\u200b\u00ad\ufeff]")


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Whitespace collapsed to one space (for phrases that wrap across lines)."""
    return " ".join(_INVISIBLE.sub("", text).split())


def bare(text: str) -> str:
    """All whitespace removed (for a long word that the layout split at any letter)."""
    return "".join(_INVISIBLE.sub("", text).split())


def in_order(haystack: str, needles: list[str]) -> bool:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return False
        position = found + len(needle)
    return True


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, has an embedded /FontFile2) for every font on every page, incl. forms."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[int | str, tuple[str, bool]] = {}

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            key = getattr(ref, "idnum", None) or str(font.get("/BaseFont"))
            found[key] = (str(font.get("/BaseFont")), _embedded(font))
        for ref in (resources.get("/XObject") or {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return list(found.values())


def _embedded(font) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        for descendant in font.get("/DescendantFonts") or []:
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None:
                break
    if descriptor is None:
        return False
    return "/FontFile2" in descriptor.get_object()


_FOOTER = re.compile(r"(Halaman \d+ dari \d+|Page \d+ of \d+)")


def body_text(pdf: bytes) -> str:
    """The text of all pages without each page's footer (page number and running line),
    which the canvas draws last, so that text flowing across pages reads as one."""
    bodies = []
    for page in pages_text(pdf):
        matches = list(_FOOTER.finditer(page))
        bodies.append(page[: matches[-1].start()] if matches else page)
    return " ".join(bodies)


def embedded_fonts_only(data: bytes) -> bool:
    """Every font of the PDF is embedded (a plain-text table cell once printed in Helvetica)."""
    import io

    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is None or not any(key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                raise AssertionError(f"font {font.get('/BaseFont')} is not embedded")
    return True
