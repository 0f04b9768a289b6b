"""The Visits page: the list of visits (filtered as you type, by status and by year) and,
in its place when a visit is opened, the visit editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.domain.numbers import format_count
from studitiru.services import visit_edits, visits
from studitiru.ui import labels, messages
from studitiru.ui.context import LESSONS, PARTICIPANTS, REGISTERS, SESSIONS, VISITS, AppContext
from studitiru.ui.undo import run_edit
from typing import TYPE_CHECKING
from studitiru.ui.visit_editor.list_model import ROW_ROLE, VisitListModel
from studitiru.ui.visit_editor.lookups import load_lookups
from studitiru.ui.visit_editor.new_visit_dialog import NewVisitDialog

if TYPE_CHECKING:
    from studitiru.ui.visit_editor.editor import VisitEditor

SHOWN_KINDS = frozenset({VISITS, PARTICIPANTS, SESSIONS, LESSONS, REGISTERS})


class VisitsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._list_stale = True
        self._editor_stale = False
        self._registers_stale = False
        self.model = VisitListModel(context.lang, self)
        # The model filters (set_text, set_status, set_year) and sorts its rows itself, in Python
        # at once: no QSortFilterProxyModel between it and the table (issue 7: a keystroke within a frame).
        self.proxy = self.model
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find by key, title, institution or leader (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for status in r.VisitStatus:
            self.status.addItem(labels.visit_status(status), status)
        self.year = QComboBox(self)
        self.year.addItem(self.tr("All years"), None)
        self.new_button = QPushButton(self.tr("New visit…"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.export_button = QPushButton(self.tr("Export list…"), self)
        self.export_button.setToolTip(self.tr("Save the visits shown as an Excel workbook or a CSV file"))
        self.count = QLabel(self)
        self.table = QTableView(self)
        self._editor: VisitEditor | None = None  # made when a visit is first opened (`editor`)
        self.stack = QStackedWidget(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(VisitListModel.DATES, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (VisitListModel.TITLE, VisitListModel.INSTITUTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Room for a visit across two months ("28 September – 2 Oktober 2026"); longer ranges elide.
        dates_width = table.fontMetrics().horizontalAdvance(
            dates.format_date_range(date(2026, 9, 28), date(2026, 10, 2), self._context.lang)) + 18
        for column, width in ((VisitListModel.KEY, 100), (VisitListModel.DATES, max(150, dates_width)),
                              (VisitListModel.LEADER, 140),
                              (VisitListModel.STATUS, 100), (VisitListModel.PEOPLE, 64), (VisitListModel.SESSIONS, 56)):
            table.setColumnWidth(column, width)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.year)
        bar.addWidget(self.new_button)
        bar.addWidget(self.export_button)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(table, 1)
        list_layout.addWidget(self.count)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.year.currentIndexChanged.connect(self._on_year_changed)
        self.new_button.clicked.connect(self.new_visit)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter, context=Qt.ShortcutContext.WidgetShortcut,
                  activated=self.table.setFocus)
        self._context.changes.changed.connect(self._on_changes_changed)

    @property
    def editor(self) -> VisitEditor:
        """The visit editor, made the first time it is needed: the list shows without it (its
        tabs, their modules and the letters' and protocol's code are a third of the page)."""
        if self._editor is None:
            from studitiru.ui.visit_editor.editor import VisitEditor

            editor = VisitEditor(self._context, self)
            self.stack.addWidget(editor)
            editor.back_requested.connect(self.show_list)
            QShortcut(QKeySequence(Qt.Key.Key_Escape), editor, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                      activated=self.show_list)
            self._editor = editor
        return self._editor

    def _open_key(self) -> str | None:
        """The visit open in the editor (None: none, or the editor was never made)."""
        return self._editor.key() if self._editor is not None else None

    # --- the page's interface ---------------------------------------------------------
    def export_list(self, path: str, as_csv: bool = False) -> bool:
        """Write the rows shown (filtered, in the order shown) with the columns shown."""
        from pathlib import Path

        from studitiru.reports.spreadsheets import write_rows_csv, write_rows_xlsx
        from studitiru.ui.report_runner import show_file_error

        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if as_csv else ".xlsx")
        model = self.table.model()
        columns = range(model.columnCount())
        headers = [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in columns]
        rows = [[str(model.index(row, column).data() or "") for column in columns] for row in range(model.rowCount())]
        writer = write_rows_csv if target.suffix.lower() == ".csv" else write_rows_xlsx
        try:
            writer(target, headers, rows)
        except OSError as error:
            show_file_error(self, target, error)
            return False
        return True

    def page_title(self) -> str:
        return self.tr("Visits")

    def refresh(self) -> None:
        """Load the list (and the open visit) again, keeping the selection and the scroll."""
        self._reload_list()
        if self._open_key() is not None:
            self._reload_editor(registers_changed=True)

    def focus_filter(self) -> None:
        self.show_list()
        self.filter.setFocus()
        self.filter.selectAll()

    def open_visit(self, key: str) -> None:
        if self.editor.open(key):
            self._context.working_visit = key
            self._editor_stale = self._registers_stale = False
            self.stack.setCurrentWidget(self.editor)
            self.editor.tabs.setFocus()

    def print_current(self) -> bool:
        """Print (File → Print, Ctrl+P): the itinerary of the visit open in the editor, else of
        the visit selected in the list; the editor's Reports button offers the other reports."""
        key = self._open_key() if self.stack.currentIndex() != 0 else self.selected_key()
        return key is not None and self.editor.reports_button.print_report("itinerary", key)

    def new_visit(self) -> None:
        record = NewVisitDialog.ask(self, self._context, load_lookups(self._context.db))
        if record is None:
            return
        db, held = self._context.db, {}

        def do() -> r.Visit:  # a redo puts back what the undo removed, at its version
            created = visit_edits.restore_visit(db, held.pop("removed")) if "removed" in held else \
                visits.create_visit(db, record)
            held["created"] = created
            return created

        def undo() -> None:  # refused if another officer changed the new visit since
            held["removed"] = visits.delete_visit(db, held["created"].key, held["created"].version)

        created, error = run_edit(self._context, self.tr("add visit '%1'").replace("%1", record.title), do,
                                  undo, {VISITS}, ())
        if error is not None:
            messages.show_error(self, error, self._context)
            return
        self.open_visit(created.key)

    def show_list(self) -> None:
        if self._list_stale:
            self._reload_list()
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def selected_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE).key if index.isValid() else None

    # --- loading ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._list_stale:
            self._reload_list()
        if self._editor_stale:
            self._reload_editor(self._registers_stale)

    def _reload_list(self) -> None:
        key = self.selected_key()
        scroll = self.table.verticalScrollBar().value()
        rows = visits.list_visits(self._context.db)
        self.model.set_rows(rows)
        self._fill_years(sorted({row.starts_on.year for row in rows}, reverse=True))
        self._list_stale = False
        if key is not None:
            self._select(key)
        self.table.verticalScrollBar().setValue(scroll)
        self._show_count()

    def _reload_editor(self, registers_changed: bool = False) -> None:
        self._editor_stale = self._registers_stale = False
        if not self.editor.reload(registers_changed) and self.stack.currentIndex() != 0:
            self.show_list()

    def _fill_years(self, years: list[int]) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)) if current is not None else 0)
        self.year.blockSignals(False)
        self.proxy.set_year(self.year.currentData())

    def _select(self, key: str) -> None:
        for row, record in enumerate(self.model.rows()):  # the proxy keeps the model's rows and order
            if record.key == key:
                index = self.proxy.index(row, 0)
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return

    def _show_count(self) -> None:
        lang = self._context.lang
        text = self.tr("%1 of %2 visits shown").replace("%1", format_count(self.proxy.rowCount(), lang))
        self.count.setText(text.replace("%2", format_count(self.model.total(), lang)))

    # --- slots --------------------------------------------------------------------------
    def _on_changes_changed(self, kinds: frozenset, keys: frozenset) -> None:
        if not kinds & SHOWN_KINDS:
            return
        self._list_stale = True
        key = self._open_key()
        if key is not None and (not keys or key in keys or kinds & {REGISTERS, SESSIONS}):
            self._editor_stale = True
            self._registers_stale = self._registers_stale or REGISTERS in kinds
        if not self.isVisible():
            return
        if self.stack.currentIndex() == 0:
            self._reload_list()
        elif self._editor_stale:
            self._reload_editor(self._registers_stale)

    def _on_filter_text_changed(self, text: str) -> None:
        key = self.selected_key()
        self.proxy.set_text(text)
        if key is not None and not self.table.currentIndex().isValid():
            self._select(key)  # the filter resets the list: keep the selected visit if it is still shown
        self._show_count()

    def _on_status_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status.currentData())
        self._show_count()

    def _on_year_changed(self, _index: int) -> None:
        self.proxy.set_year(self.year.currentData())
        self._show_count()

    def _on_export_button_clicked(self) -> None:
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the visits list"), "kunjungan.xlsx",
                                                   xlsx + ";;" + csv)
        if name:
            self.export_list(name, as_csv=chosen == csv)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_visit(index.data(ROW_ROLE).key)
