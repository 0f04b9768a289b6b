"""Lessons: what visitors learned and their follow-up. One action, one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased, selectinload

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.keys import child_key
from studitiru.domain.validation import check_key, validate_lesson
from studitiru.errors import ConflictError, NotFoundError, ValidationError
from studitiru.db.versions import bump, check_version
from studitiru.services.visits import visit_row

_LOADERS = (selectinload(m.Lesson.visit), selectinload(m.Lesson.topic), selectinload(m.Lesson.session))


@dataclass(frozen=True, slots=True)
class LessonRow:
    """One line of the lessons page: the lesson with its visit and institution."""

    lesson: r.Lesson
    visit_title: str
    visit_starts_on: date
    institution: str
    institution_name: str
    topic_name: str | None


def lesson_row(session: OrmSession, key: str) -> m.Lesson:
    row = session.scalars(
        select(m.Lesson).options(*_LOADERS).where(m.Lesson.key == key).execution_options(populate_existing=True)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"Tidak ada pembelajaran dengan kode {key}.", f"There is no lesson with the key {key}.")
    return row


def _apply(session: OrmSession, row: m.Lesson, record: r.Lesson, visit_id: int) -> None:
    row.observation, row.recommendation, row.owner = record.observation, record.recommendation, record.owner
    row.status, row.follow_up_on, row.follow_up_note = record.status.value, record.follow_up_on, record.follow_up_note
    row.topic = None
    if record.topic is not None:
        row.topic = session.scalar(select(m.Topic).where(m.Topic.key == record.topic))
        if row.topic is None:
            raise ValidationError(
                f"pembelajaran {record.key or 'baru'}, topik: tidak ada topik dengan kode {record.topic}.",
                f"lesson {record.key or '(new)'}, topic: there is no topic with the key {record.topic}.",
            )
    row.session = None
    if record.session is not None:
        row.session = session.scalar(
            select(m.Session).where(m.Session.key == record.session, m.Session.visit_id == visit_id)
        )
        if row.session is None:
            raise ValidationError(
                f"pembelajaran {record.key or 'baru'}, acara: kunjungan ini tidak punya acara {record.session}.",
                f"lesson {record.key or '(new)'}, session: this visit has no session {record.session}.",
            )


def insert_lesson_row(session: OrmSession, visit: m.Visit, record: r.Lesson) -> m.Lesson:
    record = validate_lesson(replace(record, visit=visit.key))
    if not record.key:
        existing = session.scalars(select(m.Lesson.key).where(m.Lesson.key.like(f"{visit.key}-L%"))).all()
        record = replace(record, key=child_key(visit.key, existing, marker="L"))
    check_key(record, record.key)
    if session.scalar(select(func.count()).select_from(m.Lesson).where(m.Lesson.key == record.key)):
        raise ConflictError(f"Kode pembelajaran {record.key} sudah dipakai.", f"The lesson key {record.key} is already used.")
    row = m.Lesson(key=record.key, visit_id=visit.id)
    _apply(session, row, record, visit.id)
    session.add(row)
    return row


def add_lesson(db: Database, record: r.Lesson) -> r.Lesson:
    """Record a lesson for its visit (`record.visit`); an empty key gets `<visit>-L<n>`."""
    with db.write() as session:
        visit = visit_row(session, record.visit, full=False)
        row = insert_lesson_row(session, visit, record)
        session.flush()
        return convert.lesson(lesson_row(session, row.key))


def update_lesson(db: Database, record: r.Lesson) -> r.Lesson:
    with db.write() as session:
        row = lesson_row(session, record.key)
        check_version(session, row, record)
        record = validate_lesson(replace(record, visit=row.visit.key))
        _apply(session, row, record, row.visit_id)
        bump(session, row)
        session.flush()
        session.expire(row)
        return convert.lesson(lesson_row(session, record.key))


def delete_lesson(db: Database, key: str, version: int = 0) -> r.Lesson:
    """Delete a lesson; returns it (for undo). `version`: the one the user saw (0: not checked)."""
    with db.write() as session:
        row = lesson_row(session, key)
        check_version(session, row, version)
        record = convert.lesson(row)
        session.delete(row)
        return record


def _filtered(
    query,  # noqa: ANN001 - a Select over lessons joined to their visit, institution and topic
    topic_alias,  # noqa: ANN001
    status: r.LessonStatus | None,
    topic: str | None,
    institution: str | None,
    due_by: date | None,
    text: str | None,
    year: int | None,
    due_after: date | None,
):
    """The filters `list_lessons` and `count_lessons` share."""
    if status is not None:
        query = query.where(m.Lesson.status == status.value)
    if topic is not None:
        query = query.where(topic_alias.key == topic)
    if institution is not None:
        query = query.where(m.Institution.key == institution)
    if due_by is not None:
        query = query.where(
            m.Lesson.follow_up_on <= due_by,
            m.Lesson.status.notin_([r.LessonStatus.ADOPTED.value, r.LessonStatus.DROPPED.value]),
        )
    if due_after is not None:
        query = query.where(m.Lesson.follow_up_on > due_after)
    if year is not None:
        query = query.where(m.Visit.starts_on >= date(year, 1, 1), m.Visit.starts_on <= date(year, 12, 31))
    if text:
        pattern = f"%{text.strip()}%"
        query = query.where(or_(m.Lesson.observation.ilike(pattern), m.Lesson.recommendation.ilike(pattern),
                                m.Lesson.owner.ilike(pattern), m.Institution.name.ilike(pattern)))
    return query


def list_lessons(
    db: Database,
    status: r.LessonStatus | None = None,
    topic: str | None = None,
    institution: str | None = None,
    due_by: date | None = None,
    text: str | None = None,
    year: int | None = None,
    limit: int | None = None,
    due_after: date | None = None,
) -> list[LessonRow]:
    """Lessons across visits, for follow-up: filtered, by follow-up date (undated last).

    Reads plain columns (no ORM objects): 15,000 lessons in a fraction of a second. With
    `year`, only the lessons of visits that start in that year; with `due_after`, only those
    whose follow-up date is after it; with `limit`, the first `limit` rows only (None: all).
    """
    topic_alias = aliased(m.Topic)
    query = (
        select(m.Lesson.key, m.Visit.key, m.Lesson.observation, topic_alias.key, m.Session.key,
               m.Lesson.recommendation, m.Lesson.owner, m.Lesson.status, m.Lesson.follow_up_on,
               m.Lesson.follow_up_note,
               m.Visit.title, m.Visit.starts_on, m.Institution.key, m.Institution.name, topic_alias.name)
        .join(m.Visit, m.Visit.id == m.Lesson.visit_id)
        .join(m.Institution, m.Institution.id == m.Visit.institution_id)
        .outerjoin(topic_alias, topic_alias.id == m.Lesson.topic_id)
        .outerjoin(m.Session, m.Session.id == m.Lesson.session_id)
        .order_by(m.Lesson.follow_up_on.is_(None), m.Lesson.follow_up_on, m.Lesson.key)
    )
    query = _filtered(query, topic_alias, status, topic, institution, due_by, text, year, due_after)
    if limit is not None:
        query = query.limit(limit)
    statuses = {status.value: status for status in r.LessonStatus}
    with db.read() as session:
        rows = session.execute(query).all()
    return [
        LessonRow(r.Lesson(key, visit, observation, topic_key, session_key, recommendation, owner, statuses[state],
                           follow_up_on, follow_up_note),
                  title, starts_on, inst_key, inst_name, topic_name)
        for (key, visit, observation, topic_key, session_key, recommendation, owner, state, follow_up_on,
             follow_up_note, title, starts_on, inst_key, inst_name, topic_name) in rows
    ]


def count_lessons(
    db: Database,
    status: r.LessonStatus | None = None,
    topic: str | None = None,
    institution: str | None = None,
    due_by: date | None = None,
    text: str | None = None,
    year: int | None = None,
    due_after: date | None = None,
) -> int:
    """How many lessons `list_lessons` would return with the same filters (one COUNT query)."""
    topic_alias = aliased(m.Topic)
    query = (
        select(func.count())
        .select_from(m.Lesson)
        .join(m.Visit, m.Visit.id == m.Lesson.visit_id)
        .join(m.Institution, m.Institution.id == m.Visit.institution_id)
        .outerjoin(topic_alias, topic_alias.id == m.Lesson.topic_id)
    )
    query = _filtered(query, topic_alias, status, topic, institution, due_by, text, year, due_after)
    with db.read() as session:
        return session.scalar(query) or 0
