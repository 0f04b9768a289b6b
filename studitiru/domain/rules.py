"""The scheduling rules of `spec/RULES.md` as pure functions: `check()` and `RuleIndex`.

`check(programme)` returns every finding of the nine rules, ordered by the start of the
finding's first session, then rule, then session keys. `RuleIndex` holds the sessions sorted
per site, per presenter and per visit, so that the rules are found by sweeps (never by
comparing all pairs) and so that an edit of one session can be re-checked locally.

Decisions where RULES.md leaves room (see also `rules_terms`):
- A session whose end is not after its start takes part in no rule (it cannot be saved).
- A session whose visit is not in the programme is not cancelled; it has no visit dates to
  break; its headcount falls back to `participant_counts`, then 1.
- A site key missing from `programme.sites` is a site without capacity, not exclusive and
  always open; it still counts as a site for `no-site` and `travel-time`.
- An opening window that closes at or before it opens runs past midnight (08.00–00.00 ends
  at 24:00; 00.00–00.00 is the whole day).
- A pair listed twice in `travel_times` uses its first entry.
- A session's own headcount of 0 is its headcount (only None falls back).
- Messages of pair rules give the time the two sessions overlap; site-over-capacity gives the
  first moment of the peak until the count next changes; travel-time gives the gap.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from studitiru.domain import rules_messages as words
from studitiru.domain.records import Finding, Programme, Session, Site
from studitiru.domain.rules_terms import (
    NO_SITE,
    OUTSIDE_OPENING_HOURS,
    OUTSIDE_VISIT_DATES,
    PRESENTER_DOUBLE_BOOKED,
    PRESENTER_UNAVAILABLE,
    RULE_SEVERITY,
    SITE_DOUBLE_BOOKED,
    SITE_OVER_CAPACITY,
    TRAVEL_TIME,
    VISIT_OVERLAP,
    RuleContext,
    needs_site,
    travel_minutes,
)
from studitiru.domain.rules_timeline import Entry, Timeline, clusters, overlapping_pairs

__all__ = ["RULE_SEVERITY", "RuleIndex", "check", "finding_order"]


def check(programme: Programme, timezone: str | None = None) -> list[Finding]:
    """All findings of the nine rules for the programme, in their stable order.

    `timezone` (an IANA name such as 'Asia/Pontianak') only adds its abbreviation ('WIB') to
    the times in the messages.
    """
    return RuleIndex(programme, timezone).check_all()


def finding_order(finding: Finding) -> tuple[datetime, str, tuple[str, ...]]:
    """The sort key of findings: first session's start, then rule, then session keys."""
    return finding.starts_at, finding.rule, finding.sessions


def _entry(session: Session) -> Entry:
    return session.starts_at, session.key, session.ends_at


def _ordered(first: Entry, second: Entry) -> tuple[str, str]:
    """The keys of two entries, the earlier (by start, then key) first."""
    return (first[1], second[1]) if first < second else (second[1], first[1])


class RuleIndex:
    """The sessions of a programme indexed for the rules, and kept current through edits.

    **Neighbourhood.** For a set of session keys K, `neighbourhood(K)` is K plus, for each
    active session of K that has a site: the sessions of its overlap cluster at that site when
    the site has a capacity, and the sessions just before and just after it among its visit's
    sessions with a site (ordered by start, then key). Besides K, these hold every finding
    that can appear or vanish when the sessions of K change: a cluster splits or merges, or
    two travel neighbours become, or stop being, adjacent. Every other finding that an edit
    changes holds the edited session itself. One edit costs O(log n + k) for k neighbours.

    **Incremental use.** Each edit (`add_session`, `replace_session`, `remove_session`)
    returns the neighbourhood of the edited key before the edit united with the one after it.
    A caller that holds the full findings from before one or more edits passes them with the
    union of those returned sets to `update`, which gives exactly what `check_all` would.

    Visits, sites, presenters and travel times are fixed when the index is built; after a
    change to any of them, build a new index.
    """

    def __init__(self, programme: Programme, timezone: str | None = None) -> None:
        self._ctx = RuleContext.of(programme, timezone)
        self._sessions: dict[str, Session] = {}
        self._active: dict[str, Session] = {}
        self._by_site: dict[str, Timeline] = {}
        self._by_presenter: dict[str, Timeline] = {}
        self._by_visit: dict[str, Timeline] = {}
        self._by_visit_sited: dict[str, Timeline] = {}
        self._build(programme.sessions)

    def _build(self, sessions: Iterable[Session]) -> None:
        """Index the sessions: one sort per timeline."""
        by_site: dict[str, list[Entry]] = defaultdict(list)
        by_presenter: dict[str, list[Entry]] = defaultdict(list)
        by_visit: dict[str, list[Entry]] = defaultdict(list)
        by_visit_sited: dict[str, list[Entry]] = defaultdict(list)
        is_active = self._ctx.is_active
        for session in sessions:
            key = session.key
            if key in self._sessions:
                raise ValueError(f"duplicate session key {key!r}")
            self._sessions[key] = session
            if not is_active(session):
                continue
            self._active[key] = session
            entry = (session.starts_at, key, session.ends_at)
            by_visit[session.visit].append(entry)
            if session.site:
                by_site[session.site].append(entry)
                by_visit_sited[session.visit].append(entry)
            presenters = session.presenters
            if presenters:
                for presenter in presenters if len(presenters) == 1 else dict.fromkeys(presenters):
                    by_presenter[presenter].append(entry)
        for lists, timelines in (
            (by_site, self._by_site),
            (by_presenter, self._by_presenter),
            (by_visit, self._by_visit),
            (by_visit_sited, self._by_visit_sited),
        ):
            for key, entries in lists.items():
                timelines[key] = Timeline.of(entries)

    # -- the index ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._sessions)

    def __contains__(self, key: object) -> bool:
        return key in self._sessions

    def session(self, key: str) -> Session:
        """The session with this key (KeyError if there is none)."""
        return self._sessions[key]

    def _timelines_of(self, session: Session) -> list[Timeline]:
        """The timelines an active session belongs on (created when missing)."""
        places = [(self._by_visit, session.visit)]
        if session.site:
            places += [(self._by_site, session.site), (self._by_visit_sited, session.visit)]
        places += [(self._by_presenter, presenter) for presenter in dict.fromkeys(session.presenters)]
        timelines = []
        for group, key in places:
            timeline = group.get(key)
            if timeline is None:
                timeline = group[key] = Timeline()
            timelines.append(timeline)
        return timelines

    def _insert(self, session: Session) -> None:
        self._sessions[session.key] = session
        if self._ctx.is_active(session):
            self._active[session.key] = session
            for timeline in self._timelines_of(session):
                timeline.add(_entry(session))

    def _delete(self, key: str) -> None:
        session = self._sessions.pop(key)
        if self._active.pop(key, None) is not None:
            for timeline in self._timelines_of(session):
                timeline.remove(_entry(session))

    # -- edits ----------------------------------------------------------------------------

    def add_session(self, session: Session) -> frozenset[str]:
        """Add a new session; returns the keys whose findings may have changed."""
        if session.key in self._sessions:
            raise ValueError(f"duplicate session key {session.key!r}")
        self._insert(session)
        return frozenset(self.neighbourhood((session.key,)))

    def remove_session(self, key: str) -> frozenset[str]:
        """Remove a session (KeyError if unknown); returns the keys whose findings may have changed."""
        if key not in self._sessions:
            raise KeyError(key)
        before = self.neighbourhood((key,))
        self._delete(key)
        return frozenset(before)

    def replace_session(self, session: Session) -> frozenset[str]:
        """Replace the session with the same key (KeyError if unknown); returns the keys whose
        findings may have changed: its neighbourhood before and after."""
        if session.key not in self._sessions:
            raise KeyError(session.key)
        before = self.neighbourhood((session.key,))
        self._delete(session.key)
        self._insert(session)
        return frozenset(before | self.neighbourhood((session.key,)))

    # -- findings -------------------------------------------------------------------------

    def check_all(self) -> list[Finding]:
        """Every finding of the programme as the index holds it, in the stable order."""
        findings: list[Finding] = []
        for session in self._active.values():
            findings.extend(self._session_findings(session))
        presenter_pairs: set[tuple[str, str]] = set()
        for timeline in self._by_presenter.values():
            presenter_pairs.update(overlapping_pairs(timeline.entries))
        findings.extend(self._presenter_pair(a, b) for a, b in presenter_pairs)
        for site_key, timeline in self._by_site.items():
            site = self._ctx.sites.get(site_key)
            if site is None:
                continue
            if site.exclusive:
                findings.extend(self._site_pair(a, b) for a, b in overlapping_pairs(timeline.entries))
            if site.capacity is not None:
                headcount, active = self._ctx.headcount, self._active
                for run in clusters(timeline.entries):
                    if len(run) > 1 or headcount(active[run[0][1]]) > site.capacity:
                        self._append(findings, self._capacity(site, run))
        for timeline in self._by_visit.values():
            findings.extend(self._visit_pair(a, b) for a, b in overlapping_pairs(timeline.entries))
        longest = timedelta(minutes=max(self._ctx.travel.values(), default=0))
        for timeline in self._by_visit_sited.values():
            entries = timeline.entries
            for (_, first, end), (start, second, _) in zip(entries, entries[1:]):
                if end <= start < end + longest:  # no overlap, and a gap some journey may exceed
                    self._append(findings, self._travel(first, second))
        findings.sort(key=finding_order)
        return findings

    def neighbourhood(self, keys: Iterable[str]) -> set[str]:
        """The keys plus the sessions whose findings an edit of them can change (see the class)."""
        result: set[str] = set()
        for key in keys:
            result.add(key)
            session = self._active.get(key)
            if session is None or not session.site:
                continue
            entry = _entry(session)
            site = self._ctx.sites.get(session.site)
            if site is not None and site.capacity is not None:
                result.update(member[1] for member in self._by_site[session.site].cluster(entry))
            before, after = self._by_visit_sited[session.visit].neighbours(entry)
            result.update(neighbour[1] for neighbour in (before, after) if neighbour is not None)
        return result

    def findings_touching(self, session_keys: Iterable[str]) -> list[Finding]:
        """Exactly the findings of `check_all()` whose sessions meet `neighbourhood(session_keys)`,
        in the stable order; found from that neighbourhood alone."""
        return self.findings_meeting(self.neighbourhood(session_keys))

    def findings_meeting(self, keys: Iterable[str]) -> list[Finding]:
        """Exactly the findings of `check_all()` that hold at least one of the keys, in order."""
        keys = set(keys)
        findings: list[Finding] = []
        pairs: dict[str, set[tuple[str, str]]] = {PRESENTER_DOUBLE_BOOKED: set(), SITE_DOUBLE_BOOKED: set(), VISIT_OVERLAP: set(), TRAVEL_TIME: set()}
        runs: dict[tuple[str, str], list[Entry]] = {}
        for key in keys:
            session = self._active.get(key)
            if session is None:
                continue
            findings.extend(self._session_findings(session))
            self._collect_pairs(session, pairs, runs)
        findings.extend(self._presenter_pair(a, b) for a, b in pairs[PRESENTER_DOUBLE_BOOKED])
        findings.extend(self._site_pair(a, b) for a, b in pairs[SITE_DOUBLE_BOOKED])
        findings.extend(self._visit_pair(a, b) for a, b in pairs[VISIT_OVERLAP])
        for a, b in pairs[TRAVEL_TIME]:
            self._append(findings, self._travel(a, b))
        for (site_key, _), run in runs.items():
            self._append(findings, self._capacity(self._ctx.sites[site_key], run))
        findings.sort(key=finding_order)
        return findings

    def update(self, old_findings: Sequence[Finding], changed: Iterable[str]) -> list[Finding]:
        """The findings after edits, from the findings before them.

        `old_findings`: the full findings (as from `check_all`) before the edits, in order.
        `changed`: the union of the key sets that the edits (`add_session`, `replace_session`,
        `remove_session`) returned. Old findings that hold a changed key are dropped, and the
        current findings that hold one are merged in; the result equals `check_all()`.
        """
        keys = set(changed)
        kept = [finding for finding in old_findings if keys.isdisjoint(finding.sessions)]
        for finding in self.findings_meeting(keys):
            insort(kept, finding, key=finding_order)
        return kept

    # -- the rules, one finding at a time -------------------------------------------------

    def _collect_pairs(self, session: Session, pairs: dict[str, set[tuple[str, str]]], runs: dict[tuple[str, str], list[Entry]]) -> None:
        """Gather the pairs and capacity clusters that hold the session."""
        entry = _entry(session)
        start, end = session.starts_at, session.ends_at
        for presenter in dict.fromkeys(session.presenters):
            pairs[PRESENTER_DOUBLE_BOOKED].update(
                _ordered(entry, other) for other in self._by_presenter[presenter].overlapping(start, end) if other != entry
            )
        pairs[VISIT_OVERLAP].update(
            _ordered(entry, other) for other in self._by_visit[session.visit].overlapping(start, end) if other != entry
        )
        if not session.site:
            return
        site = self._ctx.sites.get(session.site)
        timeline = self._by_site[session.site]
        if site is not None and site.exclusive:
            pairs[SITE_DOUBLE_BOOKED].update(_ordered(entry, other) for other in timeline.overlapping(start, end) if other != entry)
        if site is not None and site.capacity is not None:
            run = timeline.cluster(entry)
            runs.setdefault((session.site, run[0][1]), run)
        before, after = self._by_visit_sited[session.visit].neighbours(entry)
        if before is not None:
            pairs[TRAVEL_TIME].add((before[1], session.key))
        if after is not None:
            pairs[TRAVEL_TIME].add((session.key, after[1]))

    @staticmethod
    def _append(findings: list[Finding], finding: Finding | None) -> None:
        if finding is not None:
            findings.append(finding)

    def _finding(self, rule: str, sessions: Sequence[Session], messages: tuple[str, str]) -> Finding:
        return Finding(
            rule=rule,
            severity=RULE_SEVERITY[rule],
            visits=tuple(sorted({s.visit for s in sessions})),
            sessions=tuple(sorted(s.key for s in sessions)),
            message_id=messages[0],
            message_en=messages[1],
            starts_at=min(s.starts_at for s in sessions),
        )

    def _session_findings(self, session: Session) -> list[Finding]:
        """The findings of the rules that look at one session alone."""
        ctx = self._ctx
        findings: list[Finding] = []
        if session.presenters:
            hits = []
            for presenter in dict.fromkeys(session.presenters):
                calendar = ctx.calendars.get(presenter)
                periods = calendar.overlapping(session.starts_at, session.ends_at) if calendar else ()
                if periods:
                    hits.append((presenter, periods))
            if hits:
                findings.append(self._finding(PRESENTER_UNAVAILABLE, (session,), words.presenter_unavailable(session, hits, ctx)))
        span = ctx.visit_spans.get(session.visit)
        if span is not None and (session.starts_at < span[0] or session.ends_at > span[1]):
            visit = ctx.visits[session.visit]
            findings.append(self._finding(OUTSIDE_VISIT_DATES, (session,), words.outside_visit_dates(session, visit, ctx)))
        if session.site:
            if not ctx.is_open(session.site, session.starts_at, session.ends_at):
                site = ctx.sites[session.site]
                findings.append(self._finding(OUTSIDE_OPENING_HOURS, (session,), words.outside_opening_hours(session, site, ctx)))
        elif needs_site(session):
            findings.append(self._finding(NO_SITE, (session,), words.no_site(session, ctx)))
        return findings

    def _pair(self, a: str, b: str) -> tuple[Session, Session]:
        return self._active[a], self._active[b]

    def _presenter_pair(self, a_key: str, b_key: str) -> Finding:
        a, b = self._pair(a_key, b_key)
        shared = [p for p in dict.fromkeys(a.presenters) if p in b.presenters]
        return self._finding(PRESENTER_DOUBLE_BOOKED, (a, b), words.presenter_double_booked(a, b, shared, self._ctx))

    def _site_pair(self, a_key: str, b_key: str) -> Finding:
        a, b = self._pair(a_key, b_key)
        return self._finding(SITE_DOUBLE_BOOKED, (a, b), words.site_double_booked(a, b, self._ctx))

    def _visit_pair(self, a_key: str, b_key: str) -> Finding:
        a, b = self._pair(a_key, b_key)
        return self._finding(VISIT_OVERLAP, (a, b), words.visit_overlap(a, b, self._ctx))

    def _travel(self, a_key: str, b_key: str) -> Finding | None:
        """travel-time for two sessions next to each other in their visit's order, if it fires."""
        a, b = self._pair(a_key, b_key)
        if a.site == b.site or b.starts_at < a.ends_at:
            return None
        minutes = travel_minutes(self._ctx.travel, a.site, b.site)
        if minutes is None or b.starts_at - a.ends_at >= timedelta(minutes=minutes):
            return None
        return self._finding(TRAVEL_TIME, (a, b), words.travel_time(a, b, minutes, self._ctx))

    def _capacity(self, site: Site, run: list[Entry]) -> Finding | None:
        """site-over-capacity for one cluster, if at some moment it holds more than the capacity."""
        sessions = [self._active[entry[1]] for entry in run]
        counts = [self._ctx.headcount(s) for s in sessions]
        capacity = site.capacity if site.capacity is not None else 0
        if sum(counts) <= capacity:
            return None
        events: list[tuple[datetime, int, int]] = []
        for session, count in zip(sessions, counts):
            events.append((session.starts_at, 1, count))
            events.append((session.ends_at, 0, -count))
        events.sort()  # at one moment, ends come before starts
        level = peak = 0
        peak_index = 0
        for index, (_, _, delta) in enumerate(events):
            level += delta
            if level > peak:
                peak, peak_index = level, index
        if peak <= capacity:
            return None
        peak_start = events[peak_index][0]
        peak_end = next(moment for moment, _, _ in events[peak_index:] if moment > peak_start)
        messages = words.site_over_capacity(site, sessions, peak, peak_start, peak_end, self._ctx)
        return self._finding(SITE_OVER_CAPACITY, sessions, messages)
