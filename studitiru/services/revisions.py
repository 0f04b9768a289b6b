"""Agenda revisions: releasing a visit's agenda, the changes since, who must be told.

A release ("Kirim/terbitkan jadwal") freezes the visit's current agenda as its next revision
(1, 2, … per visit) with the time, the officer (the OS user, as the history records it) and a
note. A revision is never edited: the table `agenda_revisions` names the visit by key with no
foreign key, so it survives later edits, deleted sessions and an import that replaces the visit.
Undoing a release removes the newest revision only while nothing was printed or saved from it
(`mark_produced` records the first itinerary or calendar produced from a revision).

Every function is one user action in one transaction and returns plain records
(`domain.revisions`).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as OrmSession

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.db.history import os_user
from studitiru.domain import records as r
from studitiru.domain.dates import format_moment
from studitiru.domain.revisions import (
    ASPECTS,
    Agenda,
    AgendaChanges,
    AgendaHeader,
    AgendaItem,
    Named,
    Notice,
    Release,
    Revision,
    RevisionEntry,
    agenda_from_dict,
    agenda_to_dict,
    change_line,
    compare,
    notices,
    word,
)
from studitiru.errors import ConflictError, NotFoundError, ValidationError
from studitiru.services.visits import visit_row

MAX_NOTE = 2000
PRODUCED_KINDS = ("itinerary", "ics", "message")


# --- reading ------------------------------------------------------------------------------------

def _named_site(row: m.Site | None) -> Named | None:
    return Named(row.key, row.name, row.address or None) if row is not None else None


def plan_agenda(session: OrmSession, row: m.Visit) -> Agenda:
    """The visit's current agenda, as a release would freeze it."""
    host = convert.host(session.get(m.HostSettings, 1))
    items = tuple(
        AgendaItem(
            key=s.key, starts_at=s.starts_at, ends_at=s.ends_at, title=s.title, kind=s.kind,
            site=_named_site(s.site),
            presenters=tuple(Named(p.key, p.name, p.position or None) for p in sorted(s.presenters, key=lambda p: p.key)),
            topics=tuple(sorted(t.key for t in s.topics)),
        )
        for s in sorted(row.sessions, key=lambda s: (s.starts_at, s.key))
    )
    visit = convert.visit(row, children=False)
    headcount = row.headcount if row.headcount is not None else len(row.participants)
    header = AgendaHeader(
        title=row.title, institution=row.institution.key, institution_name=row.institution.name,
        starts_on=row.starts_on, ends_on=row.ends_on,
        leader=visit.leader and r.Person(visit.leader.name, visit.leader.position),
        liaison=visit.liaison and r.Person(visit.liaison.name, visit.liaison.position, visit.liaison.phone,
                                           visit.liaison.email),
        headcount=headcount, request_letter=visit.request_letter,
    )
    return Agenda(header, host, items)


def _record(row: m.AgendaRevision) -> Revision:
    return Revision(
        visit=row.visit_key, number=row.number, released_at=row.released_at, officer=row.os_user or "",
        note=row.note, agenda=agenda_from_dict(json.loads(row.snapshot)),
        produced_at=row.produced_at, produced_as=row.produced_as,
    )


def _rows(session: OrmSession, visit_key: str) -> list[m.AgendaRevision]:
    return list(session.scalars(
        select(m.AgendaRevision).where(m.AgendaRevision.visit_key == visit_key).order_by(m.AgendaRevision.number)))


def _newest(session: OrmSession, visit_key: str) -> m.AgendaRevision | None:
    return session.scalars(
        select(m.AgendaRevision).where(m.AgendaRevision.visit_key == visit_key)
        .order_by(m.AgendaRevision.number.desc()).limit(1)).first()


def _numbered(session: OrmSession, visit_key: str, number: int) -> m.AgendaRevision:
    row = session.scalars(select(m.AgendaRevision).where(
        m.AgendaRevision.visit_key == visit_key, m.AgendaRevision.number == number)).one_or_none()
    if row is None:
        raise NotFoundError(f"Kunjungan {visit_key} tidak mempunyai Revisi {number}.",
                            f"The visit {visit_key} has no Revision {number}.")
    return row


def revisions(db: Database, visit_key: str) -> list[Revision]:
    """The visit's revisions, oldest first (also those of a visit no longer in the database)."""
    with db.read() as session:
        return [_record(row) for row in _rows(session, visit_key)]


def revision_list(db: Database, visit_key: str) -> list[RevisionEntry]:
    """The visit's revisions, oldest first, as a list names them: their snapshots are not read."""
    table = m.AgendaRevision
    with db.read() as session:
        rows = session.execute(select(table.number, table.released_at, table.os_user, table.note)
                               .where(table.visit_key == visit_key).order_by(table.number)).all()
    return [RevisionEntry(visit_key, number, released_at, officer or "", note) for number, released_at, officer, note in rows]


def get_revision(db: Database, visit_key: str, number: int) -> Revision:
    with db.read() as session:
        return _record(_numbered(session, visit_key, number))


def _agenda_of(session: OrmSession, visit_key: str, number: int | None) -> Agenda:
    if number is None:
        return plan_agenda(session, visit_row(session, visit_key))
    return _record(_numbered(session, visit_key, number)).agenda


def changes(db: Database, visit_key: str, from_n: int | None = None, to_n: int | None = None) -> AgendaChanges:
    """What changed from revision `from_n` (default: the last one; 0: nothing released) to revision
    `to_n` (default: the current plan)."""
    with db.read() as session:
        newest = _newest(session, visit_key)
        if from_n is None:
            from_n = newest.number if newest is not None else 0
            if to_n is not None and to_n <= from_n:
                from_n = to_n - 1
        if from_n < 0 or (to_n is not None and to_n < 1):
            raise ValidationError("Nomor revisi harus 1 atau lebih.", "A revision number must be 1 or more.")
        if to_n is not None and from_n >= to_n:
            raise ValidationError(f"Revisi {from_n} tidak sebelum Revisi {to_n}: bandingkan yang lama dengan yang baru.",
                                  f"Revision {from_n} is not before Revision {to_n}: compare the old with the new.")
        after = _agenda_of(session, visit_key, to_n)
        before = _agenda_of(session, visit_key, from_n) if from_n else None
        return compare(visit_key, before, after, from_n, to_n)


def plan_status(db: Database, visit_key: str) -> tuple[Revision | None, AgendaChanges, bool]:
    """(the last revision or None, the changes since it, whether the plan differs from it at all:
    a changed kind, topic, address or header counts, though it is not a change the visitors are told)."""
    with db.read() as session:
        newest = _newest(session, visit_key)
        plan = plan_agenda(session, visit_row(session, visit_key))
        last = _record(newest) if newest is not None else None
    found = compare(visit_key, last.agenda if last else None, plan, last.number if last else 0, None)
    differs = last is not None and _comparable(last.agenda) != _comparable(plan)
    return last, found, differs


def _comparable(agenda: Agenda) -> Agenda:
    return replace(agenda, host=r.Host())  # the letterhead's address is not the agenda


# --- releasing ----------------------------------------------------------------------------------

def release(db: Database, visit_key: str, note: str | None = None, *, now: datetime | None = None) -> Release:
    """Freeze the visit's current agenda as its next revision, in one transaction."""
    note = (note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE:
        raise ValidationError(f"Kunjungan {visit_key}, catatan revisi: terlalu panjang ({len(note)} karakter; paling banyak {MAX_NOTE}).",
                              f"Visit {visit_key}, revision note: too long ({len(note)} characters; at most {MAX_NOTE}).")
    with db.write() as session:
        # Lock the visit's row (PostgreSQL) so that two officers never take the same number.
        session.execute(select(m.Visit.id).where(m.Visit.key == visit_key).with_for_update())
        row = visit_row(session, visit_key)
        plan = plan_agenda(session, row)
        newest = _newest(session, visit_key)
        last = _record(newest) if newest is not None else None
        if last is None and not plan.items:
            raise ValidationError(f"Kunjungan {visit_key} belum mempunyai acara: belum ada jadwal untuk diterbitkan.",
                                  f"The visit {visit_key} has no sessions yet: there is no schedule to release.")
        if last is not None and _comparable(last.agenda) == _comparable(plan):
            raise ValidationError(
                f"Jadwal kunjungan {visit_key} tidak berubah sejak Revisi {last.number}: tidak ada yang perlu diterbitkan.",
                f"The schedule of the visit {visit_key} has not changed since Revision {last.number}: there is nothing to release.")
        number = (last.number if last else 0) + 1
        added = m.AgendaRevision(visit_key=visit_key, number=number, released_at=(now or datetime.now()).replace(microsecond=0),
                                 os_user=os_user(), note=note, snapshot=snapshot_json(plan))
        session.add(added)
        found = compare(visit_key, last.agenda if last else None, plan, number - 1, number)
        _record_history(session, "insert", visit_key, number, note, found, added.released_at)
        session.flush()
        revision = _record(added)
    return Release(revision, found)


def _record_history(session: OrmSession, action: str, visit_key: str, number: int, note: str | None,
                    found: AgendaChanges | None, when: datetime) -> None:
    """A release (or its undo) in the visit's history: the revision, its note and the sessions it told of."""
    values: dict = {"note": note}
    if found is not None:
        values.update(added=[c.session for c in found.added], moved=[c.session for c in found.moved],
                      cancelled=[c.session for c in found.cancelled])
    text = json.dumps({k: v for k, v in values.items() if v}, ensure_ascii=False, sort_keys=True)
    session.add(m.History(changed_at=when, os_user=os_user(), action=action, record_kind="revision",
                          record_key=str(number), visit_key=visit_key,
                          before=text if action == "delete" else None, after=text if action != "delete" else None))


def snapshot_json(agenda: Agenda) -> str:
    return json.dumps(agenda_to_dict(agenda), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def undo_release(db: Database, visit_key: str, number: int) -> Revision:
    """Remove the newest revision, only if nothing was printed or saved from it since; else a plain refusal."""
    with db.write() as session:
        session.execute(select(m.Visit.id).where(m.Visit.key == visit_key).with_for_update())
        row = _numbered(session, visit_key, number)
        newest = _newest(session, visit_key)
        if newest is not None and newest.number != number:
            raise ConflictError(
                f"Revisi {number} kunjungan {visit_key} tidak dapat dibatalkan: sudah ada Revisi {newest.number} sesudahnya.",
                f"Revision {number} of the visit {visit_key} cannot be undone: Revision {newest.number} came after it.")
        if row.produced_at is not None:
            when_id, when_en = format_moment(row.produced_at, "id"), format_moment(row.produced_at, "en")
            if row.produced_as == "message":
                done_id = f"pesan pemberitahuannya sudah disalin untuk dikirim pada {when_id}"
                done_en = f"a message about it was copied to be sent on {when_en}"
            else:
                what_id = "kalender (.ics)" if row.produced_as == "ics" else "jadwal kegiatan"
                what_en = "calendar (.ics)" if row.produced_as == "ics" else "itinerary"
                done_id = f"{what_id} dari revisi ini sudah dicetak atau disimpan pada {when_id}"
                done_en = f"its {what_en} was printed or saved on {when_en}"
            raise ConflictError(
                f"Revisi {number} kunjungan {visit_key} tidak dapat dibatalkan: {done_id}, jadi mungkin sudah dikirim.",
                f"Revision {number} of the visit {visit_key} cannot be undone: {done_en}, so it may have been sent.")
        revision = _record(row)
        session.execute(delete(m.AgendaRevision).where(m.AgendaRevision.id == row.id))
        _record_history(session, "delete", visit_key, number, revision.note, None, datetime.now().replace(microsecond=0))
        return revision


def restore_release(db: Database, revision: Revision) -> Revision:
    """Put back a release that was undone (redo): the same number, time, officer, note and agenda."""
    with db.write() as session:
        newest = _newest(session, revision.visit)
        expected = (newest.number if newest else 0) + 1
        if revision.number != expected:
            raise ConflictError(
                f"Revisi {revision.number} kunjungan {revision.visit} tidak dapat dikembalikan: revisi berikutnya kini {expected}.",
                f"Revision {revision.number} of the visit {revision.visit} cannot be put back: the next revision is now {expected}.")
        added = m.AgendaRevision(visit_key=revision.visit, number=revision.number, released_at=revision.released_at,
                                 os_user=revision.officer, note=revision.note, snapshot=snapshot_json(revision.agenda))
        session.add(added)
        _record_history(session, "insert", revision.visit, revision.number, revision.note, None,
                        datetime.now().replace(microsecond=0))
        session.flush()
        return _record(added)


def mark_produced(db: Database, visit_key: str, number: int, kind: str, *, now: datetime | None = None) -> None:
    """Record that an itinerary or calendar of the revision was printed or saved (the first time counts)."""
    if kind not in PRODUCED_KINDS:
        raise ValueError(kind)
    with db.write() as session:
        row = _numbered(session, visit_key, number)
        if row.produced_at is None:
            row.produced_at = (now or datetime.now()).replace(microsecond=0)
            row.produced_as = kind


# --- who must be told ---------------------------------------------------------------------------

def release_notices(db: Database, visit_key: str, number: int) -> tuple[Revision, AgendaChanges, list[Notice]]:
    """The presenters, sites and liaison officer whose sessions changed in revision `number`, each with
    their own changes and the contact the registers hold now."""
    with db.read() as session:
        revision = _record(_numbered(session, visit_key, number))
        before = _record(_numbered(session, visit_key, number - 1)).agenda if number > 1 else None
        found = compare(visit_key, before, revision.agenda, number - 1, number)
        contacts: dict[tuple[str, str], str | None] = {}
        for row in session.scalars(select(m.Presenter)):
            contacts[("presenter", row.key)] = " · ".join(x for x in (row.phone, row.email) if x) or None
        for row in session.scalars(select(m.Site)):
            contacts[("site", row.key)] = " · ".join(x for x in (row.contact_name, row.contact_phone) if x) or None
    return revision, found, notices(revision, found, contacts)


# --- exchange file ------------------------------------------------------------------------------

def revision_json(revision: Revision) -> dict:
    """One revision as the exchange file (version 2) carries it."""
    out: dict = {"visit": revision.visit, "number": revision.number,
                 "released_at": revision.released_at.strftime("%Y-%m-%dT%H:%M:%S"), "officer": revision.officer}
    if revision.note:
        out["note"] = revision.note
    if revision.produced_at is not None:
        out["produced_at"] = revision.produced_at.strftime("%Y-%m-%dT%H:%M:%S")
        out["produced_as"] = revision.produced_as
    out["agenda"] = agenda_to_dict(revision.agenda)
    return out


def revision_from_json(data: dict) -> Revision:
    produced = data.get("produced_at")
    return Revision(
        visit=data["visit"], number=int(data["number"]), released_at=datetime.fromisoformat(data["released_at"]),
        officer=data.get("officer") or "", note=data.get("note"), agenda=agenda_from_dict(data["agenda"]),
        produced_at=datetime.fromisoformat(produced) if produced else None,
        produced_as=data.get("produced_as") if produced else None,
    )


def merge_revisions(session: OrmSession, items: list[Revision]) -> int:
    """Add the file's revisions that the database does not hold (by visit and number); a revision
    already held stays as it is (it was sent). Returns how many were added. Inside the import's transaction."""
    held = {(v, n) for v, n in session.execute(select(m.AgendaRevision.visit_key, m.AgendaRevision.number))}
    added = 0
    for item in items:
        if (item.visit, item.number) in held:
            continue
        session.add(m.AgendaRevision(visit_key=item.visit, number=item.number, released_at=item.released_at,
                                     os_user=item.officer, note=item.note, snapshot=snapshot_json(item.agenda),
                                     produced_at=item.produced_at, produced_as=item.produced_as))
        held.add((item.visit, item.number))
        added += 1
    session.flush()
    return added


def all_revisions(session: OrmSession, visit_keys: list[str] | None = None) -> list[Revision]:
    """Every revision (of these visits), by visit key then number (the export's order)."""
    query = select(m.AgendaRevision)
    if visit_keys is not None:
        query = query.where(m.AgendaRevision.visit_key.in_(visit_keys))
    rows = session.scalars(query).all()
    return sorted((_record(row) for row in rows), key=lambda v: (v.visit, v.number))


def changes_table(db: Database, found: AgendaChanges, lang: str = "id") -> str:
    """The changes as plain lines for a terminal: a heading, then one line per change."""
    from studitiru.services.host import get_host  # noqa: PLC0415

    zone = get_host(db).timezone
    start = word(lang, "revision", n=found.from_number) if found.from_number else "–"
    end = word(lang, "revision", n=found.to_number) if found.to_number else word(lang, "plan")
    lines = [f"{found.visit}: {start} → {end}"]
    lines += [change_line(c, lang, zone) for c in found.all()] or [word(lang, "no_changes")]
    return "\n".join(lines)


# --- printed revisions and calendars ------------------------------------------------------------

def _report_data_from(agenda: Agenda, visit_key: str, logo):  # noqa: ANN001, ANN202 - Path | None -> VisitReportData
    """A revision's agenda as report data: the visit as it was printed, from the snapshot alone."""
    from studitiru.reports.data import VisitReportData  # noqa: PLC0415

    h = agenda.header
    sessions = tuple(
        r.Session(key=i.key, visit=visit_key, starts_at=i.starts_at, ends_at=i.ends_at, title=i.title,
                  kind=r.SessionKind(i.kind) if i.kind in r.SessionKind._value2member_map_ else None,
                  site=i.site.key if i.site else None, presenters=tuple(p.key for p in i.presenters), topics=i.topics)
        for i in agenda.items)
    visit = r.Visit(key=visit_key, title=h.title, institution=h.institution, starts_on=h.starts_on, ends_on=h.ends_on,
                    leader=h.leader, liaison=h.liaison, headcount=h.headcount, request_letter=h.request_letter,
                    sessions=sessions)
    sites = {i.site.key: r.Site(i.site.key, i.site.name, address=i.site.detail) for i in agenda.items if i.site}
    presenters = {p.key: r.Presenter(p.key, p.name, position=p.detail) for i in agenda.items for p in i.presenters}
    return VisitReportData(host=agenda.host, visit=visit, institution=r.Institution(h.institution, h.institution_name),
                           sites=sites, presenters=presenters, logo=logo)


def itinerary_data(db: Database, visit_key: str, number: int | None = None):  # noqa: ANN201 - VisitReportData
    """What the itinerary prints. With `number`: revision N exactly as it was released (from its
    snapshot), marked "Revisi N" with the changes since N−1. Without: the current plan, marked
    "DRAF" while it differs from the last revision, or as that revision when it does not."""
    from studitiru.reports.data import RevisionMark  # noqa: PLC0415
    from studitiru.services.report_data import logo_setting, visit_report_data  # noqa: PLC0415

    if number is None:
        data = visit_report_data(db, visit_key)
        last, _found, differs = plan_status(db, visit_key)
        if last is None:
            return data
        mark = RevisionMark(None) if differs else RevisionMark(last.number, last.released_at)
        return replace(data, revision=mark)
    with db.read() as session:
        revision = _record(_numbered(session, visit_key, number))
        before = _record(_numbered(session, visit_key, number - 1)).agenda if number > 1 else None
    found = compare(visit_key, before, revision.agenda, number - 1, number)
    data = _report_data_from(revision.agenda, visit_key, logo_setting(db))
    return replace(data, revision=RevisionMark(number, revision.released_at, found))


def calendar_events(db: Database, visit_key: str, number: int | None = None):  # noqa: ANN201
    """(report data, SEQUENCE per session key, cancelled sessions, the DTSTAMP) for the calendar of
    revision `number` (None: the current plan). Each session's SEQUENCE counts the releases up to
    this one that changed it (time, site, presenters, title; a session coming back counts too); a
    session of an earlier revision that this one no longer holds is sent as cancelled, with its
    SEQUENCE raised once more, so a phone that imported any earlier revision updates itself."""
    with db.read() as session:
        rows = _rows(session, visit_key)
        if number is not None:
            _numbered(session, visit_key, number)
            rows = [row for row in rows if row.number <= number]
        agendas = [(_record(row).agenda, row.released_at) for row in rows]
    if number is None:
        data = itinerary_data(db, visit_key)
        if not agendas:
            return data, None, (), None
        with db.read() as session:
            plan = plan_agenda(session, visit_row(session, visit_key))
        if _comparable(plan) != _comparable(agendas[-1][0]):
            agendas.append((plan, None))
    else:
        data = itinerary_data(db, visit_key, number)
    sequences: dict[str, int] = {}
    last_seen: dict[str, AgendaItem] = {}
    previous: dict[str, AgendaItem] = {}
    for agenda, _when in agendas:
        current = {item.key: item for item in agenda.items}
        for key, item in current.items():
            if key in last_seen and (key not in previous or any(previous[key].aspect(a) != item.aspect(a) for a in ASPECTS)):
                sequences[key] = sequences.get(key, 0) + 1
            sequences.setdefault(key, 0)
            last_seen[key] = item
        for key in previous:
            if key not in current:
                sequences[key] = sequences.get(key, 0) + 1
        previous = current
    final = {item.key for item in agendas[-1][0].items}
    cancelled = tuple(
        r.Session(key=item.key, visit=visit_key, starts_at=item.starts_at, ends_at=item.ends_at, title=item.title,
                  site=item.site.key if item.site else None, presenters=tuple(p.key for p in item.presenters))
        for key, item in sorted(last_seen.items()) if key not in final)
    sites = dict(data.sites)
    presenters = dict(data.presenters)
    for item in last_seen.values():
        if item.key not in final:
            if item.site and item.site.key not in sites:
                sites[item.site.key] = r.Site(item.site.key, item.site.name, address=item.site.detail)
            for p in item.presenters:
                presenters.setdefault(p.key, r.Presenter(p.key, p.name, position=p.detail))
    stamp = agendas[-1][1] if number is not None else (agendas[-1][1] or datetime.now().replace(microsecond=0))
    return replace(data, sites=sites, presenters=presenters), sequences, cancelled, stamp


def revision_ics(db: Database, visit_key: str, number: int | None = None) -> bytes:
    """The calendar of revision `number` (None: the plan): stable UIDs, SEQUENCE raised for changed
    sessions, dropped sessions as STATUS:CANCELLED. Without any revision, the plain calendar."""
    from studitiru.reports.ics import build_ics  # noqa: PLC0415

    data, sequences, cancelled, stamp = calendar_events(db, visit_key, number)
    return build_ics(data.host, data.visit, data.sites, data.presenters, sequences=sequences,
                     cancelled=cancelled, stamp=stamp)


def unsent_sessions(db: Database, sessions: list[r.Session] | tuple[r.Session, ...]) -> dict[str, int]:
    """Of these sessions, those added or moved since their visit's last revision (time, site,
    presenters, title), each with that revision's number: the timetable marks them. A visit never
    released marks nothing."""
    visit_keys = sorted({s.visit for s in sessions})
    if not visit_keys:
        return {}
    table = m.AgendaRevision
    last = (select(table.visit_key, func.max(table.number).label("number"))
            .where(table.visit_key.in_(visit_keys)).group_by(table.visit_key).subquery())
    with db.read() as session:  # each visit's newest snapshot only, not every revision's
        newest = session.scalars(select(table).join(last, (table.visit_key == last.c.visit_key) & (table.number == last.c.number)))
        released = {row.visit_key: (row.number, {i.key: i for i in _record(row).agenda.items}) for row in newest}
    out: dict[str, int] = {}
    for s in sessions:
        if s.visit not in released:
            continue
        number, items = released[s.visit]
        item = items.get(s.key)
        if item is None or (item.starts_at, item.ends_at) != (s.starts_at, s.ends_at) or item.title != s.title \
                or (item.site.key if item.site else None) != s.site or tuple(p.key for p in item.presenters) != tuple(sorted(s.presenters)):
            out[s.key] = number
    return out


def mark_plan_produced(db: Database, visit_key: str, kind: str) -> int | None:
    """The current plan was printed or saved: if it is the last revision as released (it then says
    "Revisi N", not "DRAF"), record that revision as produced. Returns its number, else None."""
    last, _found, differs = plan_status(db, visit_key)
    if last is None or differs:
        return None
    mark_produced(db, visit_key, last.number, kind)
    return last.number
