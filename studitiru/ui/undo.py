"""Undoable edits. Every edit in every page is a `ServiceCommand` pushed on the shared
undo stack: `redo` calls a service, `undo` calls its inverse, both announce what changed.

The first `redo` (run by `QUndoStack.push`) may raise a `UserError`; `run_edit` catches
it, shows nothing itself and returns the error, and the command is not kept on the stack.

Any other exception is a bug. The command is dropped from the stack all the same (the stack
holds only steps that happened) and the exception goes on: out of `run_edit` for the first
run, out of `undo`/`redo` otherwise, to `sys.excepthook` (`bug_report`: a plain dialog with the
details to copy) or, under pytest-qt, to a failed test. Nothing swallows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from studitiru.errors import ChangedByOtherError, DatabaseError, UserError
from studitiru.ui.context import ALL_KINDS, AppContext


class ServiceCommand(QUndoCommand):
    """An edit as two calls: `do()` and `undo()`, each one service call (one transaction)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: set[str] | frozenset[str],
        keys: set[str] | frozenset[str] | tuple = (),
    ) -> None:
        super().__init__(text)
        self._context = context
        self._do = do
        self._undo = undo
        self._kinds = frozenset(kinds)
        self._keys = frozenset(keys)
        self.result: Any = None
        self.error: UserError | None = None
        #: A bug met by the first run (inside `QUndoStack.push`), raised again by `run_edit`.
        self.bug: BaseException | None = None
        self._first_run = True

    def redo(self) -> None:
        first, self._first_run = self._first_run, False
        try:
            self.result = self._do()
        except UserError as error:
            self.error = error
            self.setObsolete(True)  # QUndoStack drops an obsolete command after push
            if not first:  # a redo that can no longer apply: say so (run_edit returns the first run's)
                self._refused(error)
            return
        except Exception as bug:
            self.setObsolete(True)  # a step that did not happen is never offered for undo
            if first:
                self.bug = bug  # raised again by run_edit, outside Qt's push()
                return
            raise
        self._context.changes.announce(self._kinds, self._keys)

    def undo(self) -> None:
        try:
            self._undo()
        except UserError as error:
            # The data moved on under us (e.g. another window); say so, keep the stack sane.
            self.error = error
            self.setObsolete(True)
            self._refused(error)
            return
        except Exception:
            self.setObsolete(True)
            self._context.changes.announce(self._kinds, self._keys)  # pages show what is stored
            raise
        self._context.changes.announce(self._kinds, self._keys)


    def _refused(self, error: UserError) -> None:
        """An undo or redo that cannot apply changed nothing: pages reload what is stored (all of
        it when another officer changed it) and the window says why."""
        self._context.changes.announce(ALL_KINDS if isinstance(error, ChangedByOtherError) else self._kinds, self._keys)
        self._context.changes.refused.emit(error)


def run_edit(
    context: AppContext,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    kinds: set[str] | frozenset[str],
    keys: set[str] | frozenset[str] | tuple = (),
) -> tuple[Any, UserError | None]:
    """Run an edit as an undoable command. Returns (result, None) or (None, error).
    A read-only window refuses every edit before it starts."""
    if context.read_only:
        return None, read_only_error(context)
    command = ServiceCommand(context, text, do, undo, kinds, keys)
    context.undo_stack.push(command)
    if command.bug is not None:
        context.changes.announce(kinds, keys)  # pages show what is stored, whatever happened
        raise command.bug
    if command.error is not None:
        if isinstance(command.error, ChangedByOtherError):  # another officer changed it: pages reload
            context.changes.announce(ALL_KINDS)
        return None, command.error
    return command.result, None


def seen_once(version: int) -> Callable[[], int]:
    """The version the user saw, for a delete's first run only: a redo after an undo deletes
    the record the undo put back (a new row, its version restarted), so it checks nothing."""
    pending = [version]
    return lambda: pending.pop() if pending else 0


def read_only_error(context: AppContext) -> DatabaseError:
    """The plain refusal of an edit in a window opened read-only."""
    location = context.db.location
    return DatabaseError(
        f"Basis data {location} dibuka hanya-baca: perubahan tidak dapat disimpan.",
        f"The database {location} is open read-only: changes cannot be saved.",
    )
