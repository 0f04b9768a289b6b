"""The `studitiru` command: exit codes, one-line errors, nothing written when input is refused."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exchange_helpers import EXAMPLE, mutated, second_visit
from studitiru.cli import main
from test_exchange_import import REFUSALS


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _export(capsys, database: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "snapshot.json"
    assert _run(capsys, "--db", str(database), "export", "--out", str(out))[0] == 0
    return out.read_bytes()


@pytest.fixture
def loaded(tmp_path, capsys) -> Path:
    database = tmp_path / "office.sqlite3"
    code, out, err = _run(capsys, "--db", str(database), "import", str(EXAMPLE))
    assert (code, err) == (0, "")
    assert out == "Diimpor: 2 topik, 1 instansi, 2 lokasi, 2 narasumber, 1 kunjungan (2 acara, 1 peserta, 1 pembelajaran).\n"
    return database


def test_import_export_round_trip_through_the_command(tmp_path, capsys, loaded):
    first = _export(capsys, loaded, tmp_path)
    copy = tmp_path / "copy.json"
    copy.write_bytes(first)
    other = tmp_path / "other.sqlite3"
    code, out, _ = _run(capsys, "--db", str(other), "import", str(copy), "--lang", "en")
    assert code == 0 and out.startswith("Imported: ")
    assert _export(capsys, other, tmp_path) == first


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refused_files_exit_2_with_one_line_and_change_nothing(tmp_path, capsys, loaded, case):
    before = _export(capsys, loaded, tmp_path)
    change, place, words = REFUSALS[case]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(mutated(change)), encoding="utf-8")
    code, out, err = _run(capsys, "--db", str(loaded), "import", str(bad))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(bad) in err and place in err and words in err
    assert _export(capsys, loaded, tmp_path) == before


@pytest.mark.parametrize("data, words", [(b'{"format": "studitiru", "version": 1', "baris 1"), (b"", "baris 1")])
def test_invalid_json_names_line_and_column(tmp_path, capsys, loaded, data, words):
    before = _export(capsys, loaded, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_bytes(data)
    code, _, err = _run(capsys, "--db", str(loaded), "import", str(bad))
    assert code == 2 and err.count("\n") == 1 and words in err and "kolom" in err
    assert _export(capsys, loaded, tmp_path) == before


def test_refused_import_creates_no_database(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "studitiru", "version": 3}', encoding="utf-8")
    database = tmp_path / "new.sqlite3"
    code, _, err = _run(capsys, "--db", str(database), "import", str(bad))
    assert code == 2 and "versi" in err
    assert not database.exists()


def test_refusal_as_a_real_process(tmp_path, loaded):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(mutated(REFUSALS["end before start"][0])), encoding="utf-8")
    before = loaded.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "studitiru.cli", "--db", str(loaded), "import", str(bad), "--lang", "en"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        f"{bad}: visit ST-2025-014, session ST-2025-014-2 (visits[0].sessions[1].ends_at): the end must be after the start\n"
    )
    assert loaded.read_bytes() == before


def test_missing_file_and_bad_usage_are_one_line(tmp_path, capsys, loaded):
    for argv, words in (
        (["--db", str(loaded), "import", str(tmp_path / "none.json")], "tidak ditemukan"),
        (["--db", str(loaded), "import"], "FILE.json"),
        (["--db", str(loaded), "nonsense"], "nonsense"),
        (["--db", str(loaded), "export"], "--out"),
        (["--db", "a", "--database-url", "sqlite://", "check"], "--database-url"),
        (["--db", str(loaded), "export", "--out", str(tmp_path / "no" / "dir" / "x.json")], "x.json"),
        (["--db", str(loaded), "export", "--out", str(tmp_path / "x.json"), "--visit", "NOPE"], "NOPE"),
        (["--db", str(loaded), "check", "--visit", "NOPE"], "NOPE"),
    ):
        code, _, err = _run(capsys, *argv)
        assert code == 2, argv
        assert err.count("\n") == 1 and words in err and "Traceback" not in err, (argv, err)


def test_export_visit_subset(tmp_path, capsys, loaded):
    two = tmp_path / "two.json"
    two.write_text(json.dumps(mutated(lambda d: d["visits"].append(second_visit()))), encoding="utf-8")
    assert _run(capsys, "--db", str(loaded), "import", str(two))[0] == 0
    out = tmp_path / "subset.json"
    assert _run(capsys, "--db", str(loaded), "export", "--out", str(out), "--visit", "ST-2025-020")[0] == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [v["key"] for v in document["visits"]] == ["ST-2025-020"]
    assert [s["key"] for s in document["sites"]] == ["rsud-ssma"]


def test_check_json_and_exit_codes(tmp_path, capsys, loaded):
    code, out, _ = _run(capsys, "--db", str(loaded), "check", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = _run(capsys, "--db", str(loaded), "check")
    assert code == 0 and "Tidak ada temuan" in out
    two = tmp_path / "two.json"
    two.write_text(json.dumps(mutated(lambda d: d["visits"].append(second_visit()))), encoding="utf-8")
    assert _run(capsys, "--db", str(loaded), "import", str(two))[0] == 0
    code, out, _ = _run(capsys, "--db", str(loaded), "check", "--json", "--lang", "en")
    findings = json.loads(out)
    assert code == 1
    assert all(list(f) == ["rule", "severity", "visits", "sessions", "message"] for f in findings)
    assert all(f["sessions"] == sorted(f["sessions"]) and f["visits"] == sorted(f["visits"]) for f in findings)
    double = next(f for f in findings if f["rule"] == "presenter-double-booked")
    assert double["sessions"] == ["ST-2025-014-1", "ST-2025-020-1"] and double["severity"] == "error"
    code, out, _ = _run(capsys, "--db", str(loaded), "check", "--visit", "ST-2025-020")
    assert code == 1 and "presenter-double-booked" in out and "galat" in out


def _newer(database: Path) -> None:
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


@pytest.mark.parametrize("argv", [["check"], ["import", str(EXAMPLE)], ["export", "--out", "x.json"]])
def test_newer_database_is_refused_and_untouched(tmp_path, capsys, loaded, argv):
    _newer(loaded)
    before, mtime = loaded.read_bytes(), loaded.stat().st_mtime_ns
    time.sleep(0.01)
    argv = [a if a != "x.json" else str(tmp_path / "x.json") for a in argv]
    code, _, err = _run(capsys, "--db", str(loaded), *argv)
    assert code == 2 and err.count("\n") == 1 and "ffff" in err
    assert loaded.read_bytes() == before and loaded.stat().st_mtime_ns == mtime
    assert not (tmp_path / "x.json").exists()


def test_garbage_database_is_refused_and_untouched(tmp_path, capsys):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database\n" * 100)
    mtime = garbage.stat().st_mtime_ns
    code, _, err = _run(capsys, "--db", str(garbage), "import", str(EXAMPLE))
    assert code == 2 and err.count("\n") == 1 and str(garbage) in err
    assert garbage.read_bytes() == b"this is not a database\n" * 100 and garbage.stat().st_mtime_ns == mtime


def test_database_from_environment(tmp_path, capsys, monkeypatch):
    database = tmp_path / "env.sqlite3"
    monkeypatch.setenv("STUDITIRU_DB", str(database))
    assert _run(capsys, "import", str(EXAMPLE))[0] == 0
    assert database.exists()


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "import" in capsys.readouterr().out
