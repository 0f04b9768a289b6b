"""Sessions on one axis (a site, a presenter, a visit), sorted by start, for the rule sweeps."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator
from datetime import datetime, timedelta

#: A session on a timeline: (starts_at, key, ends_at). Tuples sort by start, then key.
Entry = tuple[datetime, str, datetime]


class Timeline:
    """The entries of one site, presenter or visit, sorted by (start, key).

    `max_duration` is an upper bound on the length of any entry ever held: it lets an overlap
    query look back only that far. It never shrinks on removal (it stays a valid bound).
    """

    __slots__ = ("entries", "max_duration")

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.max_duration = timedelta(0)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def of(cls, entries: list[Entry]) -> Timeline:
        """A timeline that takes over `entries` (in any order)."""
        timeline = cls()
        entries.sort()
        timeline.entries = entries
        timeline.max_duration = max((end - start for start, _, end in entries), default=timedelta(0))
        return timeline

    def add(self, entry: Entry) -> None:
        insort(self.entries, entry)
        self.max_duration = max(self.max_duration, entry[2] - entry[0])

    def remove(self, entry: Entry) -> None:
        index = bisect_left(self.entries, entry)
        if index == len(self.entries) or self.entries[index] != entry:
            raise KeyError(entry[1])
        del self.entries[index]

    def overlapping(self, start: datetime, end: datetime) -> list[Entry]:
        """The entries that overlap [start, end), in order."""
        entries = self.entries
        low = bisect_left(entries, (start - self.max_duration,))
        high = bisect_left(entries, (end,), low)
        return [entry for entry in entries[low:high] if entry[2] > start]

    def neighbours(self, entry: Entry) -> tuple[Entry | None, Entry | None]:
        """The entries just before and just after `entry` (which the timeline holds)."""
        entries = self.entries
        index = bisect_left(entries, entry)
        before = entries[index - 1] if index > 0 else None
        after = entries[index + 1] if index + 1 < len(entries) else None
        return before, after

    def cluster(self, entry: Entry) -> list[Entry]:
        """The connected run of overlapping entries that holds `entry`, in order."""
        low, high = entry[0], entry[2]
        while True:
            members = self.overlapping(low, high)
            new_low = min(low, members[0][0])
            new_high = max(high, max(member[2] for member in members))
            if (new_low, new_high) == (low, high):
                return members
            low, high = new_low, new_high


def overlapping_pairs(entries: list[Entry]) -> Iterator[tuple[str, str]]:
    """Every pair of overlapping entries as (earlier key, later key), by an active-set sweep."""
    active: list[tuple[datetime, str]] = []
    for start, key, end in entries:
        if active:
            active = [item for item in active if item[0] > start]
            for _, other in active:
                yield other, key
        active.append((end, key))


def clusters(entries: list[Entry]) -> Iterator[list[Entry]]:
    """The connected runs of overlapping entries (a lone entry is a run of one), in order."""
    run: list[Entry] = []
    run_end: datetime | None = None
    for entry in entries:
        if run and entry[0] >= run_end:
            yield run
            run = []
            run_end = None
        run.append(entry)
        run_end = entry[2] if run_end is None else max(run_end, entry[2])
    if run:
        yield run
