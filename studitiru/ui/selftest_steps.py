"""The steps of `gui --selftest` and the reading of `--only` (no Qt: the command line reads it).

Each step is (number, screenshot name, page key); the numbers are fixed per page.
"""

from __future__ import annotations

#: The steps, in order: (number, screenshot name, page key).
STEPS = (
    (1, "home", "home"),
    (2, "visits", "visits"),
    (3, "visit-editor", "visits"),
    (4, "timetable", "timetable"),
    (5, "sites", "sites"),
    (6, "presenters", "presenters"),
    (7, "institutions", "institutions"),
    (8, "topics", "topics"),
    (9, "lessons", "lessons"),
    (10, "reports", "reports"),
    (11, "settings", "settings"),
)
#: Steps shown only when `--only` names them (the contract's `--selftest` lists eleven pages).
EXTRA_STEPS = (
    (12, "letters", "letters"),
)
STEP_NAMES = tuple(name for _, name, _ in STEPS + EXTRA_STEPS)


def parse_only(text: str) -> tuple[str, ...]:
    """The step names of `--only` ("home,timetable"), checked; ValueError names an unknown one."""
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [name for name in names if name not in STEP_NAMES]
    if unknown or not names:
        raise ValueError(f"halaman tidak dikenal / unknown page: {', '.join(unknown) or '-'}; "
                         f"halaman / pages: {', '.join(STEP_NAMES)}")
    return names


def steps(only: tuple[str, ...] | None = None) -> tuple[tuple[int, str, str], ...]:
    """The steps to show: all of `STEPS`, or those `only` names (extra steps too), in their order."""
    if only is None:
        return STEPS
    return tuple(step for step in STEPS + EXTRA_STEPS if step[1] in only)


def start_page(only: tuple[str, ...] | None) -> str | None:
    """The page the window should open on so that nothing `only` leaves out is built first."""
    chosen = steps(only)
    return chosen[0][2] if only is not None and chosen else None
