"""Riwayat: what happened to a visit and its parts, newest first (`services.history.visit_history`).

Each row says when (Indonesian date and time), who (the OS user), what (the action, the kind
of record and its key) and the changed fields, before → after, in plain words. The tab loads
only when it is shown; the editor hands it the visit again after every change, which reloads
it if it is visible and marks it stale otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.services.history import HistoryEntry, visit_history
from studitiru.ui import labels
from studitiru.ui.context import AppContext
from studitiru.ui.visit_editor.history_fold import fold_participant_lists
from studitiru.ui.visit_editor.table_model import ROW_ROLE, SORT_ROLE, RecordTableModel

__all__ = ["HistoryModel", "HistoryTab", "describe_changes", "SORT_ROLE", "ROW_ROLE"]

#: The most entries shown (the newest).
LIMIT = 200
#: Fields never shown: internal numbers that say nothing to a user.
_HIDDEN = {"id", "ordinal", "visit_id", "records"}  # records: the register keys an import wrote


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryTab", text)


def _field_names() -> dict[str, str]:
    return {
        "title": _t("title"), "key": _t("key"), "status": _t("status"), "kind": _t("kind"),
        "starts_at": _t("start"), "ends_at": _t("end"), "starts_on": _t("first day"), "ends_on": _t("last day"),
        "site_id": _t("site"), "institution_id": _t("institution"), "institution": _t("institution"),
        "headcount": _t("headcount"), "notes": _t("notes"), "purpose": _t("purpose"),
        "presenters": _t("presenters"), "topics": _t("topics"), "topic_id": _t("topic"),
        "name": _t("name"), "position": _t("position"), "role": _t("role"), "email": _t("e-mail"),
        "phone": _t("phone"), "leader_name": _t("leader"), "leader_position": _t("leader's position"),
        "liaison_name": _t("liaison"), "liaison_position": _t("liaison's position"),
        "request_letter_number": _t("request letter number"), "request_letter_date": _t("request letter date"),
        "reply_letter_number": _t("reply letter number"), "reply_letter_date": _t("reply letter date"),
        "session_id": _t("session"), "text": _t("text"), "visits": _t("visits"),
        "note": _t("note"), "added": _t("new sessions"), "moved": _t("moved sessions"), "cancelled": _t("cancelled sessions"),
    }


def _actions() -> dict[str, str]:
    return {"insert": _t("Added"), "update": _t("Changed"), "delete": _t("Deleted"), "import": _t("Imported")}


def _kinds() -> dict[str, str]:
    return {
        "visit": _t("visit"), "session": _t("session"), "lesson": _t("lesson"), "participant": _t("participant"),
        "topic": _t("topic"), "institution": _t("institution"), "site": _t("site"), "presenter": _t("presenter"),
        "travel_time": _t("travel time"), "host": _t("host office"), "setting": _t("setting"),
        "exchange": _t("exchange file"), "revision": _t("agenda revision"), "photo": _t("photo"),
    }


def _enum_label(field: str, value: str) -> str | None:
    """The translated label of a stored enum value, when the field holds one."""
    makers = {"status": (r.VisitStatus, labels.visit_status), "kind": (r.SessionKind, labels.session_kind),
              "role": (r.ParticipantRole, labels.participant_role)}
    if field not in makers:
        return None
    enum, label = makers[field]
    try:
        return label(enum(value))
    except (ValueError, KeyError):
        return None


def plain_value(field: str, value: Any, lang: str) -> str:
    """A stored value as a user reads it: dates in words, lists joined, nothing as a dash."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, list):
        return ", ".join(plain_value(field, item, lang) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {plain_value(key, item, lang)}" for key, item in value.items())
    if isinstance(value, str):
        label = _enum_label(field, value)
        if label:
            return label
        if len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return f"{dates.format_date(moment.date(), lang, weekday=False)} {dates.format_time(moment, lang)}"
        if len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
            try:
                return dates.format_date(date.fromisoformat(value), lang, weekday=False)
            except ValueError:
                return value
    return str(value)


def _is_moment(value: Any) -> bool:
    return isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T"


def describe_changes(entry: HistoryEntry, lang: str) -> list[str]:
    """One line per field: 'start: 1 Desember 2025 09.00 → 1 Desember 2025 13.00'."""
    names = _field_names()
    order = {field: number for number, field in enumerate(names)}  # start before end, title first
    before, after = entry.before or {}, entry.after or {}
    lines = []
    for field in sorted(set(before) | set(after), key=lambda name: (order.get(name, len(order)), name)):
        if field in _HIDDEN:
            continue
        name = names.get(field, field.replace("_", " "))
        if entry.action == "update":
            old, new = plain_value(field, before.get(field), lang), plain_value(field, after.get(field), lang)
            old_day, _, old_time = old.rpartition(" ")
            new_day, _, new_time = new.rpartition(" ")
            if _is_moment(before.get(field)) and _is_moment(after.get(field)) and old_day == new_day:
                new = new_time  # the same day: '1 Desember 2025 09.00 → 13.00'
            lines.append(f"{name}: {old} → {new}")
        else:
            value = after.get(field) if entry.action != "delete" else before.get(field)
            if value is None or value == "" or value == []:
                continue  # an empty field of a new or deleted record says nothing
            lines.append(f"{name}: {plain_value(field, value, lang)}")
    return lines


class HistoryModel(RecordTableModel):
    WHEN, WHO, WHAT, CHANGES = range(4)
    COLUMN_COUNT = 4

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"))

    def display(self, record: HistoryEntry, column: int) -> str:
        if column == self.WHEN:
            moment = record.changed_at
            return f"{dates.format_date(moment.date(), self._lang, weekday=False)} {dates.format_time(moment, self._lang)}"
        if column == self.WHO:
            return record.os_user
        if column == self.WHAT:
            action = _actions().get(record.action, record.action)
            kind = _kinds().get(record.record_kind, record.record_kind)
            name = record.record_key or ""
            if record.record_kind == "participant":  # a person by name, not by the list row's key
                name = (record.after or record.before or {}).get("name") or name
            return f"{action}: {kind} {name}".strip()
        if column == self.CHANGES:
            return "; ".join(describe_changes(record, self._lang))
        return ""

    def sort_value(self, record: HistoryEntry, column: int) -> Any:
        if column == self.WHEN:
            return record.changed_at.isoformat()  # a string: Qt compares it without conversion
        return self.display(record, column)

    def tool_tip(self, record: HistoryEntry, column: int) -> str | None:
        if column == self.CHANGES:
            return "\n".join(describe_changes(record, self._lang)) or None
        if column == self.WHEN:
            return dates.format_date(record.changed_at.date(), self._lang) + " " + record.changed_at.strftime("%H:%M:%S")
        return None


class HistoryTab(QWidget):
    """The History tab of the visit editor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key: str | None = None
        self._stale = True
        self.model = HistoryModel(context.lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(HistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column, width in ((HistoryModel.WHEN, 170), (HistoryModel.WHO, 90), (HistoryModel.WHAT, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.note = QLabel(self.tr("Every change of this visit, its participants, agenda and lessons, newest first. "
                                   "Point at a row to read all its changes."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def set_visit(self, visit: r.Visit | None) -> None:
        """Show this visit's history: at once if the tab is visible, else when it is shown."""
        self._key = visit.key if visit is not None else None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        entries = fold_participant_lists(visit_history(self._context.db, self._key, limit=LIMIT)) if self._key else []
        self.model.set_rows(entries)
        self.empty.setVisible(not entries)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
