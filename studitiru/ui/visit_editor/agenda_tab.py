"""The Agenda tab: a visit's sessions, added and changed in a dialog, each edit undoable,
with the rule findings that touch each session beside it and listed under the table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from studitiru.domain import records as r
from studitiru.services import agenda
from studitiru.services.checks import check_database
from studitiru.ui.context import LESSONS, SESSIONS, AppContext
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.visit_editor.models import FindingModel, SessionModel
from studitiru.ui.visit_editor.record_tab import RecordTab
from studitiru.ui.visit_editor.revisions_panel import RevisionsPanel
from studitiru.ui.visit_editor.session_dialog import SessionDialog


class AgendaTab(RecordTab):
    KINDS = frozenset({SESSIONS, LESSONS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SessionModel(context.lang), parent)
        self.model.setParent(self)
        self._visit: r.Visit | None = None
        self._lookups = Lookups()
        self._checked = True  # nothing to check before a visit is set
        self.findings = FindingModel(context.lang, self)
        self.findings_view = QTableView(self)
        self.findings_view.setModel(self.findings)
        self.findings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_view.verticalHeader().setVisible(False)
        self.findings_view.horizontalHeader().setStretchLastSection(True)
        self.findings_view.setColumnWidth(FindingModel.SEVERITY, 120)
        self.findings_view.setWordWrap(False)
        self.findings_label = QLabel(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.findings_label)
        lower_layout.addWidget(self.findings_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.revisions = RevisionsPanel(context, self)
        self.layout_.addWidget(self.revisions)
        self.layout_.addWidget(splitter, 1)
        self.table.horizontalHeader().setSectionResizeMode(SessionModel.MARK, QHeaderView.ResizeMode.Fixed)
        self.set_widths({SessionModel.MARK: 28, SessionModel.DATE: 180, SessionModel.TIME: 100, SessionModel.KIND: 130})
        self.stretch(SessionModel.TITLE, SessionModel.SITE, SessionModel.PRESENTERS, SessionModel.TOPICS)
        self.findings_view.activated.connect(self._on_findings_view_activated)
        self.set_findings(())

    def set_visit(self, visit: r.Visit, lookups: Lookups) -> None:
        """Show the visit's sessions at once; their rule findings and the revisions are read now
        if the tab is visible, else when it is shown (a rule check and the revisions cost more
        than the rest of the editor's opening)."""
        self._visit, self._lookups = visit, lookups
        self.model.set_context(lookups, ())  # the findings come with check()
        self.set_rows(visit.sessions)
        self._checked = False
        if self.isVisible():
            self.check()

    def check(self) -> None:
        """Read the findings that touch the visit's sessions and the visit's revisions."""
        visit = self._visit
        if visit is None:
            return
        self._checked = True
        mine = {s.key for s in visit.sessions}
        found = check_database(self._context.db, [visit.key])
        findings = [f for f in found if visit.key in f.visits and (mine.intersection(f.sessions) or not f.sessions)]
        self.model.set_context(self._lookups, findings)
        self.set_findings(findings)
        self.revisions.set_visit(visit.key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._checked:
            self.check()

    def set_findings(self, findings: Sequence[r.Finding]) -> None:
        self.findings.set_rows(findings)
        errors = sum(f.severity == r.Severity.ERROR for f in findings)
        text = self.tr("Findings: errors %1 · warnings %2").replace("%1", str(errors)).replace("%2", str(len(findings) - errors))
        self.findings_label.setText(text if findings else self.tr("Findings: none"))
        self.findings_view.setVisible(bool(findings))

    def _on_findings_view_activated(self, index: QModelIndex) -> None:
        finding = self.findings.record(index.row())
        mine = [key for key in finding.sessions if any(s.key == key for s in self.model.rows())]
        if mine:
            self.select_key(mine[0])
            self.table.setFocus()

    # --- edits --------------------------------------------------------------------------
    def add(self) -> None:
        if self._visit is None:
            return
        record = SessionDialog.ask(self, self._context, self._visit, self._lookups)
        if record is None:
            return
        db = self._context.db
        self._add(self.tr("add session '%1'").replace("%1", record.title), replace(record, key=""),
                  lambda new: agenda.add_session(db, new), lambda key, seen: agenda.delete_session(db, key, seen),
                  lambda removed: agenda.restore_session(db, removed))

    def edit(self, record: r.Session) -> None:
        new = SessionDialog.ask(self, self._context, self._visit, self._lookups, record)
        if new is None or new == record:
            return
        db = self._context.db
        do, undo = checked_pair(record.version, lambda seen: agenda.update_session(db, replace(new, version=seen)),
                                lambda seen: agenda.update_session(db, replace(record, version=seen)))
        self._run(self.tr("change session '%1'").replace("%1", new.title), do, undo)

    def delete(self, record: r.Session) -> None:
        db = self._context.db
        held = {}

        def delete(seen: int) -> r.RemovedSession:  # the undo puts back what the service removed, lessons' links too
            held["removed"] = agenda.delete_session(db, record.key, seen)
            return held["removed"]

        do, undo = checked_pair(record.version, delete, lambda _seen: agenda.restore_session(db, held["removed"]))
        self._run(self.tr("delete session '%1'").replace("%1", record.title), do, undo)
