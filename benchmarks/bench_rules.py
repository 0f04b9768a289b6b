"""Time the scheduling rules on a ten-year office (a script, not a test).

Builds a deterministic random programme (50,000 sessions, 25 sites, 80 presenters, 5,000
visits over ten years), times `check` (median of 3), then times re-checking after one session
moves (`RuleIndex.replace_session` + `RuleIndex.update`) and prints the ratio of the two.

    python3 benchmarks/bench_rules.py [--seed N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time as clock
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studitiru.domain.records import (  # noqa: E402
    OpeningWindow,
    Period,
    Presenter,
    Programme,
    Session,
    SessionKind,
    Site,
    TravelTime,
    Visit,
    VisitStatus,
)
from studitiru.domain.rules import RuleIndex, check  # noqa: E402

SITES = 25
PRESENTERS = 80
VISITS = 5_000
SESSIONS_PER_VISIT = 10
FIRST_DAY = date(2016, 1, 4)
DAYS = 3_650


def build_sites(rng: random.Random) -> dict[str, Site]:
    sites = {}
    office_hours = tuple(OpeningWindow(day, time(7, 30), time(16)) for day in range(1, 6))
    for number in range(SITES):
        key = f"S{number:02d}"
        roll = rng.random()
        hours = None if roll < 0.3 else office_hours if roll < 0.8 else office_hours + (OpeningWindow(6, time(8), time(12)),)
        sites[key] = Site(
            key=key,
            name=f"Lokasi {number}",
            capacity=None if rng.random() < 0.2 else rng.randint(40, 200),
            exclusive=rng.random() < 0.5,
            opening_hours=hours,
        )
    return sites


def build_presenters(rng: random.Random) -> dict[str, Presenter]:
    presenters = {}
    for number in range(PRESENTERS):
        periods = []
        for _ in range(20):
            start = datetime.combine(FIRST_DAY + timedelta(days=rng.randrange(DAYS)), time(0))
            periods.append(Period(start, start + timedelta(days=rng.randint(1, 5)), rng.choice(("cuti", "dinas luar", None))))
        key = f"P{number:02d}"
        presenters[key] = Presenter(key=key, name=f"Narasumber {number}", unavailable=tuple(periods))
    return presenters


def build_sessions(rng: random.Random, visit: Visit, sites: list[str], presenters: list[str]) -> list[Session]:
    """Ten sessions over the visit's days: mornings from about 08.00, a few sites, some slips."""
    sessions = []
    days = (visit.ends_on - visit.starts_on).days + 1
    per_day = -(-SESSIONS_PER_VISIT // days)
    home = rng.sample(sites, 3)
    site = home[0]
    for number in range(SESSIONS_PER_VISIT):
        day = visit.starts_on + timedelta(days=number // per_day)
        if number % per_day == 0:
            moment = datetime.combine(day, time(8)) + timedelta(minutes=rng.choice((0, 15, 30, 60)))
        next_site = site if rng.random() < 0.6 else rng.choice(home)
        gap = rng.choice((0, 0, 5, 15)) if next_site == site else rng.choice((10, 30, 45, 60))
        site = next_site
        start = moment + timedelta(minutes=gap)
        end = start + timedelta(minutes=rng.choice((30, 45, 60, 60, 90)))
        moment = end
        kind = rng.choice(list(SessionKind) + [None])
        sessions.append(
            Session(
                key=f"{visit.key}-{number + 1}",
                visit=visit.key,
                starts_at=start,
                ends_at=end,
                title=f"Acara {number + 1}",
                kind=kind,
                site=None if rng.random() < 0.02 else site,
                presenters=tuple(rng.sample(presenters, rng.choice((0, 1, 1, 2)))),
                headcount=rng.choice((None, None, None, 10, 25)),
            )
        )
    return sessions


def build_programme(seed: int) -> Programme:
    """A deterministic ten-year programme."""
    rng = random.Random(seed)
    sites = build_sites(rng)
    presenters = build_presenters(rng)
    site_keys, presenter_keys = sorted(sites), sorted(presenters)
    travel = tuple(
        TravelTime(a, b, rng.randint(5, 45))
        for i, a in enumerate(site_keys)
        for b in site_keys[i + 1 :]
        if rng.random() < 0.6
    )
    visits, sessions, counts = {}, [], {}
    for number in range(VISITS):
        length = rng.choice((1, 1, 2))  # extra days after the first
        week = FIRST_DAY + timedelta(weeks=rng.randrange(DAYS // 7))  # a Monday
        starts_on = week + timedelta(days=rng.randrange(5 - length))  # Monday to Friday
        key = f"ST-{number:05d}"
        visit = Visit(
            key=key,
            title=f"Studi tiru {number}",
            institution=f"I{number % 300}",
            starts_on=starts_on,
            ends_on=starts_on + timedelta(days=length),
            status=VisitStatus.CANCELLED if rng.random() < 0.05 else VisitStatus.CONFIRMED,
            headcount=rng.choice((None, 15, 30, 45)),
        )
        visits[key] = visit
        counts[key] = rng.randint(0, 40)
        sessions.extend(build_sessions(rng, visit, site_keys, presenter_keys))
    return Programme(tuple(sessions), visits, sites, presenters, travel, counts)


def timed(function, *args):
    started = clock.perf_counter()
    result = function(*args)
    return clock.perf_counter() - started, result


def moved(rng: random.Random, session: Session, sites: list[str]) -> Session:
    shift = timedelta(minutes=rng.choice((-120, -60, -30, 30, 60, 120)))
    site = rng.choice(sites) if rng.random() < 0.3 else session.site
    return replace(session, starts_at=session.starts_at + shift, ends_at=session.ends_at + shift, site=site)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20260112)
    parser.add_argument("--moves", type=int, default=300)
    args = parser.parse_args()

    programme = build_programme(args.seed)
    print(f"programme: {len(programme.sessions):,} sessions, {len(programme.sites)} sites, "
          f"{len(programme.presenters)} presenters, {len(programme.visits):,} visits")
    runs = [timed(check, programme, "Asia/Pontianak") for _ in range(3)]
    full = statistics.median(seconds for seconds, _ in runs)
    findings = runs[0][1]
    print(f"check(): {full * 1000:.0f} ms (median of 3), {len(findings):,} findings")

    build, index = timed(RuleIndex, programme, "Asia/Pontianak")
    print(f"RuleIndex(): {build * 1000:.0f} ms to build")
    rng = random.Random(args.seed + 1)
    site_keys = sorted(programme.sites)
    keys = [s.key for s in programme.sessions]
    costs = []
    current = index.check_all()
    for _ in range(args.moves):
        session = index.session(rng.choice(keys))
        started = clock.perf_counter()
        changed = index.replace_session(moved(rng, session, site_keys))
        current = index.update(current, changed)
        costs.append(clock.perf_counter() - started)
    one = statistics.median(costs)
    print(f"one move re-checked: {one * 1000:.2f} ms median, {max(costs) * 1000:.2f} ms worst "
          f"of {args.moves} (replace_session + update)")
    print(f"ratio re-check / full check: 1/{full / one:,.0f}")
    if current != index.check_all():
        raise SystemExit("incremental findings differ from a full check")
    print("incremental findings equal a full check: yes")


if __name__ == "__main__":
    main()
