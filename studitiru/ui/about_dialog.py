"""The program's identity: its icon (drawn for the project, `tools/make_icon.py`) and Help → About.

The About dialog says the version (from the package metadata), the licence, the database in use
and the data folder, with a button that opens that folder in the system's file manager.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studitiru import resource_files, version

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
LICENCE = "GPL-3.0-or-later"


@lru_cache(maxsize=1)
def _icon_files() -> tuple[Path, ...]:
    try:
        folder = resource_files.resource_path("icons")
    except FileNotFoundError:
        return ()
    return tuple(path for size in ICON_SIZES if (path := folder / f"studitiru-{size}.png").is_file())


def application_icon() -> QIcon:
    """Studi Tiru's icon at every size shipped (an empty icon if the files are missing)."""
    icon = QIcon()
    for path in _icon_files():
        icon.addFile(str(path))
    return icon


def licence() -> str:
    """The licence as the package metadata names it."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("studitiru")
    except PackageNotFoundError:
        return LICENCE
    return meta.get("License-Expression") or meta.get("License") or LICENCE


class AboutDialog(QDialog):
    """Help → About: version, licence, database, data folder (and a button that opens it)."""

    def __init__(self, database: str, data_folder: Path, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Studi Tiru"))
        self.data_folder = Path(data_folder)
        #: How the folder is opened (the system's file manager); replaceable, e.g. by a test.
        self.open_url = QDesktopServices.openUrl

        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel("<h2 style='margin:0'>Studi Tiru</h2>", self)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", version()), self)
        description = QLabel(self.tr(
            "Plan, run and report study visits (studi tiru) for the protocol office of a local "
            "government: requests, agendas, sites, presenters, lessons and reports."), self)
        description.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addWidget(description)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        form = QFormLayout()
        self.licence_label = QLabel(self.tr("%1 (GNU General Public License, version 3 or later)").replace("%1", licence()), self)
        self.database_label = QLabel(database + (self.tr(" (demo)") if demo else ""), self)
        self.folder_label = QLabel(str(self.data_folder), self)
        for label in (self.licence_label, self.database_label, self.folder_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        form.addRow(self.tr("Licence:"), self.licence_label)
        form.addRow(self.tr("Database in use:"), self.database_label)
        form.addRow(self.tr("Data folder:"), self.folder_label)

        self.open_folder_button = QPushButton(self.tr("Open the data folder"), self)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_data_folder(self) -> bool:
        """Open the data folder (made first if it does not exist yet) in the file manager."""
        self.data_folder.mkdir(parents=True, exist_ok=True)
        return bool(self.open_url(QUrl.fromLocalFile(str(self.data_folder))))
