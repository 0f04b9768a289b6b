"""The pure mapping between positions on the timetable and times, days and columns.

No Qt and no widgets: plain numbers, dates and datetimes, so that it is tested alone.

The scene is laid out day-major: for each shown day, `columns` columns side by side (a site,
a presenter, or one column per day in a visit's agenda). Hours run down from 00.00 at
`top` to 24.00 at `top + 24 * hour_height`; the view scrolls to 07.00 at first.
Left of the columns is the time axis (`left` wide), above them the headers (`top` high).
"""

from __future__ import annotations

import zlib
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MINUTES_PER_DAY = 24 * 60
#: The snap steps: 15 minutes normally, 5 with Shift.
SNAP = 15
FINE_SNAP = 5
#: The hours a view shows without scrolling.
FIRST_HOUR, LAST_HOUR = 7, 18


def snap(minutes: float, step: int = SNAP) -> int:
    """The nearest multiple of `step` (halves round up, as a hand expects)."""
    return int((minutes + step / 2) // step * step)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0))


@dataclass(frozen=True, slots=True)
class Grid:
    """Where each day, column and minute lies in the scene."""

    days: tuple[date, ...]
    columns: int
    column_width: float = 160.0
    hour_height: float = 48.0
    left: float = 56.0
    top: float = 44.0

    # -- sizes ----------------------------------------------------------------------------

    @property
    def cells(self) -> int:
        """Columns in all: days × columns per day."""
        return len(self.days) * self.columns

    @property
    def minute_height(self) -> float:
        return self.hour_height / 60.0

    @property
    def width(self) -> float:
        return self.left + self.cells * self.column_width

    @property
    def height(self) -> float:
        return self.top + 24 * self.hour_height

    # -- vertical: minutes of the day -----------------------------------------------------

    def y_of(self, minutes: float) -> float:
        """The y of a minute of the day (0 = 00.00, 1440 = 24.00)."""
        return self.top + minutes * self.minute_height

    def minutes_at(self, y: float) -> float:
        """The minute of the day at y, held within 00.00–24.00."""
        return min(max((y - self.top) / self.minute_height, 0.0), float(MINUTES_PER_DAY))

    def snapped_minutes_at(self, y: float, step: int = SNAP) -> int:
        return min(max(snap(self.minutes_at(y), step), 0), MINUTES_PER_DAY)

    # -- horizontal: days and columns -----------------------------------------------------

    def x_of(self, day_index: int, column: int) -> float:
        """The left edge of a column of a day."""
        return self.left + (day_index * self.columns + column) * self.column_width

    def cell_at(self, x: float) -> tuple[int, int] | None:
        """(day index, column) under x, or None left or right of the columns."""
        if x < self.left or self.columns == 0:
            return None
        cell = int((x - self.left) // self.column_width)
        if cell >= self.cells:
            return None
        return divmod(cell, self.columns)

    def nearest_cell(self, x: float) -> tuple[int, int]:
        """(day index, column) under x, or the nearest one at either end."""
        if self.cells == 0:
            return 0, 0
        cell = int((x - self.left) // self.column_width)
        return divmod(min(max(cell, 0), self.cells - 1), self.columns)

    def day_index(self, day: date) -> int | None:
        try:
            return self.days.index(day)
        except ValueError:
            return None

    # -- moments --------------------------------------------------------------------------

    def moment(self, day_index: int, minutes: int) -> datetime:
        """The datetime of a minute of a shown day (1440 is 00.00 of the next day)."""
        return day_start(self.days[day_index]) + timedelta(minutes=minutes)

    def moment_at(self, day_index: int, y: float, step: int = SNAP) -> datetime:
        return self.moment(day_index, self.snapped_minutes_at(y, step))

    def segments(self, starts_at: datetime, ends_at: datetime) -> list[tuple[int, float, float]]:
        """The parts of [starts_at, ends_at) that fall on shown days: (day index, from minute, to minute)."""
        parts = []
        for index, day in enumerate(self.days):
            begin = day_start(day)
            lo = max(starts_at, begin)
            hi = min(ends_at, begin + timedelta(days=1))
            if lo < hi:
                parts.append((index, (lo - begin).total_seconds() / 60, (hi - begin).total_seconds() / 60))
        return parts

    def rect(self, day_index: int, column: int, from_minute: float, to_minute: float,
             lane: int = 0, lanes: int = 1, inset: float = 2.0) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a block from one minute to another in a cell, in its lane
        of `lanes` side by side."""
        width = (self.column_width - 2 * inset) / max(lanes, 1)
        x = self.x_of(day_index, column) + inset + lane * width
        y = self.y_of(from_minute)
        return x, y, width - (1 if lanes > 1 else 0), max(self.y_of(to_minute) - y, 4.0)


def lanes(spans: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Side-by-side lanes for the blocks of one cell: for each (start, end), (its lane, the lanes
    of its run of overlapping blocks). A block takes the first lane free at its start."""
    result = [(0, 1)] * len(spans)
    run: list[int] = []
    lane_ends: list[float] = []
    run_end: float | None = None

    def close() -> None:
        for index in run:
            result[index] = (result[index][0], len(lane_ends))

    for index in sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i)):
        start, end = spans[index]
        if run_end is not None and start >= run_end:
            close()
            run, lane_ends, run_end = [], [], None
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        result[index] = (lane, 0)
        run.append(index)
        run_end = end if run_end is None else max(run_end, end)
    close()
    return result


def shift(starts_at: datetime, ends_at: datetime, minutes: int = 0, days: int = 0) -> tuple[datetime, datetime]:
    """Both ends moved by the same amount."""
    delta = timedelta(days=days, minutes=minutes)
    return starts_at + delta, ends_at + delta


def moved(starts_at: datetime, ends_at: datetime, grabbed: datetime, dropped: datetime) -> tuple[datetime, datetime]:
    """A block grabbed at one moment and dropped at another: same length, shifted."""
    return shift(starts_at, ends_at, minutes=int((dropped - grabbed).total_seconds() // 60))


def resized(starts_at: datetime, ends_at: datetime, edge: str, to: datetime, step: int = SNAP) -> tuple[datetime, datetime]:
    """The start ('top') or end ('bottom') edge dragged to a moment; at least one step long."""
    least = timedelta(minutes=step)
    if edge == "top":
        return min(to, ends_at - least), ends_at
    return starts_at, max(to, starts_at + least)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Columns of a day as keys (a site key, a presenter key, or None for 'none')."""

    keys: tuple[Hashable, ...]

    def __len__(self) -> int:
        return len(self.keys)

    def index_of(self, key: Hashable) -> int | None:
        try:
            return self.keys.index(key)
        except ValueError:
            return None

    def key_at(self, column: int) -> Hashable:
        return self.keys[column]

    def neighbour(self, key: Hashable, step: int) -> Hashable:
        """The key `step` columns away, held at the ends."""
        index = self.index_of(key)
        if index is None:
            return key
        return self.keys[min(max(index + step, 0), len(self.keys) - 1)]


def week_of(day: date) -> tuple[date, ...]:
    """Monday to Sunday of the day's week."""
    monday = day - timedelta(days=day.weekday())
    return tuple(monday + timedelta(days=n) for n in range(7))


def days_between(first: date, last: date) -> tuple[date, ...]:
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


def closed_spans(windows: Iterable[tuple[time, time]] | None) -> list[tuple[int, int]]:
    """The closed minutes of a day from its opening windows: None is always open, () is closed all day.
    A window that closes at or before it opens runs to 24.00."""
    if windows is None:
        return []
    open_spans = []
    for opens, closes in windows:
        start = opens.hour * 60 + opens.minute
        end = closes.hour * 60 + closes.minute
        open_spans.append((start, end if end > start else MINUTES_PER_DAY))
    closed, cursor = [], 0
    for start, end in sorted(open_spans):
        if start > cursor:
            closed.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < MINUTES_PER_DAY:
        closed.append((cursor, MINUTES_PER_DAY))
    return closed


#: Soft colours that hold dark text, distinct side by side.
PALETTE = (
    "#8ecae6", "#ffb703", "#90be6d", "#f4a3a8", "#b8a1e3", "#f9c74f", "#76c7c0", "#e9a178",
    "#a3c4f3", "#c7e59f", "#f7b2d9", "#d4b483", "#9bd0e5", "#e5989b", "#b5e48c", "#cdb4db",
)


def visit_colours(keys: Sequence[str], palette: Sequence[str] = PALETTE) -> dict[str, str]:
    """A colour per visit key: its own slot (from a stable hash of the key) unless a visit
    earlier in key order took it, then the next free one."""
    taken: set[int] = set()
    colours = {}
    for key in sorted(set(keys)):
        slot = zlib.crc32(key.encode()) % len(palette)
        for step in range(len(palette)):
            candidate = (slot + step) % len(palette)
            if candidate not in taken or len(taken) >= len(palette):
                slot = candidate
                break
        taken.add(slot)
        colours[key] = palette[slot]
    return colours


#: How sessions fall into columns.
SITES, PRESENTERS, VISIT = "sites", "presenters", "visit"


@dataclass(frozen=True, slots=True)
class Placement:
    """Which columns a session takes, and what dropping it on a column changes.

    SITES: a column per site (None: no site); dropping on a column sets the site.
    PRESENTERS: a column per presenter (None: nobody); a session takes each of its
    presenters' columns; dropping changes only the time.
    VISIT: one column per day; dropping changes only the day and time.
    """

    mode: str
    columns: ColumnMap

    def columns_of(self, site: str | None, presenters: tuple[str, ...]) -> list[int]:
        if self.mode == VISIT:
            return [0]
        if self.mode == PRESENTERS:
            keys: Iterable[Hashable] = dict.fromkeys(presenters) if presenters else (None,)
        else:
            keys = (site,)
        found = (self.columns.index_of(key) for key in keys)
        return [index for index in found if index is not None]

    def site_at(self, column: int) -> tuple[bool, str | None]:
        """(whether a drop on the column sets the site, the site key)."""
        if self.mode != SITES:
            return False, None
        return True, self.columns.key_at(column)  # type: ignore[return-value]
