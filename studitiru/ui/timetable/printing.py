"""The timetable on paper: the days as shown, the hours 07.00–18.00 (or wider when a session
lies beyond), with a title, the legend and the pinned headers, scaled to the page."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from studitiru.ui.timetable import geometry as g
from studitiru.ui.timetable.blocks import SessionBlock
from studitiru.ui.timetable.scene import TimetableScene


def hours_to_print(scene: TimetableScene) -> tuple[float, float]:
    """The minutes of the day to print: 07.00–18.00, widened to every block shown."""
    grid = scene.grid
    low, high = g.FIRST_HOUR * 60.0, g.LAST_HOUR * 60.0
    for item in scene.items():
        if isinstance(item, SessionBlock):
            rect = item.scene_block_rect()
            low = min(low, grid.minutes_at(rect.top()) // 60 * 60)
            high = max(high, -(-grid.minutes_at(rect.bottom()) // 60) * 60)
    return low, high


def render_timetable(printer: QPrinter, scene: TimetableScene, title: str, legend: list[tuple[str, str]]) -> None:
    """Paint the scene on the printer's pages (one page, scaled to fit)."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        selected = scene.selectedItems()
        scene.clearSelection()
        page = QRectF(painter.viewport())
        y = _heading(painter, page, title, legend)
        grid = scene.grid
        low, high = hours_to_print(scene)
        top = grid.y_of(low) - grid.top
        source = QRectF(0, top, grid.width, grid.y_of(high) - top)
        room = QRectF(page.left(), y, page.width(), page.bottom() - y)
        scale = min(room.width() / source.width(), room.height() / source.height())
        painter.save()
        painter.translate(room.left(), room.top())
        painter.scale(scale, scale)
        painter.translate(-source.left(), -source.top())
        body = QRectF(0, grid.y_of(low), grid.width, grid.y_of(high) - grid.y_of(low))
        scene.render(painter, body, body)
        scene.paint_header(painter, top, 0, grid.width)
        scene.paint_axis(painter, 0, top, grid.y_of(high))
        painter.fillRect(QRectF(0, top, grid.left, grid.top), QColor("white"))
        painter.restore()
        for item in selected:
            item.setSelected(True)
    finally:
        painter.end()


def _heading(painter: QPainter, page: QRectF, title: str, legend: list[tuple[str, str]]) -> float:
    """The title and the legend at the top of the page; returns the y below them."""
    font = QFont(painter.font())
    font.setPointSizeF(12)
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(page.left(), page.top(), page.width(), metrics.height()), Qt.AlignmentFlag.AlignLeft, title)
    y = page.top() + metrics.height() * 1.3
    small = QFont(font)
    small.setPointSizeF(8)
    small.setBold(False)
    painter.setFont(small)
    metrics = QFontMetricsF(small, painter.device())
    x, line = page.left(), metrics.height()
    for colour, label in legend:
        width = line + metrics.horizontalAdvance(label) + line
        if x + width > page.right() and x > page.left():
            x, y = page.left(), y + line * 1.3
        painter.fillRect(QRectF(x, y + line * 0.15, line * 0.7, line * 0.7), QColor(colour))
        painter.drawText(QRectF(x + line, y, width, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        x += width
    return y + line * 1.6
