"""Bulk writing of a checked exchange plan: a few statements per table, never a flush per row.

Keys become ids with one SELECT per table; rows go in with executemany
(`session.execute(insert(Model), rows)`); a replaced visit keeps its row (and id) and loses
its children, which are inserted again. Deletions by id list are chunked, so that no
statement holds more parameters than SQLite allows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.orm import Session

from studitiru.db import models as m

if TYPE_CHECKING:
    from studitiru.services.exchange_plan import Plan

CHUNK = 500


@dataclass
class ExistingKeys:
    """What the database holds, by key: register ids, and the visit that owns each session and lesson key."""

    topics: dict[str, int]
    institutions: dict[str, int]
    sites: dict[str, int]
    presenters: dict[str, int]
    visits: dict[str, int]
    sessions: dict[str, str]
    lessons: dict[str, str]


def key_ids(session: Session, model: Any) -> dict[str, int]:
    return dict(session.execute(select(model.key, model.id)).all())


def read_existing_keys(session: Session) -> ExistingKeys:
    return ExistingKeys(
        topics=key_ids(session, m.Topic),
        institutions=key_ids(session, m.Institution),
        sites=key_ids(session, m.Site),
        presenters=key_ids(session, m.Presenter),
        visits=key_ids(session, m.Visit),
        sessions=dict(session.execute(select(m.Session.key, m.Visit.key).join(m.Visit, m.Session.visit_id == m.Visit.id)).all()),
        lessons=dict(session.execute(select(m.Lesson.key, m.Visit.key).join(m.Visit, m.Lesson.visit_id == m.Visit.id)).all()),
    )


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


#: While an import writes: a call given the number of rows just written (the window's progress
#: and Cancel; it may raise to cancel: the import's one transaction then leaves nothing).
ROWS_WRITTEN: ContextVar[Callable[[int], None] | None] = ContextVar("studitiru_rows_written", default=None)
PROGRESS_CHUNK = 2000


def _insert(session: Session, target: Any, rows: list[dict]) -> None:
    """executemany of rows (dicts with the same keys) into a model's table or a Table."""
    if not rows:
        return
    written = ROWS_WRITTEN.get()
    if written is None:
        _insert_rows(session, target, rows)
        return
    for part in chunks(rows, PROGRESS_CHUNK):
        _insert_rows(session, target, list(part))
        written(len(part))


def _insert_rows(session: Session, target: Any, rows: list[dict]) -> None:
    connection = session.connection()
    if connection.dialect.name != "sqlite" or len(rows) < 100:
        session.execute(insert(target), rows)
        return
    # Large inserts on SQLite: the driver's executemany of tuples, with SQLAlchemy's own
    # compiled statement and bind processors (so values are stored exactly as the ORM stores them).
    table = getattr(target, "__table__", target)
    names = list(rows[0])
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=names)
    order = [name for name in compiled.positiontup or ()]
    if sorted(order) != sorted(names):
        session.execute(insert(target), rows)
        return
    processors = [table.c[name].type._cached_bind_processor(connection.dialect) for name in order]
    if any(processors):
        pairs = list(zip(order, processors))
        values = [tuple(p(row[n]) if p is not None else row[n] for n, p in pairs) for row in rows]
    else:
        values = [tuple(row[n] for n in order) for row in rows]
    connection.exec_driver_sql(str(compiled), values)


def lock_for_import(session: Session) -> None:
    """Two imports at once both land whole, one after the other. SQLite already queues writers
    (`BEGIN IMMEDIATE`); PostgreSQL takes the tables an import writes in SHARE ROW EXCLUSIVE
    mode before the keys are read: one import (or edit) writes them at a time, readers go on."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    names = [table.name for table in m.Base.metadata.sorted_tables if table.name != "history"]
    session.execute(text(f"LOCK TABLE {', '.join(names)} IN SHARE ROW EXCLUSIVE MODE"))


def _upsert(session: Session, model: Any, rows: list[dict], known: dict[str, int]) -> dict[str, int]:
    """Update rows whose key exists (by id), insert the others; return the fresh key → id map."""
    updates = [{**row, "id": known[row["key"]]} for row in rows if row["key"] in known]
    inserts = [row for row in rows if row["key"] not in known]
    if updates:
        _update_by_id(session, model, updates)
    _insert(session, model, inserts)
    return key_ids(session, model) if inserts else known


def _update_by_id(session: Session, model: Any, rows: list[dict]) -> None:
    """executemany UPDATE by id; a versioned row's `row_version` goes up by one (an officer who
    saw the row before the import gets a conflict instead of overwriting it)."""
    table = model.__table__
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(name for name in row if name != "id"), []).append(row)
    for names, group in groups.items():
        statement = update(table).where(table.c.id == bindparam("p_id")).values(
            {name: bindparam(f"p_{name}") for name in names}
        )
        if "row_version" in table.c:
            statement = statement.values(row_version=table.c.row_version + 1)
        session.execute(statement, [{f"p_{name}": row[name] for name in ("id", *names)} for row in group])


def _delete_by(session: Session, column: Any, ids: Iterable[int]) -> None:
    table = column.table if hasattr(column, "table") else column.class_.__table__
    ids = sorted(set(ids))
    for part in chunks(ids):
        session.execute(delete(table).where(column.in_(part)))


def write_plan(session: Session, plan: Plan, existing: ExistingKeys) -> None:
    """Write the plan's rows (references already checked, lesson keys assigned)."""
    if plan.host is not None:
        if session.execute(select(m.HostSettings.id).where(m.HostSettings.id == 1)).first():
            _update_by_id(session, m.HostSettings, [{"id": 1, **plan.host}])  # its version goes up
        else:
            _insert(session, m.HostSettings, [{"id": 1, **plan.host}])
    topics = _upsert(session, m.Topic, plan.topics, existing.topics)
    institutions = _upsert(session, m.Institution, plan.institutions, existing.institutions)
    sites = _upsert(session, m.Site, plan.sites, existing.sites)
    if plan.sites:
        site_ids = [sites[row["key"]] for row in plan.sites]
        _delete_by(session, m.OpeningWindow.site_id, site_ids)
        _insert(session, m.OpeningWindow, [
            {"site_id": sites[key], "weekday": weekday, "opens": opens, "closes": closes}
            for key, windows in plan.opening_hours.items() for weekday, opens, closes in windows
        ])
    _write_travel_times(session, plan, sites)
    presenters = _upsert(session, m.Presenter, plan.presenters, existing.presenters)
    if plan.presenters:
        presenter_ids = [presenters[row["key"]] for row in plan.presenters]
        _delete_by(session, m.presenter_topics.c.presenter_id, presenter_ids)
        _delete_by(session, m.UnavailablePeriod.presenter_id, presenter_ids)
        _insert(session, m.presenter_topics, [
            {"presenter_id": presenters[key], "topic_id": topics[topic]}
            for key, keys in plan.presenter_topics.items() for topic in keys
        ])
        _insert(session, m.UnavailablePeriod, [
            {"presenter_id": presenters[key], "starts_at": starts, "ends_at": ends, "reason": reason}
            for key, periods in plan.unavailable.items() for starts, ends, reason in periods
        ])
    if plan.visits:
        _write_visits(session, plan, existing, topics, institutions, sites, presenters)
    if plan.letter_settings is not None:
        _write_letter_settings(session, plan.letter_settings)
    if plan.letters:
        _write_letters(session, plan)


def _write_letter_settings(session: Session, data: dict) -> None:
    text_value = json.dumps(data, ensure_ascii=False)
    row = session.execute(select(m.LetterSettings.id, m.LetterSettings.row_version).where(m.LetterSettings.id == 1)).first()
    if row is None:
        _insert(session, m.LetterSettings, [{"id": 1, "data": text_value, "row_version": 1}])
    else:  # raise the version: settings shown before the import are out of date
        session.execute(update(m.LetterSettings.__table__).where(m.LetterSettings.id == 1)
                        .values(data=text_value, row_version=row.row_version + 1))


def _write_letters(session: Session, plan: Plan) -> None:
    """Merge the file's register: a number already in the register (same year and sequence) stays as
    it is, except that one the file marks void becomes void (a sent letter is a fact; voiding is the
    only change it takes); the others are added (`services.exchange` has refused a second issued
    letter of the same visit and kind). Each year's counter is raised past every number."""
    table = m.Letter.__table__
    known = {(y, q): (i, status) for i, y, q, status in session.execute(
        select(table.c.id, table.c.year, table.c.sequence, table.c.status))}
    inserts, voids = [], []
    for row in plan.letters:
        found = known.get((row["year"], row["sequence"]))
        if found is not None:
            if row["status"] == "void" and found[1] == "issued":
                voids.append({"_id": found[0], "voided_on": row["voided_on"], "void_reason": row["void_reason"]})
            continue
        inserts.append({name: value for name, value in row.items() if not name.startswith("_") and name != "replaces"})
    for change in voids:
        session.execute(table.update().where(table.c.id == change["_id"]).values(
            status="void", voided_on=change["voided_on"], void_reason=change["void_reason"],
            row_version=table.c.row_version + 1))
    _insert(session, m.Letter, inserts)
    numbers = {}
    for letter_id, number in session.execute(select(table.c.id, table.c.number).order_by(table.c.id)):
        numbers[number] = letter_id
    for row in plan.letters:
        if row["replaces"] and row["replaces"] in numbers and (row["year"], row["sequence"]) not in known:
            session.execute(table.update().where((table.c.year == row["year"]) & (table.c.sequence == row["sequence"]))
                            .values(replaces_id=numbers[row["replaces"]]))
    counters = m.LetterCounter.__table__
    highest: dict[int, int] = {}
    for row in plan.letters:
        highest[row["year"]] = max(highest.get(row["year"], 0), row["sequence"])
    last = dict(session.execute(select(counters.c.year, counters.c.last)).all())
    for year, sequence in sorted(highest.items()):
        if year not in last:
            _insert(session, m.LetterCounter, [{"year": year, "last": sequence}])
        elif last[year] < sequence:
            session.execute(counters.update().where(counters.c.year == year).values(last=sequence))


def _write_travel_times(session: Session, plan: Plan, sites: dict[str, int]) -> None:
    if not plan.travel_times:
        return
    known = {(a, b): i for i, a, b in session.execute(select(m.TravelTime.id, m.TravelTime.from_site_id, m.TravelTime.to_site_id))}
    updates, inserts = [], []
    for source, target, minutes in plan.travel_times:
        pair = (sites[source], sites[target])
        if pair in known:
            updates.append({"id": known[pair], "minutes": minutes})
        else:
            inserts.append({"from_site_id": pair[0], "to_site_id": pair[1], "minutes": minutes})
    if updates:
        _update_by_id(session, m.TravelTime, updates)  # their versions go up
    _insert(session, m.TravelTime, inserts)


def _write_visits(
    session: Session, plan: Plan, existing: ExistingKeys, topics: dict[str, int], institutions: dict[str, int],
    sites: dict[str, int], presenters: dict[str, int],
) -> None:
    rows = []
    for visit in plan.visits:
        row = {name: value for name, value in visit.items() if name != "institution"}
        row["institution_id"] = institutions[visit["institution"]]
        rows.append(row)
    replaced = [existing.visits[row["key"]] for row in rows if row["key"] in existing.visits]
    indicators = _stored_indicators(session, replaced) if plan.version < 2 else {}
    if replaced:
        _delete_children(session, replaced)
        if plan.version >= 2:  # a version 1 file says nothing of officers: they stay
            _delete_by(session, m.VisitOfficer.visit_id, replaced)
    visits = _upsert(session, m.Visit, rows, existing.visits)
    _insert(session, m.visit_topics, [
        {"visit_id": visits[key], "topic_id": topics[topic]} for key, keys in plan.visit_topics.items() for topic in keys
    ])
    _insert(session, m.VisitOfficer, [
        {name: value for name, value in row.items() if name != "visit"} | {"visit_id": visits[row["visit"]]}
        for row in plan.officers
    ])
    _insert(session, m.Participant, [
        {name: value for name, value in row.items() if name != "visit"} | {"visit_id": visits[row["visit"]]}
        for row in plan.participants
    ])
    _insert(session, m.Session, [
        {"key": row["key"], "visit_id": visits[row["visit"]], "starts_at": row["starts_at"], "ends_at": row["ends_at"],
         "title": row["title"], "kind": row["kind"], "site_id": sites[row["site"]] if row["site"] is not None else None,
         "headcount": row["headcount"], "notes": row["notes"]}
        for row in plan.sessions
    ])
    session_ids = key_ids(session, m.Session) if plan.sessions else {}
    _insert(session, m.session_presenters, [
        {"session_id": session_ids[s], "presenter_id": presenters[p]} for s, p in plan.session_presenters
    ])
    _insert(session, m.session_topics, [
        {"session_id": session_ids[s], "topic_id": topics[t]} for s, t in plan.session_topics
    ])
    _insert(session, m.Lesson, [
        {"key": row["key"], "visit_id": visits[row["visit"]],
         "topic_id": topics[row["topic"]] if row["topic"] is not None else None,
         "session_id": session_ids[row["session"]] if row["session"] is not None else None,
         "observation": row["observation"], "recommendation": row["recommendation"], "owner": row["owner"],
         "status": row["status"], "follow_up_on": row["follow_up_on"], "follow_up_note": row["follow_up_note"],
         "indicator": row.get("indicator") if plan.version >= 2 else _kept_indicator(row, indicators)}
        for row in plan.lessons
    ])


def _stored_indicators(session: Session, visit_ids: list[int]) -> dict[str, tuple[str, str]]:
    """The replaced visits' lessons that have an indicator: key -> (indicator, observation)."""
    found: dict[str, tuple[str, str]] = {}
    for part in chunks(sorted(visit_ids)):
        found.update((key, (indicator, observation)) for key, indicator, observation in session.execute(
            select(m.Lesson.key, m.Lesson.indicator, m.Lesson.observation)
            .where(m.Lesson.visit_id.in_(part), m.Lesson.indicator.is_not(None))))
    return found


def _kept_indicator(row: dict, stored: dict[str, tuple[str, str]]) -> str | None:
    """A version 1 file has no indicator: the lesson it replaces keeps its own. The same lesson is
    the same key the file gives; a lesson the file gives without a key (its key assigned again by
    position) only when its observation is also the same."""
    kept = stored.get(row["key"])
    if kept is None or not (row.get("_keyed") or kept[1] == row["observation"]):
        return None
    return kept[0]


def _delete_children(session: Session, visit_ids: list[int]) -> None:
    """Everything under the given visits: lessons, the sessions' links, sessions, participants, topics."""
    visit_ids = sorted(visit_ids)
    for part in chunks(visit_ids):
        session_ids = session.scalars(select(m.Session.id).where(m.Session.visit_id.in_(part))).all()
        session.execute(delete(m.Lesson).where(m.Lesson.visit_id.in_(part)))
        _delete_by(session, m.session_presenters.c.session_id, session_ids)
        _delete_by(session, m.session_topics.c.session_id, session_ids)
        session.execute(delete(m.Session).where(m.Session.visit_id.in_(part)))
        session.execute(delete(m.Participant).where(m.Participant.visit_id.in_(part)))
        session.execute(delete(m.visit_topics).where(m.visit_topics.c.visit_id.in_(part)))
