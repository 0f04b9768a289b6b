"""Load what a page shows when it is shown (docs/ui-architecture.md): a mixin for pages."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from studitiru.errors import DatabaseError
from studitiru.ui.context import ALL_KINDS


class ReloadsWhenShown:
    """Put before QWidget in a page's bases. The page defines `refresh()` (which sets
    `_stale = False`), may narrow `shown_kinds`, and connects `context.changes.changed` to
    `_on_changes_changed`: a change of a kind it shows reloads it at once while it is visible,
    and only marks it stale while hidden; showing a stale page reloads it."""

    shown_kinds: frozenset[str] = ALL_KINDS
    _stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]

    def _on_changes_changed(self, kinds: frozenset, keys: frozenset) -> None:
        if not kinds & self.shown_kinds:
            return
        if self.isVisible():  # type: ignore[attr-defined]
            try:
                self.refresh()  # type: ignore[attr-defined]
            except DatabaseError:
                # The database cannot be read now (the server is down): the step that announced
                # the change says so itself (an undo refused, an edit's message); the page keeps
                # what it shows and reads again when shown next.
                self._stale = True
        else:
            self._stale = True
