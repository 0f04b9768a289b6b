"""A full disk (issue 14; README "Fault injection"): a small tmpfs filled to the last byte,
then an edit, an import, a backup, an export and a report. Each is refused with one sentence,
leaves no partial file, and the database stays intact (integrity_check, and its export equal
to the one before). Needs root and `mount -t tmpfs` (CI runs as root); skipped elsewhere."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studitiru.db.schema import open_database
from studitiru.domain import records as r
from studitiru.errors import DatabaseError
from studitiru.services import exchange, visits
from studitiru.services.exchange_export import export_bytes

pytestmark = [pytest.mark.sqlite_only, pytest.mark.skipif(os.name != "posix", reason="tmpfs is Linux")]

EXAMPLE = Path(__file__).parent / "data" / "example.json"


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB tmpfs at tmp_path/disk, unmounted at the end."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(disk)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to make room again)."""
    filler = disk / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 512, 1):
            try:
                while os.write(handle, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(handle)
    return filler


def intact(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return (connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                and connection.execute("PRAGMA foreign_key_check").fetchall() == [])
    finally:
        connection.close()


def test_an_edit_and_an_import_on_a_full_disk_are_refused_and_change_nothing(small_disk, tmp_path):
    database = small_disk / "office.sqlite3"
    db = open_database(database)
    try:
        exchange.import_file(db, EXAMPLE)
        before = export_bytes(db)
        filler = fill(small_disk)
        people = tuple(r.Participant(f"Peserta dengan nama yang cukup panjang {n}", "Staf") for n in range(3000))
        with pytest.raises(DatabaseError) as edit:
            visits.set_participants(db, "ST-2025-014", people)
        big = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        big["visits"] = [{**big["visits"][0], "key": f"ST-2030-{n:03d}", "sessions": [], "lessons": [],
                          "participants": [{"name": f"Peserta {m}", "role": "member"} for m in range(40)]}
                         for n in range(300)]
        source = tmp_path / "big.json"
        source.write_text(json.dumps(big), encoding="utf-8")
        with pytest.raises(DatabaseError) as imported:
            exchange.import_file(db, source)
        for refusal in (edit.value, imported.value):
            assert refusal.message("en") == f"The disk is full: changes to {database} cannot be saved."
            assert refusal.message("id") == f"Disk penuh: perubahan pada {database} tidak dapat disimpan."
        filler.unlink()
        assert export_bytes(db) == before
    finally:
        db.dispose()
    assert intact(database)
    assert sorted(p.name for p in small_disk.iterdir() if not p.name.startswith("office.sqlite3")) == []


@pytest.mark.parametrize("command", [
    ["export", "--out", "{disk}/out.json"],
    ["backup", "--out", "{disk}/copy.sqlite3"],
    ["report", "summary", "--visit", "ST-2025-014", "--out", "{disk}/summary.pdf"],
    ["report", "annual", "--year", "2025", "--out", "{disk}/annual.pdf"],
    ["ics", "--visit", "ST-2025-014", "--out", "{disk}/agenda.ics"],
])
def test_a_file_written_to_a_full_disk_is_one_sentence_and_no_partial_file(small_disk, tmp_path, command):
    database = tmp_path / "office.sqlite3"
    db = open_database(database)
    try:
        exchange.import_file(db, EXAMPLE)
        before = export_bytes(db)
    finally:
        db.dispose()
    filler = fill(small_disk)
    argv = [part.replace("{disk}", str(small_disk)) for part in command]
    result = subprocess.run([sys.executable, "-m", "studitiru.cli", "--db", str(database), *argv, "--lang", "en"]
                            if argv[0] == "report" else
                            [sys.executable, "-m", "studitiru.cli", "--db", str(database), *argv],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(small_disk) in lines[0]
    assert [p.name for p in small_disk.iterdir()] == ["filler"]  # no partial file, no temporary one
    filler.unlink()
    assert intact(database)
    db = open_database(database)
    try:
        assert export_bytes(db) == before
    finally:
        db.dispose()
