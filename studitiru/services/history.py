"""A visit's history (what the visit editor shows): its own changes and those of its sessions,
participants and lessons, and the imports that wrote it, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from studitiru.db import models as m
from studitiru.db.engine import Database


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    changed_at: datetime
    os_user: str
    action: str  # insert, update, delete, import
    record_kind: str
    record_key: str | None
    visit_key: str | None
    before: dict | None
    after: dict | None


def _load(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def _entry(row: m.History) -> HistoryEntry:
    return HistoryEntry(row.changed_at, row.os_user, row.action, row.record_kind, row.record_key,
                        row.visit_key, _load(row.before), _load(row.after))


def visit_history(db: Database, key: str, limit: int = 200) -> list[HistoryEntry]:
    """The changes of visit `key` and of its parts, newest first (at most `limit`)."""
    quoted = json.dumps(key, ensure_ascii=False)
    pattern = "%" + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with db.read() as session:
        own = or_(m.History.visit_key == key,
                  (m.History.action == "import") & m.History.after.like(pattern, escape="\\"))
        rows = session.scalars(
            select(m.History).where(own).order_by(m.History.changed_at.desc(), m.History.id.desc()).limit(limit)
        ).all()
        entries = [_entry(row) for row in rows]
    # An import row matched by text: keep it only if the key really is one of its visits.
    return [e for e in entries if e.action != "import" or e.visit_key == key
            or key in ((e.after or {}).get("visits") or ())]


def recent_history(db: Database, limit: int = 200) -> list[HistoryEntry]:
    """The latest changes of the whole database, newest first."""
    with db.read() as session:
        rows = session.scalars(select(m.History).order_by(m.History.id.desc()).limit(limit)).all()
        return [_entry(row) for row in rows]
