"""Recording history: every ORM write of the main models, hooked on the write sessions.

`install(database)` listens to `before_flush` on the database's write sessions: it walks the
new, changed and deleted rows of the models in `TRACKED`, reads their attribute history and
adds one `History` row per record, with the changed values before and after as small JSON
objects of plain values (a reference to another record is shown by that record's key). The
rows go in the same flush, so in the same transaction as the change: no change without its
history, no history without its change. The services need no edits.

Bulk writes (`db/bulk.py`, the exchange import) bypass the ORM; the import records one row
itself with `record_import`.
"""

from __future__ import annotations

import getpass
import json
import os
from datetime import date, datetime, time
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from studitiru.db import models as m

if TYPE_CHECKING:
    from studitiru.db.engine import Database

#: The models whose rows are recorded, by the kind name stored in `history.record_kind`.
TRACKED: dict[type, str] = {
    m.Visit: "visit", m.Session: "session", m.Lesson: "lesson", m.Participant: "participant",
    m.Topic: "topic", m.Institution: "institution", m.Site: "site", m.Presenter: "presenter",
    m.TravelTime: "travel_time", m.HostSettings: "host", m.Setting: "setting", m.Photo: "photo",
}
#: A foreign-key column is recorded as the key of the record it refers to.
_REFERS = {
    "visit_id": m.Visit, "site_id": m.Site, "institution_id": m.Institution, "topic_id": m.Topic,
    "session_id": m.Session, "presenter_id": m.Presenter, "from_site_id": m.Site, "to_site_id": m.Site,
}
#: Collections (many-to-many) recorded as sorted lists of keys.
_COLLECTIONS = ("topics", "presenters")
_SKIPPED = {"id", "row_version"}
#: Columns not recorded for one model: a photo's stored copy and thumbnail (bytes, not history).
_SKIPPED_OF = {m.Photo: {"data", "thumbnail"}}
#: One-to-many lists recorded with their record, each item as a short text (sorted).
_LISTS = {
    "opening_hours": lambda w: f"{w.weekday} {w.opens}-{w.closes}",  # a site's week: "1 08:00-16:00"
    "unavailable": lambda p: f"{plain(p.starts_at)}/{plain(p.ends_at)}" + (f" {p.reason}" if p.reason else ""),
}


@cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment (a service account)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


def plain(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _key_of(session: Session, model: type, ident: Any) -> Any:
    if ident is None:
        return None
    row = session.get(model, ident)
    return getattr(row, "key", ident) if row is not None else ident


def _visit_key(session: Session, obj: Any) -> str | None:
    if isinstance(obj, m.Visit):
        return obj.key
    visit_id = getattr(obj, "visit_id", None)
    state = inspect(obj)
    visit = state.dict.get("visit")
    if visit is not None:
        return visit.key
    if visit_id is not None:
        return _key_of(session, m.Visit, visit_id)
    return None


def _record_key(session: Session, obj: Any) -> str | None:
    if isinstance(obj, m.Participant):
        return f"{_visit_key(session, obj)}#{obj.ordinal}"
    if isinstance(obj, m.TravelTime):
        return f"{_key_of(session, m.Site, obj.from_site_id)}->{_key_of(session, m.Site, obj.to_site_id)}"
    if isinstance(obj, m.Setting):
        return obj.name
    if isinstance(obj, m.HostSettings):
        return "host"
    return getattr(obj, "key", None)


def _value(session: Session, name: str, value: Any) -> Any:
    if name in _REFERS:
        return plain(_key_of(session, _REFERS[name], value))
    return plain(value)


def _keys(items: Any) -> list:
    return sorted(str(getattr(item, "key", item)) for item in items or ())


def _many_to_one(state: Any) -> list:
    return [rel for rel in state.mapper.relationships if rel.direction.name == "MANYTOONE"]


def _ref_key(row: Any) -> Any:
    return None if row is None else plain(getattr(row, "key", None))


def _snapshot(session: Session, obj: Any, deleted: bool = False) -> dict:
    """Every column value (for an insert or a delete)."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED or attr.key in _SKIPPED_OF.get(type(obj), ()):
            continue
        history = state.attrs[attr.key].history
        current = (history.deleted or history.unchanged or history.added) if deleted else (history.added or history.unchanged)
        values[attr.key] = _value(session, attr.key, current[0] if current else state.dict.get(attr.key))
    for rel in _many_to_one(state):
        if rel.key in state.dict:
            values[next(iter(rel.local_columns)).key] = _ref_key(state.dict[rel.key])
    for name in _COLLECTIONS:
        if name in state.mapper.relationships and name in state.dict:
            values[name] = _keys(state.dict[name])
    for name, render in _LISTS.items():
        if name in state.mapper.relationships and state.dict.get(name):
            values[name] = sorted(render(item) for item in state.dict[name])
    return values


def _changes(session: Session, obj: Any) -> tuple[dict, dict]:
    """The changed attributes of a dirty row: (before, after)."""
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED or attr.key in _SKIPPED_OF.get(type(obj), ()):
            continue
        history = get_history(obj, attr.key)
        if not history.added and not history.deleted:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        old, new = _value(session, attr.key, old), _value(session, attr.key, new)
        if old != new:
            before[attr.key], after[attr.key] = old, new
    for rel in _many_to_one(state):
        column = next(iter(rel.local_columns)).key
        history = get_history(obj, rel.key)
        if (history.added or history.deleted) and column not in after:
            old = _ref_key(history.deleted[0]) if history.deleted else None
            new = _ref_key(history.added[0]) if history.added else None
            if old != new:
                before[column], after[column] = old, new
    for name in _COLLECTIONS:
        if name not in state.mapper.relationships:
            continue
        history = get_history(obj, name)
        if history.added or history.deleted:
            old_keys = _keys([*history.unchanged, *history.deleted])
            new_keys = _keys([*history.unchanged, *history.added])
            if old_keys != new_keys:
                before[name], after[name] = old_keys, new_keys
    for name, render in _LISTS.items():
        if name not in state.mapper.relationships:
            continue
        history = get_history(obj, name)
        if history.added or history.deleted:  # a replaced list: recorded when its items differ
            old_items = sorted(render(item) for item in [*history.unchanged, *history.deleted])
            new_items = sorted(render(item) for item in [*history.unchanged, *history.added])
            if old_items != new_items:
                before[name], after[name] = old_items, new_items
    return before, after


def _dump(values: dict | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _collect(session: Session) -> list[m.History]:
    now = datetime.now()
    user = os_user()
    rows: list[m.History] = []

    def add(action: str, obj: Any, before: dict | None, after: dict | None) -> None:
        rows.append(m.History(
            changed_at=now, os_user=user, action=action, record_kind=TRACKED[type(obj)],
            record_key=_record_key(session, obj), visit_key=_visit_key(session, obj),
            before=_dump(before), after=_dump(after),
        ))

    with session.no_autoflush:
        for obj in list(session.new):
            if type(obj) in TRACKED:
                add("insert", obj, None, _snapshot(session, obj))
        for obj in list(session.dirty):
            if type(obj) in TRACKED and session.is_modified(obj):
                before, after = _changes(session, obj)
                if before or after:
                    add("update", obj, before, after)
        for obj in list(session.deleted):
            if type(obj) in TRACKED:
                add("delete", obj, _snapshot(session, obj, deleted=True), None)
    return rows


def install(database: Database, factory: sessionmaker) -> None:
    """Record history in every flush of `factory`'s sessions while `database.record_history` is on."""

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        if database.record_history:
            session.add_all(_collect(session))

    event.listen(factory, "before_flush", before_flush)


def record_import(session: Session, database: Database, source: str, visit_keys: list[str], counts: dict,
                  records: dict[str, list[str]] | None = None) -> None:
    """One row for a whole exchange import (bulk writes bypass the ORM events). `records`: the
    keys of the register records (and travel times, 'a->b') it wrote, by kind ('site': [...]),
    so that an officer's stale edit of one is refused naming the import (`versions.last_change`)."""
    if not database.record_history:
        return
    after = {"visits": sorted(visit_keys), "counts": counts, "summary": f"import: {len(visit_keys)} visits from {source}"}
    written = {kind: sorted(keys) for kind, keys in (records or {}).items() if keys}
    if written:
        after["records"] = written
    session.add(m.History(
        changed_at=datetime.now(), os_user=os_user(), action="import", record_kind="exchange",
        record_key=source, visit_key=visit_keys[0] if len(visit_keys) == 1 else None, before=None,
        after=_dump(after),
    ))
    session.flush()
