"""The in-window frame figures of issue 19, measured in this process on the real window.

A `MainWindow` (no remembered state) shown at 1280 × 800 offscreen on a copy of the office:

- every page is shown once, then each again: the second show, until the page is painted (the worst page is the figure);
- a visit's editor opened from the shell (`open_visit`) on its first tab, until it is painted (several visits with
  agendas, the median; the same on the Agenda tab, which then checks the rules and reads the revisions, is logged);
- a session block dragged with the mouse on the timetable's busiest day and dropped half an hour later: from the
  release to the moved block and the findings list painted (several sessions, the median);
- the Undo of that drop (the shared undo stack, as Edit → Undo does), until the same is painted.

Each is a figure against one frame (16 ms); only ratios mean anything on a shared machine.
Run through `bench.py --only frames` (this module is its "frames" group).
"""

from __future__ import annotations

import cProfile
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

#: The rows' names (also in bench.ROW_NAMES, which orders the table).
DROP = "dropping a dragged session on the timetable, ten years"
UNDO = "an undo of that drop, ten years"
EDITOR = "opening a visit's editor, ten years"
SWITCH = "switching to a page the second time, ten years (worst page)"
#: A folder to write one cProfile file per figure into (not set: no profiling).
PROFILE = os.environ.get("STUDITIRU_BENCH_PROFILE")
#: Revisions released of each visit the editor opens and of each visit on the timetable's day: the
#: generated office has none, a real one a few per visit (the editor lists them, the timetable flags
#: what changed since the last).
REVISIONS = 8


def bench_frames(folder: Path, database: Path, runs: int, log) -> list:  # noqa: ANN001 - print-like
    """The four rows (bench.Row) of the in-window frames, each the median of `runs` or more tries."""
    from bench import FRAME_MS, Row, copy_database  # here, not at the top: bench.py imports this module

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studitiru.db.schema import open_database
    from studitiru.ui.context import AppContext
    from studitiru.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(copy_database(database, folder / "frames.sqlite3"))
    frame = FRAME_MS / 1000
    try:
        rng = random.Random(19)
        chosen, busiest = visits_and_day(db, rng, max(runs, 5) + 1)
        released = release_revisions(db, chosen + day_visits(db, busiest))
        log(f"released {REVISIONS} revisions of each of {released} visits (the editor's and the timetable's day's)")
        window = MainWindow(AppContext(db=db), remember_state=False, backup_folder=folder / "frames-backups")
        window.change_poll.stop()  # this process is the only writer: no look of another officer's changes mid-figure
        window.resize(1280, 800)
        window.show()
        app.processEvents()

        profiles: dict[str, cProfile.Profile] = {}

        def timed(figure: str, action: Callable[[], object]) -> float:
            """Seconds from `action` until the events it caused are handled and what they changed is
            painted, once: two passes of the event loop, as `gui --selftest` times a page (a forced
            repaint on top timed a second paint). Under STUDITIRU_BENCH_PROFILE=DIR also profiled,
            one cProfile file per figure in DIR."""
            profile = profiles.setdefault(figure, cProfile.Profile()) if PROFILE else None
            if profile is not None:
                profile.enable()
            started = time.perf_counter()
            action()
            app.processEvents()  # the events it caused, and the paint of what they changed
            app.processEvents()  # what that paint asked for
            cost = time.perf_counter() - started
            if profile is not None:
                profile.disable()
            return cost

        # -- switching pages: each shown once, then each again --------------------------------------
        keys = window.page_keys()
        first = {key: timed("first-show", lambda key=key: window.show_page(key)) for key in keys}
        second: dict[str, list[float]] = {key: [] for key in keys}
        for _ in range(max(runs, 3)):
            for key in keys:
                second[key].append(timed("switch", lambda key=key: window.show_page(key)))
        switch = {key: statistics.median(costs) for key, costs in second.items()}
        log("page shown the first time: " + ", ".join(f"{key} {ms(first[key])}" for key in keys))
        log("page shown again (median): " + ", ".join(f"{key} {ms(switch[key])}" for key in keys))
        worst = max(switch, key=switch.__getitem__)

        # -- the visit editor ---------------------------------------------------------------------------
        visits_page = window.page("visits")
        opens = []
        for key in chosen:
            visits_page.show_list()
            window.show_page("home")
            app.processEvents()
            opens.append(timed("editor", lambda key=key: window.open_visit(key)))
        log(f"editor opened for {len(chosen)} visits: " + ", ".join(ms(cost) for cost in opens)
            + " (the first pays for the editor's tabs' first show)")
        editor = statistics.median(opens[1:] or opens)
        # Context: the same with the Agenda tab current (its rule check and revisions are read at once).
        visits_page.editor.tabs.setCurrentIndex(visits_page.editor.AGENDA)
        on_agenda = []
        for key in chosen[1:]:
            visits_page.show_list()
            window.show_page("home")
            app.processEvents()
            on_agenda.append(timed("editor-agenda", lambda key=key: window.open_visit(key)))
        log(f"editor opened on its Agenda tab: median {ms(statistics.median(on_agenda))} (" +
            ", ".join(ms(cost) for cost in on_agenda) + ")")
        visits_page.editor.tabs.setCurrentIndex(visits_page.editor.DETAILS)
        visits_page.show_list()

        # -- a drop on the timetable's busiest day, and its undo --------------------------------------
        page = window.show_page("timetable")
        page.toolbar.set_day(busiest)
        app.processEvents()
        view = page.view
        blocks = sorted({b.key for b in view.blocks()})
        tries = rng.sample(blocks, min(len(blocks), max(runs, 5)))
        drops, undos = [], []
        for key in tries:
            view.centerOn(view.blocks_of(key)[0].scene_block_rect().center())  # the drop lands in the viewport
            app.processEvents()
            grab = view.block_point(key)
            down = QPoint(0, round(30 * view.timetable.grid.minute_height))
            viewport = view.viewport()
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
            for step in range(1, 5):
                QTest.mouseMove(viewport, grab + QPoint(0, round(down.y() * step / 4)))
            app.processEvents()
            before = window.context.undo_stack.index()
            drops.append(timed("drop", lambda: QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                                                          Qt.KeyboardModifier.NoModifier, grab + down)))
            assert window.context.undo_stack.index() == before + 1, f"the drop of {key} did not make an edit"
            moved = view.blocks_of(key)[0].session
            undos.append(timed("undo", window.context.undo_stack.undo))
            assert view.blocks_of(key)[0].session.starts_at == moved.starts_at - timedelta(minutes=30), key
        log(f"timetable on {busiest} ({len(blocks)} sessions, {len(page.findings.findings())} findings): "
            f"drops {', '.join(ms(cost) for cost in drops)}; undos {', '.join(ms(cost) for cost in undos)}")
        log(fsync_cost(folder, database, copy_database))
        for figure, profile in profiles.items():
            Path(PROFILE).mkdir(parents=True, exist_ok=True)
            profile.dump_stats(Path(PROFILE) / f"{figure}.prof")
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        db.dispose()
    one = "one frame (16 ms)"
    return [
        Row(DROP, one, statistics.median(drops), frame, "s", 2, "≤ 2 frames"),
        Row(UNDO, one, statistics.median(undos), frame, "s", 2, "≤ 2 frames"),
        Row(EDITOR, one, editor, frame, "s", 6, "≤ 6 frames (0.1 s)"),
        Row(SWITCH, f"one frame (16 ms); worst: {worst}", switch[worst], frame, "s", 2, "≤ 2 frames"),
    ]


def visits_and_day(db, rng: random.Random, count: int) -> tuple[list[str], date]:  # noqa: ANN001 - a Database
    """`count` visits with an agenda (three sessions or more) and the day with the most sessions."""
    from sqlalchemy import func, select

    from studitiru.db import models as m

    with db.read() as session:
        with_agendas = session.execute(
            select(m.Visit.key).join(m.Session, m.Session.visit_id == m.Visit.id)
            .group_by(m.Visit.key).having(func.count(m.Session.id) >= 3).order_by(m.Visit.key)).scalars().all()
        days = Counter(moment.date() for moment in session.execute(select(m.Session.starts_at)).scalars())
    return rng.sample(list(with_agendas), min(len(with_agendas), count)), days.most_common(1)[0][0]


def day_visits(db, day: date) -> list[str]:  # noqa: ANN001 - a Database
    from studitiru.services import agenda

    start = datetime.combine(day, datetime.min.time())
    return sorted({s.visit for s in agenda.sessions_between(db, start, start + timedelta(days=1))})


def release_revisions(db, keys: list[str]) -> int:  # noqa: ANN001 - a Database
    """Release each visit's agenda once, then add copies of that revision up to REVISIONS (the
    import's merge: the same snapshot, numbered on), as an office that sent each visit's schedule
    several times would hold."""
    from dataclasses import replace

    from studitiru.services import revisions

    keys = sorted(set(keys))
    copies = []
    for key in keys:
        first = revisions.release(db, key, "bench").revision
        copies += [replace(first, number=number) for number in range(2, REVISIONS + 1)]
    with db.write() as session:
        revisions.merge_revisions(session, copies)
    return len(keys)


def fsync_cost(folder: Path, database: Path, copy_database) -> str:  # noqa: ANN001 - bench's copier
    """What `synchronous=FULL` (kept: an edit is on the disk when the window says so) costs one edit:
    the same one-row update committed in WAL with FULL and with OFF, medians of 20."""
    import sqlite3

    target = copy_database(database, folder / "fsync.sqlite3")
    costs = {}
    with sqlite3.connect(target, isolation_level=None) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        for mode in ("FULL", "OFF", "FULL", "OFF"):
            connection.execute(f"PRAGMA synchronous={mode}")
            runs = []
            for step in range(20):
                started = time.perf_counter()
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("UPDATE sessions SET title = ? WHERE id = ?", (f"{mode} {step}", step + 1))  # a real change
                connection.execute("COMMIT")
                runs.append(time.perf_counter() - started)
            costs[mode] = statistics.median(runs)
    connection.close()
    return (f"one committed edit: {ms(costs['FULL'])} with synchronous=FULL, {ms(costs['OFF'])} with OFF "
            f"(the fsync: {ms(costs['FULL'] - costs['OFF'])}; FULL stays)")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
