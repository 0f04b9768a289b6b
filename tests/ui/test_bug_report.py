"""A bug is shown as a bug: the running window's exception hook logs the details in the data
folder and shows them to copy, in plain words, and the window goes on."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from studitiru.ui import bug_report
from tests.ui.modal import when_modal
from tests.ui.shell_support import language


def _raise_and_catch():
    try:
        raise ValueError("lesson status 'x' is not a LessonStatus")
    except ValueError:
        return sys.exc_info()


def test_an_unexpected_error_is_logged_and_shown_with_details_to_copy(qtbot, tmp_path, monkeypatch):
    reporter = bug_report.BugReporter(tmp_path / "data")
    seen = {}

    def answer(dialog: bug_report.BugDialog) -> None:
        seen["message"] = dialog.message.text()
        seen["advice"] = dialog.advice.text()
        seen["details"] = dialog.details.toPlainText()
        dialog.copy_button.click()
        assert dialog.isVisible()  # copying does not close it
        dialog.buttons.rejected.emit()

    with language("id"):
        answered = when_modal(qtbot, bug_report.BugDialog, answer)
        reporter(*_raise_and_catch())
    assert answered
    assert "bukan kesalahan Anda" in seen["message"]
    assert str(tmp_path / "data" / "studitiru.log") in seen["advice"]
    assert "ValueError: lesson status 'x' is not a LessonStatus" in seen["details"]
    assert "Traceback" in seen["details"] and "Studi Tiru" in seen["details"]
    assert QGuiApplication.clipboard().text() == seen["details"]
    log = (tmp_path / "data" / "studitiru.log").read_text(encoding="utf-8")
    assert "ValueError: lesson status 'x' is not a LessonStatus" in log


def test_install_sets_the_hook_and_a_keyboard_interrupt_is_not_a_bug(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    reporter = bug_report.install(tmp_path / "data")
    assert sys.excepthook is reporter
    calls = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: calls.append(args))
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        reporter(*sys.exc_info())
    assert calls and QApplication.activeModalWidget() is None
