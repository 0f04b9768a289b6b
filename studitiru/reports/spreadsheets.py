"""Participants and lists to and from spreadsheets (.xlsx, .csv). No database here.

Reading accepts English or Indonesian headers in any order and case; every refused row is
reported with its row number as Excel shows it (the header is row 1) and its column.
Writing always stores user text as text (never a formula) and replaces the file atomically.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from studitiru.domain.records import Participant, ParticipantRole
from studitiru.errors import ExchangeFileError

#: The longest text a cell may hold.
MAX_TEXT = 20_000

#: Header (case-folded, trimmed) → Participant field.
HEADERS: dict[str, str] = {
    "name": "name", "nama": "name",
    "position": "position", "jabatan": "position",
    "institution": "institution", "instansi": "institution",
    "phone": "phone", "telepon": "phone",
    "email": "email", "e-mail": "email",
    "role": "role", "peran": "role",
}
ROLE_WORDS: dict[str, ParticipantRole] = {
    "leader": ParticipantRole.LEADER, "ketua": ParticipantRole.LEADER,
    "member": ParticipantRole.MEMBER, "anggota": ParticipantRole.MEMBER,
}
PARTICIPANT_HEADERS = ("name", "position", "institution", "phone", "email", "role")
_FIELD_ID = {"name": "nama", "position": "jabatan", "institution": "instansi", "phone": "telepon",
             "email": "email", "role": "peran"}


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in the file: where (row as Excel numbers it, column) and what."""

    row: int
    column: str
    message_id: str
    message_en: str

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


@dataclass
class ParsedRows:
    """The participants read from a file and the problems found (refused rows are left out)."""

    participants: list[Participant] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _unreadable(path: Path, detail_id: str = "", detail_en: str = "") -> ExchangeFileError:
    return ExchangeFileError(
        f"Berkas {path.name} tidak dapat dibaca sebagai daftar peserta{detail_id}.",
        f"The file {path.name} cannot be read as a participant list{detail_en}.",
    )


def _raw_rows(path: Path) -> Iterator[list[object]]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _xlsx_rows(path)
    elif suffix == ".csv":
        yield from _csv_rows(path)
    else:
        raise ExchangeFileError(
            f"Berkas {path.name} bukan .xlsx atau .csv, jadi tidak dapat dibaca sebagai daftar peserta.",
            f"The file {path.name} is not an .xlsx or .csv file, so it cannot be read as a participant list.",
        )


def _xlsx_rows(path: Path) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any failure of a foreign file is the file's fault
        raise _unreadable(path, " (bukan buku kerja Excel yang utuh)", " (not a complete Excel workbook)") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def _csv_rows(path: Path) -> Iterator[list[object]]:
    try:
        data = path.read_bytes()
    except OSError:
        raise _unreadable(path) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _unreadable(path, " (bukan teks UTF-8)", " (not UTF-8 text)") from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    if first_line.count("\t") > max(first_line.count(";"), first_line.count(",")):
        delimiter = "\t"
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error:
        raise _unreadable(path, " (format CSV rusak)", " (malformed CSV)") from None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone number typed as a number
    return str(value).strip()


def _unquote(text: str) -> str:
    """Undo the apostrophe that `write_rows_csv` puts before formula-looking text."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@" else text


def read_participants(path: str | os.PathLike[str]) -> ParsedRows:
    """Read participants from an .xlsx or .csv file with a header row.

    Headers: name, position, institution, phone, email, role, or nama, jabatan, instansi,
    telepon, email, peran, in any order and case. Role: leader/member or ketua/anggota
    (empty: member). Empty rows are skipped. Raises ExchangeFileError for an unknown
    extension or a file that cannot be read at all.
    """
    path = Path(path)
    if not path.is_file():
        raise ExchangeFileError(f"Berkas {path} tidak ditemukan.", f"The file {path} does not exist.")
    result = ParsedRows()
    rows = _raw_rows(path)
    header: list[str | None] | None = None
    for number, row in enumerate(rows, start=1):
        cells = [_unquote(_text(value)) for value in row]
        if header is None:
            if not any(cells):
                continue
            header = _read_header(cells, number, result.problems)
            if "name" not in header:
                result.problems.append(RowProblem(number, "name", "Kolom 'nama' (atau 'name') tidak ada di baris judul.",
                                                  "The header row has no 'name' (or 'nama') column."))
                return result
            continue
        if not any(cells):
            continue
        participant = _read_row(header, cells, number, result.problems)
        if participant is not None:
            result.participants.append(participant)
    if header is None:
        raise _unreadable(path, " (berkas kosong)", " (the file is empty)")
    return result


def _read_header(cells: list[str], number: int, problems: list[RowProblem]) -> list[str | None]:
    header: list[str | None] = []
    for index, cell in enumerate(cells):
        key = " ".join(cell.casefold().split())
        field_name = HEADERS.get(key)
        if field_name is None and key:
            column = _column_letter(index)
            problems.append(RowProblem(number, cell, f"Kolom {column} berjudul '{cell}' tidak dikenal dan diabaikan.",
                                       f"Column {column} headed '{cell}' is unknown and ignored."))
        header.append(field_name if field_name not in header else None)
    return header


def _read_row(header: list[str | None], cells: list[str], number: int, problems: list[RowProblem]) -> Participant | None:
    values: dict[str, str] = {}
    ok = True
    for index, field_name in enumerate(header):
        if field_name is None:
            continue
        value = cells[index] if index < len(cells) else ""
        if len(value) > MAX_TEXT:
            problems.append(RowProblem(number, field_name,
                                       f"Baris {number}, kolom {_FIELD_ID[field_name]}: teks terlalu panjang "
                                       f"({len(value)} karakter, paling banyak {MAX_TEXT}).",
                                       f"Row {number}, column {field_name}: text too long "
                                       f"({len(value)} characters, at most {MAX_TEXT})."))
            ok = False
        values[field_name] = value
    if not values.get("name"):
        problems.append(RowProblem(number, "name", f"Baris {number}, kolom nama: nama peserta kosong.",
                                   f"Row {number}, column name: the participant's name is empty."))
        ok = False
    role_text = values.get("role", "").casefold()
    role = ROLE_WORDS.get(role_text, ParticipantRole.MEMBER if not role_text else None)
    if role is None:
        problems.append(RowProblem(number, "role",
                                   f"Baris {number}, kolom peran: '{values['role']}' tidak dikenal "
                                   "(gunakan ketua atau anggota).",
                                   f"Row {number}, column role: '{values['role']}' is unknown (use leader or member)."))
        ok = False
    if not ok:
        return None
    return Participant(name=values["name"], position=values.get("position") or None,
                       institution=values.get("institution") or None, phone=values.get("phone") or None,
                       email=values.get("email") or None, role=role)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _participant_rows(participants: Iterable[Participant]) -> list[list[str]]:
    return [[p.name, p.position or "", p.institution or "", p.phone or "", p.email or "", p.role.value]
            for p in participants]


def write_participants_xlsx(path: str | os.PathLike[str], participants: Iterable[Participant]) -> None:
    """Write participants to .xlsx with the English header row that `read_participants` reads."""
    write_rows_xlsx(path, PARTICIPANT_HEADERS, _participant_rows(participants))


def write_participants_csv(path: str | os.PathLike[str], participants: Iterable[Participant]) -> None:
    """Write participants to UTF-8 .csv (with BOM, so that Excel shows the letters right)."""
    write_rows_csv(path, PARTICIPANT_HEADERS, _participant_rows(participants))


def _atomic_target(path: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


def _replace(temp: str, path: Path) -> None:
    try:
        os.replace(temp, path)
    except OSError:
        _remove(temp)
        raise


def _remove(temp: str) -> None:
    try:
        os.unlink(temp)
    except OSError:
        pass


def write_rows_xlsx(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a list to .xlsx. Strings are stored as text, never as formulas; numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    path = Path(path)
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = "Data"
    for column, title in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column)
        _set_text(cell, str(title), ILLEGAL_CHARACTERS_RE)
        cell.font = Font(bold=True)
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column)
            if value is None:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
            else:
                _set_text(cell, str(value), ILLEGAL_CHARACTERS_RE)
    sheet.freeze_panes = "A2"
    handle, temp = _atomic_target(path)
    os.close(handle)
    try:
        workbook.save(temp)
    except BaseException:
        _remove(temp)
        raise
    _replace(temp, path)


def _set_text(cell, text: str, illegal) -> None:
    """Store `text` as a string cell even if it starts with = + - @ (no formula, ever)."""
    text = illegal.sub("", text.encode("utf-8", "replace").decode("utf-8"))
    cell.value = text
    cell.data_type = "s"
    if text[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True


def write_rows_csv(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a list to UTF-8 .csv with BOM, comma-separated, every field quoted.

    A text starting with = + - @ gets a leading apostrophe so that a spreadsheet shows it as
    text instead of running it as a formula.
    """
    path = Path(path)
    handle, temp = _atomic_target(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, quoting=csv.QUOTE_ALL)
            writer.writerow([_csv_text(h) for h in headers])
            for row in rows:
                writer.writerow(["" if v is None else (v if isinstance(v, (int, float)) and not isinstance(v, bool)
                                                       else _csv_text(str(v))) for v in row])
    except BaseException:
        _remove(temp)
        raise
    _replace(temp, path)


def _csv_text(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
