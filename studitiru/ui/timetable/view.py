"""The timetable view: shows the scene with its headers and hours pinned to the edges, and
turns the mouse and the keyboard into requests (move, resize, create, edit, delete) that
the page carries out as undoable edits. The view itself never changes data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from studitiru.services.agenda import KEEP_SITE
from studitiru.ui.timetable import geometry as g
from studitiru.ui.timetable.blocks import RubberBand, SessionBlock
from studitiru.ui.timetable.scene import TimetableScene


@dataclass
class _Drag:
    kind: str  # 'move', 'top', 'bottom' or 'create'
    press_view: QPoint
    press_scene: QPointF
    block: SessionBlock | None = None
    cell: tuple[int, int] = (0, 0)
    started: bool = False
    origin: QPointF | None = None
    origin_height: float = 0.0


class TimetableView(QGraphicsView):
    #: key, new start, new end, new site (KEEP_SITE to keep it), 'move' or 'resize'
    move_requested = Signal(str, object, object, object, str)
    #: start, end, day index, column
    create_requested = Signal(object, object, int, int)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    viewport_resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = TimetableScene(self)
        self.setScene(self._scene)
        self.placement = g.Placement(g.SITES, g.ColumnMap(()))
        self.read_only = False
        self._drag: _Drag | None = None
        self._band = RubberBand()
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    @property
    def timetable(self) -> TimetableScene:
        return self._scene

    @property
    def dragging(self) -> bool:
        return self._drag is not None

    # -- blocks ---------------------------------------------------------------------------

    def blocks(self) -> list[SessionBlock]:
        return [item for item in self._scene.items() if isinstance(item, SessionBlock)]

    def blocks_of(self, key: str) -> list[SessionBlock]:
        return sorted((b for b in self.blocks() if b.key == key), key=lambda b: (b.day_index, b.column))

    def block_at(self, pos: QPoint) -> SessionBlock | None:
        if pos.y() < self._scene.grid.top or pos.x() < self._scene.grid.left:
            return None  # under the pinned header or time axis
        for item in self.items(pos):
            if isinstance(item, SessionBlock):
                return item
        return None

    def selected_key(self) -> str | None:
        for item in self._scene.selectedItems():
            if isinstance(item, SessionBlock):
                return item.key
        return None

    def select_keys(self, keys: tuple[str, ...] | list[str], scroll: bool = True) -> None:
        """Select the blocks of these sessions and scroll to the first."""
        self._scene.clearSelection()
        found = [block for key in keys for block in self.blocks_of(key)]
        for block in found:
            block.setSelected(True)
        if found and scroll:
            self.ensureVisible(found[0].scene_block_rect(), 60, 60)

    def block_point(self, key: str, where: str = "centre") -> QPoint:
        """A viewport point on a session's first block: its 'centre', near its 'top' or 'bottom' edge."""
        rect = self.blocks_of(key)[0].scene_block_rect()
        y = {"centre": rect.center().y(), "top": rect.top() + 1.5, "bottom": rect.bottom() - 1.5}[where]
        return self.mapFromScene(QPointF(rect.center().x(), y))

    def scroll_to_minutes(self, minutes: float) -> None:
        self.verticalScrollBar().setValue(round(self._scene.grid.y_of(minutes) - self._scene.grid.top))

    # -- the mouse ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        pos = event.position().toPoint()
        point = self.mapToScene(pos)
        block = self.block_at(pos)
        self._scene.clearSelection()
        if block is not None:
            block.setSelected(True)
            kind = block.edge_at(point.y()) or "move"
            self._drag = _Drag(kind, pos, point, block, origin=block.pos(), origin_height=block.block_rect().height())
        elif pos.y() >= self._scene.grid.top and self._scene.grid.cell_at(point.x()) is not None:
            self._drag = _Drag("create", pos, point, cell=self._scene.grid.cell_at(point.x()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            block = self.block_at(pos)
            edge = block.edge_at(self.mapToScene(pos).y()) if block is not None and not self.read_only else None
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        if not drag.started:
            if (pos - drag.press_view).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
            if drag.kind == "create":
                self._scene.addItem(self._band)
        self._preview(self.mapToScene(pos), _step(event))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if not drag.started or self.read_only:
            self._restore(drag)
            return
        point, step = self.mapToScene(event.position().toPoint()), _step(event)
        if drag.kind == "create":
            self._scene.removeItem(self._band)
            start, end = self._span(drag, point, step)
            self.create_requested.emit(start, end, drag.cell[0], drag.cell[1])
            return
        self._restore(drag)
        assert drag.block is not None
        session = drag.block.session
        start, end, day, column = self._target(drag, point, step)
        if drag.kind == "move":
            changes_site, site = self.placement.site_at(column)
            site = site if changes_site and site != session.site else KEEP_SITE
            if (start, end) != (session.starts_at, session.ends_at) or site is not KEEP_SITE:
                self.move_requested.emit(session.key, start, end, site, "move")
        elif (start, end) != (session.starts_at, session.ends_at):
            self.move_requested.emit(session.key, start, end, KEEP_SITE, "resize")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        block = self.block_at(event.position().toPoint())
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self.edit_requested.emit(block.key)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _target(self, drag: _Drag, point: QPointF, step: int) -> tuple[datetime, datetime, int, int]:
        """Where a dragged block would land: (start, end, day index, column)."""
        grid, block = self._scene.grid, drag.block
        assert block is not None
        session = block.session
        if drag.kind == "move":
            day, column = grid.nearest_cell(point.x())
            if self.placement.mode == g.PRESENTERS:
                column = block.column
            own_day = g.day_start(grid.days[block.day_index])
            minutes = (session.starts_at - own_day).total_seconds() / 60
            minutes += (point.y() - drag.press_scene.y()) / grid.minute_height
            start = grid.moment(day, g.snap(minutes, step))
            return start, start + (session.ends_at - session.starts_at), day, column
        to = grid.moment(block.day_index, grid.snapped_minutes_at(point.y(), step))
        start, end = g.resized(session.starts_at, session.ends_at, drag.kind, to, step)
        return start, end, block.day_index, block.column

    def _span(self, drag: _Drag, point: QPointF, step: int) -> tuple[datetime, datetime]:
        grid = self._scene.grid
        first = grid.snapped_minutes_at(drag.press_scene.y(), step)
        second = grid.snapped_minutes_at(point.y(), step)
        low, high = min(first, second), max(first, second)
        if high - low < step:
            high = min(low + max(step, g.SNAP), g.MINUTES_PER_DAY)
            low = high - max(step, g.SNAP)
        return grid.moment(drag.cell[0], low), grid.moment(drag.cell[0], high)

    def _preview(self, point: QPointF, step: int) -> None:
        drag, grid = self._drag, self._scene.grid
        assert drag is not None
        if drag.kind == "create":
            start, end = self._span(drag, point, step)
            x, y, w, h = grid.rect(drag.cell[0], drag.cell[1], _minutes(start, grid, drag.cell[0]), _minutes(end, grid, drag.cell[0]))
            self._band.setRect(QRectF(x, y, w, h))
            return
        start, end, day, column = self._target(drag, point, step)
        low = _minutes(start, grid, day)
        high = min(_minutes(end, grid, day), g.MINUTES_PER_DAY)
        x, y, w, h = grid.rect(day, column, low, high)
        assert drag.block is not None
        drag.block.setPos(x, y)
        drag.block.set_height(h)
        drag.block.setZValue(5)

    def _restore(self, drag: _Drag) -> None:
        if drag.block is not None and drag.origin is not None:
            drag.block.setPos(drag.origin)
            drag.block.set_height(drag.origin_height)
            drag.block.setZValue(1)

    # -- the keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = self.selected_key()
        blocks = self.blocks_of(key) if key else []
        if not blocks or self.read_only:
            super().keyPressEvent(event)
            return
        session = blocks[0].session
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        pressed = event.key()
        quarter = timedelta(minutes=g.SNAP)
        if pressed in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            sign = -1 if pressed == Qt.Key.Key_Up else 1
            if shift:
                end = max(session.ends_at + sign * quarter, session.starts_at + quarter)
                if end != session.ends_at:
                    self.move_requested.emit(key, session.starts_at, end, KEEP_SITE, "resize")
            else:
                self.move_requested.emit(key, session.starts_at + sign * quarter, session.ends_at + sign * quarter, KEEP_SITE, "move")
        elif pressed in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._sideways(session, -1 if pressed == Qt.Key.Key_Left else 1)
        elif pressed in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(key)
        elif pressed in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _sideways(self, session, sign: int) -> None:  # noqa: ANN001 - a session record
        mode = self.placement.mode
        if mode == g.SITES:
            site = self.placement.columns.neighbour(session.site, sign)
            if site != session.site:
                self.move_requested.emit(session.key, session.starts_at, session.ends_at, site, "move")
        elif mode == g.VISIT:
            start, end = g.shift(session.starts_at, session.ends_at, days=sign)
            self.move_requested.emit(session.key, start, end, KEEP_SITE, "move")

    # -- pinned headers -------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        scene = self._scene
        if scene.grid.cells == 0:
            return
        scene.paint_header(painter, visible.top(), visible.left(), visible.right() + 1)
        scene.paint_axis(painter, visible.left(), visible.top(), visible.bottom() + 1)
        painter.fillRect(QRectF(visible.left(), visible.top(), scene.grid.left, scene.grid.top), QApplication.palette().window())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._drag is None:
            self.viewport_resized.emit()


def _step(event: QMouseEvent) -> int:
    return g.FINE_SNAP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else g.SNAP


def _minutes(moment: datetime, grid: g.Grid, day: int) -> float:
    return (moment - g.day_start(grid.days[day])).total_seconds() / 60
