"""Documentation photos of a visit: add (a batch, one transaction), list, caption, reorder,
delete and restore (undo); the free parts of the activity report. One action, one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import undefer

from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.db.versions import check_version, keep_version
from studitiru.domain.keys import child_key
from studitiru.domain.photos import CaptionChange, OrderChange, Photo, ReportNotes
from studitiru.errors import NotFoundError, ValidationError
from studitiru.services.photo_files import process_photo
from studitiru.services.visits import visit_row

MARKER = "F"
CAPTION_LIMIT = 500


def _record(row: m.Photo, visit_key: str, with_data: bool = False) -> Photo:
    return Photo(
        key=row.key, visit=visit_key, ordinal=row.ordinal, width=row.width, height=row.height,
        caption=row.caption, session=row.session.key if row.session is not None else None,
        taken_at=row.taken_at, file_name=row.file_name, thumbnail=row.thumbnail,
        data=row.data if with_data else None, version=row.row_version, row_id=row.id,
    )


def _photo_row(session: OrmSession, key: str, with_data: bool = False) -> m.Photo:
    query = select(m.Photo).where(m.Photo.key == key)
    if with_data:
        query = query.options(undefer(m.Photo.data))
    row = session.scalars(query).one_or_none()
    if row is None:
        raise NotFoundError(f"Tidak ada foto dengan kode {key}.", f"There is no photo with the key {key}.")
    return row


def _visit_key(session: OrmSession, visit_id: int) -> str:
    return session.scalar(select(m.Visit.key).where(m.Visit.id == visit_id))


def _session_id(session: OrmSession, visit: m.Visit, key: str | None) -> int | None:
    if not key:
        return None
    found = session.scalar(select(m.Session.id).where(m.Session.key == key, m.Session.visit_id == visit.id))
    if found is None:
        raise ValidationError(
            f"Foto: kunjungan {visit.key} tidak punya acara {key}.",
            f"Photo: the visit {visit.key} has no session {key}.",
        )
    return found


def _caption(text: str | None) -> str | None:
    text = (text or "").strip()
    if len(text) > CAPTION_LIMIT:
        raise ValidationError(
            f"Keterangan foto lebih dari {CAPTION_LIMIT} karakter.",
            f"The photo's caption is longer than {CAPTION_LIMIT} characters.",
        )
    return text or None


def _rows(session: OrmSession, visit_id: int) -> list[m.Photo]:
    return list(session.scalars(
        select(m.Photo).where(m.Photo.visit_id == visit_id).order_by(m.Photo.ordinal, m.Photo.key)
    ))


def add_photos(
    db: Database, visit_key: str, files: Sequence[Path | str], session_key: str | None = None,
    caption: str | None = None,
) -> list[Photo]:
    """Add photo files to a visit (after its last photo), in one transaction: a file that cannot
    be taken refuses the whole batch with one sentence naming it, and nothing is stored. Files
    are read one at a time and each stored copy leaves memory once written."""
    if not files:
        raise ValidationError("Tidak ada berkas foto yang dipilih.", "No photo file was chosen.")
    caption = _caption(caption)
    added: list[Photo] = []
    with db.write() as session:
        visit = visit_row(session, visit_key, full=False)
        session_id = _session_id(session, visit, session_key)
        keys = list(session.scalars(select(m.Photo.key).where(m.Photo.key.like(f"{visit.key}-{MARKER}%"))))
        ordinal = (session.scalar(select(func.max(m.Photo.ordinal)).where(m.Photo.visit_id == visit.id)) or 0)
        for path in files:
            processed = process_photo(Path(path))
            key = child_key(visit.key, keys, marker=MARKER)
            keys.append(key)
            ordinal += 1
            row = m.Photo(
                key=key, visit_id=visit.id, session_id=session_id, ordinal=ordinal, caption=caption,
                taken_at=processed.taken_at, file_name=processed.file_name, width=processed.width,
                height=processed.height, data=processed.data, thumbnail=processed.thumbnail,
            )
            session.add(row)
            session.flush()
            added.append(Photo(
                key=key, visit=visit.key, ordinal=ordinal, width=row.width, height=row.height, caption=caption,
                session=session_key or None, taken_at=row.taken_at, file_name=row.file_name,
                thumbnail=row.thumbnail, version=row.row_version, row_id=row.id,
            ))
            session.expunge(row)  # its stored copy leaves memory now
            del processed, row
    return added


def list_photos(db: Database, visit_key: str, with_data: bool = False) -> list[Photo]:
    """A visit's photos in their order, with thumbnails (and the stored copies if asked)."""
    with db.read() as session:
        visit = visit_row(session, visit_key, full=False)
        query = select(m.Photo).where(m.Photo.visit_id == visit.id).order_by(m.Photo.ordinal, m.Photo.key)
        if with_data:
            query = query.options(undefer(m.Photo.data))
        return [_record(row, visit.key, with_data) for row in session.scalars(query)]


def photo_data(db: Database, key: str) -> bytes:
    """The stored copy (JPEG) of one photo."""
    with db.read() as session:
        return _photo_row(session, key, with_data=True).data


def count_photos(db: Database, visit_key: str) -> int:
    with db.read() as session:
        visit = visit_row(session, visit_key, full=False)
        return session.scalar(select(func.count()).select_from(m.Photo).where(m.Photo.visit_id == visit.id)) or 0


def set_caption(db: Database, key: str, caption: str | None, version: int = 0) -> CaptionChange:
    """Change a photo's caption, refused (with who and when) if another officer changed the photo
    since `version` (0: not checked); returns the caption before (for undo) and the photo after."""
    caption = _caption(caption)
    with db.write() as session:
        row = _photo_row(session, key)
        check_version(session, row, version)
        visit_key = _visit_key(session, row.visit_id)
        before = row.caption
        row.caption = caption
        session.flush()
        return CaptionChange(before, _record(row, visit_key))


def set_order(
    db: Database, visit_key: str, keys: Sequence[str], versions: Mapping[str, int] | None = None,
) -> OrderChange:
    """Put a visit's photos in the order of `keys` (every photo of the visit, once), refused (with
    who and when) if another officer changed one of them since the version in `versions` (by key;
    none or 0: not checked); returns the order before (for undo) and every photo's version after."""
    with db.write() as session:
        visit = visit_row(session, visit_key, full=False)
        rows = _rows(session, visit.id)
        before = [row.key for row in rows]
        for row in rows:
            check_version(session, row, (versions or {}).get(row.key, 0))
        if sorted(before) != sorted(keys) or len(set(keys)) != len(keys):
            raise ValidationError(
                f"Urutan foto kunjungan {visit.key} tidak lagi sesuai dengan foto yang tersimpan; muat ulang lalu coba lagi.",
                f"The order of the photos of {visit.key} no longer matches the stored photos; reload and try again.",
            )
        by_key = {row.key: row for row in rows}
        for ordinal, key in enumerate(keys, start=1):
            by_key[key].ordinal = ordinal
        session.flush()
        return OrderChange(before, {row.key: row.row_version for row in rows})


def move_photo(db: Database, visit_key: str, key: str, offset: int) -> OrderChange:
    """Move one photo `offset` places (−1: one earlier); returns the order before (for undo)."""
    with db.read() as session:
        visit = visit_row(session, visit_key, full=False)
        order = [row.key for row in _rows(session, visit.id)]
    if key not in order:
        raise NotFoundError(f"Tidak ada foto dengan kode {key}.", f"There is no photo with the key {key}.")
    index = order.index(key)
    target = max(0, min(len(order) - 1, index + offset))
    order.insert(target, order.pop(index))
    return set_order(db, visit_key, order)


def delete_photos(db: Database, keys: Iterable[str], versions: Mapping[str, int] | None = None) -> list[Photo]:
    """Delete photos, refused (with who and when, nothing deleted) if another officer changed one
    since the version in `versions` (by key; none or 0: not checked); returns them whole, stored
    copies and versions included (for `restore_photos`)."""
    removed: list[Photo] = []
    with db.write() as session:
        for key in keys:
            row = _photo_row(session, key, with_data=True)
            check_version(session, row, (versions or {}).get(key, 0))
            removed.append(_record(row, _visit_key(session, row.visit_id), with_data=True))
            session.delete(row)
    return removed


def restore_photos(db: Database, photos: Sequence[Photo]) -> list[Photo]:
    """Put back deleted photos with their keys, captions, places and the versions they were deleted
    at (undo of a delete or a redo of an add)."""
    with db.write() as session:
        for photo in sorted(photos, key=lambda p: p.ordinal):
            visit = visit_row(session, photo.visit, full=False)
            if session.scalar(select(func.count()).select_from(m.Photo).where(m.Photo.key == photo.key)):
                raise ValidationError(f"Kode foto {photo.key} sudah dipakai.", f"The photo key {photo.key} is already used.")
            rows = _rows(session, visit.id)
            for ordinal, row in enumerate(rows, start=1):  # make room at the photo's place
                row.ordinal = ordinal + 1 if ordinal >= photo.ordinal else ordinal
            row_id = photo.row_id if photo.row_id and session.get(m.Photo, photo.row_id) is None else None
            row = m.Photo(
                id=row_id, key=photo.key, visit_id=visit.id, session_id=_session_id(session, visit, photo.session),
                ordinal=photo.ordinal, caption=photo.caption, taken_at=photo.taken_at, file_name=photo.file_name,
                width=photo.width, height=photo.height, data=photo.data, thumbnail=photo.thumbnail,
            )
            session.add(row)
            keep_version(session, row, photo.version)
    return list(photos)


def report_notes(db: Database, visit_key: str) -> ReportNotes:
    with db.read() as session:
        visit = visit_row(session, visit_key, full=False)
        row = session.get(m.VisitReportNotes, visit.id)
        return ReportNotes() if row is None else ReportNotes(row.overview, row.conclusions, row.obstacles)


def save_report_notes(db: Database, visit_key: str, notes: ReportNotes) -> ReportNotes:
    """Store the officer's parts of the activity report; returns those before (for undo)."""
    clean = ReportNotes(*((value or "").strip() or None for value in (notes.overview, notes.conclusions, notes.obstacles)))
    with db.write() as session:
        visit = visit_row(session, visit_key, full=False)
        row = session.get(m.VisitReportNotes, visit.id)
        before = ReportNotes() if row is None else ReportNotes(row.overview, row.conclusions, row.obstacles)
        if row is None:
            row = m.VisitReportNotes(visit_id=visit.id)
            session.add(row)
        row.overview, row.conclusions, row.obstacles = clean.overview, clean.conclusions, clean.obstacles
        return before
