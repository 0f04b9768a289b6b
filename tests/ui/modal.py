"""Answering the real modal dialogs of a journey as an officer would: wait for the dialog to
be the active modal widget, fill its fields, press its buttons.

    answered = when_modal(qtbot, SessionDialog, fill)   # before the click that opens it
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert answered  # the dialog was shown and answered

`fill(dialog)` runs inside the dialog's own event loop. If it fails (an assertion), the dialog
is closed so that the test does not hang, and the error fails the test (pytest-qt reports an
exception raised in a Qt callback).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QWidget

POLL_MS = 20
TIMEOUT_MS = 10_000


def when_modal(qtbot, kind: type[QWidget], fill: Callable[[QWidget], None], shots: Callable[[QWidget, str], None] | None = None,
               name: str = "") -> list[QWidget]:
    """Answer the next modal dialog of type `kind` with `fill`; returns a list that holds the
    dialog once it has been answered."""
    answered: list[QWidget] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                dialog.activateWindow()  # as a shown dialog is: focus moves, fields say they are done
                QApplication.processEvents()
                if shots is not None:
                    shots(dialog, name or type(dialog).__name__)
                fill(dialog)
            except BaseException:
                if isinstance(dialog, QDialog):
                    dialog.reject()
                else:
                    dialog.close()
                raise
            finally:
                answered.append(dialog)
            return
        waited[0] += POLL_MS
        if waited[0] > TIMEOUT_MS:
            current = QApplication.activeModalWidget()
            if isinstance(current, QDialog):
                current.reject()
            raise AssertionError(f"no {kind.__name__} was shown (active modal: {type(current).__name__})")
        QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    return answered


def save_as(path: Path) -> Callable[[QWidget], None]:
    """Fill Qt's own file dialog with a path and accept it, as typing a name and Enter would."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        name_field.setText(str(path))
        dialog.accept()

    return fill
