"""`studitiru backup` / `restore` and bad database files on the command line: exit 2, one plain
line, no traceback, and the database untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exchange_helpers import EXAMPLE
from studitiru.cli import main
from test_backups import _bad_backups


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _visits(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def loaded(tmp_path, capsys) -> Path:
    database = tmp_path / "office.sqlite3"
    assert _run(capsys, "--db", str(database), "import", str(EXAMPLE))[0] == 0
    return database


def test_backup_and_restore_through_the_command(tmp_path, capsys, loaded):
    out = tmp_path / "saved" / "copy.sqlite3"
    assert _run(capsys, "--db", str(loaded), "backup", "--out", str(out)) == (0, "", "")
    assert _visits(out) == 1
    connection = sqlite3.connect(loaded)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM visits")
    connection.commit()
    connection.close()
    assert _run(capsys, "--db", str(loaded), "restore", str(out)) == (0, "", "")
    assert _visits(loaded) == 1
    assert len(list(tmp_path.glob("office.sqlite3.replaced-*.bak"))) == 1


def test_backup_of_a_server_database_is_one_line(capsys, tmp_path):
    code, out, err = _run(capsys, "--database-url", "postgresql+psycopg://u:secret@office/st", "backup",
                          "--out", str(tmp_path / "x.sqlite3"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "secret" not in err and "server" in err


@pytest.mark.parametrize("case", ["garbage", "empty", "truncated", "other program", "newer"])
def test_restore_of_a_bad_backup_exits_2_and_touches_nothing(tmp_path, capsys, loaded, case):
    good = tmp_path / "good.sqlite3"
    assert _run(capsys, "--db", str(loaded), "backup", "--out", str(good))[0] == 0
    bad, words = _bad_backups(tmp_path, good)[case]
    digest = _digest(loaded)
    code, out, err = _run(capsys, "--db", str(loaded), "restore", str(bad), "--lang", "en")
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert str(bad) in err and words in err
    assert _digest(loaded) == digest and not list(tmp_path.glob("*.replaced-*"))


def test_restore_of_a_missing_backup_is_one_line(tmp_path, capsys, loaded):
    code, _, err = _run(capsys, "--db", str(loaded), "restore", str(tmp_path / "nope.sqlite3"))
    assert code == 2 and err.count("\n") == 1 and "nope.sqlite3" in err


# --- a database locked by another process --------------------------------------------------

def _command(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studitiru.cli", *argv], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("lock", ["begin exclusive", "exclusive locking mode"])
def test_a_locked_database_waits_then_says_it_is_in_use(tmp_path, loaded, lock):
    holder = sqlite3.connect(loaded, isolation_level=None)
    if lock == "exclusive locking mode":  # not even readers get in
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE visits SET title = title")
    try:
        started = time.monotonic()
        argv = ["import", str(EXAMPLE)] if lock == "begin exclusive" else ["export", "--out", str(tmp_path / "x.json")]
        result = _command("--db", str(loaded), *argv, "--lang", "en")
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "in use" in result.stderr and str(loaded) in result.stderr
    assert waited >= 4  # the busy timeout: it waited before giving up
    assert not (tmp_path / "x.json").exists()


# --- read-only file or folder ----------------------------------------------------------------

def _as_read_only(target: Path, argv: list[str]) -> subprocess.CompletedProcess:
    """Run the command with `target` (a file or folder) read-only, even for root."""
    command = [sys.executable, "-m", "studitiru.cli", *argv]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=60, env=env)
        finally:
            target.chmod(mode)
    # root ignores file modes: a read-only bind mount in a private mount namespace instead
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        pytest.skip("running as root without unshare/mount: a read-only file cannot be made")
    script = 'mount --bind -o ro "$1" "$1" || exit 97; shift; exec "$@"'
    result = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(target), *command],
                            capture_output=True, text=True, encoding="utf-8", timeout=60, env=env)
    if result.returncode == 97 or "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip(f"running as root and a read-only bind mount is not allowed here: {result.stderr.strip()}")
    return result


def _checkpointed(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_refuses_a_write_in_one_line(tmp_path, loaded, what):
    _checkpointed(loaded)
    digest = _digest(loaded)
    target = loaded if what == "file" else loaded.parent
    result = _as_read_only(target, ["--db", str(loaded), "import", str(EXAMPLE), "--lang", "en"])
    assert result.returncode == 2 and result.stdout == "", result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "read-only" in result.stderr and str(loaded) in result.stderr
    assert _digest(loaded) == digest


def test_a_new_database_in_a_read_only_folder_is_one_line(tmp_path):
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    result = _as_read_only(folder, ["--db", str(folder / "new.sqlite3"), "check", "--lang", "en"])
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "not writable" in result.stderr or "read-only" in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 50, b"garbage" * 99], ids=["empty", "truncated", "garbage"])
@pytest.mark.parametrize("argv", [["check"], ["backup", "--out", "OUT"], ["import", str(EXAMPLE)]])
def test_bad_database_files_exit_2_untouched(tmp_path, capsys, content, argv):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    argv = [str(tmp_path / "out.sqlite3") if a == "OUT" else a for a in argv]
    code, out, err = _run(capsys, "--db", str(path), *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and str(path) in err
    assert path.read_bytes() == content and sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite3"]


def test_another_programs_database_exits_2_untouched(tmp_path, capsys):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    digest = _digest(path)
    code, _, err = _run(capsys, "--db", str(path), "import", str(EXAMPLE), "--lang", "en")
    assert code == 2 and err.count("\n") == 1 and "another program" in err and _digest(path) == digest
