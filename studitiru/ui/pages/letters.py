"""Surat: the register of outgoing letters (agenda surat keluar), by year, and the letter settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from studitiru.domain.letters import LetterStatus
from studitiru.services import letters
from studitiru.ui.context import HOST, VISITS, AppContext
from studitiru.ui.letters.model import LettersModel
from studitiru.ui.letters.settings_dialog import edit_letter_settings
from studitiru.ui.pages.reloading import ReloadsWhenShown


class LettersPage(ReloadsWhenShown, QWidget):
    shown_kinds = frozenset({VISITS, HOST})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        heading = QLabel(self.tr("Register of outgoing letters"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.year = QComboBox(self)
        self.settings_button = QPushButton(self.tr("Letter settings…"), self)
        self.settings_button.setEnabled(not context.read_only)
        self.count_label = QLabel(self)
        self.model = LettersModel(context.lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(LettersModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.year.activated.connect(lambda _index: self.refresh())
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        context.changes.changed.connect(self._on_changes_changed)

    def page_title(self) -> str:
        return self.tr("Letters")

    def refresh(self) -> None:
        self._stale = False
        years = letters.register_years(self._context.db)  # the years, not the whole register
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), 0)
        for year in years:
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen)
        self.year.setCurrentIndex(index if index >= 0 else (1 if years else 0))
        self.year.blockSignals(False)
        year = int(self.year.currentData() or 0)
        shown = letters.register(self._context.db, year or None)  # the chosen year's letters only
        self.model.set_rows(shown)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(LettersModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        void = sum(1 for entry in shown if entry.status is LetterStatus.VOID)
        self.count_label.setText(self.tr("%1 letters, %2 void.").replace("%1", str(len(shown))).replace("%2", str(void)))

    def _on_settings_button_clicked(self) -> None:
        edit_letter_settings(self, self._context)
