"""The Reports page: choose a report (itinerary, summary, attendance sheet, annual recap), a visit
or a year, the language and the paper, the letterhead logo; then preview, print or save it as PDF,
or save the visit's agenda as an iCalendar file. Reports are built off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox, QCompleter, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
    QWidget,
)

from studitiru.errors import UserError
from studitiru.services import host, report_data, revisions, visits
from studitiru.ui import messages, report_runner
from studitiru.ui.visit_choices_model import VisitChoicesModel
from studitiru.ui.pages.reloading import ReloadsWhenShown
from studitiru.ui.context import HOST, PARTICIPANTS, SESSIONS, VISITS, LESSONS, REGISTERS, AppContext

SHOWN_KINDS = frozenset({VISITS, HOST, PARTICIPANTS, SESSIONS, LESSONS, REGISTERS})


class ReportsPage(ReloadsWhenShown, QWidget):
    shown_kinds = SHOWN_KINDS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self.runner = report_runner.ReportRunner(context, self)
        self.last_pdf: bytes | None = None
        self.last_saved: Path | None = None
        self._followed: str | None = None  # the working visit the chooser last followed
        self.kind = QComboBox(self)
        for kind in report_runner.KINDS:
            self.kind.addItem(report_runner.kind_label(kind), kind)
        self.visit = QComboBox(self)
        self.visit_choices = VisitChoicesModel(context.lang, self)
        self.visit.setModel(self.visit_choices)
        # Not sized to its items: measuring 5,000 lines would cost more than reading them.
        self.visit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.visit.setMinimumContentsLength(40)
        self.visit.setEditable(True)
        self.visit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.visit.setMinimumWidth(520)
        completer = self.visit.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.year = QComboBox(self)
        self.language = QComboBox(self)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        self.photos_check = QCheckBox(self.tr("With the documentation photos as an annex"), self)
        self.photos_check.setToolTip(self.tr("The summary only; the activity report always has the photos"))
        self.logo = QLabel(self)
        self.logo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logo_button = QPushButton(self.tr("Choose image…"), self)
        self.logo_clear_button = QPushButton(self.tr("Remove"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.ics_button = QPushButton(self.tr("Save agenda as .ics…"), self)
        self.ics_button.setToolTip(self.tr("The visit's sessions as calendar events, for the visitors' phones"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: reportlab does not say how far it is
        self.progress.setMaximumWidth(240)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.viewer_note = QLabel(self)
        self.viewer_note.setWordWrap(True)
        self.viewer_note.setStyleSheet("color: palette(mid)")
        if not report_runner.HAVE_QTPDF:
            self.viewer_note.setText(self.tr("The preview opens in the computer's PDF viewer; print from there."))
        self._build()
        self._connect()
        self._on_kind_changed()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Visit"), self.visit)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.photos_check)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear_button)
        form.addRow(self.tr("Letterhead logo"), logo_row)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addSpacing(24)
        buttons.addWidget(self.ics_button)
        buttons.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress)
        busy.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addLayout(busy)
        layout.addWidget(self.viewer_note)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.visit.currentIndexChanged.connect(self._update_buttons)
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.logo_clear_button.clicked.connect(self._on_logo_clear_button_clicked)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_page)
        self.save_button.clicked.connect(self.save_pdf)
        self.ics_button.clicked.connect(self.save_ics)
        self.runner.busy.connect(self._on_runner_busy)
        self.runner.failed.connect(self._on_runner_failed)
        self._context.changes.changed.connect(self._on_changes_changed)

    # --- the page's interface ---------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._context.working_visit not in (None, self._followed):
            self._stale = True  # another visit opened in the editor since: start from it
        super().showEvent(event)

    def page_title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        db = self._context.db
        chosen = self.visit_key()
        working = self._context.working_visit
        if working is not None and working != self._followed:  # the visit the officer is working on
            chosen, self._followed = working, working
        rows = visits.visit_choices(db, date.today())  # else the next visit to come first
        self.visit.blockSignals(True)
        self.visit_choices.set_choices(rows)
        index = self.visit_choices.row_of(chosen)
        self.visit.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.visit.blockSignals(False)
        year = self.year.currentData()
        self.year.clear()
        years = report_data.report_years(db) or [date.today().year]
        for value in years:
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(0, self.year.findData(year if year is not None else date.today().year)))
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(report_data.paper_setting(db))))
        self.paper.blockSignals(False)
        self.language.setCurrentIndex(max(0, self.language.findData(self._context.lang)))
        self._show_logo()
        self._stale = False
        self._update_buttons()


    # --- choices ------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def visit_key(self) -> str | None:
        index = self.visit.currentIndex()
        if index < 0:
            return None
        if self.visit.currentText() != self.visit.itemText(index):  # typed text: find the visit it names
            found = self.visit.findText(self.visit.currentText(), Qt.MatchFlag.MatchContains)
            return self.visit.itemData(found) if found >= 0 else None
        return self.visit.itemData(index)

    def choose(self, kind: str, visit: str | None = None, year: int | None = None, lang: str | None = None) -> None:
        """Set the choices (for the visit editor's menu and for tests)."""
        if self._stale:
            self.refresh()
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if visit is not None:
            self.visit.setCurrentIndex(self.visit_choices.row_of(visit))
        if year is not None:
            if self.year.findData(year) < 0:
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(self.year.findData(year))
        if lang is not None:
            self.language.setCurrentIndex(self.language.findData(lang))

    def _on_kind_changed(self) -> None:
        annual = self.current_kind() == "annual"
        self.visit.setEnabled(not annual)
        self.year.setEnabled(annual)
        self.photos_check.setEnabled(self.current_kind() == "summary")
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.runner.is_running()
        ready = not busy and (self.current_kind() == "annual" or self.visit_key() is not None)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        self.ics_button.setEnabled(not busy and self.visit_key() is not None)

    def _on_paper_changed(self) -> None:
        if self._context.read_only:
            return
        report_data_paper = self.paper.currentData()
        host.set_setting(self._context.db, report_data.PAPER_SETTING, report_data_paper)

    def _show_logo(self) -> None:
        value = host.get_setting(self._context.db, report_data.LOGO_SETTING)
        if not value:
            self.logo.setText(self.tr("(none)"))
        elif Path(value).is_file():
            self.logo.setText(value)
        else:
            self.logo.setText(self.tr("%1 (file not found: left out)").replace("%1", value))
        self.logo_clear_button.setEnabled(bool(value) and not self._context.read_only)
        self.logo_button.setEnabled(not self._context.read_only)

    def _on_logo_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the letterhead logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.set_logo(name)

    def _on_logo_clear_button_clicked(self) -> None:
        self.set_logo(None)

    def set_logo(self, path: str | None) -> None:
        host.set_setting(self._context.db, report_data.LOGO_SETTING, path)
        self._show_logo()

    # --- actions ------------------------------------------------------------------------
    def _name(self) -> str:
        kind = self.current_kind()
        return report_runner.suggested_name(kind, self.visit_key(), self.year.currentData())

    def build(self, then) -> bool:  # noqa: ANN001 - a callable taking the PDF bytes
        kind = self.current_kind()
        self.status.setText(self.tr("Making the %1…").replace("%1", report_runner.kind_label(kind).lower()))
        started = self.runner.run(kind, visit=self.visit_key(), year=self.year.currentData(),
                                  lang=self.language.currentData(), paper=self.paper.currentData(), then=then,
                                  with_photos=kind == "summary" and self.photos_check.isChecked())
        self._update_buttons()
        return started

    def preview(self) -> None:
        name = self._name()
        self.build(lambda data: self._done(data, lambda: report_runner.preview_pdf(self, data, name),
                                           self.tr("Preview opened.")))

    def print_page(self) -> None:
        name = self._name()

        def done(data: bytes) -> None:
            self._done(data, lambda: report_runner.print_pdf(self, data, name), self.tr("Opened for printing."))
            self._mark_produced()

        self.build(done)

    def _mark_produced(self) -> None:
        """An itinerary printed or saved that is the last revision (it says "Revisi N"): that revision
        may be sent now, so its release can no longer be undone."""
        key = self.visit_key()
        if self.current_kind() == "itinerary" and key and not self._context.read_only:
            revisions.mark_plan_produced(self._context.db, key, "itinerary")

    def save_pdf(self) -> None:
        name = self._name()

        def save(data: bytes) -> None:
            path = report_runner.save_pdf(self, data, name)
            self.last_saved = path
            self.last_pdf = data
            self.status.setText("")  # where it went: the window's status bar (save_bytes), with open file/folder
            if path:
                self._mark_produced()

        self.build(save)

    def _done(self, data: bytes, action, text: str) -> None:  # noqa: ANN001
        self.last_pdf = data
        action()
        self.status.setText(text)

    def save_ics(self) -> None:
        key = self.visit_key()
        if key is None:
            return
        try:
            data = revisions.revision_ics(self._context.db, key)  # SEQUENCE and cancellations once released
        except UserError as error:
            messages.show_error(self, error, self._context)
            return
        path = report_runner.save_bytes(self, data, f"{key}.ics", self.tr("Save agenda as .ics"),
                                        self.tr("Calendar files (*.ics)"))
        self.last_saved = path
        if path and not self._context.read_only:
            revisions.mark_plan_produced(self._context.db, key, "ics")

    def _on_runner_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy and self.status.text().endswith("…"):
            self.status.setText("")
        self._update_buttons()

    def _on_runner_failed(self, message: str) -> None:
        self.status.setText("")
        report_runner.show_failure(self, message, self._context)
