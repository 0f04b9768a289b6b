"""Bulk import benchmark: a ten-year exchange document, imported, exported and checked.

    python benchmarks/bench_import.py [--keep DIR]

Generates (deterministically, `random.Random(2026)`) 5,000 visits with 50,000 sessions over
25 sites and 80 presenters, 100,000 participants and 15,000 lessons, then prints:
- the floor: `json.load` plus plain `sqlite3` executemany of the same rows into plain tables;
- the import time through `studitiru.services.exchange.import_file`;
- the export time (`export_file`) and the full `check` time.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

VISITS = 5000
SESSIONS_PER_VISIT = 10
PARTICIPANTS_PER_VISIT = 20
LESSONS_PER_VISIT = 3
SITES = 25
PRESENTERS = 80
TOPICS = 30
INSTITUTIONS = 300
KINDS = ["reception", "presentation", "site_tour", "discussion", "meal", "travel", "other"]


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def generate(seed: int = 2026) -> dict:
    """The ten-year exchange document."""
    rng = random.Random(seed)
    topics = [{"key": f"t{n:02d}", "name": f"Topik {n}"} for n in range(TOPICS)]
    institutions = [
        {"key": f"inst-{n:03d}", "name": f"Pemerintah Kabupaten {n}", "kind": "regency", "province": f"Provinsi {n % 38}"}
        for n in range(INSTITUTIONS)
    ]
    sites = []
    for n in range(SITES):
        site = {"key": f"site-{n:02d}", "name": f"Lokasi {n}", "capacity": rng.randint(20, 120), "exclusive": n % 3 == 0}
        if n % 2 == 0:
            site["opening_hours"] = [{"weekday": d, "opens": "07:30", "closes": "16:00"} for d in range(1, 6)]
        sites.append(site)
    travel = [
        {"from": f"site-{a:02d}", "to": f"site-{b:02d}", "minutes": rng.randint(5, 45)}
        for a in range(SITES) for b in range(a + 1, SITES) if rng.random() < 0.5
    ]
    presenters = []
    for n in range(PRESENTERS):
        presenter = {"key": f"p-{n:03d}", "name": f"Narasumber {n}", "position": "Kepala Bagian",
                     "topics": sorted(rng.sample([t["key"] for t in topics], 3))}
        if n % 4 == 0:
            start = datetime(2016, 1, 4, 8) + timedelta(days=rng.randint(0, 3600))
            presenter["unavailable"] = [{"starts_at": _stamp(start), "ends_at": _stamp(start + timedelta(days=2)), "reason": "Dinas luar"}]
        presenters.append(presenter)
    visits = []
    first_day = date(2016, 1, 4)
    for n in range(VISITS):
        key = f"ST-{2016 + n // 500}-{n % 500 + 1:03d}"
        day = first_day + timedelta(days=(n * 3652) // VISITS)
        ends = day + timedelta(days=1)
        sessions = []
        for s in range(SESSIONS_PER_VISIT):
            on = day if s < SESSIONS_PER_VISIT // 2 else ends
            start = datetime.combine(on, datetime.min.time()) + timedelta(hours=8 + (s % 5) * 1.5)
            session = {"key": f"{key}-{s + 1}", "starts_at": _stamp(start), "ends_at": _stamp(start + timedelta(minutes=75)),
                       "title": f"Acara {s + 1}", "kind": rng.choice(KINDS), "site": f"site-{rng.randrange(SITES):02d}",
                       "presenters": sorted(rng.sample([p["key"] for p in presenters], rng.randint(1, 2))),
                       "topics": sorted(rng.sample([t["key"] for t in topics], 2))}
            sessions.append(session)
        participants = [
            {"name": f"Peserta {n}-{p}", "position": "Staf", "role": "leader" if p == 0 else "member"}
            for p in range(PARTICIPANTS_PER_VISIT)
        ]
        lessons = [
            {"topic": rng.choice(topics)["key"], "session": sessions[rng.randrange(SESSIONS_PER_VISIT)]["key"],
             "observation": f"Praktik baik {l + 1}", "status": rng.choice(["noted", "planned", "adopted"]),
             "follow_up_on": (ends + timedelta(days=90)).isoformat()}
            for l in range(LESSONS_PER_VISIT)
        ]
        visits.append({
            "key": key, "title": f"Studi tiru {n}", "institution": rng.choice(institutions)["key"],
            "leader": {"name": f"Pemimpin {n}"}, "status": rng.choice(["requested", "confirmed", "completed", "reported"]),
            "starts_on": day.isoformat(), "ends_on": ends.isoformat(), "topics": sorted(rng.sample([t["key"] for t in topics], 2)),
            "participants": participants, "sessions": sessions, "lessons": lessons,
        })
    return {"format": "studitiru", "version": 1,
            "host": {"name": "Pemerintah Kota Pontianak", "timezone": "Asia/Pontianak"},
            "topics": topics, "institutions": institutions, "sites": sites, "travel_times": travel,
            "presenters": presenters, "visits": visits}


def floor(path: Path, folder: Path) -> float:
    """json.load plus plain sqlite3 executemany of the same rows into plain tables."""
    started = time.perf_counter()
    with path.open(encoding="utf-8") as handle:
        document = json.load(handle)
    (folder / "floor.sqlite3").unlink(missing_ok=True)
    connection = sqlite3.connect(folder / "floor.sqlite3")
    connection.executescript(
        "CREATE TABLE visits(id INTEGER PRIMARY KEY, key TEXT UNIQUE, title TEXT, institution TEXT, starts_on TEXT, ends_on TEXT);"
        "CREATE TABLE sessions(id INTEGER PRIMARY KEY, key TEXT UNIQUE, visit TEXT, starts_at TEXT, ends_at TEXT, title TEXT, site TEXT);"
        "CREATE TABLE session_presenters(session TEXT, presenter TEXT);"
        "CREATE TABLE participants(id INTEGER PRIMARY KEY, visit TEXT, ordinal INTEGER, name TEXT, position TEXT, role TEXT);"
        "CREATE TABLE lessons(id INTEGER PRIMARY KEY, visit TEXT, topic TEXT, session TEXT, observation TEXT, status TEXT);"
    )
    with connection:
        visits = document["visits"]
        connection.executemany("INSERT INTO visits(key, title, institution, starts_on, ends_on) VALUES (?,?,?,?,?)",
                               [(v["key"], v["title"], v["institution"], v["starts_on"], v["ends_on"]) for v in visits])
        connection.executemany("INSERT INTO sessions(key, visit, starts_at, ends_at, title, site) VALUES (?,?,?,?,?,?)",
                               [(s["key"], v["key"], s["starts_at"], s["ends_at"], s["title"], s.get("site"))
                                for v in visits for s in v["sessions"]])
        connection.executemany("INSERT INTO session_presenters VALUES (?,?)",
                               [(s["key"], p) for v in visits for s in v["sessions"] for p in s.get("presenters", ())])
        connection.executemany("INSERT INTO participants(visit, ordinal, name, position, role) VALUES (?,?,?,?,?)",
                               [(v["key"], i, p["name"], p.get("position"), p.get("role", "member"))
                                for v in visits for i, p in enumerate(v["participants"])])
        connection.executemany("INSERT INTO lessons(visit, topic, session, observation, status) VALUES (?,?,?,?,?)",
                               [(v["key"], l.get("topic"), l.get("session"), l["observation"], l.get("status"))
                                for v in visits for l in v["lessons"]])
    connection.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to keep the generated files in")
    args = parser.parse_args()
    from studitiru.db.schema import open_database
    from studitiru.services import checks, exchange

    folder = args.keep or Path(tempfile.mkdtemp(prefix="studitiru-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    document = generate()
    source = folder / "ten-years.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    print(f"generated {source} ({source.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.2f} s")
    print(f"floor (json.load + sqlite3 executemany): {floor(source, folder):.2f} s")

    for name in ("bench.sqlite3", "bench.sqlite3-wal", "bench.sqlite3-shm"):
        (folder / name).unlink(missing_ok=True)
    db = open_database(folder / "bench.sqlite3")
    try:
        started = time.perf_counter()
        counts = exchange.import_file(db, source)
        print(f"import: {time.perf_counter() - started:.2f} s  ({counts.message('en')})")
        started = time.perf_counter()
        counts = exchange.import_file(db, source)
        print(f"import again (every visit replaced): {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        exchange.export_file(db, folder / "export.json")
        print(f"export: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        programme = checks.load_programme(db)
        print(f"load_programme: {time.perf_counter() - started:.2f} s  ({len(programme.sessions)} sessions)")
        started = time.perf_counter()
        findings = checks.check_database(db)
        print(f"check (whole database): {time.perf_counter() - started:.2f} s  ({len(findings)} findings)")
        started = time.perf_counter()
        findings = checks.check_database(db, ["ST-2020-100"])
        print(f"check --visit ST-2020-100: {time.perf_counter() - started:.2f} s  ({len(findings)} findings)")
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
