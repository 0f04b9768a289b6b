"""The Agenda tab's revisions: what was sent to the visitors and what changed since.

A line "Belum dikirim: 2 perubahan sejak Revisi 1" with the changes listed, the button
"Kirim/terbitkan jadwal…" (asks for a note, releases in one undoable step, then says who must be
told), and the released revisions, each to print again (its PDF exactly as it was released, or
its calendar) and to tell its people again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studitiru.domain.dates import format_date
from studitiru.domain.revisions import AgendaChanges, Notice, Revision, change_line, notice_text
from studitiru.errors import UserError
from studitiru.services import revisions
from studitiru.ui import messages, report_runner
from studitiru.ui.context import SESSIONS, AppContext
from studitiru.ui.undo import run_edit


class ReleaseDialog(QDialog):
    """Asks for the note of a release, showing what it will send."""

    def __init__(self, parent: QWidget | None, number: int, lines: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send/release the schedule"))
        self.setObjectName("release_dialog")
        intro = QLabel(self.tr("The current agenda becomes Revision %1, as it is now. It cannot be edited afterwards.")
                       .replace("%1", str(number)), self)
        intro.setWordWrap(True)
        self.changes = QLabel("\n".join(lines) if lines else self.tr("No session changed."), self)
        self.changes.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("release_note")
        self.note.setPlaceholderText(self.tr("e.g. The presenter of the discussion changed; the tour starts later"))
        self.note.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Release"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.changes)
        layout.addWidget(QLabel(self.tr("Note (who asked for the change, why):"), self))
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    @classmethod
    def ask(cls, parent: QWidget | None, number: int, lines: list[str]) -> str | None:
        """The note (may be empty), or None when cancelled."""
        dialog = cls(parent, number, lines)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.toPlainText().strip()


class NoticesDialog(QDialog):
    """Who must be told of a release: each presenter, site and the liaison officer with their own
    changes, as a message ready to paste into WhatsApp or an e-mail, and a copy button each."""

    def __init__(self, parent: QWidget | None, revision: Revision, notices: list[Notice], lang: str,
                 on_copy: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices_dialog")
        self.setWindowTitle(self.tr("Who must be told of Revision %1").replace("%1", str(revision.number)))
        self._revision, self._notices, self._on_copy = revision, notices, on_copy
        self.language = QComboBox(self)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if lang == "en" else 0)
        self.language.currentIndexChanged.connect(self._fill)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Message language:"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        self.texts: list[QPlainTextEdit] = []
        self.copy_buttons: list[QPushButton] = []
        body = QWidget(self)
        rows = QVBoxLayout(body)
        roles = {"presenter": self.tr("Presenter"), "site": self.tr("Site"), "liaison": self.tr("Liaison officer")}
        for notice in notices:
            box = QGroupBox(f"{roles[notice.role]}: {notice.name}" + (f" · {notice.contact}" if notice.contact else ""), body)
            text = QPlainTextEdit(box)
            text.setReadOnly(True)
            text.setMinimumHeight(110)
            copy = QPushButton(self.tr("Copy"), box)
            copy.clicked.connect(lambda _=False, t=text: self._copy(t.toPlainText()))
            inner = QHBoxLayout(box)
            inner.addWidget(text, 1)
            inner.addWidget(copy)
            rows.addWidget(box)
            self.texts.append(text)
            self.copy_buttons.append(copy)
        if not notices:
            rows.addWidget(QLabel(self.tr("Nobody: no session changed in this revision."), body))
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._fill()

    def _copy(self, text: str) -> None:
        """To the clipboard, to paste into a message: the revision counts as sent from now on."""
        QGuiApplication.clipboard().setText(text)
        if self._on_copy is not None:
            self._on_copy()

    def _fill(self) -> None:
        lang = self.language.currentData()
        for notice, text in zip(self._notices, self.texts):
            text.setPlainText(notice_text(notice, self._revision, lang))


class RevisionsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: str | None = None
        self._pending: AgendaChanges | None = None
        self._last: Revision | None = None
        self._differs = False
        self.status = QLabel(self)
        self.status.setObjectName("revision_status")
        self.status.setWordWrap(True)
        self.changes = QLabel(self)
        self.changes.setObjectName("revision_changes")
        self.changes.setWordWrap(True)
        self.changes.setStyleSheet("color: #8a5a00")
        self.release_button = QPushButton(self.tr("Send/release the schedule…"), self)
        self.release_button.setObjectName("release_button")
        self.release_button.clicked.connect(self.release)
        self.revision_choice = QComboBox(self)
        self.revision_choice.setObjectName("revision_choice")
        self.print_button = QPushButton(self.tr("Print again…"), self)
        self.print_button.setToolTip(self.tr("Save the itinerary of this revision as PDF, exactly as it was released"))
        self.print_button.clicked.connect(self.print_again)
        self.calendar_button = QPushButton(self.tr("Calendar (.ics)…"), self)
        self.calendar_button.clicked.connect(self.save_calendar)
        self.tell_button = QPushButton(self.tr("Who must be told…"), self)
        self.tell_button.clicked.connect(lambda: self.tell(self.revision_choice.currentData()))
        first = QHBoxLayout()
        first.addWidget(self.status, 1)
        first.addWidget(self.release_button)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Released:"), self))
        second.addWidget(self.revision_choice, 1)
        for button in (self.print_button, self.calendar_button, self.tell_button):
            second.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addWidget(self.changes)
        layout.addLayout(second)

    # --- showing --------------------------------------------------------------------------
    def set_visit(self, visit_key: str | None) -> None:
        self._visit = visit_key
        self.refresh()

    def refresh(self) -> None:
        lang = self._context.lang
        if self._visit is None:
            return
        try:
            self._last, self._pending, self._differs = revisions.plan_status(self._context.db, self._visit)
            released = revisions.revision_list(self._context.db, self._visit)  # no snapshot read
        except UserError:
            return  # the visit is gone (another window): the editor closes it
        last, pending = self._last, self._pending
        zone = last.agenda.host.timezone if last is not None else None
        if last is None:
            self.status.setText(self.tr("Not released yet: the visitors have no schedule from this program."))
        elif pending.count:
            self.status.setText(self.tr("Not sent: %1 change(s) since Revision %2").replace("%1", str(pending.count))
                                .replace("%2", str(last.number)))
        elif self._differs:
            self.status.setText(self.tr("Not sent: details changed since Revision %1 (no session moved)").replace("%1", str(last.number)))
        else:
            self.status.setText(self.tr("Sent: Revision %1 of %2; nothing changed since").replace("%1", str(last.number))
                                .replace("%2", format_date(last.released_at.date(), lang, weekday=False)))
        lines = [change_line(c, lang, zone) for c in pending.all()] if last is not None else []
        self.changes.setText("\n".join(f"• {line}" for line in lines))
        self.changes.setVisible(bool(lines))
        self.release_button.setEnabled(not self._context.read_only and (last is None or self._differs))
        self.revision_choice.clear()
        for item in reversed(released):
            text = f"{summary_word(item.number, lang)} · {format_date(item.released_at.date(), lang, weekday=False)} · {item.officer}"
            if item.note:
                text += f" · {item.note}"
            self.revision_choice.addItem(text, item.number)
        for button in (self.print_button, self.calendar_button, self.tell_button):
            button.setEnabled(bool(released))

    def changed_sessions(self) -> set[str]:
        """The keys of the sessions added or moved since the last revision (the timetable marks them)."""
        if self._pending is None or self._last is None:
            return set()
        return {c.session for c in (*self._pending.added, *self._pending.moved)}

    # --- releasing ------------------------------------------------------------------------
    def release(self) -> Revision | None:
        if self._visit is None:
            return None
        self.refresh()
        lang = self._context.lang
        number = (self._last.number if self._last else 0) + 1
        if self._last is not None and self._pending is not None:
            lines = [change_line(c, lang, self._last.agenda.host.timezone) for c in self._pending.all()]
        else:
            lines = []
        note = ReleaseDialog.ask(self, number, lines)
        if note is None:
            return None
        db, visit = self._context.db, self._visit
        held: dict = {}

        def do() -> Revision:
            if "undone" in held:  # redo: the same revision back, not a new one
                return revisions.restore_release(db, held.pop("undone"))
            return revisions.release(db, visit, note).revision

        def undo() -> None:
            try:
                held["undone"] = revisions.undo_release(db, visit, number)
            except UserError as error:  # printed or sent since: say why not (the stack drops the step)
                messages.show_error(self, error, self._context)
                raise

        text = self.tr("release Revision %1 of %2").replace("%1", str(number)).replace("%2", visit)
        revision, error = run_edit(self._context, text, do, undo, {SESSIONS}, {visit})
        if error is not None:
            messages.show_error(self, error, self._context)
            return None
        self.refresh()
        self.tell(revision.number)
        return revision

    def tell(self, number: int | None) -> None:
        if self._visit is None or number is None:
            return
        try:
            revision, _changes, notices = revisions.release_notices(self._context.db, self._visit, int(number))
        except UserError as error:
            messages.show_error(self, error, self._context)
            return
        NoticesDialog(self, revision, notices, self._context.lang,
                      on_copy=lambda: self._mark(revision.number, "message")).exec()

    def _mark(self, number: int, kind: str) -> None:
        """Record that revision `number` was printed, saved or copied to be sent (a read-only window cannot)."""
        if self._visit is not None and not self._context.read_only:
            revisions.mark_produced(self._context.db, self._visit, int(number), kind)

    # --- printing again -------------------------------------------------------------------
    def print_again(self) -> None:
        number = self.revision_choice.currentData()
        if self._visit is None or number is None:
            return
        from studitiru.reports.itinerary import build_itinerary
        from studitiru.services.report_data import paper_setting

        db = self._context.db
        try:
            data = build_itinerary(revisions.itinerary_data(db, self._visit, int(number)), self._context.lang, paper_setting(db))
        except UserError as error:
            messages.show_error(self, error, self._context)
            return
        name = report_runner.suggested_name("itinerary", f"{self._visit}-rev{number}")
        if report_runner.save_pdf(self, data, name) is not None:
            self._mark(number, "itinerary")

    def save_calendar(self) -> None:
        number = self.revision_choice.currentData()
        if self._visit is None or number is None:
            return
        db = self._context.db
        try:
            data = revisions.revision_ics(db, self._visit, int(number))
        except UserError as error:
            messages.show_error(self, error, self._context)
            return
        saved = report_runner.save_bytes(self, data, f"{self._visit}-rev{number}.ics", self.tr("Save the calendar"),
                                         self.tr("iCalendar (*.ics)"))
        if saved is not None:
            self._mark(number, "ics")


def summary_word(number: int, lang: str) -> str:
    from studitiru.domain.revisions import word

    return word(lang, "revision", n=number)
