"""Migrations keep everything: each released schema's fixture file upgrades with every row intact."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from studitiru.db.engine import create_sqlite_engine
from studitiru.db.schema import alembic_config, head_revision, open_database
from studitiru.errors import DatabaseError

DATA = Path(__file__).parent / "data"
FIXTURES = sorted(DATA.glob("schema-*.sqlite3"))
TABLES = (
    "topics", "institutions", "sites", "site_opening_hours", "travel_times", "presenters", "presenter_topics",
    "presenter_unavailability", "visits", "visit_topics", "participants", "sessions", "session_presenters",
    "session_topics", "lessons",
)


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=FIXTURES, ids=lambda p: p.stem)
def old_database(request, tmp_path) -> Path:
    target = tmp_path / "office.sqlite3"
    shutil.copyfile(request.param, target)
    return target


def test_there_is_a_fixture_for_the_first_release():
    assert (DATA / "schema-0001.sqlite3").exists()


def test_each_released_schema_upgrades_with_every_row(old_database):
    before = _counts(old_database)
    assert before["sessions"] > 0 and before["participants"] > 0 and before["lessons"] > 0
    database = open_database(old_database)
    database.dispose()
    after = _counts(old_database)
    assert after == before
    connection = sqlite3.connect(old_database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_a_backup_is_made_before_migrating(old_database):
    """A copy before a migration changes the file; none when the file is already the newest."""
    at_head = _revision(old_database) == head_revision()
    before = _counts(old_database)
    open_database(old_database).dispose()
    backups = list(old_database.parent.glob("office.sqlite3.before-*.bak"))
    assert len(backups) == (0 if at_head else 1)
    for backup in backups:
        assert _counts(backup) == before


def test_the_cascade_trap_is_real(tmp_path):
    """With foreign keys ON, rebuilding `visits` (0001 -> 0002) deletes its children: the trap our upgrade avoids."""
    old_database = tmp_path / "office.sqlite3"
    shutil.copyfile(DATA / "schema-0001.sqlite3", old_database)
    before = _counts(old_database)
    engine = create_sqlite_engine(old_database)  # connections come with foreign_keys = ON
    with engine.connect() as connection, connection.begin():
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    assert _counts(old_database)["sessions"] < before["sessions"]


def test_a_migration_that_would_break_references_is_rolled_back(tmp_path):
    path = tmp_path / "orphan.sqlite3"
    shutil.copyfile(DATA / "schema-0001.sqlite3", path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO participants (visit_id, ordinal, name, role) VALUES (9999, 0, 'Yatim', 'member')"
    )
    connection.commit()
    connection.close()
    before = _counts(path)
    with pytest.raises(DatabaseError, match="participants"):
        open_database(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    connection.close()
    assert _counts(path) == before


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path).dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    digest = _digest(path)
    with pytest.raises(DatabaseError) as refused:
        open_database(path)
    assert "newer version" in refused.value.message("en")
    assert "lebih baru" in refused.value.message("id")
    assert _digest(path) == digest


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"this is not a database at all" * 10, "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "not an intact"),
    ],
    ids=["empty", "garbage", "truncated"],
)
def test_bad_files_are_refused_untouched(tmp_path, content, words):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as refused:
        open_database(path)
    assert words in refused.value.message("en")
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    digest = _digest(path)
    with pytest.raises(DatabaseError, match="program lain"):
        open_database(path)
    assert _digest(path) == digest


def test_a_new_file_gets_the_whole_schema(tmp_path):
    database = open_database(tmp_path / "folder" / "new.sqlite3")
    with database.read() as session:
        mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
        keys = session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar()
        sync = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
    database.dispose()
    assert (mode, keys, sync) == ("wal", 1, 2)
    assert _counts(tmp_path / "folder" / "new.sqlite3")["visits"] == 0


def test_the_timetable_s_index_of_long_sessions_is_made_and_used(tmp_path):
    """Migration 0011: SQLite answers today's timetable from two narrow index ranges, not from a
    walk of every earlier session (`agenda.sessions_between`)."""
    from datetime import datetime

    from sqlalchemy import select

    from studitiru.db import models as m
    from studitiru.services import agenda

    database = open_database(tmp_path / "new.sqlite3")
    query = select(m.Session.id).where(agenda._overlapping(database, datetime(2030, 3, 10), datetime(2030, 3, 11)))  # noqa: SLF001
    with database.read() as session:
        connection = session.connection()
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_sessions_long'").scalar()
        compiled = query.compile(dialect=database.engine.dialect)
        plan = " | ".join(row[3] for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(compiled), tuple(compiled.construct_params().values())))
    database.dispose()
    assert "julianday(ends_at) - julianday(starts_at) > 1" in sql
    assert "ix_sessions_long (ends_at>?)" in plan and "ix_sessions_starts_at_ends_at (starts_at>? AND starts_at<?)" in plan


def test_revisions_read_from_the_files_agree_with_alembic():
    from alembic.script import ScriptDirectory

    from studitiru.db import schema

    scripts = ScriptDirectory.from_config(alembic_config())
    assert schema._revision_chain() is not None  # the plain chain: read without Alembic
    assert head_revision() == scripts.get_current_head()
    assert schema.known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_opening_a_database_at_head_does_not_import_alembic_reportlab_or_jsonschema(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "office.sqlite3"
    open_database(path).dispose()
    code = (
        "import sys\n"
        "from studitiru.db.schema import open_database\n"
        "import studitiru.ui.app, studitiru.ui.main_window, studitiru.services.backups\n"
        f"open_database({str(path)!r}).dispose()\n"
        "print(sorted(name for name in ('alembic', 'reportlab', 'jsonschema') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _photos(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        photos = connection.execute(
            "SELECT key, visit_id, session_id, ordinal, caption, width, height, data, thumbnail FROM photos ORDER BY key"
        ).fetchall()
        notes = connection.execute("SELECT * FROM visit_report_notes ORDER BY visit_id").fetchall()
        return [*photos, *notes]
    finally:
        connection.close()


@pytest.mark.parametrize("fixture", [p for p in FIXTURES if p.stem >= "schema-0007"], ids=lambda p: p.stem)
def test_photos_and_report_parts_survive_every_later_migration(fixture, tmp_path):
    """From 0007 on the file holds photos (one of a session) and the activity report's parts: a later
    migration that rebuilds `photos` or `visits` must keep them byte for byte, links included."""
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(fixture, path)
    before = _photos(path)
    assert len(before) == 4 and any(row[2] is not None for row in before[:3])
    open_database(path).dispose()
    assert _photos(path) == before
