"""Register edits that touch more than one record: deleting a site together with its travel
times, and putting both back (the undo of that delete). One transaction each."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.validation import check_key, validate_register
from studitiru.errors import ConflictError, InUseError
from studitiru.services import registers
from studitiru.db.versions import check_version, keep_version


def _pair(entry: r.TravelTime) -> tuple[str, str]:
    return entry.from_site, entry.to_site


def list_travel_times(db: Database) -> list[r.TravelTime]:
    """Every travel time, by from and to site. (`registers.list_travel_times` sorts records
    that have no order and fails with two or more; this one sorts by the pair.)"""
    with db.read() as session:
        keys = dict(session.execute(select(m.Site.id, m.Site.key)).all())
        rows = session.scalars(select(m.TravelTime))
        return sorted((r.TravelTime(keys[t.from_site_id], keys[t.to_site_id], t.minutes, version=t.row_version)
                       for t in rows), key=_pair)


def delete_site(db: Database, key: str, version: int = 0) -> tuple[r.Site, tuple[r.TravelTime, ...]]:
    """Delete a site and its travel times; returns both so that the delete can be undone.

    Refused (`InUseError`, naming the sessions) while a session still takes place there, and
    when another officer changed it since `version` (the one the user saw; 0: not checked)."""
    reg = registers._register(r.Site)
    with db.write() as session:
        row = registers._row(session, reg, key)
        check_version(session, row, version)
        uses = registers._uses(session, row)
        if uses:
            raise InUseError(
                f"Lokasi {row.name} masih dipakai ({'; '.join(u[0] for u in uses)}) dan tidak dapat dihapus.",
                f"The site {row.name} is still in use ({'; '.join(u[1] for u in uses)}) and cannot be deleted.",
            )
        record = convert.site(row)
        keys = dict(session.execute(select(m.Site.id, m.Site.key)).all())
        times = session.scalars(
            select(m.TravelTime).where(or_(m.TravelTime.from_site_id == row.id, m.TravelTime.to_site_id == row.id))
        )
        travel = tuple(sorted((r.TravelTime(keys[t.from_site_id], keys[t.to_site_id], t.minutes, version=t.row_version)
                               for t in times), key=_pair))
        session.delete(row)
    return record, travel


def restore_site(db: Database, site: r.Site, travel: tuple[r.TravelTime, ...] = ()) -> r.Site:
    """Add a site back with its key and its travel times (those whose other site still exists)."""
    site = validate_register(site)
    check_key(site, site.key)
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(m.Site).where(m.Site.key == site.key)):
            raise ConflictError(
                f"Kode {site.key} sudah dipakai lokasi lain.", f"The key {site.key} is already used by another site."
            )
        row = m.Site(key=site.key)
        session.add(row)
        registers._apply(session, row, site)
        keep_version(session, row, site.version)
        ids = dict(session.execute(select(m.Site.key, m.Site.id)).all())
        for entry in travel:
            if entry.from_site in ids and entry.to_site in ids:
                back = m.TravelTime(from_site_id=ids[entry.from_site], to_site_id=ids[entry.to_site],
                                    minutes=entry.minutes)
                session.add(back)
                keep_version(session, back, entry.version)  # the version it was deleted at
        session.flush()
        session.expire(row)
        return convert.site(registers._row(session, registers._register(r.Site), site.key))
