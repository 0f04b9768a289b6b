"""After a file is saved: a line in the main window's status bar that says where it went, with
buttons to open the file or its folder (saving a PDF used to confirm nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QStatusBar, QWidget

#: How long the notice stays (milliseconds); a new save replaces it at once.
SHOWN_FOR = 60_000


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window `widget` lives in (through dialogs), else the application's one."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None)


def open_url(path: Path) -> bool:
    """Open a file or folder with the computer's program for it (a seam for tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SavedNotice(QWidget):
    """'Saved: /path/file.pdf  [Open file] [Open folder]' in a status bar."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.path = path
        self.label = QLabel(self.tr("Saved: %1").replace("%1", str(path)), self)
        self.label.setToolTip(str(path))
        self.open_file_button = QPushButton(self.tr("Open file"), self)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_file_button.clicked.connect(lambda: open_url(self.path))
        self.open_folder_button.clicked.connect(lambda: open_url(self.path.parent))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_file_button)
        layout.addWidget(self.open_folder_button)


def show_saved(parent: QWidget | None, path: Path) -> SavedNotice | None:
    """Show where `path` was saved in the main window's status bar (None if there is no window)."""
    window = main_window_of(parent)
    if window is None:
        return None
    bar: QStatusBar = window.statusBar()
    for old in bar.findChildren(SavedNotice):
        bar.removeWidget(old)
        old.deleteLater()
    notice = SavedNotice(path, bar)
    bar.addWidget(notice, 1)
    notice.show()
    QTimer.singleShot(SHOWN_FOR, notice, lambda: (bar.removeWidget(notice), notice.deleteLater()))
    return notice
