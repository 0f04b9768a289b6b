"""Two officers at once, each in their own window (a `Database` object), making random edits
of the same few sessions through the services (issue 14): moves, title changes, deletes, and
undos of their own moves and deletes. Every edit either lands or is refused by name (the
session's key in the message), and the database at the end equals the accepted edits
replayed in order: no lost update.

Order: an accepted edit's history rows (`Database.own_history`) give it a place; two accepted
edits of one session are ordered by it (the second checked the version the first left, so it
began after the first committed). Replayed per session from the start, each accepted edit must
find exactly what it says it changed (a move's `before`, a delete's record, the record read
before a title change), and the last state must be what the database holds.

    .venv/bin/python tools/two_officers.py --edits 1000                  # a throwaway PostgreSQL cluster
    .venv/bin/python tools/two_officers.py --edits 1000 --url sqlite:////tmp/x.sqlite3

tests/test_two_officers.py runs a smoke version (100 edits each) on the engine under test.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studitiru.db.schema import open_database  # noqa: E402
from studitiru.domain import records as r  # noqa: E402
from studitiru.errors import ChangedByOtherError, ConflictError, NotFoundError  # noqa: E402
from studitiru.services import agenda, registers, visits  # noqa: E402

VISIT = "ST-2025-900"
DAY = datetime(2025, 12, 1)
SITES = ("balai-kota", "rsud-ssma", "aula")
KEYS = tuple(f"{VISIT}-{n}" for n in range(1, 7))


def state_of(session: r.Session | None) -> tuple | None:
    return None if session is None else (session.starts_at, session.ends_at, session.site, session.title)


@dataclass
class Accepted:
    order: int  # the first history id this edit wrote
    officer: str
    kind: str
    key: str
    before: tuple | None
    after: tuple | None


@dataclass
class Officer:
    name: str
    db: Any
    rng: random.Random
    accepted: list[Accepted] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    unnamed: list[str] = field(default_factory=list)  # refusals that did not name the session
    moves: dict[str, r.SessionMove] = field(default_factory=dict)
    removed: dict[str, r.RemovedSession] = field(default_factory=dict)
    unchanged: int = 0  # accepted edits that changed nothing (a move to where the session was)

    def _edit(self, key: str) -> tuple[str, Any, tuple | None]:
        """One random edit: (kind, call, the state it says it starts from or None if it says so itself)."""
        db, rng = self.db, self.rng
        choice = rng.random()
        if choice < 0.12 and key in self.moves:
            move = self.moves.pop(key)
            return "undo-move", lambda: agenda.revert_move(db, move), None
        if choice < 0.2 and key in self.removed:
            removed = self.removed.pop(key)
            return "undo-delete", lambda: agenda.restore_session(db, removed), None
        seen = agenda.get_session(db, key)  # what the officer's window shows
        time.sleep(rng.random() * 0.002)  # the officer looks; the other one may edit meanwhile
        if choice < 0.6:
            start = DAY + timedelta(hours=rng.randint(7, 15), minutes=rng.choice((0, 15, 30, 45)))
            site = rng.choice((*SITES, agenda.KEEP_SITE))
            return "move", lambda: agenda.move_session(db, key, start, start + timedelta(minutes=rng.choice((30, 60, 90))),
                                                       site, version=seen.version), None
        if choice < 0.9:
            title = f"{self.name} {rng.randint(0, 10**6)}"
            return "title", lambda: agenda.update_session(db, replace(seen, title=title)), state_of(seen)
        return "delete", lambda: agenda.delete_session(db, key, seen.version), None

    def work(self, edits: int) -> None:
        for _ in range(edits):
            key = self.rng.choice(KEYS)
            try:
                kind, call, before = self._edit(key)
                known = set(self.db.own_history)
                result = call()
            except (ChangedByOtherError, NotFoundError, ConflictError) as error:
                name = type(error).__name__
                self.refused[name] = self.refused.get(name, 0) + 1
                if key not in error.message("id") or key not in error.message("en"):
                    self.unnamed.append(error.message("en"))
                continue
            written = sorted(set(self.db.own_history) - known)
            if isinstance(result, r.SessionMove):
                self.moves[key] = result
                before, after = state_of(result.before), state_of(result.after)
            elif isinstance(result, r.RemovedSession):
                self.removed[key] = result
                self.moves.pop(key, None)
                before, after = state_of(result.session), None
            elif kind == "undo-delete":
                before, after = None, state_of(result)
            else:
                after = state_of(result)
            if not written:  # nothing changed (a move to where it was): nothing to order, nothing written
                if kind not in ("move", "title", "undo-move") or (before is not None and before != after):
                    raise AssertionError(f"{self.name}: an accepted {kind} of {key} changed it without history")
                self.unchanged += 1
                continue
            self.accepted.append(Accepted(written[0], self.name, kind, key, before, after))


def prepare(db: Any) -> dict[str, tuple | None]:
    registers.create_record(db, r.Institution(key="pemkab-balangan", name="Pemerintah Kabupaten Balangan"))
    for key in SITES:
        registers.create_record(db, r.Site(key=key, name=key.title()))
    visits.create_visit(db, r.Visit(key=VISIT, title="Dua petugas", institution="pemkab-balangan",
                                    starts_on=DAY.date(), ends_on=DAY.date()))
    for number, key in enumerate(KEYS):
        start = DAY + timedelta(hours=8 + number)
        agenda.add_session(db, r.Session(key=key, visit=VISIT, starts_at=start, ends_at=start + timedelta(hours=1),
                                         title=f"Acara {number + 1}", site=SITES[number % len(SITES)]))
    return {key: state_of(agenda.get_session(db, key)) for key in KEYS}


def final_states(db: Any) -> dict[str, tuple | None]:
    states = {}
    for key in KEYS:
        try:
            states[key] = state_of(agenda.get_session(db, key))
        except NotFoundError:
            states[key] = None
    return states


def run(url: str, edits: int, seed: int = 20261130) -> dict:
    """Both officers' edits at once on `url` (a fresh, migrated database); the figures, and the
    problems found (an empty list when every edit landed or was refused by name, with no lost update)."""
    setup = open_database(url=url)
    try:
        start = prepare(setup)
    finally:
        setup.dispose()
    officers = [Officer(name, open_database(url=url), random.Random(seed + n)) for n, name in enumerate(("Budi", "Siti"))]
    started = time.perf_counter()
    failures: list[BaseException] = []

    def guarded(officer: Officer) -> None:
        try:
            officer.work(edits)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=guarded, args=(o,)) for o in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    problems = [f"{type(error).__name__}: {error}" for error in failures]
    try:
        final = final_states(officers[0].db)
    finally:
        for officer in officers:
            officer.db.dispose()
    # Replay, per session, in the order of the accepted edits' history.
    model = dict(start)
    accepted = sorted((a for o in officers for a in o.accepted), key=lambda a: a.order)
    for edit in accepted:
        if edit.before is not None or edit.kind == "undo-delete":
            if model[edit.key] != edit.before:
                problems.append(f"lost update: {edit.officer}'s {edit.kind} of {edit.key} found {model[edit.key]}, "
                                f"it changed {edit.before}")
        model[edit.key] = edit.after
    if model != final:
        problems.append(f"the database is not the accepted edits replayed: {final} != {model}")
    for officer in officers:
        problems.extend(f"{officer.name}: refused without naming the session: {m}" for m in officer.unnamed)
    return {
        "edits": 2 * edits, "accepted": len(accepted), "unchanged": sum(o.unchanged for o in officers),
        "refused": {o.name: dict(sorted(o.refused.items())) for o in officers},
        "kinds": {kind: sum(1 for a in accepted if a.kind == kind) for kind in sorted({a.kind for a in accepted})},
        "seconds": round(seconds, 1), "problems": problems,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=1000, help="edits per officer (default 1000)")
    parser.add_argument("--url", help="a database URL (default: a throwaway PostgreSQL cluster)")
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args(argv)
    server = None
    url = args.url
    if url is None:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_server import PostgresServer  # noqa: PLC0415

        server = PostgresServer()
        server.start()
        server.prepare_template()
        url = server.new_database()
    try:
        figures = run(url, args.edits, args.seed)
    finally:
        if server is not None:
            server.destroy()
    for name, value in figures.items():
        if name != "problems":
            print(f"{name}: {value}")
    for problem in figures["problems"]:
        print("PROBLEM:", problem)
    print("no lost update, every refusal named its session" if not figures["problems"] else
          f"{len(figures['problems'])} problems")
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
