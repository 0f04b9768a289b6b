"""The building blocks of the home page: cards, figure tiles, badges and clickable rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from studitiru.domain import records as r

STATUS_COLOURS = {
    r.VisitStatus.REQUESTED: "#b26a00",
    r.VisitStatus.CONFIRMED: "#1565c0",
    r.VisitStatus.COMPLETED: "#2e7d32",
    r.VisitStatus.REPORTED: "#00695c",
    r.VisitStatus.CANCELLED: "#757575",
}
LESSON_COLOURS = {
    r.LessonStatus.NOTED: "#5d4037",
    r.LessonStatus.PLANNED: "#1565c0",
    r.LessonStatus.IN_PROGRESS: "#b26a00",
    r.LessonStatus.ADOPTED: "#2e7d32",
    r.LessonStatus.DROPPED: "#757575",
}
SEVERITY_COLOURS = {r.Severity.ERROR: "#c62828", r.Severity.WARNING: "#b26a00"}

STYLE = """
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#cardTitle { font-size: 12pt; font-weight: bold; }
QLabel#cardCount { color: palette(placeholder-text); }
QLabel#pageHeading { font-size: 18pt; font-weight: bold; }
QLabel#muted, QLabel#empty { color: palette(placeholder-text); }
QLabel#figure { font-size: 22pt; font-weight: bold; }
QFrame#row { border: 1px solid transparent; border-radius: 6px; }
QFrame#row:hover { background: palette(alternate-base); border-color: palette(midlight); }
QFrame#row:focus { border: 2px solid palette(highlight); }
QLabel#rowTitle { font-weight: bold; }
QLabel#subheading { font-weight: bold; color: palette(placeholder-text); margin-top: 8px; }
QLabel#dateDay { font-size: 16pt; font-weight: bold; }
QLabel#dateMonth { font-size: 8pt; font-weight: bold; }
QFrame#dateBlock { border: 1px solid palette(mid); border-radius: 6px; background: palette(window); }
"""


def label(text: str, name: str | None = None, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def badge(text: str, colour: str) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("badge")
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setStyleSheet(f"QLabel#badge {{ background: {colour}; color: white; border-radius: 9px; "
                         "padding: 2px 9px; font-size: 9pt; font-weight: bold; }")
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class Card(QFrame):
    """A titled box with a count beside the title and a column of rows."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(8)
        header = QHBoxLayout()
        self.title_label = label(title, "cardTitle")
        self.count_label = label("", "cardCount")
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.count_label)
        outer.addLayout(header)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        outer.addLayout(self.rows)
        outer.addStretch(1)

    def clear(self) -> None:
        _clear_layout(self.rows)

    def add(self, widget: QWidget) -> None:
        self.rows.addWidget(widget)

    def set_count(self, text: str) -> None:
        self.count_label.setText(text)


class Tile(QFrame):
    """A figure with a caption (visits this year, participants...)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(0)
        self.figure = label("0", "figure")
        self.caption = label(caption, "muted", wrap=True)
        self.detail = label("", "muted", wrap=True)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_values(self, figure: str, detail: str = "") -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class ClickableRow(QFrame):
    """A row that behaves like a button: click, or focus it with Tab and press Enter or Space."""

    clicked = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("row")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(accessible_name)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.body = QHBoxLayout(self)
        self.body.setContentsMargins(8, 6, 8, 6)
        self.body.setSpacing(12)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def date_block(day_text: str, month_text: str, colour: str) -> QFrame:
    """The calendar-leaf block at the left of a visit row: '9' over 'JAN'."""
    block = QFrame()
    block.setObjectName("dateBlock")
    block.setFixedWidth(58)
    layout = QVBoxLayout(block)
    layout.setContentsMargins(2, 4, 2, 4)
    layout.setSpacing(0)
    day = label(day_text, "dateDay")
    month = label(month_text.upper(), "dateMonth")
    month.setStyleSheet(f"color: {colour};")
    for widget in (day, month):
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(widget)
    return block


def text_column(title: str, *lines: str, title_name: str = "rowTitle") -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(1)
    column.addWidget(label(title, title_name, wrap=True))
    for line in lines:
        if line:
            column.addWidget(label(line, "muted", wrap=True))
    return column


def _clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            _clear_layout(item.layout())
