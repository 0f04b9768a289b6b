"""Window tests fail on any Qt warning (qutebrowser's rule)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

_IGNORED = ("propagateSizeHints",)


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings():
    messages: list[str] = []

    def handler(kind, _context, message):  # noqa: ANN001
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            if not any(part in message for part in _IGNORED):
                messages.append(message)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)
    assert not messages, f"Qt warnings: {messages}"
