"""Ending the process at once once the window has closed and everything was put away.

After the window closes, Python would tear down every module and object the program built and
Qt its widgets and fonts: about 150 ms on the demo, as long as a third of the start, for a heap
that the operating system frees anyway (issue 19). When the window's run has released what
matters (the database closed, the lock removed, settings written, background jobs finished),
it calls `allow()`; the entry point (`launch.main`) then flushes the output and the log and
leaves with `os._exit`. A command of the command line, or a test calling `cli.main`, never
allows it and ends normally.
"""

from __future__ import annotations

import logging
import os
import sys

_allowed = False


def allow() -> None:
    """Nothing is left to put away: the process may end without tearing down its heap."""
    global _allowed
    _allowed = True


def finish(code: int) -> int:
    """Leave now with `code` if `allow()` was called (output and log flushed first); else return it."""
    if not _allowed:
        return code
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(code)
