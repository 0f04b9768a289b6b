"""Small form helpers of the register pages: reading a field as a record value, and a
multi-line text box that, like a line edit, says when editing is finished."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


class CommitTextEdit(QPlainTextEdit):
    """A plain text box that emits `editingFinished` when it loses focus after a change."""

    editingFinished = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(64)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


def value(edit: QLineEdit | CommitTextEdit) -> str | None:
    """The field's text trimmed; an empty field is None."""
    text = edit.text().strip()
    return text or None


def show(edit: QLineEdit | CommitTextEdit, text: str | None) -> None:
    """Put a record value into a field (None shows empty); keeps the cursor if unchanged."""
    if edit.text() != (text or ""):
        edit.setText(text or "")
