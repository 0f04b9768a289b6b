"""Where the program keeps its files by default (Qt's per-user folders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANISATION = "StudiTiru"
APPLICATION = "studitiru"


def default_database_path() -> Path:
    """`studitiru.sqlite3` in QStandardPaths.AppLocalDataLocation (on Windows, the non-roaming folder)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / "studitiru.sqlite3"


def default_backup_folder() -> Path:
    """`backups` in the per-user data folder (beside the default database)."""
    return default_database_path().parent / "backups"
