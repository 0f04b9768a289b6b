"""The window's per-user preferences (language, last database, window state) in one ini file.

The file lives in Qt's per-user configuration folder (`AppConfigLocation`), so that a test
that points `XDG_CONFIG_HOME` elsewhere gets its own. Office-wide settings (the host's
letterhead) live in the database instead (`services.host`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from studitiru.ui.paths import APPLICATION, ORGANISATION

LANGUAGE = "ui/language"
LAST_DATABASE = "database/last"
LAST_SERVER = "database/server"  # a server URL, never with its password
GEOMETRY = "window/geometry"
STATE = "window/state"
PAGE = "window/page"

LANGUAGES = ("id", "en")


def settings_file() -> Path:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / "studitiru.ini"


def qsettings() -> QSettings:
    """The preferences store (create one per use; Qt writes it back when it is deleted)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def language() -> str | None:
    value = qsettings().value(LANGUAGE)
    return value if value in LANGUAGES else None


def set_language(lang: str) -> None:
    store = qsettings()
    store.setValue(LANGUAGE, lang)
    store.sync()


def last_database() -> Path | None:
    value = qsettings().value(LAST_DATABASE)
    return Path(value) if value else None


def set_last_database(path: Path | None) -> None:
    """Remember the file opened last (and forget a server: the file is what opens next)."""
    store = qsettings()
    store.remove(LAST_SERVER)
    if path is None:
        store.remove(LAST_DATABASE)
    else:
        store.setValue(LAST_DATABASE, str(path))
    store.sync()


def last_server() -> str | None:
    """The server database opened last (a URL without password), to open again at the next start."""
    value = qsettings().value(LAST_SERVER)
    return str(value) if value else None


def set_last_server(url: str) -> None:
    """Remember a server database (PostgreSQL) for the next start; its password is dropped, never
    written here (the credential store keeps it, `server_dialog.with_stored_password`)."""
    from studitiru.services.server_urls import without_password  # noqa: PLC0415

    bare = without_password(url)
    if bare is None:
        return
    store = qsettings()
    store.setValue(LAST_SERVER, bare)
    store.sync()
