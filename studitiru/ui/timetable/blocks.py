"""The items of the timetable scene: a session block (one per session, day and column it
takes), the dashed bracket of a travel-time gap, and the rubber band of a new session."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from studitiru.domain import records as r

ERROR_COLOUR = QColor("#d32f2f")
WARNING_COLOUR = QColor("#e08600")
TEXT_COLOUR = QColor("#1b1b1b")
UNSENT_COLOUR = QColor("#1565c0")
EDGE = 5.0  # px at the top and bottom of a block that resize it


@dataclass(frozen=True)
class BlockText:
    time: str
    start: str
    title: str
    visit: str
    presenters: str


class SessionBlock(QGraphicsItem):
    """One session in one cell of one day. `first`/`last`: whether this part holds the
    session's start/end (only those edges resize)."""

    def __init__(self, session: r.Session, day_index: int, column: int, rect: QRectF, colour: str,
                 text: BlockText, first: bool = True, last: bool = True) -> None:
        super().__init__()
        self.session = session
        self.day_index = day_index
        self.column = column
        self.first, self.last = first, last
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self._colour = QColor(colour)
        self._text = text
        self.severity: r.Severity | None = None
        #: The last revision this session changed since (added, moved), not sent yet; None: as sent.
        self.unsent: int | None = None
        self.setPos(rect.topLeft())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    @property
    def key(self) -> str:
        return self.session.key

    def block_rect(self) -> QRectF:
        return self._rect

    def scene_block_rect(self) -> QRectF:
        return self.mapRectToScene(self._rect)

    def set_height(self, height: float) -> None:
        self.prepareGeometryChange()
        self._rect.setHeight(max(height, 4.0))

    def set_findings(self, findings: list[r.Finding], lang: str) -> None:
        """Mark the block: red for an error, amber for warnings; the messages as its tooltip."""
        if any(f.severity == r.Severity.ERROR for f in findings):
            self.severity = r.Severity.ERROR
        elif findings:
            self.severity = r.Severity.WARNING
        else:
            self.severity = None
        lines = [self._text.time + "  " + self._text.title]
        lines += [f"• {finding.message(lang)}" for finding in findings]
        self.setToolTip("\n".join(lines))
        self.update()

    def set_unsent(self, revision: int | None) -> None:
        """Mark a session added or moved since the visit's last revision (a corner flag and a tooltip line)."""
        self.unsent = revision
        if revision is not None:
            note = QCoreApplication.translate("SessionBlock", "Changed since Revision %1, not sent yet").replace("%1", str(revision))
            self.setToolTip(f"{self.toolTip()}\n△ {note}")
        self.update()

    def edge_at(self, scene_y: float) -> str | None:
        """'top' or 'bottom' when a scene y lies on a resizing edge of this block."""
        local = self.mapFromScene(QPointF(0, scene_y)).y()
        edge = min(EDGE, self._rect.height() / 4)
        if self.first and local <= edge:
            return "top"
        if self.last and local >= self._rect.height() - edge:
            return "bottom"
        return None

    # -- painting -------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self._colour)
        if self.isSelected():
            fill = fill.darker(112)
        border = QPen(fill.darker(150), 1)
        if self.severity is not None:
            border = QPen(ERROR_COLOUR if self.severity == r.Severity.ERROR else WARNING_COLOUR, 2.5)
        if self.isSelected():
            border = QPen(QColor("#0b3d91"), 2.5) if self.severity is None else border
        painter.setPen(border)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if self.isSelected() and self.severity is not None:
            painter.setPen(QPen(QColor("#0b3d91"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)
        self._paint_text(painter, rect)
        if self.unsent is not None:  # a folded corner: changed since the last revision, not sent yet
            corner = min(12.0, rect.width() / 3, rect.height() / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(UNSENT_COLOUR)
            painter.drawPolygon(QPolygonF([rect.topLeft(), QPointF(rect.left() + corner, rect.top()),
                                           QPointF(rect.left(), rect.top() + corner)]))
        if self._shows_badge():
            self._paint_badge(painter, rect)

    def _shows_badge(self) -> bool:
        """A narrow block keeps its room for the text; its border still tells the severity."""
        return self.severity is not None and self._rect.width() >= 60

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        badge = 16 if self._shows_badge() else 0
        inner = rect.adjusted(5, 2, -4, -2)
        if inner.height() < 6 or inner.width() < 10:
            return
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(TEXT_COLOUR)
        base = QFont(painter.font())
        base.setPixelSize(11)  # scene units: the same on screen and on paper
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetricsF(base)
        line = metrics.height()
        rows = max(int(inner.height() // line), 1)
        width = inner.width()
        y = inner.top()

        def draw(text: str, font: QFont, room: float) -> None:
            nonlocal y
            painter.setFont(font)
            elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(inner.left(), y, room, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            y += line

        text = self._text
        when = text.time if QFontMetricsF(bold).horizontalAdvance(text.time) <= width - badge else text.start
        if rows == 1:
            draw(f"{when} {text.title}", bold, width - badge)
        else:
            draw(when, bold, width - badge)
            extra = [part for part in (text.visit, text.presenters) if part]
            title_rows = max(rows - 1 - len(extra), 1)
            for row in wrapped_lines(text.title, base, width, title_rows):
                draw(row, base, width)
            italic = QFont(base)
            italic.setItalic(True)
            for part in extra:
                if y + line > inner.bottom() + 0.5:
                    break
                draw(part, italic if part is text.presenters else base, width)
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRectF) -> None:
        colour = ERROR_COLOUR if self.severity == r.Severity.ERROR else WARNING_COLOUR
        size = min(13.0, rect.height() - 3)
        if size < 7:
            return
        badge = QRectF(rect.right() - size - 2, rect.top() + 2, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(int(size) - 3)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")


def wrapped_lines(text: str, font: QFont, width: float, max_rows: int) -> list[str]:
    """The text wrapped at word boundaries to `width`, at most `max_rows` rows, the last elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    rows: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        rows.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(rows) <= max_rows:
        return [text[start:start + length].strip() for start, length in rows]
    kept = [text[start:start + length].strip() for start, length in rows[:max_rows - 1]]
    rest = text[rows[max_rows - 1][0]:].strip()
    return kept + [QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class TravelGap(QGraphicsPathItem):
    """A dashed bracket from the end of one session to the start of the next one: too short a gap."""

    def __init__(self, end_point: QPointF, start_point: QPointF, tooltip: str) -> None:
        super().__init__()
        path = QPainterPath(end_point)
        middle = (end_point.y() + start_point.y()) / 2
        path.lineTo(end_point.x(), middle)
        path.lineTo(start_point.x(), middle)
        path.lineTo(start_point)
        path.addEllipse(end_point, 2.5, 2.5)
        path.addEllipse(start_point, 2.5, 2.5)
        self.setPath(path)
        pen = QPen(WARNING_COLOUR, 2, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setToolTip(tooltip)
        self.setZValue(2)


class RubberBand(QGraphicsRectItem):
    """The outline of a session being drawn on empty space."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(QPen(QColor("#0b3d91"), 1.5, Qt.PenStyle.DashLine))
        self.setBrush(QColor(11, 61, 145, 40))
        self.setZValue(3)
