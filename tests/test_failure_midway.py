"""One user action, one transaction (issue 14): a failure injected in the middle of each
multi-step service leaves the database exactly as it was (its export, byte for byte, and the
history). The failure is real: an SQLite trigger that aborts one statement the service issues
after its first steps have already been written in the transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from studitiru.domain import records as r
from studitiru.services import agenda, exchange, register_edits, registers, visit_edits, visits
from studitiru.services.exchange_export import export_bytes

pytestmark = pytest.mark.sqlite_only

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT, SESSION = "ST-2025-014", "ST-2025-014-2"


def _fail_on(db, event: str, table: str) -> None:
    """Make the next `event` (INSERT, UPDATE, DELETE) on `table` abort."""
    connection = sqlite3.connect(db.path)
    try:
        connection.execute(f"CREATE TRIGGER injected_failure BEFORE {event} ON {table} "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        connection.commit()
    finally:
        connection.close()


def _state(db) -> tuple[bytes, int]:
    with db.read() as session:
        history = session.connection().exec_driver_sql("SELECT count(*) FROM history").scalar()
    return export_bytes(db), history


@pytest.fixture
def office(db):
    exchange.import_file(db, EXAMPLE)
    return db


CASES = {
    # name: (prepare -> call, the statement that fails midway)
    "restore a visit: its lessons after its sessions": (
        lambda db: (lambda deleted: lambda: visit_edits.restore_visit(db, deleted))(visits.delete_visit(db, VISIT)),
        ("INSERT", "lessons")),
    "restore a visit: its sessions after the visit": (
        lambda db: (lambda deleted: lambda: visit_edits.restore_visit(db, deleted))(visits.delete_visit(db, VISIT)),
        ("INSERT", "session_presenters")),
    "delete a session: after its lessons lost the link": (
        lambda db: lambda: agenda.delete_session(db, SESSION), ("DELETE", "sessions")),
    "restore a session: its lessons linked again": (
        lambda db: (lambda removed: lambda: agenda.restore_session(db, removed))(agenda.delete_session(db, SESSION)),
        ("UPDATE", "lessons")),
    "replace the participants: after the old ones went": (
        lambda db: lambda: visits.set_participants(db, VISIT, (r.Participant("Baru"),)), ("INSERT", "participants")),
    "change a visit: its topics after its columns": (
        lambda db: lambda: visits.update_visit(db, replace(visits.get_visit(db, VISIT), title="Baru", topics=("rs",))),
        ("INSERT", "visit_topics")),
    "change a session: its presenters after its columns": (
        lambda db: lambda: agenda.update_session(db, replace(agenda.get_session(db, SESSION), title="Baru",
                                                               presenters=("sekda",))),
        ("INSERT", "session_presenters")),
    "any edit: its history row last": (
        lambda db: lambda: agenda.move_session(db, SESSION, datetime(2025, 12, 1, 13), datetime(2025, 12, 1, 14)),
        ("INSERT", "history")),
    "import: the lessons after everything else": (
        lambda db: lambda: exchange.import_file(db, EXAMPLE), ("INSERT", "lessons")),
    "restore a site: its travel times after the site": (
        lambda db: (lambda deleted: lambda: register_edits.restore_site(db, *deleted))(
            register_edits.delete_site(db, _free_site(db))),
        ("INSERT", "travel_times")),
    "restore a presenter: its topics after the presenter": (
        lambda db: (lambda deleted: lambda: registers.restore_record(db, deleted))(_deleted_presenter(db)),
        ("INSERT", "presenter_topics")),
}


def _free_site(db) -> str:
    """A site no session uses, with travel times: the example's sessions moved off it first."""
    registers.create_record(db, r.Site(key="aula", name="Aula"))
    registers.set_travel_time(db, "aula", "balai-kota", 10)
    return "aula"


def _deleted_presenter(db):
    registers.create_record(db, r.Presenter(key="kabag", name="Kabag Organisasi", topics=("zi",)))
    return registers.delete_record(db, r.Presenter, "kabag")


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_failure_midway_leaves_the_database_as_it_was(office, case):
    prepare, (event, table) = CASES[case]
    call = prepare(office)
    before = _state(office)
    _fail_on(office, event, table)
    with pytest.raises(DBAPIError, match="injected failure"):  # a bug, not a user error: it goes on
        call()
    assert _state(office) == before
