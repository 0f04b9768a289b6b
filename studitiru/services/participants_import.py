"""Participants from a spreadsheet into a visit: all rows or none."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from studitiru.db.engine import Database
from studitiru.errors import ExchangeFileError
from studitiru.reports.spreadsheets import PARTICIPANT_HEADERS, ParsedRows, RowProblem, read_participants
from studitiru.services.visits import add_participants, visit_row


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int

    def message(self, lang: str = "id") -> str:
        if lang == "en":
            return f"Added {self.added} participants, {self.skipped} already there."
        return f"Ditambahkan {self.added} peserta, {self.skipped} sudah ada."


def refused(parsed: ParsedRows) -> list[RowProblem]:
    """The problems that refuse a row (or the file); an unknown header column is only ignored, not refused."""
    return [problem for problem in parsed.problems if problem.column in PARTICIPANT_HEADERS]


def ignored(parsed: ParsedRows) -> list[RowProblem]:
    """The problems that only say something is ignored (an unknown column in the header row)."""
    return [problem for problem in parsed.problems if problem.column not in PARTICIPANT_HEADERS]


def refusal(path: str | os.PathLike[str], parsed: ParsedRows) -> ExchangeFileError | None:
    """The error naming the file and the first refused row and column, or None if every row is good."""
    problems = refused(parsed)
    if not problems:
        return None
    name = Path(path).name
    first = problems[0]
    rows = len({problem.row for problem in problems})
    return ExchangeFileError(
        f"Berkas {name}: {first.message('id')} ({rows} baris ditolak; tidak ada peserta yang ditambahkan.)",
        f"File {name}: {first.message('en')} ({rows} rows refused; no participant was added.)",
    )


def import_participants(db: Database, visit_key: str, path: str | os.PathLike[str]) -> ImportResult:
    """Add the participants of an .xlsx or .csv file to a visit; a refused row refuses the whole file."""
    with db.read() as session:
        visit_row(session, visit_key, full=False)  # an unknown visit before the file is even read
    parsed = read_participants(path)
    error = refusal(path, parsed)
    if error is not None:
        raise error
    added, skipped = add_participants(db, visit_key, tuple(parsed.participants))
    return ImportResult(added, skipped)
