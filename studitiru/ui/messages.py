"""Showing a refusal or a question to the user: one dialog, plain words, no traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from studitiru.errors import UserError
from studitiru.ui.context import AppContext


def show_error(parent: QWidget | None, error: UserError, context: AppContext | None = None) -> None:
    """Tell the user why an action was refused, in the interface language."""
    lang = context.lang if context is not None else "id"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("messages", "Cannot do that"))
    box.setText(error.message(lang))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
