"""The register of outgoing letters (agenda surat keluar) and the letter settings.

One running sequence per year across every kind. A number once given is never given again:
the per-year counter only grows (and never falls below the register's own highest number),
a voided letter keeps its number as void, and the register has no foreign key to the visit,
so deleting a visit deletes none of its letters. Two officers on one PostgreSQL database take
numbers one after the other: `_lock_counter` locks the year's counter row (`SELECT … FOR
UPDATE`) before it reads anything else, and `uq_letters_year_sequence` backs it up. On SQLite
every write transaction already starts with `BEGIN IMMEDIATE`.

Writing the same letter again (same visit, kind and presenter) reuses its number; `issue(…,
new=True)` ("Terbitkan ulang sebagai surat baru") voids the issued one and takes the next.
Every function is one user action in one transaction and returns plain records.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain.dates import format_date
from studitiru.domain.letters import (
    KIND_LABELS,
    SIGNERS,
    STATUS_LABELS,
    LetterKind,
    LetterSettings,
    LetterStatus,
    RegisteredLetter,
    check_pattern,
    format_number,
    one_line,
    settings_from_dict,
    settings_json,
    settings_to_dict,
)
from studitiru.domain.validation import check_text, clean_text
from studitiru.errors import ChangedByOtherError, NotFoundError, ValidationError

VOID_REASON_REISSUED = "Diterbitkan ulang sebagai surat baru"


# --- settings ------------------------------------------------------------------------------

def get_settings(db: Database) -> LetterSettings:
    with db.read() as session:
        return _settings(session)


def _settings(session: OrmSession) -> LetterSettings:
    row = session.get(m.LetterSettings, 1)
    if row is None:
        return LetterSettings()
    try:
        data = json.loads(row.data)
    except ValueError:
        data = {}
    return settings_from_dict(data if isinstance(data, dict) else {}, version=row.row_version)


def validate_settings(settings: LetterSettings) -> LetterSettings:
    """Trimmed texts; the pattern, the digits and the signers checked (a plain refusal names the field)."""
    data = settings_to_dict(settings)

    def trim(value: object) -> object:
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, dict):
            return {k: trim(v) for k, v in value.items()}
        if isinstance(value, list):
            return [x for x in (trim(v) for v in value) if x]
        return value

    data = trim(data)
    for name in ("signatory", "deputy"):
        for key in ("rank", "nip", "on_behalf"):
            data[name][key] = data[name][key] or None
    cleaned = settings_from_dict(data, version=settings.version)
    check_pattern(cleaned.pattern)
    if not isinstance(cleaned.digits, int) or not 1 <= cleaned.digits <= 8:
        raise ValidationError("Pengaturan surat, jumlah digit nomor: harus 1 sampai 8.",
                              "Letter settings, digits of the number: must be 1 to 8.")
    for kind in LetterKind:
        item = cleaned.kind(kind)
        if item.signer not in SIGNERS:
            raise ValidationError(f"Pengaturan surat {kind.value}: penanda tangan harus signatory atau deputy.",
                                  f"Letter settings {kind.value}: the signer must be signatory or deputy.")
        for copy in item.copies:
            check_text(cleaned, f"{kind.value}_copies", copy)
    for text in (cleaned.pattern, cleaned.unit, cleaned.city):
        check_text(cleaned, "settings", text)
    return cleaned


def update_settings(db: Database, settings: LetterSettings) -> LetterSettings:
    """Store the letter settings; refused if another officer changed them since `settings.version`."""
    settings = validate_settings(settings)
    with db.write() as session:
        row = session.get(m.LetterSettings, 1)
        if row is None:
            row = m.LetterSettings(id=1, data=settings_json(settings))
            session.add(row)
        else:
            if settings.version and settings.version != row.row_version:
                raise ChangedByOtherError(
                    "Pengaturan surat telah diubah oleh petugas lain; muat ulang lalu coba lagi.",
                    "The letter settings were changed by another officer; reload and try again.",
                )
            row.data = settings_json(settings)
        session.flush()
        return _settings(session)


# --- the register --------------------------------------------------------------------------

def _record(row: m.Letter, replaces: str | None = None) -> RegisteredLetter:
    return RegisteredLetter(
        number=row.number, year=row.year, sequence=row.sequence, issued_on=row.issued_on,
        kind=LetterKind(row.kind), visit=row.visit_key, addressee=row.addressee, subject=row.subject,
        target=row.target or "", lang=row.lang, status=LetterStatus(row.status), voided_on=row.voided_on,
        void_reason=row.void_reason, replaces=replaces, version=row.row_version,
    )


def _records(session: OrmSession, rows: list[m.Letter]) -> list[RegisteredLetter]:
    ids = {row.replaces_id for row in rows if row.replaces_id is not None}
    numbers = dict(session.execute(select(m.Letter.id, m.Letter.number).where(m.Letter.id.in_(ids))).all()) if ids else {}
    return [_record(row, numbers.get(row.replaces_id)) for row in rows]


def register(db: Database, year: int | None = None) -> list[RegisteredLetter]:
    """The register in number order (year, then sequence); one year's when `year` is given."""
    query = select(m.Letter).order_by(m.Letter.year, m.Letter.sequence)
    if year is not None:
        query = query.where(m.Letter.year == year)
    with db.read() as session:
        return _records(session, list(session.scalars(query)))


def register_years(db: Database) -> list[int]:
    """The years the register holds letters of, newest first (one query: no letter is read)."""
    with db.read() as session:
        return list(session.scalars(select(m.Letter.year).distinct().order_by(m.Letter.year.desc())))


def visit_letters(db: Database, visit_key: str) -> list[RegisteredLetter]:
    """A visit's letters, issued and void, in number order (also after the visit was deleted)."""
    query = select(m.Letter).where(m.Letter.visit_key == visit_key).order_by(m.Letter.year, m.Letter.sequence)
    with db.read() as session:
        return _records(session, list(session.scalars(query)))


def find_issued(db: Database, visit_key: str, kind: LetterKind, target: str = "") -> RegisteredLetter | None:
    """The issued letter of this kind for this visit (and presenter), if any."""
    with db.read() as session:
        row = _issued_row(session, visit_key, kind, target)
        return None if row is None else _records(session, [row])[0]


def _issued_row(session: OrmSession, visit_key: str, kind: LetterKind, target: str) -> m.Letter | None:
    return session.scalars(select(m.Letter).where(
        m.Letter.visit_key == visit_key, m.Letter.kind == kind.value, m.Letter.target == target,
        m.Letter.status == LetterStatus.ISSUED.value,
    )).one_or_none()


def issue(
    db: Database, kind: LetterKind, visit_key: str, *, today: date, addressee: str = "", subject: str = "",
    target: str = "", lang: str = "id", new: bool = False,
) -> RegisteredLetter:
    """The letter's number: the issued one of this visit, kind and presenter if there is one (its
    number reused), else the next number of `today`'s year. `new`: void the issued one first
    ("Terbitkan ulang sebagai surat baru") and take the next number, noting which it replaces.

    Taking a number is not undone: a number once given stays used."""
    addressee = clean_text(addressee) or ""
    subject = clean_text(subject) or ""
    with db.write() as session:
        sequence_year = today.year
        # Lock the counter first: a second officer issuing the same letter at the same moment
        # waits here, then finds the first one's letter below and reuses its number.
        locked = _lock_counter(session, sequence_year)
        existing = _issued_row(session, visit_key, kind, target)
        if existing is not None and not new:
            if (addressee or subject) and (existing.addressee, existing.subject, existing.lang) != (addressee, subject, lang):
                existing.addressee, existing.subject, existing.lang = addressee, subject, lang  # as last written
                session.flush()
            return _records(session, [existing])[0]
        settings = _settings(session)
        if existing is not None:
            existing.status = LetterStatus.VOID.value
            existing.voided_on = today
            existing.void_reason = VOID_REASON_REISSUED
            session.flush()
        sequence = _take(session, sequence_year, locked)
        row = m.Letter(
            year=sequence_year, sequence=sequence, number=format_number(settings, kind, sequence, today),
            issued_on=today, kind=kind.value, visit_key=visit_key, target=target, addressee=addressee,
            subject=subject, lang=lang, status=LetterStatus.ISSUED.value,
            replaces_id=existing.id if existing is not None else None,
        )
        session.add(row)
        if kind is LetterKind.REPLY:  # the visit's own record of its reply letter
            visit = session.scalars(select(m.Visit).where(m.Visit.key == visit_key)).one_or_none()
            if visit is not None and (visit.reply_letter_number, visit.reply_letter_date) != (row.number, today):
                visit.reply_letter_number, visit.reply_letter_date = row.number, today
        session.flush()
        return _records(session, [row])[0]


def _lock_counter(session: OrmSession, year: int) -> int:
    table = m.LetterCounter.__table__
    dialect = session.connection().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert  # noqa: PLC0415
    else:
        from sqlalchemy.dialects.sqlite import insert  # noqa: PLC0415
    session.execute(insert(table).values(year=year, last=0).on_conflict_do_nothing(index_elements=["year"]))
    return session.execute(select(table.c.last).where(table.c.year == year).with_for_update()).scalar_one()


def _take(session: OrmSession, year: int, last: int) -> int:
    table = m.LetterCounter.__table__
    highest = session.scalar(select(func.max(m.Letter.sequence)).where(m.Letter.year == year)) or 0
    sequence = max(last, highest) + 1
    session.execute(table.update().where(table.c.year == year).values(last=sequence))
    return sequence


def void(db: Database, number: str, *, today: date, reason: str | None = None, version: int = 0) -> RegisteredLetter:
    """Mark a letter void: it keeps its number, which is never given again."""
    reason = clean_text(reason)
    with db.write() as session:
        row = _by_number(session, number)
        if version and version != row.row_version:
            raise ChangedByOtherError(
                f"Surat {number} telah diubah oleh petugas lain; muat ulang lalu coba lagi.",
                f"Letter {number} was changed by another officer; reload and try again.",
            )
        if row.status == LetterStatus.VOID.value:
            return _records(session, [row])[0]
        row.status = LetterStatus.VOID.value
        row.voided_on = today
        row.void_reason = reason
        session.flush()
        return _records(session, [row])[0]


def unvoid(db: Database, number: str) -> RegisteredLetter:
    """Undo of `void`: the letter is issued again, unless another letter of the same visit and
    kind was issued since (then that one stands, and this is refused in plain words)."""
    with db.write() as session:
        row = _by_number(session, number)
        if row.status == LetterStatus.ISSUED.value:
            return _records(session, [row])[0]
        if row.visit_key is not None and _issued_row(session, row.visit_key, LetterKind(row.kind), row.target or ""):
            raise ValidationError(
                f"Surat {number} tidak dapat diterbitkan lagi: surat lain yang sama sudah terbit menggantikannya.",
                f"Letter {number} cannot be issued again: another letter of the same kind has replaced it.",
            )
        row.status, row.voided_on, row.void_reason = LetterStatus.ISSUED.value, None, None
        session.flush()
        return _records(session, [row])[0]


def _by_number(session: OrmSession, number: str) -> m.Letter:
    rows = list(session.scalars(select(m.Letter).where(m.Letter.number == number).order_by(m.Letter.id.desc())))
    if not rows:
        raise NotFoundError(f"Tidak ada surat bernomor {number} di agenda surat keluar.",
                            f"There is no letter numbered {number} in the register.")
    return rows[0]


def update_entry(db: Database, number: str, *, addressee: str, subject: str) -> RegisteredLetter:
    """Keep the register's addressee and subject in step with the letter as last written."""
    with db.write() as session:
        row = _by_number(session, number)
        addressee, subject = clean_text(addressee) or "", clean_text(subject) or ""
        if (row.addressee, row.subject) != (addressee, subject):
            row.addressee, row.subject = addressee, subject
            session.flush()
        return _records(session, [row])[0]


# --- the register as the `letters` command prints it ---------------------------------------------

def register_json(entry: RegisteredLetter) -> dict:
    """One entry of `studitiru letters --json`."""
    return {
        "number": entry.number, "date": entry.issued_on.isoformat(), "kind": entry.kind.value, "visit": entry.visit,
        "addressee": entry.addressee, "subject": entry.subject, "status": entry.status.value,
        "year": entry.year, "sequence": entry.sequence, "replaces": entry.replaces,
    }


def register_table(entries: list[RegisteredLetter], lang: str = "id") -> str:
    """A plain table: number, date, kind, visit, addressee, subject, status; and a closing count."""
    en = lang == "en"
    if not entries:
        return "No letters." if en else "Belum ada surat."
    header = (("Number", "Date", "Kind", "Visit", "Addressee", "Subject", "Status") if en
              else ("Nomor", "Tanggal", "Jenis", "Kunjungan", "Kepada", "Hal", "Status"))
    index = 1 if en else 0
    rows = [(e.number, format_date(e.issued_on, lang, weekday=False), KIND_LABELS[e.kind][index], e.visit or "-",
             one_line(e.addressee), one_line(e.subject), STATUS_LABELS[e.status][index]) for e in entries]
    widths = [max(len(header[i]), *(len(row[i]) for row in rows)) for i in range(6)]
    lines = ["  ".join(text.ljust(widths[i]) if i < 6 else text for i, text in enumerate(row)) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * len(header[6]))
    void = sum(1 for e in entries if e.status is LetterStatus.VOID)
    lines.append(f"{len(entries)} letters, {void} void." if en else f"{len(entries)} surat, {void} batal.")
    return "\n".join(lines)


__all__ = [
    "get_settings", "update_settings", "validate_settings", "register", "visit_letters", "find_issued",
    "issue", "void", "unvoid", "update_entry", "register_json", "register_table",
]
