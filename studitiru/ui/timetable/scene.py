"""The timetable scene: the grid of hours, days and columns (with a site's closed hours
shaded) painted as its background, the session blocks as items, and the headers and the time
axis that the view paints pinned to its edges (and the printout above the grid)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QWidget

from studitiru.domain.dates import format_time
from studitiru.ui.timetable.geometry import Grid

GRID_LINE = QColor("#d9dde3")
HALF_LINE = QColor("#eef0f3")
DAY_LINE = QColor("#8a94a6")
CLOSED = QColor("#eceef1")
HEADER = QColor("#f5f6f8")
HEADER_TEXT = QColor("#2b2f36")
AXIS_TEXT = QColor("#5b6270")


class TimetableScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = Grid(days=(), columns=0)
        self.day_labels: list[str] = []
        self.column_labels: list[str] = []
        self.closed: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.lang = "id"

    def set_layout(self, grid: Grid, day_labels: list[str], column_labels: list[str],
                   closed: dict[tuple[int, int], list[tuple[int, int]]], lang: str) -> None:
        """The grid and what its headers say; `closed`: (day, column) → closed minute spans."""
        self.grid, self.day_labels, self.column_labels = grid, day_labels, column_labels
        self.closed, self.lang = closed, lang
        self.setSceneRect(0, 0, grid.width, grid.height)
        self.update()

    # -- the grid -------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        grid = self.grid
        painter.fillRect(rect, QColor("white"))
        if grid.cells == 0:
            return
        body = QRectF(grid.left, grid.top, grid.cells * grid.column_width, 24 * grid.hour_height)
        hatch = QBrush(QColor("#dfe2e7"), Qt.BrushStyle.BDiagPattern)
        for (day, column), spans in self.closed.items():
            x = grid.x_of(day, column)
            for start, end in spans:
                cell = QRectF(x, grid.y_of(start), grid.column_width, grid.y_of(end) - grid.y_of(start))
                painter.fillRect(cell, CLOSED)
                painter.fillRect(cell, hatch)
        for half in range(48):
            y = grid.y_of(half * 30)
            if y < rect.top() - 1 or y > rect.bottom() + 1:
                continue
            painter.setPen(QPen(GRID_LINE if half % 2 == 0 else HALF_LINE, 1))
            painter.drawLine(int(body.left()), int(y), int(body.right()), int(y))
        for cell in range(grid.cells + 1):
            x = grid.left + cell * grid.column_width
            day_edge = cell % grid.columns == 0
            painter.setPen(QPen(DAY_LINE if day_edge else GRID_LINE, 1.5 if day_edge and cell else 1))
            painter.drawLine(int(x), int(max(body.top(), rect.top())), int(x), int(min(body.bottom(), rect.bottom())))

    # -- headers and the time axis (painted by the view, pinned, and by the printout) -------

    def header_height(self) -> float:
        return self.grid.top

    def paint_header(self, painter: QPainter, top: float, left: float, right: float) -> None:
        """The day and column headers with their top edge at scene y `top`, between scene x `left` and `right`."""
        grid = self.grid
        painter.fillRect(QRectF(left, top, right - left, grid.top), HEADER)
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(int(left), int(top + grid.top), int(right), int(top + grid.top))
        font = QFont(painter.font())
        font.setPixelSize(12)  # scene units: the same on screen and on paper
        bold = QFont(font)
        bold.setBold(True)
        two_rows = bool(self.column_labels) and any(self.column_labels)
        row = grid.top / 2 if two_rows else grid.top
        for index, label in enumerate(self.day_labels):
            x = grid.x_of(index, 0)
            width = grid.columns * grid.column_width
            if x + width < left or x > right:
                continue
            box = QRectF(x + 4, top, width - 8, row)
            painter.setFont(bold)
            painter.setPen(HEADER_TEXT)
            text = QFontMetricsF(bold).elidedText(label, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QPen(DAY_LINE, 1.5))
            if index:
                painter.drawLine(int(x), int(top), int(x), int(top + grid.top))
        if not two_rows:
            return
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for day in range(len(grid.days)):
            for column, label in enumerate(self.column_labels):
                x = grid.x_of(day, column)
                if x + grid.column_width < left or x > right:
                    continue
                box = QRectF(x + 3, top + row, grid.column_width - 6, row)
                painter.setPen(HEADER_TEXT)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(label, Qt.TextElideMode.ElideRight, box.width()))
                if column:
                    painter.setPen(QPen(GRID_LINE, 1))
                    painter.drawLine(int(x), int(top + row + 3), int(x), int(top + grid.top))

    def paint_axis(self, painter: QPainter, left: float, top: float, bottom: float) -> None:
        """The hours down the side with the axis's left edge at scene x `left`."""
        grid = self.grid
        painter.fillRect(QRectF(left, top, grid.left, bottom - top), HEADER)
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(int(left + grid.left), int(top), int(left + grid.left), int(bottom))
        font = QFont(painter.font())
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(AXIS_TEXT)
        height = QFontMetricsF(font).height()
        for hour in range(25):
            y = grid.y_of(hour * 60)
            if y < top + grid.top - 1 or y > bottom:
                continue
            if y - height / 2 < top + grid.top:  # just under the header: below the line
                painter.drawText(QRectF(left, y, grid.left - 6, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, _label(hour, self.lang))
                continue
            box = QRectF(left, y - height / 2, grid.left - 6, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _label(hour, self.lang))


def _label(hour: int, lang: str) -> str:
    return format_time(time(hour), lang) if hour < 24 else ("24:00" if lang == "en" else "24.00")

