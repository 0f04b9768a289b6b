"""The performance benchmark of issue 7: a busy office's ten years against floors measured in the same run.

    python3 benchmarks/bench.py [--size tiny|full] [--only NAME ...] [--runs N]
    make bench          # the full ten years (5,000 visits)
    make bench-smoke    # --size tiny (50 visits), the CI smoke test

Builds the deterministic ten-year office of `bench_import.generate` (full: 5,000 visits,
50,000 sessions over 25 sites and 80 presenters, 100,000 participants, 15,000 lessons; tiny:
50 visits), caches the exchange file and the imported SQLite file under
`/tmp/studitiru-bench-<size>/` (or `--cache DIR`; so reruns are quick), and prints one row per figure: the
figure, its floor, the ratio and the goal, "goal met" or "goal missed". Figures are medians of
several runs (3; 5 for the window), each figure's runs taken in turns with its floor's so that a
slow spell of a shared machine falls on both; the machines are noisy, so only ratios mean anything.

The window figures run `main.py gui --selftest` (offscreen) as a subprocess on a copy of the
database; `bare_window.py` is their floor. The keystroke figure drives the visits page's
filter field in this process. Rows marked "context" have no goal of their own: the demo's
page time against the bare window (one empty table against eleven pages), and the import of
the program's modules with no window at all (the floor under the demo's wall-time goal: Python,
PySide6 and SQLAlchemy's own imports). Nothing here is asserted by a test (`tests/test_bench_smoke.py`
only checks that the tiny run works and prints every row).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]
import bench_import  # noqa: E402

SIZES = {"tiny": 50, "full": 5000}
DEFAULT_BUNDLE = ROOT / "dist" / "studitiru" / ("studitiru.exe" if os.name == "nt" else "studitiru")
FRAME_MS = 16.0


@dataclass
class Row:
    name: str
    floor_name: str
    figure: float
    floor: float
    unit: str
    goal: float | None  # None: a figure shown for context, with no goal of its own
    goal_text: str

    @property
    def ratio(self) -> float:
        return self.figure / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool:
        return self.goal is None or self.ratio <= self.goal


#: The row names, in the order of the table (tests/test_bench_smoke.py checks each is printed).
ROW_NAMES = (
    "import of the ten-year exchange file",
    "full rule check",
    "re-check after one session moves",
    "window, every page, ten years (wall)",
    "window, every page, ten years (pages ms)",
    "window, home page, demo (wall)",
    "window, every page, demo (wall)",
    "window, every page, demo (pages ms)",
    "window, every page, bundle (wall)",
    "importing the program, no window",
    "one keystroke in the visits filter",
    "peak memory of the window, ten years",
    "annual recap of the busiest year",
    # the in-window frames (bench_frames.py)
    "dropping a dragged session on the timetable, ten years",
    "an undo of that drop, ten years",
    "opening a visit's editor, ten years",
    "switching to a page the second time, ten years (worst page)",
)


def paired_times(floor, figure, runs: int) -> tuple[float, float, object]:  # noqa: ANN001 - callables
    """Median seconds of `floor` and of `figure`, run in turns (floor, figure, floor, ...), so
    that a slow spell of a shared machine falls on both and not on one; and `figure`'s last result."""
    floors, figures, result = [], [], None
    for _ in range(runs):
        started = time.perf_counter()
        floor()
        floors.append(time.perf_counter() - started)
        started = time.perf_counter()
        result = figure()
        figures.append(time.perf_counter() - started)
    return statistics.median(floors), statistics.median(figures), result


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of `source` (SQLite's backup API), so a subprocess never touches the cache."""
    import sqlite3

    fresh(target)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


# --- the office ---------------------------------------------------------------------------
def prepare(size: str, log, cache: Path | None = None) -> tuple[Path, Path, Path, int]:  # noqa: ANN001 - print-like
    """(cache folder, exchange file, imported database, visits), generated once per size (in `cache`,
    default `studitiru-bench-<size>` in the temporary folder)."""
    visits = SIZES[size]
    folder = cache or Path(tempfile.gettempdir()) / f"studitiru-bench-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    source, database = folder / "ten-years.json", folder / "office.sqlite3"
    stamp = folder / "generator.stamp"
    generator = f"{visits} {(HERE / 'bench_import.py').stat().st_mtime_ns}"
    if not source.exists() or not stamp.exists() or stamp.read_text() != generator:
        started = time.perf_counter()
        bench_import.VISITS = visits
        source.write_text(json.dumps(bench_import.generate(), ensure_ascii=False), encoding="utf-8")
        fresh(database)
        stamp.write_text(generator)
        log(f"generated {source} ({source.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")
    return folder, source, database, visits


def bench_import_file(folder: Path, source: Path, database: Path, runs: int, log) -> Row:  # noqa: ANN001
    from studitiru.db.schema import open_database
    from studitiru.services import exchange

    target = folder / "import.sqlite3"

    def once() -> None:
        db = open_database(fresh(target))
        try:
            exchange.import_file(db, source)
        finally:
            db.dispose()

    floor, figure, _ = paired_times(lambda: bench_import.floor(source, folder), once, runs)
    if not database.exists():
        copy_database(target, database)
        log(f"cached the imported database at {database}")
    return Row(ROW_NAMES[0], "json.load + sqlite3 executemany", figure, floor, "s", 5, "≤ 5×")


def ensure_database(folder: Path, source: Path, database: Path, log) -> None:  # noqa: ANN001
    """The imported office, cached, and at the schema's newest revision (else every window
    process would first migrate its copy, and time the migration)."""
    if database.exists():
        upgrade(database, log)
        return
    from studitiru.db.schema import open_database
    from studitiru.services import exchange

    db = open_database(fresh(folder / "import.sqlite3"))
    try:
        exchange.import_file(db, source)
    finally:
        db.dispose()
    copy_database(folder / "import.sqlite3", database)
    log(f"cached the imported database at {database}")


def upgrade(database: Path, log) -> None:  # noqa: ANN001 - print-like
    """Bring a cached database to the newest schema revision, once."""
    import sqlite3

    from studitiru.db.schema import open_database

    with sqlite3.connect(database) as connection:
        before = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    open_database(database).dispose()
    with sqlite3.connect(database) as connection:
        after = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    if before != after:
        log(f"upgraded the cached {database.name} from revision {before[0]} to {after[0]}")


def bench_rules(folder: Path, database: Path, runs: int, moves: int) -> list[Row]:
    from studitiru.db.schema import open_database
    from studitiru.domain.rules import RuleIndex
    from studitiru.services import checks, exchange

    db = open_database(copy_database(database, folder / "rules.sqlite3"))
    try:
        floor, full, _ = paired_times(lambda: exchange.export_file(db, folder / "export.json"),
                                      lambda: checks.check_database(db), runs)
        programme = checks.load_programme(db)
        index = RuleIndex(programme, checks._timezone(db))  # noqa: SLF001 - what the timetable's live check does
        current = index.check_all()
        rng = random.Random(7)
        keys = [s.key for s in programme.sessions]
        costs = []
        for _ in range(moves):
            session = index.session(rng.choice(keys))
            shift = timedelta(minutes=rng.choice((-60, -30, 30, 60)))
            started = time.perf_counter()
            changed = index.replace_session(replace(session, starts_at=session.starts_at + shift,
                                                    ends_at=session.ends_at + shift))
            current = index.update(current, changed)
            costs.append(time.perf_counter() - started)
        one = statistics.median(costs)
    finally:
        db.dispose()
    return [
        Row(ROW_NAMES[1], "export of the same database", full, floor, "s", 1, "≤ 1×"),
        Row(ROW_NAMES[2], "the full rule check", one, full, "s", 0.01, "≤ 1/100"),
    ]


# --- the window -----------------------------------------------------------------------------
def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(wall seconds, peak resident kilobytes, stdout) of a subprocess, through peak.py."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.run([sys.executable, str(HERE / "peak.py"), *command], stdout=out, stderr=err,
                                 env=env, cwd=ROOT, check=False)
        out.seek(0)
        err.seek(0)
        text, problems = out.read().decode(), err.read().decode()
    lines = problems.rstrip().splitlines()
    _, wall_text, peak_text = lines.pop().split()
    problems = "\n".join(lines)
    wall, peak = float(wall_text), int(peak_text)
    if process.returncode != 0:
        # Report, do not stop: the figures of the pages it printed still stand (see the README).
        first = next((line for line in problems.splitlines() if line.strip()), "")
        print(f"# WARNING: {Path(command[1]).name} exited {process.returncode}: {first}", flush=True)
        if not text.strip():
            raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{problems}")
    return wall, peak, text


def page_ms(text: str) -> float:
    """The sum of the per-page milliseconds that `gui --selftest` (or bare_window.py) printed."""
    return sum(float(line.split()[-2]) for line in text.splitlines() if line.endswith(" ms"))


def window_figures(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, tuple[float, float, int, str]]:
    """For each named command, run in turns with the others (a slow spell falls on all of them):
    median wall seconds, median page ms, highest peak kB, and the last output."""
    results: dict[str, tuple[list[float], list[float], list[int], list[str]]] = {
        name: ([], [], [], []) for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            wall, peak, text = run_measured(command, env)
            walls, pages, peaks, texts = results[name]
            walls.append(wall)
            pages.append(page_ms(text))
            peaks.append(peak)
            texts.append(text)
    return {name: (statistics.median(walls), statistics.median(pages), max(peaks), texts[-1])
            for name, (walls, pages, peaks, texts) in results.items()}


def current_bundle() -> Path | None:
    """dist/studitiru/studitiru when `make bundle` built it after the last change to the program's
    sources (an older bundle would time another program, or refuse the newer demo's schema)."""
    if not DEFAULT_BUNDLE.exists():
        return None
    newest = max(path.stat().st_mtime for path in (ROOT / "studitiru").rglob("*.py"))
    return DEFAULT_BUNDLE if DEFAULT_BUNDLE.stat().st_mtime >= newest else None


def installed_command() -> list[str]:
    """The program as installed in this Python's environment: its `studitiru` console script
    (pip's launcher, as a user starts it), else the same entry point through the interpreter."""
    script = Path(sys.executable).with_name("studitiru.exe" if os.name == "nt" else "studitiru")
    return [str(script)] if script.exists() else [sys.executable, "-m", "studitiru.launch"]


def bench_window(folder: Path, database: Path, runs: int, log, bundle: Path | None = None) -> list[Row]:  # noqa: ANN001
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDITIRU_WINDOW_SIZE="1280x800")
    demo = fresh(folder / "demo.sqlite3")  # made anew: today's demo at today's schema
    if not demo.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo), "demo"], check=True, cwd=ROOT,
                       env=env, stdout=subprocess.DEVNULL)

    def selftest(path: Path, name: str) -> list[str]:
        copy = copy_database(path, folder / f"selftest-{name}.sqlite3")
        return [sys.executable, str(ROOT / "main.py"), "--db", str(copy), "gui", "--selftest"]

    imports = "import importlib, studitiru.ui.main_window as w; [importlib.import_module(p.module) for p in w.page_registry.PAGES]"
    commands = {
        "bare": [sys.executable, str(HERE / "bare_window.py")],
        # The floor of issue 19: the stack's own start (Qt, SQLAlchemy's ORM, the same file, 20 rows shown).
        "floor": [sys.executable, str(HERE / "floor_window.py"), str(copy_database(demo, folder / "floor-demo.sqlite3"))],
        "imports": [sys.executable, "-c", imports],
        "home": [*selftest(demo, "home"), "--only", "home"],
        "demo": selftest(demo, "demo"),
        "ten": selftest(database, "ten-years"),
    }
    if bundle is not None:  # the one-folder program against the installed one, on the same demo
        commands["installed"] = [*installed_command(), *selftest(demo, "installed")[2:]]
        commands["bundle"] = [str(bundle), *selftest(demo, "bundle")[2:]]
    figures = window_figures(commands, runs, env)
    bare_wall, bare_ms, bare_peak, _ = figures["bare"]
    floor_wall = figures["floor"][0]
    import_wall = figures["imports"][0]
    home_wall = figures["home"][0]
    demo_wall, demo_ms, _, demo_text = figures["demo"]
    ten_wall, ten_ms, ten_peak, ten_text = figures["ten"]
    log("selftest, ten years: " + ", ".join(ten_text.split("\n")).strip(", "))
    log("selftest, demo:      " + ", ".join(demo_text.split("\n")).strip(", "))
    log(f"floor_window.py: {figures['floor'][3].strip()}; bare window {bare_wall:.2f} s")
    floor_name = "PySide6 window + SQLAlchemy ORM, 20 rows of the file"
    rows = [
        Row(ROW_NAMES[3], "the same on the demo database", ten_wall, demo_wall, "s", 1.5, "≤ 1.5×"),
        Row(ROW_NAMES[4], "the same on the demo database", ten_ms / 1000, demo_ms / 1000, "s", 1.5, "≤ 1.5×"),
        Row(ROW_NAMES[5], floor_name, home_wall, floor_wall, "s", 1.3, "≤ 1.3×"),
        Row(ROW_NAMES[6], floor_name, demo_wall, floor_wall, "s", 2, "≤ 2×"),
        # Context, no goal: the bare window paints one empty table, the selftest eleven pages.
        Row(ROW_NAMES[7], "bare PySide6 window, empty table", demo_ms / 1000, bare_ms / 1000, "s", None, "—"),
        # Context, no goal: what the wall-time goals above cannot go below (the stack's own imports).
        Row(ROW_NAMES[9], "bare PySide6 window, empty table", import_wall, bare_wall, "s", None, "—"),
        Row(ROW_NAMES[11], "bare PySide6 window, empty table", ten_peak / 1024, bare_peak / 1024, "MB", 3, "≤ 3×"),
    ]
    if bundle is not None:
        rows.append(Row(ROW_NAMES[8], "the installed program (its console script)", figures["bundle"][0],
                        figures["installed"][0], "s", 1.2, "≤ 1.2×"))
    else:
        log("no one-folder bundle (make bundle, or --bundle PATH): its row is not measured")
    return rows


def bench_keystroke(folder: Path, database: Path, visits: int) -> Row:
    """The visits page on the whole office, its filter typed into char by char (median per keystroke)."""
    from PySide6.QtWidgets import QApplication

    from studitiru.db.schema import open_database
    from studitiru.ui.context import AppContext
    from studitiru.ui.pages.visits import VisitsPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(copy_database(database, folder / "keystroke.sqlite3"))
    try:
        page = VisitsPage(AppContext(db=db, lang="en"))
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        assert page.model.rowCount() == visits, (page.model.rowCount(), visits)
        def one_round() -> float:
            costs = []
            for text in ("studi tiru 4", "pemerintah kabupaten 12", "st-2019", "pemimpin 77"):
                page.filter.clear()
                app.processEvents()
                for end in range(1, len(text) + 1):
                    started = time.perf_counter()
                    page.filter.setText(text[:end])
                    app.processEvents()
                    page.table.viewport().repaint()
                    costs.append(time.perf_counter() - started)
            return statistics.median(costs)

        rounds = [one_round() for _ in range(3)]  # the median of three rounds' medians: a noisy second does not count
        page.close()
        page.deleteLater()
        app.processEvents()
    finally:
        db.dispose()
    return Row(ROW_NAMES[10], "one frame (16 ms)", statistics.median(rounds), FRAME_MS / 1000, "s", 1, "≤ 1")


# --- the annual recap -------------------------------------------------------------------------
def bench_annual(folder: Path, database: Path, runs: int, log) -> Row:  # noqa: ANN001
    from collections import Counter

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table
    from sqlalchemy import select

    from studitiru.db import models as m
    from studitiru.db.bulk_read import read_registers, read_visits
    from studitiru.db.schema import open_database
    from studitiru.domain.dates import format_date_range
    from studitiru.reports.annual import build_annual
    from studitiru.reports.data import AnnualData, delegation_size

    db = open_database(copy_database(database, folder / "annual.sqlite3"))
    try:
        started = time.perf_counter()
        with db.read() as session:
            starts = session.execute(select(m.Visit.id, m.Visit.starts_on)).all()
            year = Counter(day.year for _, day in starts).most_common(1)[0][0]
            ids = [visit_id for visit_id, day in starts if day.year == year]
            registers = read_registers(session)
            visits, _ = read_visits(session, ids)
        loading = time.perf_counter() - started
    finally:
        db.dispose()
    from studitiru.domain import records as r

    host = registers.host or r.Host(name="Pemerintah Kota Pontianak", timezone="Asia/Pontianak")
    data = AnnualData(year=year, host=host, visits=list(visits), institutions=registers.institutions,
                      topics=registers.topics, lessons=[lesson for visit in visits for lesson in visit.lessons])
    log(f"annual recap {year}: {len(visits)} visits, {len(data.lessons)} lessons, read in {loading:.2f} s")

    def plain() -> bytes:
        import io

        rows = [["Key", "Dates", "Title", "Institution", "Status", "People"]]
        rows += [[v.key, format_date_range(v.starts_on, v.ends_on, "id"), v.title,
                  registers.institutions[v.institution].name if v.institution in registers.institutions else v.institution,
                  v.status.value, str(delegation_size(v))] for v in visits]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([Table(rows, repeatRows=1)])
        return buffer.getvalue()

    floor, figure, pdf = paired_times(plain, lambda: build_annual(data, "id"), runs)
    (folder / f"annual-{year}.pdf").write_bytes(pdf)
    return Row(ROW_NAMES[12], "reportlab, the same rows in one table", figure, floor, "s", 2, "≤ 2×")


# --- the table --------------------------------------------------------------------------------
def show(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.2f} ms" if value < 0.1 else f"{value:.2f} s"


def verdict(row: Row) -> str:
    if row.goal is None:
        return "context"
    return "goal met" if row.met else "goal missed"


def table(rows: list[Row]) -> str:
    lines = ["| figure | value | floor | floor value | ratio | goal | |", "|---|---:|---|---:|---:|---|---|"]
    for row in rows:
        ratio = f"1/{1 / row.ratio:,.0f}" if 0 < row.ratio < 0.1 else f"{row.ratio:.2f}×"
        lines.append(f"| {row.name} | {show(row.figure, row.unit)} | {row.floor_name} | {show(row.floor, row.unit)} "
                     f"| {ratio} | {row.goal_text} | {verdict(row)} |")
    return "\n".join(lines)


GROUPS = ("import", "rules", "window", "keystroke", "annual", "frames")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--only", choices=GROUPS, action="append", help="run only these groups of figures")
    parser.add_argument("--runs", type=int, help="runs per figure (default: 3, or 1 for the window at --size tiny)")
    parser.add_argument("--bundle", type=Path, metavar="PATH", default=current_bundle(),
                        help="the one-folder program to time against the installed one "
                             "(default: dist/studitiru/studitiru if built after the last change to the sources)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="where the generated office is kept between runs (default: studitiru-bench-SIZE in the temporary folder)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the keystroke figure runs Qt in this process
    groups = args.only or GROUPS

    def log(text: str) -> None:
        print(f"# {text}", flush=True)

    started = time.perf_counter()
    # An installed program runs from bytecode (pip compiles it); an editable checkout under
    # PYTHONDONTWRITEBYTECODE=1 would recompile every module in every window process instead.
    import compileall

    compileall.compile_dir(ROOT / "studitiru", quiet=1)
    folder, source, database, visits = prepare(args.size, log, args.cache)
    runs = args.runs or 3
    window_runs = args.runs or (1 if args.size == "tiny" else 5)  # the window figures are the noisiest
    rows: list[Row] = []
    if "import" in groups:
        rows.append(bench_import_file(folder, source, database, runs, log))
        log(f"import done ({time.perf_counter() - started:.0f} s)")
    ensure_database(folder, source, database, log)
    if "rules" in groups:
        rows += bench_rules(folder, database, runs, 200 if args.size == "full" else 50)
        log(f"rules done ({time.perf_counter() - started:.0f} s)")
    if "window" in groups:
        rows += bench_window(folder, database, window_runs, log, args.bundle)
        log(f"window done ({time.perf_counter() - started:.0f} s)")
    if "keystroke" in groups:
        rows.append(bench_keystroke(folder, database, visits))
    if "annual" in groups:
        rows.append(bench_annual(folder, database, args.runs or 7, log))  # 0.1 s a run: more runs, a steadier median
    if "frames" in groups:
        sys.modules.setdefault("bench", sys.modules[__name__])  # bench_frames imports Row from here, not a second copy
        from bench_frames import bench_frames

        rows += bench_frames(folder, database, runs, log)
    rows.sort(key=lambda row: ROW_NAMES.index(row.name))
    print(f"\nStudi Tiru benchmark, --size {args.size} ({visits:,} visits), "
          f"{time.perf_counter() - started:.0f} s in all, {os.cpu_count()} cores\n")
    print(table(rows))
    missed = [row.name for row in rows if not row.met]
    goals = [row for row in rows if row.goal is not None]
    print(f"\n{len(goals) - len(missed)} of {len(goals)} goals met" + (f"; missed: {', '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
