"""Lessons: what visitors learned and their follow-up. One action, one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TypedDict, Unpack

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased, selectinload

from studitiru.db import convert
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.keys import child_key
from studitiru.domain.validation import check_key, validate_lesson
from studitiru.errors import ConflictError, NotFoundError, ValidationError
from studitiru.db.versions import bump, check_version, keep_version
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
    row.indicator = (record.indicator or "").strip() or None
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


def restore_lesson(db: Database, record: r.Lesson) -> r.Lesson:
    """Put back a deleted lesson with its key and version (undo of `delete_lesson`)."""
    with db.write() as session:
        visit = visit_row(session, record.visit, full=False)
        row = insert_lesson_row(session, visit, record)
        keep_version(session, row, record.version)
        return convert.lesson(lesson_row(session, row.key))


#: The columns the lessons can be ordered by (`LessonOrder.column`).
LESSON_ORDER_COLUMNS = ("follow_up", "status", "topic", "observation", "recommendation", "indicator", "owner",
                        "visit", "institution")


@dataclass(frozen=True, slots=True)
class LessonOrder:
    """How lessons are ordered: one of `LESSON_ORDER_COLUMNS`, ascending or not. Ties are
    broken by the lesson key (ascending), so the order is total and pages never overlap."""

    column: str = "follow_up"
    descending: bool = False


BY_FOLLOW_UP = LessonOrder()


def _order_by(order: LessonOrder, topic_alias) -> list:  # noqa: ANN001
    """ORDER BY terms for `order`. The default (follow-up date, undated last) can walk the
    index on follow_up_on; the others sort in SQL (15,000 rows: a few tens of ms)."""
    column, descending = order.column, order.descending
    if column == "follow_up":
        first = m.Lesson.follow_up_on.desc().nulls_first() if descending else m.Lesson.follow_up_on.asc().nulls_last()
        return [first, m.Lesson.key]
    if column == "status":
        terms = [case({status.value: n for n, status in enumerate(r.LessonStatus)}, value=m.Lesson.status)]
    elif column == "visit":
        terms = [m.Visit.starts_on, m.Visit.key]
    else:
        text = {"topic": topic_alias.name, "observation": m.Lesson.observation,
                "recommendation": m.Lesson.recommendation, "indicator": m.Lesson.indicator, "owner": m.Lesson.owner,
                "institution": m.Institution.name}.get(column)
        if text is None:
            raise ValueError(f"unknown lesson order: {column}")
        terms = [func.lower(func.coalesce(text, ""))]
    return [term.desc() if descending else term.asc() for term in terms] + [m.Lesson.key]


def _joined(query, topic_alias):  # noqa: ANN001, ANN202 - a Select over lessons
    """Lessons joined to their visit, institution and topic (what the filters and orders use)."""
    return (
        query.join(m.Visit, m.Visit.id == m.Lesson.visit_id)
        .join(m.Institution, m.Institution.id == m.Visit.institution_id)
        .outerjoin(topic_alias, topic_alias.id == m.Lesson.topic_id)
    )


class LessonFilters(TypedDict, total=False):
    """The filters `list_lessons`, `count_lessons` and `lesson_position` take, by keyword (see `_filtered`)."""

    status: r.LessonStatus | None
    topic: str | None
    institution: str | None
    due_by: date | None
    text: str | None
    year: int | None
    due_after: date | None


def _filtered(
    query,  # noqa: ANN001 - a Select over lessons joined to their visit, institution and topic
    topic_alias,  # noqa: ANN001
    *,
    status: r.LessonStatus | None = None,
    topic: str | None = None,
    institution: str | None = None,
    due_by: date | None = None,
    text: str | None = None,
    year: int | None = None,
    due_after: date | None = None,
):
    """The filters `list_lessons`, `count_lessons` and `lesson_position` share (an unknown one is
    a TypeError here). `status`, `topic` (key), `institution` (key): equal; `due_by`: open
    lessons due on or before it; `due_after`: due after it; `year`: of visits starting that
    year; `text` is found (case aside) in the observation, recommendation, owner, indicator
    (indikator keberhasilan), topic, visit title or the institution's name or short name."""
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
    text = (text or "").strip()
    if text:
        fields = (m.Lesson.observation, m.Lesson.recommendation, m.Lesson.owner, m.Lesson.indicator,
                  m.Institution.name, m.Institution.short_name, topic_alias.name, m.Visit.title)
        query = query.where(or_(*(field.icontains(text, autoescape=True) for field in fields)))
    return query


def list_lessons(
    db: Database,
    *,
    limit: int | None = None,
    offset: int = 0,
    order: LessonOrder = BY_FOLLOW_UP,
    **filters: Unpack[LessonFilters],
) -> list[LessonRow]:
    """Lessons across visits, for follow-up: filtered, by follow-up date (undated last) unless
    `order` says otherwise.

    Reads plain columns (no ORM objects). With `year`, only the lessons of visits that start
    in that year; with `due_after`, only those whose follow-up date is after it; `offset` and
    `limit` give one page of the rows (`limit` None: all from `offset` on).
    """
    query = _rows_query(order, **filters)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        return _lesson_rows(session, query)


def lesson_rows_in(session: OrmSession, *, limit: int | None = None, order: LessonOrder = BY_FOLLOW_UP,
                   **filters: Unpack[LessonFilters]) -> list[LessonRow]:
    """`list_lessons` read in the caller's transaction (the home page reads all it shows in one)."""
    query = _rows_query(order, **filters)
    return _lesson_rows(session, query.limit(limit) if limit is not None else query)


def _rows_query(order: LessonOrder, **filters: Unpack[LessonFilters]):  # noqa: ANN202 - a select
    """The select of `list_lessons`, before its page (offset, limit)."""
    topic_alias = aliased(m.Topic)
    query = _joined(
        select(m.Lesson.key, m.Visit.key, m.Lesson.observation, topic_alias.key, m.Session.key,
               m.Lesson.recommendation, m.Lesson.owner, m.Lesson.status, m.Lesson.follow_up_on,
               m.Lesson.follow_up_note, m.Lesson.indicator,
               m.Visit.title, m.Visit.starts_on, m.Institution.key, m.Institution.name, topic_alias.name,
               m.Lesson.row_version)
        .select_from(m.Lesson), topic_alias,
    ).outerjoin(m.Session, m.Session.id == m.Lesson.session_id).order_by(*_order_by(order, topic_alias))
    query = _filtered(query, topic_alias, **filters)
    return query


def count_lessons_in(session: OrmSession, **filters: Unpack[LessonFilters]) -> int:
    """`count_lessons` in the caller's transaction."""
    topic_alias = aliased(m.Topic)
    return session.scalar(_filtered(_joined(select(func.count()).select_from(m.Lesson), topic_alias),
                                    topic_alias, **filters)) or 0


def _lesson_rows(session: OrmSession, query) -> list[LessonRow]:  # noqa: ANN001 - a select of list_lessons
    statuses = {state.value: state for state in r.LessonStatus}
    rows = session.execute(query).all()
    return [
        LessonRow(r.Lesson(key, visit, observation, topic_key, session_key, recommendation, owner, statuses[state],
                           follow_up_on, follow_up_note, indicator, version=version),
                  title, starts_on, inst_key, inst_name, topic_name)
        for (key, visit, observation, topic_key, session_key, recommendation, owner, state, follow_up_on,
             follow_up_note, indicator, title, starts_on, inst_key, inst_name, topic_name, version) in rows
    ]


def count_lessons(db: Database, **filters: Unpack[LessonFilters]) -> int:
    """How many lessons `list_lessons` would return with the same filters (one COUNT query)."""
    with db.read() as session:
        return count_lessons_in(session, **filters)


def lesson_position(
    db: Database, key: str, *, order: LessonOrder = BY_FOLLOW_UP, **filters: Unpack[LessonFilters],
) -> int | None:
    """The row (from 0) of lesson `key` in what `list_lessons` returns with the same filters
    and order; None when the filters leave it out (or there is no such lesson)."""
    topic_alias = aliased(m.Topic)
    number = func.row_number().over(order_by=_order_by(order, topic_alias)).label("number")
    numbered = _joined(select(m.Lesson.key.label("key"), number).select_from(m.Lesson), topic_alias)
    numbered = _filtered(numbered, topic_alias, **filters).subquery()
    with db.read() as session:
        found = session.scalar(select(numbered.c.number).where(numbered.c.key == key))
    return None if found is None else int(found) - 1


def topic_choices(db: Database) -> list[tuple[str, str]]:
    """(key, name) of every topic, by name then key: for a filter's choices (no ORM objects)."""
    with db.read() as session:
        return [(key, name) for key, name in
                session.execute(select(m.Topic.key, m.Topic.name).order_by(m.Topic.name, m.Topic.key))]


def institution_choices(db: Database) -> list[tuple[str, str]]:
    """(key, short name or else name) of every institution, by name then key: for a filter's choices."""
    query = select(m.Institution.key, m.Institution.short_name, m.Institution.name).order_by(
        m.Institution.name, m.Institution.key)
    with db.read() as session:
        return [(key, short_name or name) for key, short_name, name in session.execute(query)]
