"""The visit editor's "Reports ▾" button: itinerary, summary and attendance sheet of the open visit,
saved as PDF or previewed, built off the GUI thread by the same runner as the Reports page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from studitiru.services import revisions
from studitiru.ui import report_runner
from studitiru.ui.context import AppContext


class ReportMenuButton(QPushButton):
    def __init__(self, context: AppContext, visit_key: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reports"), parent)
        self._context = context
        self._visit_key = visit_key
        self.runner = report_runner.ReportRunner(context, self)
        self.runner.busy.connect(lambda busy: self.setEnabled(not busy))
        self.runner.failed.connect(lambda message: report_runner.show_failure(self, message, context))
        self.last_saved = None
        menu = QMenu(self)
        for kind in report_runner.VISIT_KINDS:
            label = report_runner.kind_label(kind)
            menu.addAction(self.tr("%1: save as PDF…").replace("%1", label), lambda k=kind: self.save(k))
            menu.addAction(self.tr("%1: preview").replace("%1", label), lambda k=kind: self.preview(k))
            menu.addAction(self.tr("%1: print…").replace("%1", label), lambda k=kind: self.print_report(k))
            menu.addSeparator()
        self.setMenu(menu)

    def save(self, kind: str) -> bool:
        key = self._visit_key()
        if key is None:
            return False
        name = report_runner.suggested_name(kind, key)

        def done(data: bytes) -> None:
            self.last_saved = report_runner.save_pdf(self, data, name)
            if self.last_saved is not None and kind == "itinerary" and not self._context.read_only:
                revisions.mark_plan_produced(self._context.db, key, "itinerary")  # it says "Revisi N": sendable

        return self.runner.run(kind, visit=key, then=done)

    def preview(self, kind: str) -> bool:
        key = self._visit_key()
        if key is None:
            return False
        name = report_runner.suggested_name(kind, key)
        return self.runner.run(kind, visit=key, then=lambda data: report_runner.preview_pdf(self, data, name))

    def print_report(self, kind: str = "itinerary", key: str | None = None) -> bool:
        """Print a report of the open visit (or of `key`): the File menu's and toolbar's Print."""
        key = key or self._visit_key()
        if key is None:
            return False
        name = report_runner.suggested_name(kind, key)

        def done(data: bytes) -> None:
            report_runner.print_pdf(self, data, name)
            if kind == "itinerary" and not self._context.read_only:
                revisions.mark_plan_produced(self._context.db, key, "itinerary")  # printed: it may be sent

        return self.runner.run(kind, visit=key, then=done)
