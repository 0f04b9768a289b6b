"""Settings' backups panel: the automatic backups with their dates and sizes, and Restore.

Restoring asks once, then emits `restore_requested(path)`: the owner (the main window) closes
its database (releasing the lock and disposing the engine), calls
`studitiru.services.backups.restore_from(db_path, path)`, and reopens. The panel itself never
touches the open database.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from studitiru.services.backups import BackupInfo, list_backups


def _size(size: int) -> str:
    """A file size as the interface language writes it: "240,0 KB" in Indonesian, "240.0 KB" in English."""
    locale = QLocale()  # the interface language's (translations.install sets the default)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{locale.toString(int(size))} {unit}" if unit == "B" else f"{locale.toString(float(size), 'f', 1)} {unit}"
        size /= 1024
    return str(size)


class BackupsPanel(QWidget):
    restore_requested = Signal(Path)

    def __init__(self, folder: Path, parent: QWidget | None = None, confirm: bool = True,
                 database: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        #: When given, only the backups of this database file (named after it) are listed.
        self.database = Path(database) if database is not None else None
        self._confirm = confirm
        self._backups: list[BackupInfo] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.empty = QLabel(self.tr("No backups yet."), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self._restore)
        self.table.itemSelectionChanged.connect(self._update_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._backups = list_backups(self.folder)
        if self.database is not None:
            own = re.compile(re.escape(self.database.stem) + r"-\d{8}-\d{6}\.sqlite3")
            self._backups = [info for info in self._backups if own.fullmatch(info.path.name)]
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            made = QTableWidgetItem(info.made_at.strftime("%d-%m-%Y %H:%M:%S"))
            made.setData(Qt.ItemDataRole.UserRole, str(info.path))
            size = QTableWidgetItem(_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, made)
            self.table.setItem(row, 1, size)
        self.table.resizeColumnToContents(0)
        self.empty.setVisible(not self._backups)
        self._update_button()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        if self._confirm:
            answer = QMessageBox.question(
                self, self.tr("Restore backup"),
                self.tr("Replace the database with the backup of %1? The current database is kept as a copy first.")
                .replace("%1", info.made_at.strftime("%d-%m-%Y %H:%M")),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.restore_requested.emit(info.path)
