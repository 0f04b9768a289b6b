"""Set-based reading of the whole database (or some visits) into plain records.

A few queries per table, joined to the keys they refer to and grouped in Python, instead
of lazy loading per row: this is what export and the scheduling check read. Lists come in
a fixed order, independent of the engine: sessions by start then key, participants in
their stored order, everything else by key in plain code-point order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from studitiru.db import models as m
from studitiru.db.bulk import chunks
from studitiru.domain import records as r
from studitiru.errors import NotFoundError


@dataclass
class Registers:
    host: r.Host | None
    topics: dict[str, r.Topic]
    institutions: dict[str, r.Institution]
    sites: dict[str, r.Site]
    presenters: dict[str, r.Presenter]
    travel_times: list[r.TravelTime]


def _hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def read_topics(session: Session) -> dict[str, r.Topic]:
    return {row.key: r.Topic(row.key, row.name, row.description, version=row.row_version)
            for row in session.execute(select(m.Topic.__table__))}


def read_institutions(session: Session) -> dict[str, r.Institution]:
    return {
        row.key: r.Institution(row.key, row.name, row.short_name, r.InstitutionKind(row.kind) if row.kind else None,
                               row.province, row.address, row.phone, row.email, version=row.row_version)
        for row in session.execute(select(m.Institution.__table__))
    }


def read_sites(session: Session) -> tuple[dict[str, r.Site], dict[int, str]]:
    """Sites with their opening hours, and their keys by id."""
    windows: dict[int, list[r.OpeningWindow]] = defaultdict(list)
    for site_id, weekday, opens, closes in session.execute(
        select(m.OpeningWindow.site_id, m.OpeningWindow.weekday, m.OpeningWindow.opens, m.OpeningWindow.closes)
    ):
        windows[site_id].append(r.OpeningWindow(weekday, _hhmm(opens), _hhmm(closes)))
    sites, site_keys = {}, {}
    for row in session.execute(select(m.Site.__table__)):
        hours = tuple(sorted(windows.get(row.id, ()), key=lambda w: (w.weekday, w.opens, w.closes))) if row.has_opening_hours else None
        sites[row.key] = r.Site(row.key, row.name, row.short_name, row.address, row.capacity, bool(row.exclusive), hours,
                                row.contact_name, row.contact_phone, row.notes, version=row.row_version)
        site_keys[row.id] = row.key
    return sites, site_keys


def read_presenters(session: Session) -> dict[str, r.Presenter]:
    """Presenters with their topics' keys and their unavailable periods."""
    presenter_topics: dict[int, list[str]] = defaultdict(list)
    for presenter_id, key in session.execute(
        select(m.presenter_topics.c.presenter_id, m.Topic.key).join(m.Topic, m.Topic.id == m.presenter_topics.c.topic_id)
    ):
        presenter_topics[presenter_id].append(key)
    periods: dict[int, list[r.Period]] = defaultdict(list)
    for presenter_id, starts, ends, reason in session.execute(
        select(m.UnavailablePeriod.presenter_id, m.UnavailablePeriod.starts_at, m.UnavailablePeriod.ends_at, m.UnavailablePeriod.reason)
    ):
        periods[presenter_id].append(r.Period(starts, ends, reason))
    return {
        row.key: r.Presenter(row.key, row.name, row.position, row.organisation, row.phone, row.email,
                             tuple(sorted(presenter_topics.get(row.id, ()))),
                             tuple(sorted(periods.get(row.id, ()), key=lambda p: (p.starts_at, p.ends_at, p.reason or ""))),
                             version=row.row_version)
        for row in session.execute(select(m.Presenter.__table__))
    }


def read_registers(session: Session) -> Registers:
    """Host, topics, institutions, sites (with opening hours), travel times, presenters."""
    host_row = session.get(m.HostSettings, 1)
    host = None if host_row is None else r.Host(host_row.name or "", host_row.office, host_row.address, host_row.timezone)
    sites, site_keys = read_sites(session)
    travel = sorted(
        (r.TravelTime(site_keys[a], site_keys[b], minutes)
         for a, b, minutes in session.execute(select(m.TravelTime.from_site_id, m.TravelTime.to_site_id, m.TravelTime.minutes))),
        key=lambda t: (t.from_site, t.to_site),
    )
    return Registers(host, read_topics(session), read_institutions(session), sites, read_presenters(session), travel)


def _filtered(session: Session, statement: Select, column: Any, ids: list[int] | None) -> list[Any]:
    """Rows of a statement, for all rows (ids None) or those whose `column` is in `ids` (chunked)."""
    connection = session.connection()  # Core rows: no ORM result processing
    if ids is None:
        return list(connection.execute(statement).all())
    rows: list[Any] = []
    for part in chunks(ids):
        rows.extend(connection.execute(statement.where(column.in_(part))).all())
    return rows


_ROLES = {role.value: role for role in r.ParticipantRole}
_KINDS = {kind.value: kind for kind in r.SessionKind}
_LESSON_STATUSES = {status.value: status for status in r.LessonStatus}


def visit_ids(session: Session, visit_keys: list[str] | None) -> dict[int, str] | None:
    """Visit id → key for the given keys (None: all visits); an unknown key is a NotFoundError."""
    if visit_keys is None:
        return None
    wanted = sorted(set(visit_keys))
    found = dict(row for part in chunks(wanted) for row in session.execute(select(m.Visit.key, m.Visit.id).where(m.Visit.key.in_(part))))
    missing = [key for key in visit_keys if key not in found]
    if missing:
        raise NotFoundError(f"Kunjungan {missing[0]} tidak ada di basis data.", f"There is no visit {missing[0]} in the database.")
    return {found[key]: key for key in wanted}


def read_visits(
    session: Session, ids: list[int] | None = None, *, participants: bool = True, lessons: bool = True,
    include_cancelled: bool = True,
) -> tuple[list[r.Visit], dict[str, int]]:
    """Visits (all, or those ids) with their children, sorted by key; and participant counts per visit key."""
    institution = aliased(m.Institution)
    statement = select(m.Visit.__table__, institution.key.label("institution_key")).join(
        institution, institution.id == m.Visit.institution_id)
    if not include_cancelled:
        statement = statement.where(m.Visit.status != r.VisitStatus.CANCELLED.value)
    rows = list(_filtered(session, statement, m.Visit.id, ids))
    keys = {row.id: row.key for row in rows}

    visit_topics: dict[int, list[str]] = defaultdict(list)
    for visit_id, key in _filtered(session, select(m.visit_topics.c.visit_id, m.Topic.key).join(
            m.Topic, m.Topic.id == m.visit_topics.c.topic_id), m.visit_topics.c.visit_id, ids):
        if visit_id in keys:
            visit_topics[visit_id].append(key)

    people: dict[int, list[r.Participant]] = defaultdict(list)
    counts: dict[int, int] = {}
    if participants:
        c = m.Participant.__table__.c
        statement = select(c.visit_id, c.ordinal, c.id, c.name, c.position, c.institution, c.phone, c.email, c.role)
        rows_ = [row for row in _filtered(session, statement, c.visit_id, ids) if row[0] in keys]
        rows_.sort(key=lambda p: (p[0], p[1], p[2]))
        for visit_id, _ordinal, _id, name, position, unit, phone, email, role in rows_:
            people[visit_id].append(r.Participant(name, position, unit, phone, email, _ROLES[role]))
        counts = {visit_id: len(items) for visit_id, items in people.items()}
    else:
        statement = select(m.Participant.visit_id, func.count()).group_by(m.Participant.visit_id)
        counts = dict(_filtered(session, statement, m.Participant.visit_id, ids))

    sessions = _read_sessions(session, ids, keys)
    lesson_records: dict[int, list[r.Lesson]] = defaultdict(list)
    if lessons:
        topic, agenda = aliased(m.Topic), aliased(m.Session)
        statement = (select(m.Lesson.__table__, topic.key.label("topic_key"), agenda.key.label("session_key"))
                     .outerjoin(topic, topic.id == m.Lesson.topic_id).outerjoin(agenda, agenda.id == m.Lesson.session_id))
        for row in _filtered(session, statement, m.Lesson.visit_id, ids):
            if row.visit_id in keys:
                lesson_records[row.visit_id].append(r.Lesson(
                    row.key, keys[row.visit_id], row.observation, row.topic_key, row.session_key, row.recommendation,
                    row.owner, _LESSON_STATUSES[row.status], row.follow_up_on, row.follow_up_note, row.indicator))

    officers: dict[int, list[r.Officer]] = defaultdict(list)
    o = m.VisitOfficer.__table__.c
    officer_rows = [row for row in _filtered(session, select(o.visit_id, o.ordinal, o.id, o.name, o.position, o.rank, o.nip),
                                             o.visit_id, ids) if row[0] in keys]
    for visit_id, _ordinal, _id, name, position, rank, nip in sorted(officer_rows, key=lambda x: (x[0], x[1], x[2])):
        officers[visit_id].append(r.Officer(name, position, rank, nip))

    visits = []
    for row in sorted(rows, key=lambda v: v.key):
        visits.append(r.Visit(
            key=row.key, title=row.title, institution=row.institution_key, starts_on=row.starts_on, ends_on=row.ends_on,
            status=r.VisitStatus(row.status),
            leader=r.Person(row.leader_name, row.leader_position, row.leader_phone, row.leader_email)
            if row.leader_name else None,
            liaison=r.Person(row.liaison_name, row.liaison_position, row.liaison_phone, row.liaison_email,
                             row.liaison_nip, row.liaison_rank) if row.liaison_name else None,
            officers=tuple(officers.get(row.id, ())), dress=row.dress,
            headcount=row.headcount, purpose=row.purpose, topics=tuple(sorted(visit_topics.get(row.id, ()))),
            request_letter=_letter(row.request_letter_number, row.request_letter_date),
            reply_letter=_letter(row.reply_letter_number, row.reply_letter_date),
            notes=row.notes, participants=tuple(people.get(row.id, ())),
            sessions=tuple(sessions.get(row.id, ())),
            lessons=tuple(sorted(lesson_records.get(row.id, ()), key=lambda lesson: lesson.key)),
        ))
    return visits, {keys[visit_id]: count for visit_id, count in counts.items() if visit_id in keys}


def _letter(number: str | None, day: Any) -> r.Letter | None:
    return r.Letter(number, day) if number or day else None


def _read_sessions(session: Session, ids: list[int] | None, keys: dict[int, str]) -> dict[int, list[r.Session]]:
    site = aliased(m.Site)
    c = m.Session.__table__.c
    statement = select(c.id, c.visit_id, c.key, c.starts_at, c.ends_at, c.title, c.kind, site.key, c.headcount,
                       c.notes).outerjoin(site, site.id == c.site_id)
    rows = [row for row in _filtered(session, statement, c.visit_id, ids) if row[1] in keys]
    session_ids = sorted(row[0] for row in rows) if ids is not None else None
    links: dict[str, dict[int, list[str]]] = {}
    for name, table, model, column in (("presenters", m.session_presenters, m.Presenter, "presenter_id"),
                                       ("topics", m.session_topics, m.Topic, "topic_id")):
        grouped: dict[int, list[str]] = defaultdict(list)
        statement = select(table.c.session_id, model.key).join(model, model.id == table.c[column])
        for session_id, key in _filtered(session, statement, table.c.session_id, session_ids):
            grouped[session_id].append(key)
        links[name] = grouped
    presenters, topics = links["presenters"], links["topics"]
    result: dict[int, list[r.Session]] = defaultdict(list)
    for row_id, visit_id, key, starts, ends, title, kind, site_key, headcount, notes in rows:
        result[visit_id].append(r.Session(
            key, keys[visit_id], starts, ends, title, _KINDS[kind] if kind else None, site_key,
            tuple(sorted(presenters[row_id])) if row_id in presenters else (),
            tuple(sorted(topics[row_id])) if row_id in topics else (),
            headcount, notes,
        ))
    for items in result.values():
        items.sort(key=lambda s: (s.starts_at, s.key))
    return result
