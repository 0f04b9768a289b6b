"""Default window sizes that fit the common office laptop, 1366 × 768 with a taskbar: a window's
frame (title bar and borders, about 38 pixels) plus its content stays within 768 − 40 pixels."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: The screen the defaults are made for, less its taskbar.
SCREEN_HEIGHT, TASKBAR = 768, 40
#: What a window manager adds around a window's content (title bar, borders).
FRAME = 38
#: The tallest content a window or dialog may have at its default size.
MAX_HEIGHT = SCREEN_HEIGHT - TASKBAR - FRAME  # 690


def fit_height(widget: QWidget, height: int) -> int:
    """`height`, at most MAX_HEIGHT and at most what the widget's screen offers."""
    screen = widget.screen()
    room = screen.availableGeometry().height() - FRAME if screen is not None else height
    return max(200, min(height, MAX_HEIGHT, room))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width` × `height`, the height kept within a 1366 × 768 screen (and the actual one)."""
    widget.resize(width, fit_height(widget, height))
