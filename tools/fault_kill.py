"""kill -9 at random moments during each kind of write (issue 14), then look at what is left.

Scenarios, each on a fresh copy of a prepared SQLite file:

- `import`: an exchange file of 150 visits merged into the example's database;
- `participants`: a visit's list of 300 participants replaced (one edit);
- `delete`: a visit with its 300 participants, 20 sessions and 20 lessons deleted (one edit);
- `move`: a session moved to another time and site (one edit);
- `restore`: the undo of that delete, the visit put back whole (one transaction);
- `migrate-NNNN`: a schema fixture of tests/data migrated to the current revision at opening.

For each kill: a child process imports everything, opens the file and waits; the parent says
"go" and kills it (SIGKILL) after a random delay between 0 and 1.2 times what the action took
uncut. Then: `PRAGMA integrity_check` is "ok", `PRAGMA foreign_key_check` is empty, and the
database's export (services.exchange_export) equals the export before the action or the one
after it, never anything between. A migration's "before" is the fixture itself: opened again,
it migrates to the same export as the uncut run.

    .venv/bin/python tools/fault_kill.py --kills 30        # 30 kills per scenario (8 scenarios: 240)
    .venv/bin/python tools/fault_kill.py --kills 2 --only import move

Prints one line per scenario (kills, before, after) and exits 1 on any kill that left a
database between, damaged or with a broken reference. tests/test_fault_kill.py runs a smoke
version (one kill per scenario).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXAMPLE = DATA / "example.json"
BIG_VISIT = "ST-2025-014"

#: The child: heavy imports and the opening first, then "ready"; the action after "go".
CHILD = r"""
import pickle, sys
from datetime import datetime
from pathlib import Path
from studitiru.db.schema import open_database
from studitiru.services import agenda, exchange, visit_edits, visits
scenario, path, extra = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
db = None if scenario.startswith("migrate") else open_database(path)
document = exchange.read_document(extra) if scenario == "import" else None
record = pickle.loads(Path(extra).read_bytes()) if scenario in ("restore", "participants") else None
print("ready", flush=True)
sys.stdin.readline()
if scenario == "import":
    exchange.import_document(db, document, extra)
elif scenario == "participants":
    visits.set_participants(db, "ST-2025-014", record)
elif scenario == "delete":
    visits.delete_visit(db, "ST-2025-014")
elif scenario == "move":
    agenda.move_session(db, "ST-2025-014-2", datetime(2025, 12, 1, 13), datetime(2025, 12, 1, 14, 30), "balai-kota")
elif scenario == "restore":
    visit_edits.restore_visit(db, record)
else:
    open_database(path)  # migrates
print("done", flush=True)
sys.stdin.readline()
"""


@dataclass
class Result:
    scenario: str
    kills: int = 0
    before: int = 0
    after: int = 0
    steps: int = 0  # migrations only: killed after one revision and before the next
    note: str = ""
    failures: list[str] = field(default_factory=list)
    uncut_seconds: float = 0.0

    def line(self) -> str:
        if self.note:
            return f"{self.scenario:14} {self.note}"
        verdict = "OK" if not self.failures else f"{len(self.failures)} FAILED"
        steps = f"  at a step {self.steps:3}" if self.scenario.startswith("migrate") else ""
        return (f"{self.scenario:14} kills {self.kills:4}  before {self.before:4}  after {self.after:4}{steps}  "
                f"(uncut {self.uncut_seconds * 1000:6.0f} ms)  {verdict}")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _spawn(scenario: str, path: Path, extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, scenario, str(path), extra], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _copy(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def check_file(path: Path) -> str | None:
    """What is wrong with the raw file (after SQLite's own recovery from the WAL), or None."""
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            return f"integrity_check: {integrity[:3]}"
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            return f"foreign_key_check: {broken[:3]}"
    except sqlite3.Error as error:
        return f"unreadable: {error}"
    finally:
        connection.close()
    return None


def export_of(path: Path) -> bytes:
    from studitiru.db.schema import open_database
    from studitiru.services.exchange_export import export_bytes

    db = open_database(path)
    try:
        return export_bytes(db)
    finally:
        db.dispose()


def _big_visit_document() -> dict:
    """The example with its visit grown to 300 participants, 20 sessions and 20 lessons."""
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    visit = document["visits"][0]
    visit["participants"] = [{"name": f"Peserta {n}", "position": "Staf", "role": "member"} for n in range(300)]
    first = visit["sessions"][0]
    visit["sessions"] = []
    for number in range(20):
        day = 1 + number // 5
        item = copy.deepcopy(first)
        item["key"] = f"{BIG_VISIT}-{number + 1}"
        item["starts_at"] = f"2025-12-0{day}T{8 + number % 5:02d}:00"
        item["ends_at"] = f"2025-12-0{day}T{8 + number % 5:02d}:45"
        visit["sessions"].append(item)
    lesson = visit["lessons"][0]
    visit["lessons"] = [{**copy.deepcopy(lesson), "key": f"{BIG_VISIT}-L{n + 1}", "session": f"{BIG_VISIT}-{n + 1}",
                         "observation": f"Pengamatan {n}"} for n in range(20)]
    visit["ends_on"] = "2025-12-04"
    return document


def _import_document() -> dict:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = document["visits"][0]
    visits = []
    for number in range(150):
        visit = copy.deepcopy(template)
        key = f"ST-2030-{number:03d}"
        visit["key"] = key
        visit["participants"] = [{"name": f"Peserta {n}", "position": "Staf", "role": "member"} for n in range(8)]
        for index, item in enumerate(visit["sessions"], start=1):
            item["key"] = f"{key}-{index}"
        for lesson in visit["lessons"]:
            lesson["key"] = f"{key}-L1"
            lesson["session"] = f"{key}-2"
        visits.append(visit)
    document["visits"] = visits
    return document


def prepare(scenario: str, work: Path) -> tuple[Path, str]:
    """The file the scenario starts from (checkpointed, no WAL) and the child's extra argument."""
    from studitiru.db.schema import open_database
    from studitiru.services import exchange, visits

    base = work / f"{scenario}-base.sqlite3"
    if scenario.startswith("migrate-"):
        shutil.copyfile(DATA / f"schema-{scenario.split('-')[1]}.sqlite3", base)
        return base, ""
    db = open_database(base)
    extra = ""
    try:
        big = work / "big-visit.json"
        big.write_text(json.dumps(_big_visit_document()), encoding="utf-8")
        exchange.import_file(db, big)
        if scenario == "import":
            source = work / "import.json"
            source.write_text(json.dumps(_import_document()), encoding="utf-8")
            extra = str(source)
        elif scenario == "participants":
            whole = visits.get_visit(db, BIG_VISIT)
            replaced = tuple(reversed(whole.participants[:250]))
            extra = str(work / "participants.pickle")
            Path(extra).write_bytes(pickle.dumps(replaced))
        elif scenario == "restore":
            whole = visits.delete_visit(db, BIG_VISIT)
            extra = str(work / "visit.pickle")
            Path(extra).write_bytes(pickle.dumps(whole))
    finally:
        db.dispose()
    _checkpoint(base)
    return base, extra


def _run_child(scenario: str, path: Path, extra: str, kill_after: float | None) -> float:
    """Run the action in a child; kill it `kill_after` seconds after "go" (None: let it finish).
    Returns the seconds from "go" to "done" (uncut), or to the kill."""
    child = _spawn(scenario, path, extra)
    assert child.stdout is not None and child.stdin is not None
    line = child.stdout.readline()
    if line != "ready\n":
        raise RuntimeError(f"{scenario}: the child did not start: {line!r} {child.stderr.read() if child.stderr else ''}")
    started = time.perf_counter()
    child.stdin.write("go\n")
    child.stdin.flush()
    if kill_after is None:
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        if line != "done\n":
            raise RuntimeError(f"{scenario}: the uncut action failed: {child.stderr.read() if child.stderr else ''}")
        child.stdin.write("end\n")
        child.stdin.flush()
        child.wait(timeout=30)
        return elapsed
    time.sleep(kill_after)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    return time.perf_counter() - started


def run_scenario(scenario: str, kills: int, work: Path, rng: random.Random) -> Result:
    result = Result(scenario)
    base, extra = prepare(scenario, work)
    trial = work / f"{scenario}-trial.sqlite3"
    # Before and after: the export of the start, and of an uncut run.
    _copy(base, trial)
    migrating = scenario.startswith("migrate-")
    before = None if migrating else export_of(base)
    result.uncut_seconds = _run_child(scenario, trial, extra, None)
    after = export_of(trial)
    if before == after:
        raise RuntimeError(f"{scenario}: the action changed nothing: no kill could tell before from after")
    start_revision = _revision(base) if migrating else None
    if migrating and start_revision == _revision(trial):
        result.note = "already at the newest revision: nothing to cut"
        return result
    for _ in range(kills):
        _copy(base, trial)
        _run_child(scenario, trial, extra, rng.uniform(0, result.uncut_seconds * 1.2))
        result.kills += 1
        problem = check_file(trial)
        revision = _revision(trial) if migrating and problem is None else None
        if problem is None:
            state = export_of(trial)  # a migration cut half-way is finished by this opening: it must end the same
            if migrating:
                if state != after:
                    problem = "reopened, the cut migration does not end with the uncut one's export"
                elif revision == start_revision:
                    result.before += 1
                elif revision == _revision(work / f"{scenario}-trial.sqlite3"):
                    result.after += 1
                else:
                    result.steps += 1  # a revision between, committed whole: the next opening goes on from it
            elif state == after:
                result.after += 1
            elif state == before:
                result.before += 1
            else:
                problem = "the export is neither the one before the action nor the one after it"
        if problem is not None:
            kept = work / f"{scenario}-failure-{result.kills}.sqlite3"
            shutil.copyfile(trial, kept)
            result.failures.append(f"kill {result.kills}: {problem} (kept: {kept})")
    return result


def _revision(path: Path) -> str | None:
    """The Alembic revision a file is at, read raw (None: none yet)."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


SCENARIOS = ["import", "participants", "delete", "move", "restore",
             *sorted(f"migrate-{p.stem.split('-')[1]}" for p in DATA.glob("schema-*.sqlite3"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=30, help="kills per scenario (default 30)")
    parser.add_argument("--only", nargs="*", choices=SCENARIOS, help="these scenarios only")
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    total = failures = 0
    with tempfile.TemporaryDirectory(prefix="studitiru-kill-") as folder:
        for scenario in args.only or SCENARIOS:
            result = run_scenario(scenario, args.kills, Path(folder), rng)
            print(result.line(), flush=True)
            for failure in result.failures:
                print("   ", failure)
            total += result.kills
            failures += len(result.failures)
        if failures:
            keep = Path(tempfile.mkdtemp(prefix="studitiru-kill-failures-"))
            for item in Path(folder).glob("*-failure-*"):
                shutil.copyfile(item, keep / item.name)
            print(f"failed databases kept in {keep}")
    print(f"{total} kills in {time.perf_counter() - started:.0f} s: {failures} left a database damaged or between "
          f"({datetime.now():%Y-%m-%d})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
