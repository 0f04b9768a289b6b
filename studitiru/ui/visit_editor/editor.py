"""The visit editor: a header with the visit's status and actions, and eight tabs (Details,
Participants, Agenda, Lessons, History, Letters, Documentation, Protocol). It re-reads the visit
whenever the page tells it the data changed (an edit, an undo, a redo), so the screen follows the data.

Each tab is made (its module imported, its widgets built, the open visit handed to it) the first
time it is shown or asked for (`editor.agenda`): the editor opens on one tab, not eight (issue 19)."""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.errors import NotFoundError
from studitiru.services import photos, visit_edits, visits
from studitiru.ui import labels, messages
from studitiru.ui.context import LESSONS, PARTICIPANTS, REGISTERS, SESSIONS, VISITS, AppContext
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.lookups import Lookups, load_lookups
from studitiru.ui.visit_editor.report_menu import ReportMenuButton
from studitiru.ui.visit_editor.status_guard import allow_status

if TYPE_CHECKING:
    from studitiru.ui.letters.tab import LettersTab
    from studitiru.ui.visit_editor.agenda_tab import AgendaTab
    from studitiru.ui.visit_editor.details_tab import DetailsTab
    from studitiru.ui.visit_editor.history_tab import HistoryTab
    from studitiru.ui.visit_editor.lessons_tab import LessonsTab
    from studitiru.ui.visit_editor.participants_tab import ParticipantsTab
    from studitiru.ui.visit_editor.photos_tab import PhotosTab
    from studitiru.ui.visit_editor.protocol_tab import ProtocolTab

#: The tabs in their order (the index constants of VisitEditor): attribute, module, class.
TABS = (
    ("details", "studitiru.ui.visit_editor.details_tab", "DetailsTab"),
    ("participants", "studitiru.ui.visit_editor.participants_tab", "ParticipantsTab"),
    ("agenda", "studitiru.ui.visit_editor.agenda_tab", "AgendaTab"),
    ("lessons", "studitiru.ui.visit_editor.lessons_tab", "LessonsTab"),
    ("history", "studitiru.ui.visit_editor.history_tab", "HistoryTab"),
    ("letters", "studitiru.ui.letters.tab", "LettersTab"),
    ("photos", "studitiru.ui.visit_editor.photos_tab", "PhotosTab"),
    ("protocol", "studitiru.ui.visit_editor.protocol_tab", "ProtocolTab"),
)


class VisitEditor(QWidget):
    back_requested = Signal()

    DETAILS, PARTICIPANTS, AGENDA, LESSONS, HISTORY, LETTERS, PHOTOS, PROTOCOL = range(8)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: r.Visit | None = None
        self._lookups = Lookups()
        self._lookups_stale = True  # read at the first open, then again after a change of the registers
        context.changes.changed.connect(self._on_changes_changed)
        self._shown_status: r.VisitStatus | None = None
        self.back_button = QPushButton(self.tr("← Visits"), self)
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.heading.setWordWrap(True)  # a long title wraps instead of widening the window
        self.subheading = QLabel(self)
        self.status_label = QLabel(self)
        self.status_buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete visit…"), self)
        self.reports_button = ReportMenuButton(context, self.key, self)
        self._made: dict[str, QWidget] = {}  # the tabs made so far, by attribute name
        self.tabs = QTabWidget(self)
        for title in (self.tr("Details"), self.tr("Participants"), self.tr("Agenda"), self.tr("Lessons"),
                      self.tr("History"), self.tr("Letters"), self.tr("Documentation"), self.tr("Protocol")):
            self.tabs.addTab(QWidget(), title)  # a stand-in until the tab is first shown or asked for
        self.tabs.currentChanged.connect(self._on_tab_shown)
        self._build()
        self.back_button.clicked.connect(self.back_requested)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)
        top.addWidget(self.reports_button)
        top.addWidget(self.delete_button)
        status = QHBoxLayout()
        status.addWidget(self.status_label)
        status.addLayout(self.status_buttons)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)

    # --- the tabs, made when first needed ---------------------------------------------------
    details: DetailsTab = property(lambda self: self._tab(VisitEditor.DETAILS))  # type: ignore[assignment]
    participants: ParticipantsTab = property(lambda self: self._tab(VisitEditor.PARTICIPANTS))  # type: ignore[assignment]
    agenda: AgendaTab = property(lambda self: self._tab(VisitEditor.AGENDA))  # type: ignore[assignment]
    lessons: LessonsTab = property(lambda self: self._tab(VisitEditor.LESSONS))  # type: ignore[assignment]
    history: HistoryTab = property(lambda self: self._tab(VisitEditor.HISTORY))  # type: ignore[assignment]
    letters: LettersTab = property(lambda self: self._tab(VisitEditor.LETTERS))  # type: ignore[assignment]
    photos: PhotosTab = property(lambda self: self._tab(VisitEditor.PHOTOS))  # type: ignore[assignment]
    protocol: ProtocolTab = property(lambda self: self._tab(VisitEditor.PROTOCOL))  # type: ignore[assignment]

    def _tab(self, index: int) -> QWidget:
        """The tab at `index`, made now if it was not yet: put in place of its stand-in, handed
        the open visit (and the registers' names) as the others were."""
        name, module, class_name = TABS[index]
        tab = self._made.get(name)
        if tab is not None:
            return tab
        tab = getattr(importlib.import_module(module), class_name)(self._context, self)
        self._made[name] = tab
        if name == "details":
            tab.set_lookups(self._lookups)
        if self._visit is not None:
            self._hand_visit(name, tab, self._visit)
        tabs, current = self.tabs, self.tabs.currentIndex()
        stand_in, text = tabs.widget(index), tabs.tabText(index)
        tabs.blockSignals(True)  # the swap is not a change of tab for the tabs' own reactions
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, tab, text)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
        stand_in.deleteLater()
        return tab

    def _on_tab_shown(self, index: int) -> None:
        if index >= 0:
            self._tab(index)

    def _hand_visit(self, name: str, tab: QWidget, visit: r.Visit) -> None:
        if name in ("agenda", "lessons"):
            tab.set_visit(visit, self._lookups)  # the Agenda's findings and revisions: when its tab is shown
        elif name == "letters":
            tab.set_visit(visit, self._lookups.names.get("presenter", {}))
        else:
            tab.set_visit(visit)

    def _read_lookups(self) -> None:
        """The registers' names and choices, read again (the Details tab's choices with them)."""
        self._lookups = load_lookups(self._context.db)
        self._lookups_stale = False
        if "details" in self._made:
            self._made["details"].set_lookups(self._lookups)

    def _on_changes_changed(self, kinds: frozenset, _keys: frozenset) -> None:
        if REGISTERS in kinds:
            self._lookups_stale = True

    def visit(self) -> r.Visit | None:
        return self._visit

    def key(self) -> str | None:
        return self._visit.key if self._visit else None

    # --- loading ----------------------------------------------------------------------
    def open(self, key: str) -> bool:
        """Show a visit; False if there is no such visit. The registers' names are read again
        only when a change of the registers was announced since (here or by another officer)."""
        if self._lookups_stale:
            self._read_lookups()
        try:
            visit = visits.get_visit(self._context.db, key)
        except NotFoundError as error:
            messages.show_error(self, error, self._context)
            return False
        self._visit = None
        self._show(visit)
        return True

    def reload(self, registers_changed: bool = False) -> bool:
        """Re-read the open visit; False when it is gone (deleted, or its creation undone)."""
        if self._visit is None:
            return False
        if registers_changed or self._lookups_stale:
            self._read_lookups()
        try:
            visit = visits.get_visit(self._context.db, self._visit.key)
        except NotFoundError:
            self._visit = None
            return False
        self._show(visit)
        return True

    def _show(self, visit: r.Visit) -> None:
        self._visit = visit
        lang = self._context.lang
        self.heading.setText(visit.title)
        when = dates.format_date_range(visit.starts_on, visit.ends_on, lang)
        self.subheading.setText(f"{visit.key} · {self._lookups.name('institution', visit.institution)} · {when}")
        for name, tab in self._made.items():  # a tab not made yet gets the visit when it is made
            self._hand_visit(name, tab, visit)
        self._tab(max(self.tabs.currentIndex(), 0))  # the tab on screen
        self._show_status(visit.status)
        self.tabs.setTabText(self.PARTICIPANTS, self.tr("Participants (%1)").replace("%1", str(len(visit.participants))))
        self.tabs.setTabText(self.AGENDA, self.tr("Agenda (%1)").replace("%1", str(len(visit.sessions))))
        self.tabs.setTabText(self.LESSONS, self.tr("Lessons (%1)").replace("%1", str(len(visit.lessons))))

    def _show_status(self, status: r.VisitStatus) -> None:
        if status == self._shown_status:
            return
        self._shown_status = status
        self.status_label.setText(self.tr("Status: %1.").replace("%1", labels.visit_status(status)) + " "
                                  + self.tr("Change to:"))
        while self.status_buttons.count():
            item = self.status_buttons.takeAt(0)
            item.widget().deleteLater()
        for target in r.VISIT_TRANSITIONS[status]:
            button = QPushButton(labels.visit_status(target), self)
            button.setObjectName(f"status-{target.value}")
            button.clicked.connect(lambda _checked=False, t=target: self.change_status(t))
            self.status_buttons.addWidget(button)

    # --- edits --------------------------------------------------------------------------
    def change_status(self, target: r.VisitStatus) -> None:
        visit = self._visit
        if visit is None:
            return
        if not allow_status(self, visit, target, date.today(), self._context.lang):
            return
        db, key, old = self._context.db, visit.key, visit.status
        text = self.tr("change the status of '%1' to %2").replace("%1", visit.title).replace("%2", labels.visit_status(target))
        do, undo = checked_pair(visit.version, lambda seen: visits.change_status(db, key, target, version=seen),
                                lambda seen: visits.change_status(db, key, old, force=True, version=seen))
        _, error = run_edit(self._context, text, do, undo, {VISITS}, {key})
        if error is not None:
            messages.show_error(self, error, self._context)

    def _on_delete_button_clicked(self) -> None:
        visit = self._visit
        if visit is None:
            return
        question = self.tr("Delete the visit '%1' with its participants, agenda and lessons?").replace("%1", visit.title)
        if not messages.confirm(self, self.tr("Delete visit"), question):
            return
        self.delete_visit()

    def delete_visit(self) -> None:
        visit, db = self._visit, self._context.db
        key, held = visit.key, {}

        def delete(seen: int) -> r.Visit:  # the undo puts back what the service deleted, not what the page showed
            held["photos"] = photos.list_photos(db, key, with_data=True)  # they go with the visit (cascade)
            held["visit"] = visits.delete_visit(db, key, seen)
            return held["visit"]

        def restore(_seen: int) -> r.Visit:
            restored = visit_edits.restore_visit(db, held["visit"])
            photos.restore_photos(db, held["photos"])
            return restored

        do, undo = checked_pair(visit.version, delete, restore)
        _, error = run_edit(self._context, self.tr("delete visit '%1'").replace("%1", visit.title), do, undo,
                            {VISITS, PARTICIPANTS, SESSIONS, LESSONS}, {key})
        if error is not None:
            messages.show_error(self, error, self._context)
