"""The File menu's dialogs: choose a database file, import and export exchange files.

Each is a plain function over the context: ask for a file, call one service, say what happened.
An import or an export runs in a pool thread (`ui/workers.py`) behind a progress dialog with
Cancel, so the window never freezes; a cancelled import leaves nothing (its one transaction is
rolled back), a cancelled export writes no file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from studitiru.errors import UserError
from studitiru.ui import messages
from studitiru.ui.context import ALL_KINDS, AppContext
from studitiru.ui.workers import run_in_background

# How long an import or export may take before its progress dialog shows (ms).
PROGRESS_AFTER_MS = 400


class _Progress(QObject):
    moved = Signal(int, int)


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Callable[[int, int], None]], Any],
                      cancelled_error: Callable[[], Exception]) -> Any:
    """`work(report)` in a pool thread behind a modal progress dialog with Cancel; its result, or
    its exception raised here. `report(done, total)` moves the bar; after Cancel it raises
    `cancelled_error()` inside the work, which must then leave nothing behind. The GUI thread
    runs its event loop meanwhile: the window repaints and the dialog answers."""
    dialog = QProgressDialog(title, _t("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    bridge = _Progress()
    bridge.moved.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))

    def report(done: int, total: int) -> None:  # in the pool thread
        if stop.is_set():
            raise cancelled_error()
        bridge.moved.emit(done, total)

    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    run_in_background(lambda: work(report), lambda result: (outcome.update(result=result), loop.quit()),
                      lambda error: (outcome.update(error=error), loop.quit()))
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _t(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def ask_database_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a database file to open; a name that does not exist yet makes a new, empty database."""
    dialog = QFileDialog(parent, _t("Open or create a database file"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([_t("Studi Tiru databases (*.sqlite3 *.sqlite *.db)"), _t("All files (*)")])
    dialog.setDefaultSuffix("sqlite3")
    if start is not None:
        dialog.setDirectory(str(start.parent))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def import_exchange_file(parent: QWidget | None, context: AppContext) -> bool:
    """Merge an exchange file into the database after the user confirmed; True if imported."""
    from studitiru.services import exchange

    name, _ = QFileDialog.getOpenFileName(parent, _t("Import an exchange file"), "",
                                          _t("Exchange files (*.json)") + ";;" + _t("All files (*)"))
    if not name:
        return False
    question = _t("Merge the file %1 into the database? Records with the same key are replaced, "
                  "and the import cannot be undone with Ctrl+Z.").replace("%1", Path(name).name)
    if not messages.confirm(parent, _t("Import an exchange file"), question):
        return False
    db = context.db

    def work(report: Callable[[int, int], None]) -> Any:
        report(0, 0)  # reading and checking: no measure yet (Cancel still works)
        plan = exchange.check_document(exchange.read_document(name), name)
        return exchange.import_plan(db, plan, progress=report)

    try:
        counts = run_with_progress(parent, _t("Import an exchange file"), work, exchange.ImportCancelled)
    except UserError as error:
        messages.show_error(parent, error, context)
        return False
    except OSError as error:
        _show_os_error(parent, name, error)
        return False
    context.undo_stack.clear()  # older edits may no longer apply to the merged records
    context.changes.announce(ALL_KINDS)
    QMessageBox.information(parent, _t("Import an exchange file"), counts.message(context.lang))
    return True


def export_exchange_file(parent: QWidget | None, context: AppContext) -> bool:
    """Write the whole database as an exchange file; True if written."""
    from studitiru.services import exchange

    name, _ = QFileDialog.getSaveFileName(parent, _t("Export an exchange file"), "studitiru.json",
                                          _t("Exchange files (*.json)"))
    if not name:
        return False
    db = context.db

    def work(report: Callable[[int, int], None]) -> None:
        exchange.export_file(db, name, progress=report)

    try:
        run_with_progress(parent, _t("Export an exchange file"), work, _export_cancelled)
    except UserError as error:
        messages.show_error(parent, error, context)
        return False
    except OSError as error:
        _show_os_error(parent, name, error)
        return False
    return True


def _export_cancelled() -> UserError:
    return UserError("Ekspor dibatalkan; tidak ada berkas yang ditulis.", "The export was cancelled; no file was written.")


def _show_os_error(parent: QWidget | None, name: str, error: OSError) -> None:
    text = _t("The file %1 cannot be used: %2.").replace("%1", name).replace("%2", error.strerror or str(error))
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "Cannot do that"), text)
