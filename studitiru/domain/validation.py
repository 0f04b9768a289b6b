"""Checking a record before it is stored: required fields, lengths, text that cannot be
stored, end after start, keys of the right shape. Each refusal is one `ValidationError`
that names the record and the field in Indonesian and English."""

from __future__ import annotations

import enum
import re
from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime
from typing import Any

from studitiru.domain import records as r
from studitiru.domain.typecheck import check_types
from studitiru.errors import ValidationError

KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_TEXT = 20000
#: Control characters that have no place in a name or a note (tab and line breaks are fine).
_BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|[\ud800-\udfff]")
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)

#: Field names as the user reads them: (Indonesian, English).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "key": ("kode", "key"),
    "name": ("nama", "name"),
    "title": ("judul", "title"),
    "institution": ("instansi", "institution"),
    "starts_on": ("tanggal mulai", "start date"),
    "ends_on": ("tanggal selesai", "end date"),
    "starts_at": ("waktu mulai", "start time"),
    "ends_at": ("waktu selesai", "end time"),
    "headcount": ("jumlah orang", "headcount"),
    "capacity": ("kapasitas", "capacity"),
    "observation": ("pengamatan", "observation"),
    "minutes": ("menit", "minutes"),
    "weekday": ("hari", "weekday"),
    "opens": ("jam buka", "opening time"),
    "closes": ("jam tutup", "closing time"),
    "topics": ("topik", "topics"),
    "presenters": ("narasumber", "presenters"),
    "site": ("lokasi", "site"),
}

#: Record kinds as the user reads them: (Indonesian, English).
RECORD_LABELS: dict[type, tuple[str, str]] = {
    r.Topic: ("topik", "topic"),
    r.Institution: ("instansi", "institution"),
    r.Site: ("lokasi", "site"),
    r.Presenter: ("narasumber", "presenter"),
    r.Visit: ("kunjungan", "visit"),
    r.Session: ("acara", "session"),
    r.Lesson: ("pembelajaran", "lesson"),
    r.Participant: ("peserta", "participant"),
    r.Host: ("pengaturan tuan rumah", "host settings"),
}


def label(field_name: str) -> tuple[str, str]:
    return FIELD_LABELS.get(field_name, (field_name.replace("_", " "), field_name.replace("_", " ")))


def _where(record: Any) -> tuple[str, str]:
    kind_id, kind_en = RECORD_LABELS.get(type(record), ("data", "record"))
    key = getattr(record, "key", None) or getattr(record, "name", None)
    if key:
        return f"{kind_id} {key}", f"{kind_en} {key}"
    return f"{kind_id} baru", f"new {kind_en}"


def refuse(record: Any, field_name: str, problem_id: str, problem_en: str) -> ValidationError:
    where_id, where_en = _where(record)
    field_id, field_en = label(field_name)
    return ValidationError(f"{where_id}, {field_id}: {problem_id}", f"{where_en}, {field_en}: {problem_en}")


def clean_text(value: str | None) -> str | None:
    """Trim surrounding white space; an empty text is no text."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_text(record: Any, field_name: str, value: str | None, required: bool = False) -> None:
    if value is None or value == "":
        if required:
            raise refuse(record, field_name, "wajib diisi", "is required")
        return
    if len(value) > MAX_TEXT:
        raise refuse(
            record, field_name,
            f"terlalu panjang ({len(value)} karakter; paling banyak {MAX_TEXT})",
            f"is too long ({len(value)} characters; at most {MAX_TEXT})",
        )
    bad = _BAD_CHARACTERS.search(value)
    if bad:
        code = f"U+{ord(bad.group()):04X}"
        raise refuse(
            record, field_name,
            f"memuat karakter yang tidak dapat disimpan ({code})",
            f"holds a character that cannot be stored ({code})",
        )


def check_key(record: Any, value: str) -> None:
    if not KEY_PATTERN.match(value or ""):
        raise refuse(
            record, "key",
            f"'{value}' tidak sah: pakai huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 64)",
            f"'{value}' is not valid: use letters, digits, dots, underscores or hyphens (at most 64)",
        )


def check_positive(record: Any, field_name: str, value: int | None, minimum: int = 1) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or value > 1_000_000:
        raise refuse(
            record, field_name,
            f"harus bilangan bulat {minimum} atau lebih",
            f"must be a whole number of {minimum} or more",
        )


def check_day(record: Any, field_name: str, value: date | datetime | None) -> None:
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise refuse(
            record, field_name,
            f"tanggal {day.isoformat()} di luar rentang yang masuk akal",
            f"the date {day.isoformat()} is out of any sensible range",
        )


def cleaned(record: Any) -> Any:
    """The record with every text field trimmed (empty text becomes None, except required names).
    A field of the wrong type is a bug, refused first (`RecordTypeError`)."""
    check_types(record)
    changes = {}
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, str) and not isinstance(value, enum.Enum) and item.name not in ("key", "visit", "institution"):
            trimmed = value.strip()
            changes[item.name] = trimmed if (trimmed or item.name in _REQUIRED_TEXT) else None
    return replace(record, **changes) if changes else record


_REQUIRED_TEXT = {"name", "title", "observation"}


def check_texts(record: Any) -> None:
    """Every text field of a record (and of nested people and letters)."""
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            check_text(record, item.name, value, required=item.name in _REQUIRED_TEXT)
        elif is_dataclass(value) and isinstance(value, (r.Person, r.Letter)):
            for sub in fields(value):
                sub_value = getattr(value, sub.name)
                if isinstance(sub_value, str):
                    check_text(record, f"{item.name}_{sub.name}", sub_value)


def validate_visit(visit: r.Visit) -> r.Visit:
    visit = cleaned(visit)
    if visit.leader is not None:
        visit = replace(visit, leader=_clean_person(visit.leader))
    if visit.liaison is not None:
        visit = replace(visit, liaison=_clean_person(visit.liaison))
    check_texts(visit)
    if visit.officers:
        visit = _clean_officers(visit)
    if not visit.institution:
        raise refuse(visit, "institution", "wajib diisi", "is required")
    check_day(visit, "starts_on", visit.starts_on)
    check_day(visit, "ends_on", visit.ends_on)
    if visit.ends_on < visit.starts_on:
        raise refuse(
            visit, "ends_on", "tidak boleh sebelum tanggal mulai", "cannot be before the start date",
        )
    if (visit.ends_on - visit.starts_on).days > 366:
        raise refuse(visit, "ends_on", "kunjungan lebih dari setahun", "the visit lasts more than a year")
    check_positive(visit, "headcount", visit.headcount)
    for letter_field in ("request_letter", "reply_letter"):
        letter = getattr(visit, letter_field)
        if letter is not None:
            check_day(visit, letter_field, letter.date)
    return visit


def _clean_person(person: r.Person) -> r.Person | None:
    name = clean_text(person.name)
    if name is None:
        return None
    return r.Person(name, clean_text(person.position), clean_text(person.phone), clean_text(person.email),
                    clean_text(person.nip), clean_text(person.rank))


def _clean_officers(visit: r.Visit) -> r.Visit:
    """Officers trimmed; a line without a name is dropped; each text checked."""
    officers = []
    for officer in visit.officers:
        name = clean_text(officer.name)
        if name is None:
            continue
        officer = r.Officer(name, clean_text(officer.position), clean_text(officer.rank), clean_text(officer.nip))
        for sub in fields(officer):
            check_text(visit, f"officers_{sub.name}", getattr(officer, sub.name))
        officers.append(officer)
    return replace(visit, officers=tuple(officers))


def validate_session(session: r.Session) -> r.Session:
    session = cleaned(session)
    check_texts(session)
    check_day(session, "starts_at", session.starts_at)
    check_day(session, "ends_at", session.ends_at)
    if session.ends_at <= session.starts_at:
        raise refuse(session, "ends_at", "harus sesudah waktu mulai", "must be after the start")
    check_positive(session, "headcount", session.headcount)
    return session


def validate_participant(participant: r.Participant) -> r.Participant:
    participant = cleaned(participant)
    check_texts(participant)
    return participant


def validate_lesson(lesson: r.Lesson) -> r.Lesson:
    lesson = cleaned(lesson)
    check_texts(lesson)
    check_day(lesson, "follow_up_on", lesson.follow_up_on)
    return lesson


def validate_register(record: Any) -> Any:
    """Topics, institutions, sites and presenters."""
    record = cleaned(record)
    check_texts(record)
    if isinstance(record, r.Site):
        check_positive(record, "capacity", record.capacity)
        for window in record.opening_hours or ():
            if not 1 <= window.weekday <= 7:
                raise refuse(record, "weekday", "harus 1 (Senin) sampai 7 (Minggu)", "must be 1 (Monday) to 7 (Sunday)")
            if window.closes <= window.opens:
                raise refuse(record, "closes", "harus sesudah jam buka", "must be after the opening time")
    if isinstance(record, r.Presenter):
        for period in record.unavailable:
            check_day(record, "unavailable", period.starts_at)
            check_day(record, "unavailable", period.ends_at)
            if period.ends_at <= period.starts_at:
                raise refuse(
                    record, "unavailable",
                    "akhir masa berhalangan harus sesudah awalnya",
                    "an unavailable period must end after it starts",
                )
            check_text(record, "unavailable", period.reason)
    return record
