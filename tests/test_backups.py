"""Backups and restore: the backup API, checks before a restore, automatic backups, thinning by age."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from exchange_helpers import EXAMPLE
from studitiru.db.schema import open_database
from studitiru.errors import DatabaseError
from studitiru.services import backups, exchange
from studitiru.services.backups import backups_to_keep

#: SQLite's backup API and database files by nature (a server is backed up with pg_dump).
pytestmark = pytest.mark.sqlite_only


def _visits(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def loaded(db):
    exchange.import_file(db, EXAMPLE)
    return db


def test_backup_copies_what_is_still_in_the_wal(loaded, tmp_path):
    assert Path(f"{loaded.path}-wal").stat().st_size > 0  # the import is (partly) only in the WAL
    target = backups.backup_to(loaded, tmp_path / "copy.sqlite3")
    assert _visits(target) == 1
    assert not Path(f"{target}-wal").exists() and not (tmp_path / "copy.sqlite3.partial").exists()
    connection = sqlite3.connect(target)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_backup_refuses_a_server_database():
    with pytest.raises(DatabaseError, match="server"):
        backups.backup_to("postgresql+psycopg://office/studitiru", Path("x.sqlite3"))


def test_restore_replaces_and_keeps_what_it_replaced(loaded, tmp_path):
    saved = backups.backup_to(loaded, tmp_path / "saved.sqlite3")
    with loaded.write() as session:
        session.connection().exec_driver_sql("DELETE FROM visits")
    loaded.dispose()
    assert _visits(loaded.path) == 0
    kept = backups.restore_from(loaded.path, saved, now=datetime(2026, 1, 2, 3, 4, 5))
    assert kept == loaded.path.with_name("test.sqlite3.replaced-20260102-030405.bak")
    assert _visits(kept) == 0 and _visits(loaded.path) == 1
    assert not Path(f"{loaded.path}-wal").exists()
    reopened = open_database(loaded.path)
    assert exchange.export_document(reopened)["visits"][0]["key"]
    reopened.dispose()


def _bad_backups(tmp_path: Path, good: Path) -> dict[str, tuple[Path, str]]:
    cases: dict[str, tuple[Path, str]] = {}
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a backup at all\n" * 100)
    cases["garbage"] = (garbage, "not an SQLite file")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    cases["empty"] = (empty, "not an SQLite file")
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    cases["truncated"] = (truncated, "damaged")
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    cases["other program"] = (other, "another program")
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    cases["newer"] = (newer, "newer version")
    return cases


@pytest.mark.parametrize("case", ["garbage", "empty", "truncated", "other program", "newer"])
def test_restore_refuses_a_bad_backup_and_touches_nothing(loaded, tmp_path, case):
    good = backups.backup_to(loaded, tmp_path / "good.sqlite3")
    bad, words = _bad_backups(tmp_path, good)[case]
    loaded.dispose()
    digest = _digest(loaded.path)
    before = sorted(p.name for p in loaded.path.parent.iterdir())
    with pytest.raises(DatabaseError) as refused:
        backups.restore_from(loaded.path, bad)
    assert words in refused.value.message("en") and "untouched" in refused.value.message("en")
    assert _digest(loaded.path) == digest
    assert sorted(p.name for p in loaded.path.parent.iterdir()) == before


def test_restore_refuses_while_another_connection_has_the_database_open(loaded, tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "BUSY_SECONDS", 0.2)
    saved = backups.backup_to(loaded, tmp_path / "saved.sqlite3")
    other = sqlite3.connect(loaded.path)
    other.execute("SELECT count(*) FROM visits").fetchone()
    try:
        with pytest.raises(DatabaseError, match="sedang dipakai"):
            backups.restore_from(loaded.path, saved)
    finally:
        other.close()
    assert not list(loaded.path.parent.glob("*.replaced-*"))


def test_restore_of_a_damaged_database_keeps_its_bytes(tmp_path):
    database = tmp_path / "office.sqlite3"
    open_database(database).dispose()
    saved = backups.backup_to(database, tmp_path / "saved.sqlite3")
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    kept = backups.restore_from(database, saved)
    assert kept is not None and kept.read_bytes().startswith(b"SQLite format 3\x00\xff")
    open_database(database).dispose()


def test_auto_backup_only_when_changed(loaded, tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 3, 1, 9)
    first = backups.auto_backup(loaded, folder, now)
    assert first is not None and first.name == "test-20260301-090000.sqlite3"
    assert backups.auto_backup(loaded, folder, now + timedelta(minutes=30)) is None
    with loaded.write() as session:
        session.connection().exec_driver_sql("UPDATE visits SET title = 'Berubah'")
    second = backups.auto_backup(loaded, folder, now + timedelta(hours=1))
    assert second is not None and second != first
    listed = backups.list_backups(folder)
    assert [info.path for info in listed] == [second, first]
    assert listed[0].made_at == now + timedelta(hours=1) and listed[0].size == second.stat().st_size


def test_thinning_with_a_fake_clock():
    now = datetime(2026, 6, 15, 12)
    hourly = [now - timedelta(hours=h) for h in range(0, 24 * 400, 3)]  # every 3 hours for 400 days
    kept = backups_to_keep(hourly, now)
    today_and_yesterday = {t for t in hourly if (now.date() - t.date()).days <= 1}
    assert today_and_yesterday <= kept
    days = [t for t in kept if 2 <= (now.date() - t.date()).days <= 14]
    assert len(days) == 13 and len({t.date() for t in days}) == 13
    assert all(t.hour == 21 for t in days)  # the newest of each day
    weeks = [t for t in kept if 15 <= (now.date() - t.date()).days <= 92]
    assert len({t.isocalendar()[:2] for t in weeks}) == len(weeks) and 10 <= len(weeks) <= 12
    months = [t for t in kept if 93 <= (now.date() - t.date()).days <= 366]
    assert len({(t.year, t.month) for t in months}) == len(months) and 8 <= len(months) <= 10
    assert not [t for t in kept if (now.date() - t.date()).days > 366]
    assert backups_to_keep([now + timedelta(days=3)], now) == {now + timedelta(days=3)}  # clock set back
    assert backups_to_keep(kept, now) == kept  # thinning again removes nothing more


def test_thin_backups_deletes_files(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 6, 15, 12)
    for days in (0, 3, 3.1, 400):
        (folder / backups.backup_name(Path("office.sqlite3"), now - timedelta(days=days))).write_bytes(b"x")
    (folder / "notes.txt").write_text("not a backup")
    deleted = backups.thin_backups(folder, now)
    assert len(deleted) == 2
    assert len(backups.list_backups(folder)) == 2 and (folder / "notes.txt").exists()
