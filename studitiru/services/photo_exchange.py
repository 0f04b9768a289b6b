"""Documentation photos in the exchange file (version 2, top-level `photos`): written by visit key
then place, the stored copy and thumbnail as base64 (the same bytes give the same text); read
back byte for byte. A visit named in the file's `photos` gets exactly the file's photos; a visit
not named keeps its own, and an import that replaces its sessions keeps their links where the
session's key is still there."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from studitiru.db import models as m


def _moment(value: datetime) -> str:
    """'2025-12-01T09:00', with ':SS' only when the seconds are not zero (as `exchange_export.moment`)."""
    text = value.strftime("%Y-%m-%dT%H:%M")
    return f"{text}:{value.second:02d}" if value.second else text


def photos_json(session: OrmSession, visit_keys: list[str] | None = None) -> list[dict]:
    """The photos of the database (or of the given visits), by visit key then place."""
    query = (select(m.Photo, m.Visit.key, m.Session.key)
             .join(m.Visit, m.Visit.id == m.Photo.visit_id)
             .outerjoin(m.Session, m.Session.id == m.Photo.session_id)
             .order_by(m.Visit.key, m.Photo.ordinal, m.Photo.key))
    if visit_keys is not None:
        query = query.where(m.Visit.key.in_(sorted(set(visit_keys))))
    out = []
    for photo, visit_key, session_key in session.execute(query.execution_options(yield_per=20)):
        item: dict = {"visit": visit_key, "key": photo.key}
        for name, value in (("session", session_key), ("caption", photo.caption),
                            ("taken_at", _moment(photo.taken_at) if photo.taken_at else None),
                            ("file_name", photo.file_name or None)):
            if value:
                item[name] = value
        item["width"], item["height"] = photo.width, photo.height
        item["data"] = base64.b64encode(photo.data).decode("ascii")
        item["thumbnail"] = base64.b64encode(photo.thumbnail).decode("ascii")
        out.append(item)
        session.expunge(photo)
    return out


def photo_rows(items: list[dict], fail) -> list[dict]:  # noqa: ANN001 - the plan builder's `fail(path, id, en)`
    """The file's photos as rows to write, refusing a repeated key or a value that cannot be read."""
    rows, seen, places = [], set(), {}
    for index, item in enumerate(items):
        path = ("photos", index)
        if item["key"] in seen:
            raise fail((*path, "key"), f"kode foto '{item['key']}' disebut dua kali", f"the photo key '{item['key']}' is listed twice")
        seen.add(item["key"])
        decoded = {}
        for name in ("data", "thumbnail"):
            try:
                decoded[name] = base64.b64decode(item[name], validate=True)
            except (binascii.Error, ValueError):
                raise fail((*path, name), "bukan base64 yang sah", "is not valid base64") from None
            if not decoded[name].startswith(b"\xff\xd8"):
                raise fail((*path, name), "bukan foto JPEG", "is not a JPEG photo")
        taken = item.get("taken_at")
        places[item["visit"]] = places.get(item["visit"], 0) + 1
        rows.append({
            "visit": item["visit"], "key": item["key"], "session": item.get("session"), "ordinal": places[item["visit"]],
            "caption": item.get("caption"), "taken_at": datetime.fromisoformat(taken) if taken else None,
            "file_name": item.get("file_name") or "", "width": item["width"], "height": item["height"], **decoded,
        })
    return rows


def remember_session_links(session: OrmSession, visit_keys: list[str]) -> dict[int, str]:
    """Each photo's session key, for the visits an import is about to replace (their sessions go)."""
    if not visit_keys:
        return {}
    query = (select(m.Photo.id, m.Session.key).join(m.Session, m.Session.id == m.Photo.session_id)
             .join(m.Visit, m.Visit.id == m.Photo.visit_id).where(m.Visit.key.in_(sorted(set(visit_keys)))))
    return dict(session.execute(query).all())


def merge_photos(session: OrmSession, rows: list[dict], links: dict[int, str], source: str) -> None:
    """Put back the remembered session links, then give each visit named in `rows` exactly those photos."""
    from studitiru.errors import ExchangeFileError  # noqa: PLC0415

    sessions = dict(session.execute(select(m.Session.key, m.Session.id)).all()) if (rows or links) else {}
    for photo_id, key in links.items():
        if key in sessions:
            session.execute(m.Photo.__table__.update().where(m.Photo.id == photo_id).values(session_id=sessions[key]))
    if not rows:
        return
    visits = dict(session.execute(select(m.Visit.key, m.Visit.id)).all())
    named = sorted({row["visit"] for row in rows})
    for index, row in enumerate(rows):
        for name, known in (("visit", visits), ("session", sessions)):
            if row[name] is not None and row[name] not in known:
                raise ExchangeFileError(
                    f"{source}: photos[{index}].{name}: tidak ada {'kunjungan' if name == 'visit' else 'acara'} {row[name]}.",
                    f"{source}: photos[{index}].{name}: there is no {name} {row[name]}.")
    ids = [visits[key] for key in named]
    session.execute(delete(m.Photo).where(m.Photo.visit_id.in_(ids)))
    taken = set(session.scalars(select(m.Photo.key).where(m.Photo.key.in_([row["key"] for row in rows]))))
    if taken:
        key = sorted(taken)[0]
        raise ExchangeFileError(f"{source}: photos: kode foto {key} sudah dipakai kunjungan lain.",
                                f"{source}: photos: the photo key {key} is used by another visit.")
    for row in rows:
        session.execute(m.Photo.__table__.insert().values(
            key=row["key"], visit_id=visits[row["visit"]],
            session_id=sessions[row["session"]] if row["session"] is not None else None, ordinal=row["ordinal"],
            caption=row["caption"], taken_at=row["taken_at"], file_name=row["file_name"], width=row["width"],
            height=row["height"], data=row["data"], thumbnail=row["thumbnail"]))


#: The officer's parts of the activity report, as the file names them (`visit_report_notes` columns).
REPORT_FIELDS = ("overview", "conclusions", "obstacles")


def report_notes_json(session: OrmSession, visit_keys: list[str] | None = None) -> list[dict]:
    """The officer's parts of each visit's activity report (umum, simpulan dan saran, hambatan), by
    visit key; a visit with none written is left out."""
    query = (select(m.VisitReportNotes, m.Visit.key).join(m.Visit, m.Visit.id == m.VisitReportNotes.visit_id)
             .order_by(m.Visit.key))
    if visit_keys is not None:
        query = query.where(m.Visit.key.in_(sorted(set(visit_keys))))
    out = []
    for notes, visit_key in session.execute(query):
        item = {"visit": visit_key}
        item.update({name: getattr(notes, name) for name in REPORT_FIELDS if getattr(notes, name)})
        if len(item) > 1:
            out.append(item)
    return out


def report_note_rows(items: list[dict], text, fail) -> list[dict]:  # noqa: ANN001 - the plan builder's `text` and `fail`
    """The file's activity-report parts as rows to write, refusing a visit named twice."""
    rows, seen = [], set()
    for index, item in enumerate(items):
        path = ("activity_reports", index)
        if item["visit"] in seen:
            raise fail((*path, "visit"), f"kunjungan '{item['visit']}' disebut dua kali",
                       f"the visit '{item['visit']}' is listed twice")
        seen.add(item["visit"])
        rows.append({"visit": item["visit"], **{name: text(item, name, path) for name in REPORT_FIELDS}})
    return rows


def merge_report_notes(session: OrmSession, rows: list[dict], source: str) -> None:
    """Give each visit named in `rows` exactly those parts of its activity report; a visit not named
    keeps its own."""
    from studitiru.errors import ExchangeFileError  # noqa: PLC0415

    if not rows:
        return
    visits = dict(session.execute(select(m.Visit.key, m.Visit.id)).all())
    for index, row in enumerate(rows):
        if row["visit"] not in visits:
            raise ExchangeFileError(f"{source}: activity_reports[{index}].visit: tidak ada kunjungan {row['visit']}.",
                                    f"{source}: activity_reports[{index}].visit: there is no visit {row['visit']}.")
    ids = [visits[row["visit"]] for row in rows]
    session.execute(delete(m.VisitReportNotes).where(m.VisitReportNotes.visit_id.in_(ids)))
    for row in rows:
        if any(row[name] for name in REPORT_FIELDS):
            session.execute(m.VisitReportNotes.__table__.insert().values(
                visit_id=visits[row["visit"]], **{name: row[name] for name in REPORT_FIELDS}))
