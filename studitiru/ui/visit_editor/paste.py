"""Rows copied from a spreadsheet (tab-separated lines) as participants. No Qt here.

Without a heading line, columns are taken in the participants table's order: name, position,
institution, phone, email, role. A first line made of column headings is recognised: each
column then goes to the field its heading names, in whatever order the sheet has them
("Nama, Jabatan, Instansi, Peran" puts "Ketua" in the role, not in the phone)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from studitiru.domain import records as r

FIELDS = ("name", "position", "institution", "phone", "email", "role")
#: The headings of each field, in both languages and as offices write them.
FIELD_WORDS: dict[str, frozenset[str]] = {
    "name": frozenset({"name", "nama", "nama lengkap"}),
    "position": frozenset({"position", "jabatan"}),
    "institution": frozenset({"institution", "instansi", "unit kerja"}),
    "phone": frozenset({"phone", "telepon", "telp", "telp.", "no. hp", "no hp", "hp", "nomor hp", "no. telp"}),
    "email": frozenset({"email", "e-mail", "surel"}),
    "role": frozenset({"role", "peran", "keterangan"}),
}
HEADER_WORDS = frozenset().union(*FIELD_WORDS.values())
LEADER_WORDS = frozenset({"leader", "ketua", "pimpinan", "ketua rombongan", "pimpinan rombongan"})


def _cells(text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter="\t")
    return [[cell.strip() for cell in row] for row in reader if any(cell.strip() for cell in row)]


def is_header(cells: list[str], extra_words: Iterable[str] = ()) -> bool:
    """More than half of the non-empty cells are column headings."""
    words = HEADER_WORDS | {word.casefold() for word in extra_words}
    filled = [cell.casefold() for cell in cells if cell]
    return bool(filled) and sum(cell in words for cell in filled) * 2 > len(filled)


def _columns(headings: list[str], table_words: tuple[str, ...]) -> list[int | None]:
    """For each field, the column whose heading names it (None: the sheet has no such column).
    `table_words` are the table's own headings, in the interface language and field order."""
    words = {field: set(FIELD_WORDS[field]) for field in FIELDS}
    for field, word in zip(FIELDS, table_words):
        words[field].add(str(word).casefold())
    found: list[int | None] = []
    for position, field in enumerate(FIELDS):
        column = next((i for i, heading in enumerate(headings) if heading.casefold() in words[field]), None)
        if column is None and position >= len(headings):
            column = position  # a column past the headings is read in the table's order
        found.append(column)
    return found


def role_of(text: str, extra_leader_words: Iterable[str] = ()) -> r.ParticipantRole:
    words = LEADER_WORDS | {word.casefold() for word in extra_leader_words}
    return r.ParticipantRole.LEADER if text.strip().casefold() in words else r.ParticipantRole.MEMBER


def parse_participants(
    text: str, header_words: Iterable[str] = (), leader_words: Iterable[str] = ()
) -> list[r.Participant]:
    """The participants in pasted text; lines without a name are skipped."""
    rows = _cells(text)
    header_words = tuple(header_words)
    columns = list(range(len(FIELDS)))  # field i comes from column columns[i]
    if rows and is_header(rows[0], header_words):
        columns = _columns(rows[0], header_words)
        rows = rows[1:]
    result = []
    for cells in rows:
        values = [cells[column] if column is not None and column < len(cells) else "" for column in columns]
        name, position, institution, phone, email, role = values
        if not name:
            continue
        result.append(r.Participant(
            name=name, position=position or None, institution=institution or None, phone=phone or None,
            email=email or None, role=role_of(role, leader_words),
        ))
    return result
