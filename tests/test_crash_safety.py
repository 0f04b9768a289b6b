"""Crash safety: a writing process killed with SIGKILL at random moments leaves an intact database
in which each import is wholly there or wholly absent."""

from __future__ import annotations

import copy
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exchange_helpers import example
from studitiru.db.schema import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

VISITS = 300
KILLS = 30
BUDGET_SECONDS = 30

#: The writer: over and over, import the file (VISITS visits, one transaction), then delete them
#: all (one transaction). After a kill the database must hold 0 or VISITS of them, never between.
WRITER = r"""
import sys
from studitiru.db.schema import open_database
from studitiru.services import exchange
print("ready", flush=True)
sys.stdin.readline()  # "go": the parent spawns the next writer while the previous one runs
db = open_database(sys.argv[1])
plan_source = sys.argv[2]
document = exchange.read_document(plan_source)
while True:
    exchange.import_document(db, document, plan_source)
    with db.write() as session:
        session.connection().exec_driver_sql("DELETE FROM visits WHERE key LIKE 'ST-2030-%'")
"""


def _big_exchange_file(path: Path) -> int:
    document = example()
    template = document["visits"][0]
    visits = []
    for number in range(VISITS):
        visit = copy.deepcopy(template)
        key = f"ST-2030-{number:03d}"
        visit["key"] = key
        visit["participants"] = [{"name": f"Peserta {n}", "position": "Staf", "role": "member"} for n in range(8)]
        for index, item in enumerate(visit["sessions"], start=1):
            item["key"] = f"{key}-{index}"
        for lesson in visit["lessons"]:
            lesson["session"] = f"{key}-2"
        visits.append(visit)
    document["visits"] = visits
    path.write_text(json.dumps(document), encoding="utf-8")
    return len(template["sessions"])


def _check(path: Path) -> tuple[int, int, int]:
    connection = sqlite3.connect(path)  # also recovers from the WAL, as the program would
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        visits = connection.execute("SELECT count(*) FROM visits WHERE key LIKE 'ST-2030-%'").fetchone()[0]
        sessions = connection.execute("SELECT count(*) FROM sessions WHERE key LIKE 'ST-2030-%'").fetchone()[0]
        participants = connection.execute(
            "SELECT count(*) FROM participants p JOIN visits v ON v.id = p.visit_id WHERE v.key LIKE 'ST-2030-%'"
        ).fetchone()[0]
        return visits, sessions, participants
    finally:
        connection.close()


def test_kill_9_during_imports_never_leaves_half_an_import(tmp_path):
    database = tmp_path / "office.sqlite3"
    source = tmp_path / "big.json"
    sessions_per_visit = _big_exchange_file(source)
    open_database(database).dispose()
    rng = random.Random(20261123)
    outcomes = {"absent": 0, "present": 0}
    kills, started = 0, time.monotonic()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    def spawn() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-c", WRITER, str(database), str(source)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)

    waiting = spawn()
    while kills < KILLS and time.monotonic() - started < BUDGET_SECONDS:
        writer, waiting = waiting, spawn()
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline() == "ready\n"
        writer.stdin.write("go\n")
        writer.stdin.flush()
        time.sleep(rng.uniform(0.05, 0.8))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        writer.stdout.close()
        writer.stdin.close()
        assert writer.returncode == -signal.SIGKILL  # it was still writing: it did not fail on its own
        kills += 1
        visits, sessions, participants = _check(database)
        assert (visits, sessions, participants) in ((0, 0, 0), (VISITS, VISITS * sessions_per_visit, VISITS * 8))
        outcomes["present" if visits else "absent"] += 1
    waiting.kill()
    waiting.wait(timeout=10)
    for stream in (waiting.stdout, waiting.stdin):
        if stream is not None:
            stream.close()
    print(f"\ncrash safety: {kills} kills in {time.monotonic() - started:.1f} s, import present after "
          f"{outcomes['present']}, absent after {outcomes['absent']}; integrity and references ok every time")
    assert kills >= 10
    reopened = open_database(database)  # and the program opens it again
    reopened.dispose()
