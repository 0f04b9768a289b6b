"""The File menu's dialogs: choose a database file, import and export exchange files.

Each is a plain function over the context: ask for a file, call one service, say what happened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studitiru.errors import UserError
from studitiru.ui import messages
from studitiru.ui.context import ALL_KINDS, AppContext


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
    try:
        document = exchange.read_document(name)
        counts = exchange.import_plan(context.db, exchange.check_document(document, name))
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
    try:
        exchange.export_file(context.db, name)
    except UserError as error:
        messages.show_error(parent, error, context)
        return False
    except OSError as error:
        _show_os_error(parent, name, error)
        return False
    return True


def _show_os_error(parent: QWidget | None, name: str, error: OSError) -> None:
    text = _t("The file %1 cannot be used: %2.").replace("%1", name).replace("%2", error.strerror or str(error))
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "Cannot do that"), text)
