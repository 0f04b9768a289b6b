"""The host office's settings (name, office, address, time zone) and other office-wide settings."""

from __future__ import annotations

from zoneinfo import available_timezones

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.db.versions import check_version, stale_error
from studitiru.domain import records as r
from studitiru.domain.validation import check_text, cleaned
from studitiru.errors import ValidationError

#: The time zones an Indonesian office picks from, with their abbreviations.
INDONESIAN_ZONES = (("Asia/Jakarta", "WIB"), ("Asia/Pontianak", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"))


def get_host(db: Database) -> r.Host:
    with db.read() as session:
        return convert.host(session.get(m.HostSettings, 1))


def update_host(db: Database, host: r.Host) -> r.Host:
    """Write the host office's settings; refused with who and when (`ChangedByOtherError`) when
    another officer changed them since `host.version` (the one the officer saw; 0: not checked).
    Returns them with their new version."""
    host = cleaned(host)
    for name in ("name", "office", "address"):
        check_text(host, name, getattr(host, name))
    if host.timezone not in available_timezones():
        raise ValidationError(
            f"Zona waktu {host.timezone} tidak dikenal (contoh: Asia/Pontianak untuk WIB).",
            f"The time zone {host.timezone} is unknown (for example Asia/Pontianak for WIB).",
        )
    with db.write() as session:
        row = session.get(m.HostSettings, 1)
        values = {"name": host.name or "", "office": host.office, "address": host.address, "timezone": host.timezone}
        if row is None:
            session.add(row := m.HostSettings(id=1, **values))
            try:
                session.flush()
            except IntegrityError as error:  # PostgreSQL: another officer added it a moment before us
                raise stale_error(db.read, (m.HostSettings, "host")) from error
        else:
            check_version(session, row, host)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
        return convert.host(row)


def get_setting(db: Database, name: str, default: str | None = None) -> str | None:
    with db.read() as session:
        value = session.scalar(select(m.Setting.value).where(m.Setting.name == name))
    return default if value is None else value


def set_setting(db: Database, name: str, value: str | None) -> None:
    with db.write() as session:
        row = session.get(m.Setting, name)
        if row is None:
            session.add(m.Setting(name=name, value=value))
        else:
            row.value = value
