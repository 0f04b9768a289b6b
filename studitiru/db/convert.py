"""ORM rows to plain records. Only services call these; records never hold ORM objects."""

from __future__ import annotations

from datetime import time

from studitiru.db import models as m
from studitiru.domain import records as r


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def hhmm(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def host(row: m.HostSettings | None) -> r.Host:
    if row is None:
        return r.Host()
    return r.Host(name=row.name, office=row.office, address=row.address, timezone=row.timezone,
                  version=row.row_version)


def topic(row: m.Topic) -> r.Topic:
    return r.Topic(key=row.key, name=row.name, description=row.description, version=row.row_version)


def institution(row: m.Institution) -> r.Institution:
    return r.Institution(
        key=row.key, name=row.name, short_name=row.short_name,
        kind=r.InstitutionKind(row.kind) if row.kind else None,
        province=row.province, address=row.address, phone=row.phone, email=row.email,
        version=row.row_version,
    )


def site(row: m.Site) -> r.Site:
    hours = (
        tuple(r.OpeningWindow(w.weekday, _time(w.opens), _time(w.closes)) for w in row.opening_hours)
        if row.has_opening_hours
        else None
    )
    return r.Site(
        key=row.key, name=row.name, short_name=row.short_name, address=row.address,
        capacity=row.capacity, exclusive=bool(row.exclusive), opening_hours=hours,
        contact_name=row.contact_name, contact_phone=row.contact_phone, notes=row.notes,
        version=row.row_version,
    )


def presenter(row: m.Presenter) -> r.Presenter:
    return r.Presenter(
        key=row.key, name=row.name, position=row.position, organisation=row.organisation,
        phone=row.phone, email=row.email,
        topics=tuple(sorted(t.key for t in row.topics)),
        unavailable=tuple(
            r.Period(p.starts_at, p.ends_at, p.reason)
            for p in sorted(row.unavailable, key=lambda p: (p.starts_at, p.ends_at))
        ),
        version=row.row_version,
    )


def participant(row: m.Participant) -> r.Participant:
    return r.Participant(
        name=row.name, position=row.position, institution=row.institution,
        phone=row.phone, email=row.email, role=r.ParticipantRole(row.role),
    )


def session(row: m.Session, visit_key: str | None = None) -> r.Session:
    return r.Session(
        key=row.key, visit=visit_key or row.visit.key, starts_at=row.starts_at, ends_at=row.ends_at,
        title=row.title, kind=r.SessionKind(row.kind) if row.kind else None,
        site=row.site.key if row.site is not None else None,
        presenters=tuple(sorted(p.key for p in row.presenters)),
        topics=tuple(sorted(t.key for t in row.topics)),
        headcount=row.headcount, notes=row.notes, version=row.row_version,
    )


def lesson(row: m.Lesson, visit_key: str | None = None) -> r.Lesson:
    return r.Lesson(
        key=row.key, visit=visit_key or row.visit.key, observation=row.observation,
        topic=row.topic.key if row.topic is not None else None,
        session=row.session.key if row.session is not None else None,
        recommendation=row.recommendation, owner=row.owner, status=r.LessonStatus(row.status),
        follow_up_on=row.follow_up_on, follow_up_note=row.follow_up_note, indicator=row.indicator,
        version=row.row_version,
    )


def _person(name: str | None, position: str | None, phone: str | None = None, email: str | None = None,
            nip: str | None = None, rank: str | None = None) -> r.Person | None:
    return r.Person(name, position, phone, email, nip, rank) if name is not None else None


def officer(row: m.VisitOfficer) -> r.Officer:
    return r.Officer(name=row.name, position=row.position, rank=row.rank, nip=row.nip)


def _letter(number: str | None, day) -> r.Letter | None:  # noqa: ANN001
    return r.Letter(number, day) if number is not None or day is not None else None


def visit(row: m.Visit, children: bool = True) -> r.Visit:
    return r.Visit(
        key=row.key, title=row.title, institution=row.institution.key,
        starts_on=row.starts_on, ends_on=row.ends_on, status=r.VisitStatus(row.status),
        leader=_person(row.leader_name, row.leader_position, row.leader_phone, row.leader_email),
        liaison=_person(row.liaison_name, row.liaison_position, row.liaison_phone, row.liaison_email,
                        row.liaison_nip, row.liaison_rank),
        headcount=row.headcount, purpose=row.purpose,
        topics=tuple(sorted(t.key for t in row.topics)),
        request_letter=_letter(row.request_letter_number, row.request_letter_date),
        reply_letter=_letter(row.reply_letter_number, row.reply_letter_date),
        notes=row.notes,
        participants=tuple(participant(p) for p in row.participants) if children else (),
        sessions=tuple(session(s, row.key) for s in row.sessions) if children else (),
        lessons=tuple(lesson(x, row.key) for x in row.lessons) if children else (),
        version=row.row_version,
        officers=tuple(officer(o) for o in row.officers), dress=row.dress,
    )


def visit_columns(record: r.Visit) -> dict:
    """The `visits` columns of a record, except id and institution_id."""
    return {
        "key": record.key, "title": record.title, "status": record.status.value,
        "starts_on": record.starts_on, "ends_on": record.ends_on,
        "leader_name": record.leader.name if record.leader else None,
        "leader_position": record.leader.position if record.leader else None,
        "liaison_name": record.liaison.name if record.liaison else None,
        "liaison_position": record.liaison.position if record.liaison else None,
        "headcount": record.headcount, "purpose": record.purpose,
        "request_letter_number": record.request_letter.number if record.request_letter else None,
        "request_letter_date": record.request_letter.date if record.request_letter else None,
        "reply_letter_number": record.reply_letter.number if record.reply_letter else None,
        "reply_letter_date": record.reply_letter.date if record.reply_letter else None,
        "notes": record.notes,
        "leader_phone": record.leader.phone if record.leader else None,
        "leader_email": record.leader.email if record.leader else None,
        "liaison_phone": record.liaison.phone if record.liaison else None,
        "liaison_email": record.liaison.email if record.liaison else None,
        "liaison_nip": record.liaison.nip if record.liaison else None,
        "liaison_rank": record.liaison.rank if record.liaison else None,
        "dress": record.dress,
    }


def officer_rows(record: r.Visit) -> list[m.VisitOfficer]:
    """The `visit_officers` rows of a record, in its order."""
    return [m.VisitOfficer(ordinal=index, name=o.name, position=o.position, rank=o.rank, nip=o.nip)
            for index, o in enumerate(record.officers)]
