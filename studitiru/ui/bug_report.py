"""A bug is shown as a bug: an exception the program did not expect is never silent.

`install(log_folder)` makes `sys.excepthook` write the traceback to `studitiru.log` in the
data folder and show `BugDialog`: one plain sentence that says the program met an error of its
own (not the officer's), that what was saved stays saved, and the details to copy for a report.
The window keeps running. Errors the officer can act on are `UserError`s and never come here.

The hook is installed by the real program only (`app.run`); under pytest, pytest-qt's own hook
turns the same exception into a failed test.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from importlib import metadata
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

LOG_NAME = "studitiru.log"
_log = logging.getLogger("studitiru.bugs")


def _t(text: str) -> str:
    return QCoreApplication.translate("BugReport", text)


def _version() -> str:
    try:
        return metadata.version("studitiru")
    except metadata.PackageNotFoundError:
        return "unknown"


def details(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What a developer needs: when, which version, which system, and the traceback."""
    head = (f"Studi Tiru {_version()} · Python {platform.python_version()} · {platform.platform()}\n"
            f"{datetime.now().isoformat(timespec='seconds')}\n\n")
    return head + "".join(traceback.format_exception(kind, value, tb)).rstrip()


class BugDialog(QDialog):
    """"The program met an error of its own": what it means for the officer, and the details."""

    def __init__(self, parent: QWidget | None, text: str, log_file: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Program error"))
        self.message = QLabel(_t("Studi Tiru met an error in its own code. This is not your mistake. "
                                 "What was saved before stays saved; the last action may not have been done."))
        self.message.setWordWrap(True)
        where = (_t("The details are also written to %1.").replace("%1", str(log_file))
                 if log_file is not None else "")
        self.advice = QLabel(" ".join(part for part in (
            _t("Please send the details below to whoever supports Studi Tiru in your office."), where) if part))
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(text)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(_t("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)


class BugReporter:
    """The `sys.excepthook` of the running program."""

    def __init__(self, log_folder: Path | None) -> None:
        self.log_file: Path | None = None
        self._showing = False
        if log_folder is not None:
            try:
                log_folder.mkdir(parents=True, exist_ok=True)
                handler = RotatingFileHandler(log_folder / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                              encoding="utf-8")
                handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
                _log.addHandler(handler)
                _log.setLevel(logging.INFO)
                self.log_file = log_folder / LOG_NAME
            except OSError:
                self.log_file = None  # a read-only data folder: the dialog still shows the details

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = details(kind, value, tb)
        _log.error("Unexpected error\n%s", text)
        print(text, file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time: an error while it is shown is logged only
        self._showing = True
        try:
            BugDialog(QApplication.activeWindow(), text, self.log_file).exec()
        finally:
            self._showing = False


def install(log_folder: Path | None) -> BugReporter:
    reporter = BugReporter(log_folder)
    sys.excepthook = reporter
    return reporter
