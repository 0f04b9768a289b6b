"""`studitiru gui --selftest`: show every page in turn, time it, optionally save screenshots.

One line per page: `01-home 85 ms` (the time from asking for the page to its being painted).
`--only home,timetable` shows only the named steps (the names of the screenshot files), in the
order of `STEPS`; `letters` (the register of letters, a page after the contract's eleven) is shown
only when named.
With a screenshots folder each page is saved as `NN-page.png`. The result is 1 if any Python
exception was raised or Qt printed a warning meanwhile, else 0. The numbers are fixed per page
(a page this build does not have yet is skipped, its number unused).

`STUDITIRU_WINDOW_SIZE=1280x800` sets the window's size (default 1280×800).
`STUDITIRU_SELFTEST_TITLES=1` adds the window's title to each line (`01-home 85 ms Beranda — Studi
Tiru`): how the checks of an installed or bundled program see which language the window speaks.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from studitiru.services import visits
from studitiru.ui.main_window import MainWindow
from studitiru.ui.selftest_steps import EXTRA_STEPS, STEPS, start_page, steps  # noqa: F401 - what tests read here

#: Qt messages of the offscreen platform that say nothing about the program.
IGNORED = ("propagateSizeHints",)
DEFAULT_SIZE = (1280, 800)


def window_size() -> tuple[int, int]:
    text = os.environ.get("STUDITIRU_WINDOW_SIZE", "")
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return DEFAULT_SIZE
    return (width, height) if width > 0 and height > 0 else DEFAULT_SIZE


class Problems:
    """Collects Qt warnings and uncaught Python exceptions while the selftest runs."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._previous_handler = None
        self._previous_hook = None

    def __enter__(self) -> Problems:
        self._previous_handler = qInstallMessageHandler(self._on_message)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_exception
        return self

    def __exit__(self, *exc_info: object) -> None:
        qInstallMessageHandler(self._previous_handler)
        sys.excepthook = self._previous_hook

    def _on_message(self, kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or any(text in message for text in IGNORED):
            return
        self.items.append(f"Qt: {message}")

    def _on_exception(self, kind: type, value: BaseException, tb: object) -> None:
        self.items.append("".join(traceback.format_exception(kind, value, tb)).rstrip())


def _settle(widget: QWidget) -> None:
    """Until the page is painted: one pass of the event loop shows, lays out and paints it, a
    second runs what that paint asked for (a deferred layout, an update). The page is not painted
    again to be sure: a forced repaint timed a second paint of every page (issue 19)."""
    app = QApplication.instance()
    app.processEvents()
    app.processEvents()


def _first_visit(window: MainWindow) -> str | None:
    """The first visit of the list that has an agenda (else the first visit): the editor shows something."""
    rows = visits.list_visits(window.context.db, limit=50)
    with_agenda = [row for row in rows if row.session_count]
    chosen = with_agenda or rows
    return chosen[0].key if chosen else None


def _show_step(window: MainWindow, name: str, key: str, visit: str | None = None) -> QWidget | None:
    """Show one step; returns what to photograph (None: the step does not exist in this build).
    `visit`: the visit the editor step opens (chosen before the step is timed)."""
    if key not in window.page_keys():
        return None
    if name != "visit-editor":
        window.show_page(key)
        return window
    page = window.show_page(key)
    opener = getattr(page, "open_visit", None)
    if not callable(opener) or visit is None:
        return None
    shown = opener(visit)
    return shown if isinstance(shown, QWidget) and shown.isWindow() else window


def run_selftest(window: MainWindow, screenshots: Path | None = None,
                 out: Callable[[str], None] = print, only: tuple[str, ...] | None = None,
                 after_first_step: Callable[[], None] | None = None) -> int:
    """Show every page of `window` in turn (or the steps `only` names); 0 if all went well, 1 on
    an exception or a Qt warning."""
    if screenshots is not None:
        Path(screenshots).mkdir(parents=True, exist_ok=True)
    with Problems() as problems:
        try:
            window.resize(*window_size())
            for number, name, key in steps(only):
                # The selftest's own choice of a visit to open is not part of the step's time.
                visit = _first_visit(window) if name == "visit-editor" and key in window.page_keys() else None
                started = time.perf_counter()
                if not window.isVisible():  # the first page is timed with the window's first showing
                    window.show()
                shown = _show_step(window, name, key, visit)
                if shown is None:
                    continue
                _settle(shown)
                elapsed = (time.perf_counter() - started) * 1000
                label = f"{number:02d}-{name}"
                title = f" {shown.window().windowTitle()}" if os.environ.get("STUDITIRU_SELFTEST_TITLES") else ""
                out(f"{label} {elapsed:.0f} ms{title}")
                if screenshots is not None:
                    shown.grab().save(str(Path(screenshots) / f"{label}.png"))
                if shown is not window:
                    shown.close()
                if after_first_step is not None:
                    after_first_step()
                    after_first_step = None
        except Exception:  # noqa: BLE001 - the selftest reports every exception and fails
            problems.items.append(traceback.format_exc().rstrip())
        finally:
            window.close()
            QApplication.instance().processEvents()
    for problem in problems.items:
        print(problem, file=sys.stderr)
    return 1 if problems.items else 0
