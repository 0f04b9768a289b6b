"""What every page and dialog of the window shares: the open database, the undo stack,
the interface language, and a signal that says what kind of data changed.

Pages talk to services only (never to the ORM). After a service call changes data, the
caller announces it with `context.changes.announce(...)`; each page decides whether it
must reload (Anki's "operations" idea, kept small).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from studitiru.db.engine import Database


#: Kinds of data a change can touch; pages listen for the ones they show.
VISITS = "visits"
SESSIONS = "sessions"
LESSONS = "lessons"
PARTICIPANTS = "participants"
REGISTERS = "registers"  # topics, institutions, sites, travel times, presenters
HOST = "host"
ALL_KINDS = frozenset({VISITS, SESSIONS, LESSONS, PARTICIPANTS, REGISTERS, HOST})


class ChangeBus(QObject):
    """Tells every page what changed: `changed(kinds, keys)`; keys may be empty (= anything)."""

    changed = Signal(frozenset, frozenset)
    #: An undo or redo (from the Edit menu or Ctrl+Z) that could no longer apply: its UserError.
    #: The main window shows it (queued: after the undo stack has finished its step).
    refused = Signal(object)

    def announce(self, kinds: set[str] | frozenset[str] | str, keys: set[str] | frozenset[str] | tuple = ()) -> None:
        kinds = frozenset({kinds}) if isinstance(kinds, str) else frozenset(kinds)
        self.changed.emit(kinds, frozenset(keys))


@dataclass
class AppContext:
    db: Database
    lang: str = "id"
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    changes: ChangeBus = field(default_factory=ChangeBus)
    read_only: bool = False
    #: The visit the officer is working on: the one last opened in the visit editor. Choosers
    #: elsewhere (the timetable's "New sessions for", the Reports page) start from it.
    working_visit: str | None = None

    def __post_init__(self) -> None:
        self.undo_stack.setUndoLimit(500)
