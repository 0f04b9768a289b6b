"""Deterministic export of the database as an exchange file.

The same data gives the same bytes whatever the engine: sessions by start then key,
participants in their stored order, every other list by key in plain code-point order
(travel times by (from, to), opening hours by (weekday, opens), unavailable periods by
start), object members in the schema's property order, `json.dumps(ensure_ascii=False,
indent=2)` and a final newline. Absent, None and empty optional values are left out, except
`exclusive`, `status` and `role`, which are always written, and a site's empty
`opening_hours: []` (open never), which differs from no `opening_hours` (open always).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from os import PathLike
from pathlib import Path
from typing import Any

from sqlalchemy import select

from studitiru.collector import pausing
from studitiru.db.bulk_read import Registers, read_registers, read_visits, visit_ids
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.letters import settings_from_dict, settings_to_dict
from studitiru.services.exchange_schema import CURRENT_VERSION

_quote = json.encoder.encode_basestring  # the C function when available


@pausing
def export_document(db: Database, visit_keys: list[str] | None = None) -> dict:
    """The database (or the given visits and what they refer to) as an exchange document."""
    with db.read() as session:
        ids = visit_ids(session, visit_keys)
        registers = read_registers(session)
        visits, _counts = read_visits(session, None if ids is None else sorted(ids))
        settings, register = _read_letters(session, visit_keys)
        from studitiru.services.revisions import all_revisions, revision_json  # noqa: PLC0415

        agenda_revisions = [revision_json(item) for item in all_revisions(session, visit_keys)]
        from studitiru.services.protocol import protocols_json, settings_json  # noqa: PLC0415

        protocol_settings = settings_json(session)
        protocols = protocols_json(session, visit_keys)
        from studitiru.services.photo_exchange import photos_json, report_notes_json  # noqa: PLC0415

        photos = photos_json(session, visit_keys)
        report_notes = report_notes_json(session, visit_keys)
    if visit_keys is not None:
        registers = _referenced(registers, visits)
    document = _document(registers, visits)
    if settings is not None:
        document["letter_settings"] = _letter_settings(settings)
    _put(document, "letters", [_registered(row, replaced) for row, replaced in register])
    _put(document, "agenda_revisions", agenda_revisions)
    if protocol_settings is not None:
        document["protocol_settings"] = protocol_settings
    _put(document, "protocols", protocols)
    _put(document, "photos", photos)
    _put(document, "activity_reports", report_notes)
    return document


def _read_letters(session: Any, visit_keys: list[str] | None) -> tuple[dict | None, list]:
    """The letter settings (None if never set) and the register in (year, sequence) order; only
    the given visits' letters when `visit_keys` is given."""
    row = session.get(m.LetterSettings, 1)
    settings = None
    if row is not None:
        try:
            stored = json.loads(row.data)
        except ValueError:
            stored = {}
        settings = settings_to_dict(settings_from_dict(stored if isinstance(stored, dict) else {}))
    table = m.Letter.__table__
    query = select(table).order_by(table.c.year, table.c.sequence)
    if visit_keys is not None:
        query = query.where(table.c.visit_key.in_(sorted(set(visit_keys))))
    rows = list(session.execute(query))
    numbers = dict(session.execute(select(table.c.id, table.c.number)).all()) if any(r.replaces_id for r in rows) else {}
    return settings, [(row, numbers.get(row.replaces_id)) for row in rows]


def _letter_settings(settings: dict) -> dict:
    """Every member, in the schema's order (the defaults too: the file is the whole record)."""
    def signatory(value: dict) -> dict:
        return _object(*((name, value.get(name)) for name in ("position", "name", "rank", "nip", "on_behalf")))

    def kind(value: dict) -> dict:
        result = {"code": value["code"], "copies": list(value["copies"]), "signer": value["signer"],
                  "nature": value["nature"]}
        _put(result, "template", value.get("template"))
        return result

    return {
        "pattern": settings["pattern"], "unit": settings["unit"], "digits": settings["digits"], "city": settings["city"],
        "signatory": signatory(settings["signatory"]), "deputy": signatory(settings["deputy"]),
        **{name: kind(settings[name]) for name in ("reply", "presenter_request", "assignment", "invitation")},
    }


def _registered(row: Any, replaced: str | None) -> dict:
    result = {"number": row.number, "year": row.year, "sequence": row.sequence, "date": row.issued_on.isoformat(),
              "kind": row.kind}
    for name, value in (("visit", row.visit_key), ("target", row.target or None), ("addressee", row.addressee),
                        ("subject", row.subject)):
        _put(result, name, value)
    result["lang"] = row.lang
    result["status"] = row.status
    _put(result, "voided_on", row.voided_on.isoformat() if row.voided_on else None)
    _put(result, "void_reason", row.void_reason)
    _put(result, "replaces", replaced)
    return result


def export_bytes(db: Database, visit_keys: list[str] | None = None) -> bytes:
    """The exchange file's bytes: UTF-8 JSON, two-space indents, a final newline."""
    return dump(export_document(db, visit_keys))


def dump(document: dict) -> bytes:
    """Exactly `json.dumps(document, ensure_ascii=False, indent=2) + "\\n"`, in UTF-8, but faster:
    the standard encoder falls back to pure Python generators when it indents."""
    parts: list[str] = []
    _encode(document, "\n", parts)
    parts.append("\n")
    return "".join(parts).encode("utf-8")


def _encode(value: Any, newline: str, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(_quote(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for name, item in value.items():
            parts.append(separator + _quote(name) + ": ")
            _encode(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _encode(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    else:  # floats and anything else: the standard encoder
        parts.append(json.dumps(value, ensure_ascii=False))


@pausing
def export_file(db: Database, path: str | PathLike[str], visit_keys: list[str] | None = None,
                progress: Callable[[int, int], None] | None = None) -> None:
    """Write the exchange file: to a temporary name in the same folder, then renamed over `path`.
    `progress(done, total)`: told once the data is read, before anything is written; it may raise
    to cancel, and then no file is written."""
    data = export_bytes(db, visit_keys)
    if progress is not None:
        progress(1, 2)
    target = Path(path)
    try:
        handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as error:  # name the file the user asked for, not the temporary one
        raise OSError(error.errno, error.strerror, str(target)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError as error:
        Path(partial).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(target)) from error
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _referenced(registers: Registers, visits: list[r.Visit]) -> Registers:
    """Only what the visits refer to: their institutions, sites, presenters, topics and travel times."""
    institutions = {visit.institution for visit in visits}
    sites = {s.site for visit in visits for s in visit.sessions if s.site}
    presenters = {p for visit in visits for s in visit.sessions for p in s.presenters}
    topics = {t for visit in visits for t in visit.topics}
    topics |= {t for visit in visits for s in visit.sessions for t in s.topics}
    topics |= {lesson.topic for visit in visits for lesson in visit.lessons if lesson.topic}
    topics |= {t for key in presenters for t in registers.presenters[key].topics}
    return Registers(
        host=registers.host,
        topics={k: v for k, v in registers.topics.items() if k in topics},
        institutions={k: v for k, v in registers.institutions.items() if k in institutions},
        sites={k: v for k, v in registers.sites.items() if k in sites},
        presenters={k: v for k, v in registers.presenters.items() if k in presenters},
        travel_times=[t for t in registers.travel_times if t.from_site in sites and t.to_site in sites],
    )


def moment(value: datetime) -> str:
    """'2025-12-01T09:00', with ':SS' only when the seconds are not zero."""
    text = value.strftime("%Y-%m-%dT%H:%M")
    return f"{text}:{value.second:02d}" if value.second else text


def _put(target: dict, name: str, value: Any) -> None:
    if value is None or value == "" or value == [] or value == {}:
        return
    target[name] = value


#: Required members: written even when empty, so that an export always matches the schema.
_ALWAYS = frozenset({"key", "name", "title", "observation", "institution", "starts_at", "ends_at"})


def _object(*pairs: tuple[str, Any]) -> dict:
    result: dict = {}
    for name, value in pairs:
        if name in _ALWAYS and value is not None:
            result[name] = value
        else:
            _put(result, name, value)
    return result


def _document(registers: Registers, visits: list[r.Visit]) -> dict:
    document: dict = {"format": "studitiru", "version": CURRENT_VERSION}
    host = registers.host
    if host is not None:
        document["host"] = {"name": host.name or ""} | _object(
            ("office", host.office), ("address", host.address), ("timezone", host.timezone))
    _put(document, "topics", [
        _object(("key", t.key), ("name", t.name), ("description", t.description))
        for _, t in sorted(registers.topics.items())
    ])
    _put(document, "institutions", [
        _object(("key", i.key), ("name", i.name), ("short_name", i.short_name), ("kind", i.kind.value if i.kind else None),
                ("province", i.province), ("address", i.address), ("phone", i.phone), ("email", i.email))
        for _, i in sorted(registers.institutions.items())
    ])
    _put(document, "sites", [_site(site) for _, site in sorted(registers.sites.items())])
    _put(document, "travel_times", [
        {"from": t.from_site, "to": t.to_site, "minutes": t.minutes}
        for t in sorted(registers.travel_times, key=lambda t: (t.from_site, t.to_site))
    ])
    _put(document, "presenters", [_presenter(p) for _, p in sorted(registers.presenters.items())])
    _put(document, "visits", [_visit(v) for v in sorted(visits, key=lambda v: v.key)])
    return document


def _site(site: r.Site) -> dict:
    result = _object(("key", site.key), ("name", site.name), ("short_name", site.short_name), ("address", site.address),
                     ("capacity", site.capacity))
    result["exclusive"] = bool(site.exclusive)
    if site.opening_hours is not None:
        result["opening_hours"] = [
            {"weekday": w.weekday, "opens": _hhmm(w.opens), "closes": _hhmm(w.closes)}
            for w in sorted(site.opening_hours, key=lambda w: (w.weekday, w.opens, w.closes))
        ]
    for name in ("contact_name", "contact_phone", "notes"):
        _put(result, name, getattr(site, name))
    return result


def _hhmm(value: Any) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _presenter(presenter: r.Presenter) -> dict:
    return _object(
        ("key", presenter.key), ("name", presenter.name), ("position", presenter.position),
        ("organisation", presenter.organisation), ("phone", presenter.phone), ("email", presenter.email),
        ("topics", sorted(presenter.topics)),
        ("unavailable", [
            _object(("starts_at", moment(p.starts_at)), ("ends_at", moment(p.ends_at)), ("reason", p.reason))
            for p in sorted(presenter.unavailable, key=lambda p: (p.starts_at, p.ends_at, p.reason or ""))
        ]),
    )


def _person(person: r.Person | None) -> dict | None:
    if person is None or not person.name:
        return None
    return _object(("name", person.name), ("position", person.position), ("phone", person.phone),
                   ("email", person.email), ("nip", person.nip), ("rank", person.rank))


def _letter(letter: r.Letter | None) -> dict | None:
    if letter is None:
        return None
    return _object(("number", letter.number), ("date", letter.date.isoformat() if letter.date else None))


def _visit(visit: r.Visit) -> dict:
    result = _object(("key", visit.key), ("title", visit.title), ("institution", visit.institution),
                     ("leader", _person(visit.leader)), ("liaison", _person(visit.liaison)))
    result["status"] = visit.status.value
    result["starts_on"] = visit.starts_on.isoformat()
    result["ends_on"] = visit.ends_on.isoformat()
    for name, value in (
        ("headcount", visit.headcount), ("purpose", visit.purpose), ("topics", sorted(visit.topics)),
        ("request_letter", _letter(visit.request_letter)), ("reply_letter", _letter(visit.reply_letter)),
        ("notes", visit.notes), ("dress", visit.dress),
        ("officers", [_object(("name", o.name), ("position", o.position), ("rank", o.rank), ("nip", o.nip))
                      for o in visit.officers]),
        ("participants", [_participant(p) for p in visit.participants]),
        ("sessions", [_session(s) for s in sorted(visit.sessions, key=lambda s: (s.starts_at, s.key))]),
        ("lessons", [_lesson(lesson) for lesson in sorted(visit.lessons, key=lambda lesson: lesson.key)]),
    ):
        _put(result, name, value)
    return result


def _participant(participant: r.Participant) -> dict:
    result = _object(("name", participant.name), ("position", participant.position),
                     ("institution", participant.institution), ("phone", participant.phone), ("email", participant.email))
    result["role"] = participant.role.value
    return result


def _session(session: r.Session) -> dict:
    return _object(
        ("key", session.key), ("starts_at", moment(session.starts_at)), ("ends_at", moment(session.ends_at)),
        ("title", session.title), ("kind", session.kind.value if session.kind else None), ("site", session.site),
        ("presenters", sorted(session.presenters)), ("topics", sorted(session.topics)),
        ("headcount", session.headcount), ("notes", session.notes),
    )


def _lesson(lesson: r.Lesson) -> dict:
    result = _object(("key", lesson.key), ("topic", lesson.topic), ("session", lesson.session),
                     ("observation", lesson.observation), ("recommendation", lesson.recommendation),
                     ("owner", lesson.owner))
    result["status"] = lesson.status.value
    _put(result, "follow_up_on", lesson.follow_up_on.isoformat() if lesson.follow_up_on else None)
    _put(result, "follow_up_note", lesson.follow_up_note)
    _put(result, "indicator", lesson.indicator)
    return result
