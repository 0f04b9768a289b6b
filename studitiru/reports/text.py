"""Turning user text into safe Paragraph markup: the one door every user string goes through.

reportlab's `Paragraph` parses a small XML-like markup, so a participant called
`Email <a@b.id>` or a site called `A & B` would break it or vanish. `para()` escapes such
text, removes control characters and replaces lone surrogates and glyphs the font lacks.

Very long words (URLs, a pasted 10,000-character line) are split by reportlab itself: every
report style sets `splitLongWords` (see `layout.styles()`), which breaks a word that does not
fit its column at the last character that fits. (`uriWasteReduce` is not used: in reportlab
5.1 it lets the rest of a URL overflow a table cell.) We do not insert zero-width spaces: reportlab's word splitter treats U+200B as a word separator and
prints a visible space there, which would corrupt a URL or an e-mail address.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from studitiru.reports.fonts import covered_codepoints

#: The glyph printed for a character the font has no glyph for (an emoji, say).
REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(value: object | None) -> str:
    """Plain text with what cannot be printed removed or replaced (no markup escaping).

    - None becomes ""; other objects become `str(value)`;
    - line breaks become "\\n", tabs a space, other control characters are removed;
    - lone surrogates and characters the font lacks become U+FFFD;
    - text is NFC-normalised, so combining accents print as one letter.
    """
    if value is None:
        return ""
    text = str(value)
    if text.isascii():  # the common case, fast: DejaVu covers printable ASCII, NFC changes nothing
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        return _CONTROL.sub("", text) if _CONTROL.search(text) else text
    text = _SURROGATE.sub(REPLACEMENT, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\t", " ")
    text = _CONTROL.sub(lambda m: "\n" if m.group() == "\n" else "", text)
    text = unicodedata.normalize("NFC", text)
    covered = covered_codepoints()
    if any(ord(ch) not in covered for ch in text if ch not in "\n"):
        text = "".join(ch if ch == "\n" or ord(ch) in covered else _fallback(ch) for ch in text)
    return text


def _fallback(ch: str) -> str:
    """What to print for a character the font lacks: its decomposition if covered, else U+FFFD."""
    if unicodedata.category(ch) in ("Mn", "Cf"):
        return ""  # a combining mark or format character without a glyph: drop it
    decomposed = unicodedata.normalize("NFKD", ch)
    covered = covered_codepoints()
    if decomposed != ch and all(ord(c) in covered for c in decomposed):
        return decomposed
    return REPLACEMENT


def para(value: object | None) -> str:
    """Paragraph markup for a user string: cleaned, escaped, newlines as <br/>.

    Every piece of user text that a report hands to `Paragraph` goes through this function.
    """
    text = clean(value)
    text = escape(text)  # & < >
    return text.replace("\n", "<br/>")


def plain(value: object | None) -> str:
    """A user string for a canvas `drawString` or a chart label (no markup): cleaned, one line."""
    return " ".join(clean(value).split())
