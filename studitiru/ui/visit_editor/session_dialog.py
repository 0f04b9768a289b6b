"""Add or change one session of a visit's agenda."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from studitiru.domain import records as r
from studitiru.ui import labels
from studitiru.ui.context import AppContext
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.widgets.date_edit import DateEdit
from studitiru.ui.widgets.enum_combo import EnumCombo
from studitiru.ui.widgets.key_picker import KeyListPicker
from studitiru.ui.widgets.text_edit import CommitTextEdit
from studitiru.ui.widgets.time_edit import TimeEdit


def default_session(visit: r.Visit) -> r.Session:
    """A new session: an hour after the visit's last session on its first day, or at 09.00."""
    day = visit.starts_on
    ends = [s.ends_at for s in visit.sessions if s.starts_at.date() == day]
    start = max(ends) if ends else datetime.combine(day, time(9))
    if start.time() >= time(22) or start.date() != day:
        start = datetime.combine(day, time(9))
    return r.Session(key="", visit=visit.key, starts_at=start, ends_at=start + timedelta(hours=1), title="")


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, visit: r.Visit, lookups: Lookups,
                 session: r.Session) -> None:
        super().__init__(parent)
        self._session = session
        lang = context.lang
        self.setWindowTitle(self.tr("New session") if not session.key else self.tr("Session %1").replace("%1", session.key))
        self.day = DateEdit(lang)
        self.starts = TimeEdit(lang)
        self.ends = TimeEdit(lang)
        self.title = QLineEdit()
        self.kind = EnumCombo(r.SessionKind, labels.session_kind, none_text="")
        self.site = QComboBox()
        self.site.addItem(self.tr("(no site)"), None)
        for site in lookups.sites:
            self.site.addItem(site.name, site.key)
        self.presenters = KeyListPicker()
        self.presenters.set_choices((p.key, f"{p.name} ({p.position})" if p.position else p.name) for p in lookups.presenters)
        self.topics = KeyListPicker()
        self.topics.set_choices((t.key, t.name) for t in lookups.topics)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 100000)
        self.headcount.setSpecialValueText(self.tr("as the visit"))
        self.notes = CommitTextEdit()
        self.notes.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self._show(session)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 640)

    def _build(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Presenters"), self.presenters)
        form.addRow(self.tr("Topics"), self.topics)
        form.addRow(self.tr("Headcount"), self.headcount)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _show(self, session: r.Session) -> None:
        self.title.setText(session.title)
        self.day.set_value(session.starts_at.date())
        self.starts.set_value(session.starts_at.time())
        self.ends.set_value(session.ends_at.time())
        self.kind.set_value(session.kind)
        self.site.setCurrentIndex(max(0, self.site.findData(session.site)))
        self.presenters.set_keys(session.presenters)
        self.topics.set_keys(session.topics)
        self.headcount.setValue(session.headcount or 0)
        self.notes.setText(session.notes or "")

    def value(self) -> r.Session:
        day = self.day.value()
        starts = datetime.combine(day, self.starts.value())
        ends = datetime.combine(day, self.ends.value())
        return r.Session(
            key=self._session.key, visit=self._session.visit, starts_at=starts, ends_at=ends,
            title=self.title.text().strip(), kind=self.kind.value(), site=self.site.currentData(),
            presenters=self.presenters.keys(), topics=self.topics.keys(), headcount=self.headcount.value() or None,
            notes=self.notes.text().strip() or None, version=self._session.version,  # refused if changed meanwhile
        )

    def problem(self) -> str | None:
        """What stops the session from being saved, in plain words, or None."""
        session = self.value()
        if not session.title:
            return self.tr("Give the session a title.")
        if session.ends_at <= session.starts_at:
            return self.tr("The session must end after it starts.")
        return None

    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, visit: r.Visit, lookups: Lookups,
            session: r.Session | None = None) -> r.Session | None:
        dialog = cls(parent, context, visit, lookups, session or default_session(visit))
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
