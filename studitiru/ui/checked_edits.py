"""Undo and redo that check what they change (issue 14): each call of an edit's `do` and `undo`
is given the row version the record must still have, so that a step that can no longer apply
(another officer changed the record since) is refused with who and when and changes nothing.

The first `do` checks the version the officer saw; every later call (undo, redo, undo…)
checks the version the previous call's result carries: what the service wrote, never what a
page had cached. A record put back by an undo keeps the version it was deleted at
(`db.versions.keep_version`), so the chain holds across delete and restore too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from studitiru.domain import records as r

T = TypeVar("T")


def result_version(result: Any) -> int:
    """The row version a service's result leaves: a record's, a move's `after`, a removed session's."""
    if isinstance(result, r.SessionMove):
        return result.after.version
    if isinstance(result, r.RemovedSession):
        return result.session.version
    version = getattr(result, "version", None)
    if not isinstance(version, int):
        raise TypeError(f"{type(result).__name__} carries no row version to check the next step against")
    return version


def checked_pair(
    seen: int, do: Callable[[int], T], undo: Callable[[int], Any],
) -> tuple[Callable[[], T], Callable[[], Any]]:
    """`do(version)` and `undo(version)` as the zero-argument calls `run_edit` takes, each given
    the version the record must have: `seen` first, then the one the previous call left."""
    version = [seen]

    def step(call: Callable[[int], Any]) -> Callable[[], Any]:
        def run() -> Any:
            result = call(version[0])
            version[0] = result_version(result)
            return result

        return run

    return step(do), step(undo)
