"""The registers: topics, institutions, sites (with opening hours and travel times) and
presenters (with topics and unavailable periods). One function per user action, one
transaction each; records in, records out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.keys import slug_key
from studitiru.services.references import rows_by_keys
from studitiru.domain.validation import check_key, validate_register
from studitiru.errors import ConflictError, InUseError, NotFoundError, ValidationError
from studitiru.db.versions import bump, check_version, conflict_error, keep_version, stale_error


@dataclass(frozen=True)
class _Register:
    model: type
    record: type
    to_record: Callable[[Any], Any]
    label_id: str
    label_en: str
    loaders: tuple = ()


_REGISTERS: dict[type, _Register] = {
    r.Topic: _Register(m.Topic, r.Topic, convert.topic, "topik", "topic"),
    r.Institution: _Register(m.Institution, r.Institution, convert.institution, "instansi", "institution"),
    r.Site: _Register(m.Site, r.Site, convert.site, "lokasi", "site", (selectinload(m.Site.opening_hours),)),
    r.Presenter: _Register(
        m.Presenter, r.Presenter, convert.presenter, "narasumber", "presenter",
        (selectinload(m.Presenter.topics), selectinload(m.Presenter.unavailable)),
    ),
}


def _register(kind: type) -> _Register:
    return _REGISTERS[kind]


def list_records(db: Database, kind: type) -> list:
    """Every record of a register, by name then key (in code-point order on every engine).

    One set-based read of plain rows (`db.bulk_read`), not ORM objects: 330 institutions in a
    few milliseconds. The records carry their row version, for editing."""
    from studitiru.db import bulk_read  # noqa: PLC0415

    readers = {r.Topic: bulk_read.read_topics, r.Institution: bulk_read.read_institutions,
               r.Site: lambda session: bulk_read.read_sites(session)[0], r.Presenter: bulk_read.read_presenters}
    _register(kind)  # an unknown kind is refused as before
    with db.read() as session:
        found = readers[kind](session)
    return sorted(found.values(), key=lambda item: (item.name, item.key))


def get_record(db: Database, kind: type, key: str) -> Any:
    reg = _register(kind)
    with db.read() as session:
        return reg.to_record(_row(session, reg, key))


def _row(session: OrmSession, reg: _Register, key: str) -> Any:
    row = session.scalars(select(reg.model).options(*reg.loaders).where(reg.model.key == key)).one_or_none()
    if row is None:
        raise NotFoundError(
            f"Tidak ada {reg.label_id} dengan kode {key}.", f"There is no {reg.label_en} with the key {key}."
        )
    return row



def _apply(session: OrmSession, row: Any, record: Any) -> None:
    """Copy a register record's fields onto its row (children replaced whole)."""
    if isinstance(record, r.Topic):
        row.name, row.description = record.name, record.description
    elif isinstance(record, r.Institution):
        row.name, row.short_name = record.name, record.short_name
        row.kind = record.kind.value if record.kind else None
        row.province, row.address, row.phone, row.email = record.province, record.address, record.phone, record.email
    elif isinstance(record, r.Site):
        row.name, row.short_name, row.address = record.name, record.short_name, record.address
        row.capacity, row.exclusive = record.capacity, record.exclusive
        row.has_opening_hours = record.opening_hours is not None
        row.opening_hours = [
            m.OpeningWindow(weekday=w.weekday, opens=convert.hhmm(w.opens), closes=convert.hhmm(w.closes))
            for w in sorted(record.opening_hours or (), key=lambda w: (w.weekday, w.opens))
        ]
        row.contact_name, row.contact_phone, row.notes = record.contact_name, record.contact_phone, record.notes
    elif isinstance(record, r.Presenter):
        row.name, row.position, row.organisation = record.name, record.position, record.organisation
        row.phone, row.email = record.phone, record.email
        row.topics = rows_by_keys(session, m.Topic, record.topics, record, "topics", ("topik", "topic"))
        row.unavailable = [m.UnavailablePeriod(starts_at=p.starts_at, ends_at=p.ends_at, reason=p.reason) for p in record.unavailable]


def create_record(db: Database, record: Any) -> Any:
    """Add a register record; an empty key gets one made from the name."""
    reg = _register(type(record))
    record = validate_register(record)
    with db.write() as session:
        if not record.key:
            existing = session.scalars(select(reg.model.key)).all()
            record = replace(record, key=slug_key(record.name, existing))
        check_key(record, record.key)
        row = _new_row(session, reg, record.key)
        _apply(session, row, record)
        session.flush()
        return reg.to_record(row)


def _new_row(session: OrmSession, reg: _Register, key: str) -> Any:
    """A new row for `key` in the session, refused if another record of the register has it."""
    if session.scalar(select(func.count()).select_from(reg.model).where(reg.model.key == key)):
        raise ConflictError(
            f"Kode {key} sudah dipakai {reg.label_id} lain.",
            f"The key {key} is already used by another {reg.label_en}.",
        )
    row = reg.model(key=key)
    session.add(row)
    return row


def update_record(db: Database, record: Any) -> Any:
    """Change a register record in place (its key stays)."""
    reg = _register(type(record))
    record = validate_register(record)
    with db.write() as session:
        row = _row(session, reg, record.key)
        check_version(session, row, record)
        _apply(session, row, record)
        bump(session, row)
        session.flush()
        return reg.to_record(row)


def restore_record(db: Database, record: Any) -> Any:
    """Put back a deleted register record with its key and version (undo of `delete_record`, or
    the redo of an add), so that the steps above it on the undo stack still apply."""
    reg = _register(type(record))
    record = validate_register(record)
    check_key(record, record.key)
    with db.write() as session:
        row = _new_row(session, reg, record.key)
        _apply(session, row, record)
        keep_version(session, row, record.version)
        return reg.to_record(_row(session, reg, record.key))


def delete_record(db: Database, kind: type, key: str, version: int = 0) -> Any:
    """Delete a register record, refused while anything still refers to it or when another officer
    changed it since `version` (the one the user saw; 0: not checked). Returns it (for undo)."""
    reg = _register(kind)
    with db.write() as session:
        row = _row(session, reg, key)
        check_version(session, row, version)
        uses = _uses(session, row)
        if uses:
            where_id = "; ".join(text_id for text_id, _ in uses)
            where_en = "; ".join(text_en for _, text_en in uses)
            raise InUseError(
                f"{reg.label_id.capitalize()} {row.name} masih dipakai ({where_id}) dan tidak dapat dihapus.",
                f"The {reg.label_en} {row.name} is still in use ({where_en}) and cannot be deleted.",
            )
        record = reg.to_record(row)
        session.delete(row)
        return record


def _keys_text(keys: list[str], total: int) -> str:
    shown = ", ".join(keys[:3])
    return shown + (f" … (+{total - 3})" if total > 3 else "")


def _uses(session: OrmSession, row: Any) -> list[tuple[str, str]]:
    """Where a register record is referred to, as (Indonesian, English) phrases."""
    checks: list[tuple[Any, str, str]] = []
    if isinstance(row, m.Topic):
        checks = [
            (select(m.Visit.key).join(m.visit_topics).where(m.visit_topics.c.topic_id == row.id), "kunjungan", "visits"),
            (select(m.Session.key).join(m.session_topics).where(m.session_topics.c.topic_id == row.id), "acara", "sessions"),
            (select(m.Lesson.key).where(m.Lesson.topic_id == row.id), "pembelajaran", "lessons"),
            (select(m.Presenter.key).join(m.presenter_topics).where(m.presenter_topics.c.topic_id == row.id), "narasumber", "presenters"),
        ]
    elif isinstance(row, m.Institution):
        checks = [(select(m.Visit.key).where(m.Visit.institution_id == row.id), "kunjungan", "visits")]
    elif isinstance(row, m.Site):
        checks = [(select(m.Session.key).where(m.Session.site_id == row.id), "acara", "sessions")]
    elif isinstance(row, m.Presenter):
        checks = [
            (select(m.Session.key).join(m.session_presenters).where(m.session_presenters.c.presenter_id == row.id), "acara", "sessions"),
        ]
    uses = []
    for query, word_id, word_en in checks:
        keys = list(session.scalars(query.order_by(None).limit(4)))
        if keys:
            total = session.scalar(select(func.count()).select_from(query.subquery()))
            text = _keys_text(sorted(keys), total)
            uses.append((f"{total} {word_id}: {text}", f"{total} {word_en}: {text}"))
    return uses


# Travel times ---------------------------------------------------------------------------

def list_travel_times(db: Database) -> list[r.TravelTime]:
    with db.read() as session:
        from_site = m.Site.__table__.alias("from_site")
        to_site = m.Site.__table__.alias("to_site")
        rows = session.execute(
            select(from_site.c.key, to_site.c.key, m.TravelTime.minutes, m.TravelTime.row_version)
            .join(from_site, from_site.c.id == m.TravelTime.from_site_id)
            .join(to_site, to_site.c.id == m.TravelTime.to_site_id)
        ).all()
    return sorted((r.TravelTime(a, b, minutes, version=version) for a, b, minutes, version in rows),
                  key=lambda t: (t.from_site, t.to_site))


def set_travel_time(
    db: Database, from_site: str, to_site: str, minutes: int | None, version: int = 0,
) -> r.TravelTime | r.NoTravelTime:
    """Set (or with None, remove) the travel time from one site to another.

    `version`: the one the officer saw (`r.TravelTime.version`), `r.NO_TRAVEL_TIME` when they
    saw none, 0 not checked (scripts). Refused with who and when (`ChangedByOtherError`) when
    another officer set, changed or removed it since. Returns the travel time as written, with
    its new version, or `r.NoTravelTime` (the version an undo then checks)."""
    if from_site == to_site:
        raise ValidationError(
            "Waktu tempuh hanya untuk dua lokasi yang berbeda.", "A travel time joins two different sites."
        )
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60):
        raise ValidationError(
            f"Waktu tempuh {from_site}–{to_site}: menit harus 0 sampai 1440.",
            f"Travel time {from_site}–{to_site}: minutes must be 0 to 1440.",
        )
    with db.write() as session:
        site_from = _row(session, _register(r.Site), from_site)
        site_to = _row(session, _register(r.Site), to_site)
        row = session.scalars(
            select(m.TravelTime).where(m.TravelTime.from_site_id == site_from.id, m.TravelTime.to_site_id == site_to.id)
        ).one_or_none()
        if row is not None:
            check_version(session, row, 0 if version == r.NO_TRAVEL_TIME else version)
            if version == r.NO_TRAVEL_TIME:  # the officer saw none: another set it since
                raise conflict_error(session, row)
        elif version > 0:  # the officer saw one: another removed it since
            raise conflict_error(session, m.TravelTime(), f"{from_site}->{to_site}")
        if minutes is None:
            if row is not None:
                session.delete(row)
            return r.NoTravelTime(from_site, to_site)
        if row is None:
            row = m.TravelTime(from_site_id=site_from.id, to_site_id=site_to.id, minutes=minutes)
            session.add(row)
            try:
                session.flush()
            except IntegrityError as error:  # PostgreSQL: another officer set it a moment before us
                raise stale_error(db.read, (m.TravelTime, f"{from_site}->{to_site}")) from error
        else:
            row.minutes = minutes
            session.flush()
        return r.TravelTime(from_site, to_site, minutes, version=row.row_version)


# Typed shortcuts, so that callers read naturally -----------------------------------------

@dataclass(frozen=True)
class AllRegisters:
    """The four registers for names and choices (each by name, then key)."""

    institutions: tuple[r.Institution, ...]
    topics: tuple[r.Topic, ...]
    sites: tuple[r.Site, ...]
    presenters: tuple[r.Presenter, ...]


def all_registers(db: Database) -> AllRegisters:
    """Every institution, topic, site and presenter in one set-based read (no ORM objects):
    what an editor or the timetable shows names and offers choices from."""
    from studitiru.db.bulk_read import read_registers  # noqa: PLC0415

    with db.read() as session:
        found = read_registers(session)

    def ordered(records: dict) -> tuple:
        return tuple(sorted(records.values(), key=lambda item: (item.name, item.key)))

    return AllRegisters(ordered(found.institutions), ordered(found.topics), ordered(found.sites),
                        ordered(found.presenters))


def list_topics(db: Database) -> list[r.Topic]:
    return list_records(db, r.Topic)


def list_institutions(db: Database) -> list[r.Institution]:
    return list_records(db, r.Institution)


def list_sites(db: Database) -> list[r.Site]:
    return list_records(db, r.Site)


def list_presenters(db: Database) -> list[r.Presenter]:
    return list_records(db, r.Presenter)
