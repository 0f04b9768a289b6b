"""Starting the window: the application, its language, the database, the first start.

`run` is what `studitiru gui` calls (`cli.py`). It opens the database through
`db.schema.open_database`; a database that cannot be used is said in plain words, with the
choice to open another file or quit (in selftest mode: the message on stderr, exit 2). The first
start of a new installation asks once: the demo (in its own file, filled on its first opening)
or the office's own database (`first_start`); `gui --selftest` never asks and shows the demo.
The window can ask to be reopened on another file (or in another language): `run` then closes it
and builds a new one.

Data safety (issue 6): a database file is opened holding its lock (`db_lock`); when another
window holds it, the user may open it read-only (SQLite `query_only`, and `run_edit` refuses),
open another file, or cancel. The bad-database dialog also offers a restore from the automatic
backups. A restore asked for in Settings comes back here as a `RestoreRequest`: the window is
closed, the database disposed, the backup restored (`restore_from` checks it and keeps a copy of
what it replaces) and the window reopened on the same file. While a window is open, its
database file is backed up in the background (`auto_backup.AutoBackup`). A lock written on
another computer (whose crash leaves it behind for ever) may be removed when the user confirms
that computer no longer has the file open (Open anyway…).

A server that asks for a password it was not given (none kept: no credential store), or refuses
the one given, makes `open_asking_password` ask for it (`server_dialog.PasswordDialog`); the
password stays in memory, or goes to the credential store if asked, never to the preferences.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from studitiru import collector
from studitiru.db.engine import Database
from studitiru.errors import UserError
from studitiru.ui import preferences, translations
from studitiru.ui.db_lock import LockResult, acquire_lock
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
    app.setDesktopFileName("studitiru")  # packaging/studitiru.desktop
    from studitiru.ui.about_dialog import application_icon

    app.setWindowIcon(application_icon())
    return app  # type: ignore[return-value]


def put_away() -> None:
    """After `run`: wait for background jobs (an export, a backup) to finish, then let the entry
    point end the process without tearing down its heap (`process_exit`). `run` has already
    closed the database, released its lock and written the settings."""
    from PySide6.QtCore import QThreadPool

    from studitiru import process_exit

    QThreadPool.globalInstance().waitForDone()
    process_exit.allow()


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
        if preferences.last_server():
            return preferences.last_server()
        last = preferences.last_database()
        if last is not None and last.exists():
            return last
    return database


def open_target(target: Path | str) -> tuple[Database, bool]:
    """Open the database; returns it and whether it is a new file. Raises UserError."""
    from studitiru.db.schema import open_database

    if isinstance(target, str):
        from studitiru.ui.server_dialog import with_stored_password

        return open_database(url=with_stored_password(target)), False
    is_new = not target.exists()
    if is_new:
        target.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path=target), is_new


def open_asking_password(target: Path | str, selftest: bool = False) -> tuple[Database, bool, Path | str]:
    """`open_target`; when a server asks for a password it was not given (none in the URL, none
    kept in the credential store) or refuses the one given, ask the user for it (`PasswordDialog`)
    until it opens. Returns the database, whether it is new, and the target opened (a server URL
    then holds the typed password, in memory only). Cancel, or selftest (never asks), raises the
    server's refusal (a `PasswordRefusedError`) for the caller's failure dialog."""
    from studitiru.db.engine import PasswordRefusedError

    try:
        db, is_new = open_target(target)
        return db, is_new, target
    except PasswordRefusedError as error:
        refusal = error
    from sqlalchemy.engine import make_url

    from studitiru.ui.server_dialog import (
        PasswordDialog, remember_password, server_account, with_password, with_stored_password)

    if selftest or not isinstance(target, str) or server_account(target) is None:
        raise refusal
    # A first refusal of a URL with no password (and none kept) is the server asking for one: no "refused" yet.
    refused = make_url(with_stored_password(target)).password is not None
    while True:
        answer = PasswordDialog.ask(None, target, refused)
        if answer is None:
            raise refusal
        password, remember = answer
        opened = with_password(target, password)
        try:
            db, is_new = open_target(opened)
        except PasswordRefusedError as error:
            refusal, refused = error, True
            continue
        if remember:
            remember_password(target, password)
        return db, is_new, opened


def load_demo_on_first_run(db: Database, target: Path | str, is_new: bool) -> str | None:  # noqa: ARG001
    """Fill the demo's own file (`first_start.demo_database_path`) with the demo programme when it
    holds no visit; returns the demo's message. No other database is ever filled."""
    from studitiru.ui.first_start import is_demo_database

    if not is_demo_database(target):
        return None
    from studitiru.services import visits
    from studitiru.services.demo import load_demo

    if visits.list_visits(db, limit=1):
        return None
    return load_demo(db)


def _ask_after_failure(error: UserError, lang: str, target: Path | str) -> Path | None:
    """Say why the database cannot be used; offer another file or a restore from a backup.
    Returns the file to open (after a restore: `target` itself), or None: the user quits."""
    from studitiru.ui import file_actions
    from studitiru.ui.open_dialogs import OTHER_FILE, RESTORE, FailureDialog

    file = _database_file(target)
    message = error.message(lang)
    while True:
        choice = FailureDialog.ask(None, message, can_restore=file is not None)
        if choice == OTHER_FILE:
            return file_actions.ask_database_file(None, file)
        if choice != RESTORE or file is None:
            return None
        restored = _restore_after_failure(file, lang)
        if restored is not None:
            return restored


def _restore_after_failure(file: Path, lang: str) -> Path | None:
    """Let the user pick a backup and restore `file` from it; None if not restored."""
    from studitiru.services.backups import restore_from
    from studitiru.ui.paths import default_backup_folder
    from studitiru.ui import messages
    from studitiru.ui.open_dialogs import RestoreDialog

    backup = RestoreDialog.ask(None, default_backup_folder(), file)
    if backup is None:
        return None
    try:
        restore_from(file, backup)
    except UserError as error:
        messages.show_error(None, error)
        return None
    return file


def _database_file(target: Path | str) -> Path | None:
    """The SQLite file behind a target (a path, or an SQLite URL); None for a server database."""
    if isinstance(target, Path):
        return target.expanduser().absolute()
    from studitiru.services.backups import database_file

    try:
        return database_file(target).expanduser().absolute()
    except UserError:
        return None


def _take_lock(file: Path | None, lang: str, selftest: bool,
               notice: str = "") -> tuple[LockResult | None, str | Path | None]:
    """The lock of `file`, or the user's answer when another window holds it:
    (lock, None) to edit; (None, READ_ONLY) to read; (None, a Path) to open that file instead;
    (None, None) to stop. A holder on another computer may be overridden (Open anyway…, once
    confirmed: the lock is removed and taken again; if that fails, `notice` says so in the next
    question). Selftest never asks: it opens read-only."""
    from studitiru.ui import file_actions
    from studitiru.ui.db_lock import force_unlock
    from studitiru.ui.open_dialogs import OPEN_ANYWAY, OTHER_FILE, READ_ONLY, LockedDialog, OpenAnywayDialog

    if file is None:
        return None, None
    lock = acquire_lock(file)
    if lock.acquired:
        return lock, None
    if selftest:
        print(lock.message(lang), file=sys.stderr)
        return None, READ_ONLY
    message = f"{notice} {lock.message(lang)}" if notice else lock.message(lang)
    elsewhere = lock.holder is not None and lock.holder.on_another_computer()
    choice = LockedDialog.ask(None, message, can_force=True) if elsewhere else LockedDialog.ask(None, message)
    if choice == READ_ONLY:
        return None, READ_ONLY
    if choice == OTHER_FILE:
        chosen = file_actions.ask_database_file(None, file)
        return (None, chosen) if chosen is not None else _take_lock(file, lang, selftest)
    if choice == OPEN_ANYWAY and lock.holder is not None:
        if not OpenAnywayDialog.ask(None, lock.holder.describe(lang)):
            return _take_lock(file, lang, selftest)
        force_unlock(file)
        again = acquire_lock(file)
        if again.acquired:
            return again, None
        return _take_lock(file, lang, selftest, _t("The lock could not be removed: the file is still marked as open."))
    return None, None


def restore_and_reopen(file: Path, backup: Path, lang: str) -> str:
    """Restore `file` (its database already disposed, its lock still held) from `backup`;
    returns the sentence the reopened window shows in its status bar."""
    from studitiru.services.backups import restore_from
    from studitiru.ui import messages

    try:
        kept = restore_from(file, backup)
    except UserError as error:
        messages.show_error(None, error)
        return _t("The backup was not restored; the database is as it was.")
    text = _t("Restored from the backup %1.").replace("%1", backup.name)
    if kept is not None:
        text += " " + _t("What it replaced is kept as %1.").replace("%1", kept.name)
    return text


def _read_only(db: Database) -> bool:
    return db.path is not None and db.path.exists() and not os.access(db.path, os.W_OK)


@contextmanager
def _closing_on_interrupt(window) -> Iterator[None]:  # noqa: ANN001 - the MainWindow
    """Ctrl+C in the terminal closes the window as its Quit does (no KeyboardInterrupt traceback
    from whatever Python code Qt was running). Qt's event loop runs in C++: a timer hands control
    back to Python every 200 ms so that the signal handler runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, window.close))
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(200)
    try:
        yield
    finally:
        wake.stop()
        signal.signal(signal.SIGINT, previous)


def run(database: Path | str | None = None, lang: str | None = None, selftest: bool = False,
        screenshots: Path | None = None, url: str | None = None, only: tuple[str, ...] | None = None) -> int:
    """Open the window on `database` (a Path: an SQLite file; a str: an SQLAlchemy URL) and run it."""
    from studitiru.db.readonly import make_read_only
    from studitiru.ui.paths import default_backup_folder
    from studitiru.ui.context import AppContext
    from studitiru.ui.main_window import MainWindow, RestoreRequest
    from studitiru.ui.open_dialogs import READ_ONLY

    app = application()
    if not selftest:  # the selftest collects exceptions itself and fails on any
        from studitiru.ui import bug_report
        from studitiru.ui.paths import default_database_path

        bug_report.install(default_database_path().parent)
    if isinstance(database, str) and "://" not in database:
        database = Path(database)
    target = _starting_target(database, url)
    language = resolve_language(lang)
    notice = ""
    from studitiru.ui import first_start

    if first_start.is_new_installation(target):  # asked once; selftest never asks: it shows the demo
        if selftest or first_start.recorded_choice() == first_start.DEMO:
            target = first_start.demo_database_path()
        else:
            translations.install(language)
            chosen = first_start.first_start(target)
            if chosen is None:
                return 0
            target = chosen
    while True:
        translations.install(language)
        lock, answer = _take_lock(_database_file(target), language, selftest)
        if isinstance(answer, Path):
            target = answer
            continue
        if lock is None and answer != READ_ONLY and _database_file(target) is not None:
            return EXIT_USAGE  # another window has it and the user cancelled
        try:
            try:
                db, is_new, target = open_asking_password(target, selftest)
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
                read_only = answer == READ_ONLY or _read_only(db)
                if answer == READ_ONLY:
                    make_read_only(db)
                else:
                    load_demo_on_first_run(db, target, is_new)
                context = AppContext(db=db, lang=language, read_only=read_only)
                if selftest:
                    pass  # a check of the build: it changes nothing of the user's (the next start still asks)
                elif isinstance(target, Path) and not read_only and not (
                        first_start.is_demo_database(target) and default_database_path().exists()):
                    preferences.set_last_database(db.path)  # the demo, once an office has its own, is not
                elif db.path is None:  # a server: opened again at the next start (without its password)
                    preferences.set_last_server(target)
                start_page = None
                if selftest:
                    from studitiru.ui.selftest_steps import start_page as selftest_start

                    start_page = selftest_start(only)
                window = MainWindow(context, remember_state=not selftest, backup_folder=default_backup_folder(),
                                    start_page=start_page)
                if selftest:
                    from studitiru.ui.selftest import run_selftest

                    return run_selftest(window, screenshots, only=only, after_first_step=collector.end_startup)
                reopen: list[object] = []
                window.reopen_requested.connect(reopen.append)
                window.show()
                # After the first paint (the show's paint is queued before this), the collector again
                # (`collector.end_startup`): what start-up made (modules, classes, the shell) lives as long
                # as the process and is kept out of the collector's full passes (ten years: pages ~20 % faster).
                QTimer.singleShot(0, collector.end_startup)
                if notice:
                    window.statusBar().showMessage(notice, 20_000)
                    notice = ""
                window.start_auto_backup()
                with _closing_on_interrupt(window):
                    code = app.exec()
                window.stop_auto_backup()
                window.deleteLater()
                if not reopen:
                    return code
                request, language = reopen[-1], preferences.language() or language
                if isinstance(request, RestoreRequest) and db.path is not None:
                    db.dispose()  # every connection closed before the file is replaced; the lock is kept
                    notice = restore_and_reopen(db.path, request.backup, language)
                    target = db.path
                else:
                    target = request
            finally:
                collector.end_startup()  # if the window never came (an error): the collector runs again
                gc.unfreeze()  # a closed window's objects may be collected again (a reopen, a test)
                db.dispose()
        finally:
            if lock is not None:
                lock.release()
