"""Starting the window: the application, its language, the database, the first-run demo.

`run` is what `studitiru gui` calls (`cli.py`). It opens the database through
`db.schema.open_database`; a database that cannot be used is said in plain words, with the
choice to open another file or quit (in selftest mode: the message on stderr, exit 2). On the
first run of the default database (a new file) it loads the demo programme, so that a new user
sees a living office. The window can ask to be reopened on another file (or in another
language): `run` then closes it and builds a new one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from studitiru.db.engine import Database
from studitiru.errors import UserError
from studitiru.ui import preferences, translations
from studitiru.ui.paths import APPLICATION, ORGANISATION, default_database_path

EXIT_USAGE = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def application() -> QApplication:
    """The QApplication (made once), named as QSettings and QStandardPaths expect."""
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Studi Tiru")
    return app  # type: ignore[return-value]


def resolve_language(explicit: str | None) -> str:
    """`--lang`, else the user's choice in Settings, else Indonesian."""
    if explicit in preferences.LANGUAGES:
        return explicit  # type: ignore[return-value]
    return preferences.language() or "id"


def is_default_database(target: Path | str) -> bool:
    """Whether `target` is the database the program picks by itself (no --db given)."""
    if not isinstance(target, Path):
        return False
    env = os.environ.get("STUDITIRU_DB")
    default = Path(env) if env and "://" not in env else default_database_path()
    return target.expanduser().absolute() == default.expanduser().absolute()


def _starting_target(database: Path | str | None, url: str | None) -> Path | str:
    """What to open: the URL, the file, or (for the default database) the last file opened."""
    if url:
        return url
    if database is None:
        database = default_database_path()
    if isinstance(database, Path) and is_default_database(database) and "STUDITIRU_DB" not in os.environ:
        last = preferences.last_database()
        if last is not None and last.exists():
            return last
    return database


def open_target(target: Path | str) -> tuple[Database, bool]:
    """Open the database; returns it and whether it is a new file. Raises UserError."""
    from studitiru.db.schema import open_database

    if isinstance(target, str):
        return open_database(url=target), False
    is_new = not target.exists()
    if is_new:
        target.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path=target), is_new


def load_demo_on_first_run(db: Database, target: Path | str, is_new: bool) -> str | None:
    """Fill a newly created default database with the demo programme; returns the demo's message."""
    if not (is_new and is_default_database(target)):
        return None
    from studitiru.services import visits
    from studitiru.services.demo import load_demo

    if visits.list_visits(db, limit=1):
        return None
    return load_demo(db)


def _ask_after_failure(error: UserError, lang: str, target: Path | str) -> Path | None:
    """Say why the database cannot be used; offer another file. None: the user quits."""
    from studitiru.ui import file_actions

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("The database cannot be opened"))
    box.setText(error.message(lang))
    box.setInformativeText(_t("You can open another database file, or quit."))
    other = box.addButton(_t("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    if box.clickedButton() is not other:
        return None
    return file_actions.ask_database_file(None, target if isinstance(target, Path) else None)


def _read_only(db: Database) -> bool:
    return db.path is not None and db.path.exists() and not os.access(db.path, os.W_OK)


def run(database: Path | str | None = None, lang: str | None = None, selftest: bool = False,
        screenshots: Path | None = None, url: str | None = None) -> int:
    """Open the window on `database` (a Path: an SQLite file; a str: an SQLAlchemy URL) and run it."""
    from studitiru.ui.context import AppContext
    from studitiru.ui.main_window import MainWindow

    app = application()
    if isinstance(database, str) and "://" not in database:
        database = Path(database)
    target = _starting_target(database, url)
    language = resolve_language(lang)
    while True:
        translations.install(language)
        try:
            db, is_new = open_target(target)
        except UserError as error:
            if selftest:
                print(error.message(language), file=sys.stderr)
                return EXIT_USAGE
            chosen = _ask_after_failure(error, language, target)
            if chosen is None:
                return EXIT_USAGE
            target = chosen
            continue
        try:
            load_demo_on_first_run(db, target, is_new)
            context = AppContext(db=db, lang=language, read_only=_read_only(db))
            if isinstance(target, Path):
                preferences.set_last_database(db.path)
            window = MainWindow(context, remember_state=not selftest)
            if selftest:
                from studitiru.ui.selftest import run_selftest

                return run_selftest(window, screenshots)
            reopen: list[Path] = []
            window.reopen_requested.connect(reopen.append)
            window.show()
            code = app.exec()
            window.deleteLater()
            if not reopen:
                return code
            target, language = reopen[-1], preferences.language() or language
        finally:
            db.dispose()
