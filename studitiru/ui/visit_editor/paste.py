"""Rows copied from a spreadsheet (tab-separated lines) as participants. No Qt here.

Columns are taken in the participants table's order: name, position, institution, phone,
email, role. A first line made of column headings is recognised and skipped."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from studitiru.domain import records as r

HEADER_WORDS = frozenset({
    "name", "nama", "nama lengkap", "position", "jabatan", "institution", "instansi", "unit kerja",
    "phone", "telepon", "telp", "telp.", "no. hp", "no hp", "hp", "email", "e-mail", "surel", "role", "peran",
    "keterangan",
})
LEADER_WORDS = frozenset({"leader", "ketua", "pimpinan", "ketua rombongan", "pimpinan rombongan"})


def _cells(text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter="\t")
    return [[cell.strip() for cell in row] for row in reader if any(cell.strip() for cell in row)]


def is_header(cells: list[str], extra_words: Iterable[str] = ()) -> bool:
    """More than half of the non-empty cells are column headings."""
    words = HEADER_WORDS | {word.casefold() for word in extra_words}
    filled = [cell.casefold() for cell in cells if cell]
    return bool(filled) and sum(cell in words for cell in filled) * 2 > len(filled)


def role_of(text: str, extra_leader_words: Iterable[str] = ()) -> r.ParticipantRole:
    words = LEADER_WORDS | {word.casefold() for word in extra_leader_words}
    return r.ParticipantRole.LEADER if text.strip().casefold() in words else r.ParticipantRole.MEMBER


def parse_participants(
    text: str, header_words: Iterable[str] = (), leader_words: Iterable[str] = ()
) -> list[r.Participant]:
    """The participants in pasted text; lines without a name are skipped."""
    rows = _cells(text)
    header_words = tuple(header_words)
    if rows and is_header(rows[0], header_words):
        rows = rows[1:]
    result = []
    for cells in rows:
        cells = (cells + [""] * 6)[:6]
        if not cells[0]:
            continue
        name, position, institution, phone, email, role = cells
        result.append(r.Participant(
            name=name, position=position or None, institution=institution or None, phone=phone or None,
            email=email or None, role=role_of(role, leader_words),
        ))
    return result
