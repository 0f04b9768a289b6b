"""Pausing Python's cycle collector while a bulk job builds and drops large trees of objects.

An exchange file of ten years parses into about a million dicts, lists and strings, none of
them in a cycle. Each time the heap grows by a quarter the collector walks all of it again:
about 2,000 passes and 0.85 s of a 7 s import (issue 7). Reference counting frees such trees
without the collector; `paused()` switches it off for the job and back on afterwards, and
nests safely across threads (the window runs imports and reports in a thread pool).

Start-up is such a job too: importing the program, Qt and SQLAlchemy and building the window
make a few hundred thousand objects that live as long as the process, and the collector walked
them again and again while they were made (about 70 ms of a 0.8 s start, issue 19). The
`studitiru` command (`launch.main`) calls `pause_for_startup()` before its first import;
`end_startup()` (after the window's first paint, or before a command-line job) freezes what
start-up made out of the collector's passes and lets the collector run again.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_starting = False


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block (any thread); the collector's state comes back after the last one."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def pausing(function):  # noqa: ANN001, ANN201 - a decorator keeps the signature
    """`function` runs with the cycle collector paused (see `paused`)."""
    import functools

    @functools.wraps(function)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        with paused():
            return function(*args, **kwargs)

    return wrapper


def pause_for_startup() -> None:
    """No cycle collection until `end_startup()` (called first thing by the program's entry point)."""
    global _starting
    with _lock:
        _starting = True
        gc.disable()


def end_startup() -> None:
    """Start-up is over: what exists now is frozen out of the collector's passes (it lives as long
    as the process) and the collector runs again, unless a `paused()` job is running (its end
    turns it back on). Safe to call more than once, and without `pause_for_startup()`."""
    global _starting, _was_enabled
    gc.freeze()
    with _lock:
        if not _starting:
            return
        _starting = False
        if _depth == 0:
            gc.enable()
        else:
            _was_enabled = True
