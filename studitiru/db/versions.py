"""Several officers at once: refuse an edit of a record that changed since it was shown.

Every edited table has a `row_version` (revision 0004) that the ORM bumps on each update and
checks in the UPDATE itself (`version_id_col`). A record read by a service carries it as
`record.version`; a service that updates the record calls `check_version` with the version
the user saw (0: not checked, for scripts and undo). A mismatch is a `ConflictError` that
names who changed the record and when, from the last `history` row of that record.

Versions this `Database` object wrote itself (the same window: a status change, then an
edit of the details from the record shown before it) are not a conflict: `install` keeps
the (table, id, version) of every committed ORM update, and `check_version` refuses only
when a version between the one seen and the current one came from another writer.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import PurePath
from typing import Any, NamedTuple

from sqlalchemy import event, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import object_session, sessionmaker

from studitiru.db import models as m
from studitiru.domain.dates import format_date, format_time
from studitiru.errors import ChangedByOtherError

#: The record kind as `history.record_kind` stores it, and its name in a sentence (id, en).
KINDS: dict[type, tuple[str, str, str]] = {
    m.Visit: ("visit", "Kunjungan", "Visit"),
    m.Session: ("session", "Acara", "Session"),
    m.Lesson: ("lesson", "Pembelajaran", "Lesson"),
    m.Topic: ("topic", "Topik", "Topic"),
    m.Institution: ("institution", "Instansi", "Institution"),
    m.Site: ("site", "Lokasi", "Site"),
    m.Presenter: ("presenter", "Narasumber", "Presenter"),
    m.TravelTime: ("travel_time", "Waktu tempuh", "Travel time"),
    m.HostSettings: ("host", "Pengaturan kantor", "Host settings"),
    m.Photo: ("photo", "Foto", "Photo"),
}


_PENDING = "studitiru_own_versions_pending"
_COMMITTED = "studitiru_own_versions"


_HISTORY = "studitiru_own_history_pending"
#: The (model, key) of the last row checked in a transaction: what a StaleDataError refers to.
_CHECKED = "studitiru_checked_row"


def install(own_versions: set, own_history: set, factory: sessionmaker) -> None:
    """Collect the versions (and the history row ids) written through `factory`'s sessions into
    `own_versions` (and `own_history`) on commit: what this window did itself."""

    def after_begin(session: OrmSession, _transaction: Any, _connection: Any) -> None:
        session.info[_PENDING] = []
        session.info[_HISTORY] = []
        session.info[_COMMITTED] = own_versions

    def after_flush(session: OrmSession, _context: Any) -> None:
        pending = session.info.get(_HISTORY)
        if pending is not None:
            pending.extend(obj.id for obj in session.new if isinstance(obj, m.History))

    def after_commit(session: OrmSession) -> None:
        own_versions.update(session.info.pop(_PENDING, ()))
        own_history.update(session.info.pop(_HISTORY, ()))

    def after_rollback(session: OrmSession) -> None:
        session.info.pop(_PENDING, None)
        session.info.pop(_HISTORY, None)

    event.listen(factory, "after_begin", after_begin)
    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_rollback", after_rollback)


def _after_update(_mapper: Any, _connection: Any, target: Any) -> None:
    session = object_session(target)
    pending = session.info.get(_PENDING) if session is not None else None
    if pending is not None:
        pending.append((target.__tablename__, target.id, target.row_version))


for _model in KINDS:
    event.listen(_model, "after_update", _after_update)


def check_version(session: OrmSession, row: Any, record: Any) -> None:
    """Refuse when another writer changed the row since the version the user saw (`record.version`,
    or `record` itself when it is the version number, as the delete services pass it)."""
    seen = (record if isinstance(record, int) else getattr(record, "version", 0)) or 0
    session.info[_CHECKED] = (type(row), row.key)  # named if the UPDATE itself then finds another version
    current = row.row_version
    if not seen or current == seen:
        return
    own = session.info.get(_COMMITTED, set())
    if seen > current or not all((row.__tablename__, row.id, v) in own for v in range(seen + 1, current + 1)):
        raise conflict_error(session, row)


def bump(session: OrmSession, row: Any, always: bool = False) -> None:
    """Raise the row's version when anything of it changed, its lists too: the ORM issues the
    UPDATE (with its version check) only for a changed column, not for changed topics,
    presenters, opening hours or unavailable periods. Call after the change, before the flush.
    `always`: raise it even if the row's own columns did not change (a visit's participants,
    replaced in bulk)."""
    if always or session.is_modified(row):
        row.row_version = row.row_version + 1


def keep_version(session: OrmSession, row: Any, version: int) -> None:
    """Give a row put back by an undo (a new row: the ORM inserts it at version 1) the version
    it was deleted at, so that the steps below it on the undo stack, which carry that version,
    still apply, and an officer who saw that version may edit what is again the same record.
    Flushes the session first (the row needs its id)."""
    session.flush()
    if version and version != row.row_version:
        table = type(row).__table__
        session.execute(table.update().where(table.c.id == row.id).values(row_version=version))
        session.expire(row, ["row_version"])


class Change(NamedTuple):
    """Who last changed a record and when; `source`: the exchange file when that was an import."""

    user: str
    when: datetime
    source: str | None = None


#: The kinds an import names in its one history row (`history.record_import`): the registers
#: and travel times under "records", the visits under "visits".
_IMPORTED = ("topic", "institution", "site", "presenter", "travel_time")


def _imported_keys(after: str | None, kind: str) -> list:
    try:
        value = json.loads(after or "")
    except ValueError:
        return []
    if not isinstance(value, dict):
        return []
    found = value.get("visits") if kind == "visit" else (value.get("records") or {}).get(kind)
    return found if isinstance(found, list) else []


def last_change(session: OrmSession, kind: str, key: str) -> Change | None:
    """Who last changed a record and when: its own history, or a later import that wrote it (its
    visit, or the register record itself), named by its file."""
    condition = (m.History.record_kind == kind) & (m.History.record_key == key)
    if kind == "visit":
        condition = or_(condition, (m.History.action == "import") & (m.History.visit_key == key))
    row = session.execute(
        select(m.History.id, m.History.os_user, m.History.changed_at, m.History.action, m.History.record_key)
        .where(condition).order_by(m.History.id.desc()).limit(1)
    ).first()
    change = None if row is None else (row[0], Change(row[1], row[2], row[4] if row[3] == "import" else None))
    if kind == "visit" or kind in _IMPORTED:
        quoted = json.dumps(key, ensure_ascii=False)
        pattern = "%" + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = select(m.History.id, m.History.os_user, m.History.changed_at, m.History.record_key, m.History.after).where(
            m.History.action == "import", m.History.record_kind == "exchange",
            m.History.after.like(pattern, escape="\\"),
        )
        if change is not None:
            query = query.where(m.History.id > change[0])
        for ident, user, when, source, after in session.execute(query.order_by(m.History.id.desc())):
            if key in _imported_keys(after, kind):
                change = (ident, Change(user, when, source))
                break
    return None if change is None else change[1]


def _by(change: Change, lang: str) -> str:
    """'oleh budi pada Senin, 1 Desember 2025 09.00 (impor berkas contoh.json)' without 'oleh'."""
    when = f"{format_date(change.when.date(), lang)} {format_time(change.when, lang)}"
    if lang == "en":
        text = f"{change.user} on {when}"
        return text + (f" (import of {PurePath(change.source).name or change.source})" if change.source else "")
    text = f"{change.user} pada {when}"
    return text + (f" (impor berkas {PurePath(change.source).name or change.source})" if change.source else "")


def _names(kind: str, label_id: str, label_en: str, key: str) -> tuple[str, str]:
    """The record as a sentence names it: "Lokasi aula", "Waktu tempuh aula → mpp", "Pengaturan kantor"."""
    if kind == "host":
        return label_id, label_en
    shown = key.replace("->", " → ")
    return f"{label_id} {shown}", f"{label_en} {shown}"


def conflict_error(session: OrmSession, row: Any, key: str | None = None) -> ChangedByOtherError:
    """`row`: the changed row, or a blank one of its model with its `key` (a row another officer deleted)."""
    kind, label_id, label_en = KINDS[type(row)]
    key = row.key if key is None else key
    name_id, name_en = _names(kind, label_id, label_en, key)
    change = last_change(session, kind, key)
    if change is None:
        return ChangedByOtherError(
            f"{name_id} telah diubah oleh petugas lain; muat ulang lalu coba lagi.",
            f"{name_en} was changed by another officer; reload and try again.",
        )
    return ChangedByOtherError(
        f"{name_id} telah diubah oleh {_by(change, 'id')}; muat ulang lalu coba lagi.",
        f"{name_en} was changed by {_by(change, 'en')}; reload and try again.",
    )


def checked_row(session: OrmSession) -> tuple[type, str] | None:
    """The (model, key) `check_version` last checked in this session's transaction, if any."""
    return session.info.get(_CHECKED)


def stale_error(read: Any = None, checked: tuple[type, str] | None = None) -> ChangedByOtherError:
    """When the UPDATE (or DELETE) itself found another version: a change committed a moment
    before ours, between our check and our write. With the record checked and a way to read
    (`read()`: a read transaction's context manager), it is named with who and when."""
    if read is not None and checked is not None:
        model, key = checked
        kind, label_id, label_en = KINDS[model]
        name_id, name_en = _names(kind, label_id, label_en, key)
        with read() as session:
            change = last_change(session, kind, key)
        if change is not None:
            return ChangedByOtherError(
                f"{name_id} baru saja diubah oleh {_by(change, 'id')}; muat ulang lalu coba lagi.",
                f"{name_en} was just changed by {_by(change, 'en')}; reload and try again.",
            )
        return ChangedByOtherError(
            f"{name_id} baru saja diubah oleh petugas lain; muat ulang lalu coba lagi.",
            f"{name_en} was just changed by another officer; reload and try again.",
        )
    return ChangedByOtherError(
        "Data ini baru saja diubah oleh petugas lain; muat ulang lalu coba lagi.",
        "This data was just changed by another officer; reload and try again.",
    )
