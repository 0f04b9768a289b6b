"""Item models of the visit editor: participants (edited in place), sessions with their
findings, lessons, and the findings list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.ui import labels
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.visit_editor.table_model import RecordTableModel
from studitiru.ui.widgets.enum_combo import enum_data

_Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLOURS = {r.Severity.ERROR: "#d32f2f", r.Severity.WARNING: "#f29900"}


@cache
def severity_icon(severity: r.Severity) -> QIcon:
    """A red (error) or amber (warning) dot."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ParticipantModel(RecordTableModel):
    """The delegation's members in their order; every cell can be edited. An edit does not
    change the model: it asks for the new list with `edit_requested(tuple)`."""

    NAME, POSITION, INSTITUTION, PHONE, EMAIL, ROLE = range(6)
    COLUMN_COUNT = 6
    FIELDS = ("name", "position", "institution", "phone", "email", "role")

    edit_requested = Signal(tuple)

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Position"), self.tr("Institution"), self.tr("Phone"),
                self.tr("Email"), self.tr("Role"))

    def display(self, record: r.Participant, column: int) -> str:
        if column == self.ROLE:
            return labels.participant_role(record.role)
        return getattr(record, self.FIELDS[column]) or ""

    def edit_value(self, record: r.Participant, column: int) -> Any:
        if column == self.ROLE:
            return record.role.value
        return self.display(record, column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        record = self._rows[index.row()]
        field = self.FIELDS[index.column()]
        if index.column() == self.ROLE:
            value = enum_data(r.ParticipantRole, value)
        else:
            value = str(value).strip() or None
            if field == "name" and value is None:
                return False
        if getattr(record, field) == value:
            return False
        rows = list(self._rows)
        rows[index.row()] = replace(record, **{field: value})
        self.edit_requested.emit(tuple(rows))
        return True


class SessionModel(RecordTableModel):
    """A visit's sessions by start, with a marker for the findings that touch each."""

    MARK, DATE, TIME, TITLE, KIND, SITE, PRESENTERS, TOPICS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._lookups = Lookups()
        self._findings: dict[str, list[r.Finding]] = {}

    def set_context(self, lookups: Lookups, findings: Sequence[r.Finding]) -> None:
        self._lookups = lookups
        self._findings = {}
        for finding in findings:
            for key in finding.sessions:
                self._findings.setdefault(key, []).append(finding)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    def findings_of(self, key: str) -> list[r.Finding]:
        return self._findings.get(key, [])

    def headers(self) -> Sequence[str]:
        return ("", self.tr("Date"), self.tr("Time"), self.tr("Title"), self.tr("Kind"), self.tr("Site"),
                self.tr("Presenters"), self.tr("Topics"))

    def display(self, record: r.Session, column: int) -> str:
        if column == self.DATE:
            return dates.format_date(record.starts_at.date(), self._lang)
        if column == self.TIME:
            return dates.format_time_range(record.starts_at, record.ends_at, self._lang)
        if column == self.TITLE:
            return record.title
        if column == self.KIND:
            return labels.session_kind(record.kind)
        if column == self.SITE:
            return self._lookups.name("site", record.site)
        if column == self.PRESENTERS:
            return self._lookups.names_of("presenter", record.presenters)
        if column == self.TOPICS:
            return self._lookups.names_of("topic", record.topics)
        return ""

    def sort_value(self, record: r.Session, column: int) -> Any:
        if column in (self.DATE, self.TIME):
            return record.starts_at.isoformat()
        if column == self.MARK:
            return len(self.findings_of(record.key))
        return self.display(record, column)

    def decoration(self, record: r.Session, column: int) -> Any:
        if column != self.MARK:
            return None
        found = self.findings_of(record.key)
        if not found:
            return None
        worst = r.Severity.ERROR if any(f.severity == r.Severity.ERROR for f in found) else r.Severity.WARNING
        return severity_icon(worst)

    def tool_tip(self, record: r.Session, column: int) -> str | None:
        found = self.findings_of(record.key)
        if column == self.MARK and found:
            return "\n".join(f.message(self._lang) for f in found)
        if column in (self.TITLE, self.PRESENTERS, self.TOPICS, self.SITE):
            return self.display(record, column) or None
        return None


class LessonModel(RecordTableModel):
    TOPIC, SESSION, OBSERVATION, RECOMMENDATION, OWNER, STATUS, FOLLOW_UP, NOTE = range(8)
    COLUMN_COUNT = 8

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._lookups = Lookups()
        self._session_titles: dict[str, str] = {}

    def set_context(self, lookups: Lookups, sessions: Sequence[r.Session]) -> None:
        self._lookups = lookups
        self._session_titles = {s.key: s.title for s in sessions}

    def headers(self) -> Sequence[str]:
        return (self.tr("Topic"), self.tr("Session"), self.tr("Observation"), self.tr("Recommendation"),
                self.tr("Owner"), self.tr("Status"), self.tr("Follow-up"), self.tr("Follow-up note"))

    def display(self, record: r.Lesson, column: int) -> str:
        if column == self.TOPIC:
            return self._lookups.name("topic", record.topic)
        if column == self.SESSION:
            return self._session_titles.get(record.session or "", record.session or "")
        if column == self.STATUS:
            return labels.lesson_status(record.status)
        if column == self.FOLLOW_UP:
            return dates.format_date(record.follow_up_on, self._lang, weekday=False) if record.follow_up_on else ""
        value = {self.OBSERVATION: record.observation, self.RECOMMENDATION: record.recommendation,
                 self.OWNER: record.owner, self.NOTE: record.follow_up_note}.get(column)
        return value or ""

    def sort_value(self, record: r.Lesson, column: int) -> Any:
        if column == self.FOLLOW_UP:
            return record.follow_up_on.isoformat() if record.follow_up_on else "9999"
        return self.display(record, column)

    def tool_tip(self, record: r.Lesson, column: int) -> str | None:
        if column in (self.OBSERVATION, self.RECOMMENDATION, self.NOTE):
            return {self.OBSERVATION: record.observation, self.RECOMMENDATION: record.recommendation,
                    self.NOTE: record.follow_up_note}[column]
        return None


class FindingModel(RecordTableModel):
    """The rule findings that touch a visit: severity and message, errors first."""

    SEVERITY, MESSAGE = range(2)
    COLUMN_COUNT = 2

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def headers(self) -> Sequence[str]:
        return (self.tr("Severity"), self.tr("Finding"))

    def display(self, record: r.Finding, column: int) -> str:
        if column == self.SEVERITY:
            return labels.severity(record.severity)
        return record.message(self._lang)

    def decoration(self, record: r.Finding, column: int) -> Any:
        return severity_icon(record.severity) if column == self.SEVERITY else None

    def tool_tip(self, record: r.Finding, column: int) -> str | None:
        return record.message(self._lang) if column == self.MESSAGE else None
