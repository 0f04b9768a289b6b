"""Bar and pie charts for the annual recap, drawn straight on the page's canvas in DejaVu.

Each chart is a small `Flowable` that draws rectangles, wedges and strings itself. An earlier
version used reportlab.graphics' chart widgets; they looked the same but spent a quarter of
the recap's time validating their attributes (issue 7: the recap of a busy year).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from studitiru.reports.fonts import REGULAR, register_fonts
from studitiru.reports.layout import ACCENT, INK, RULE
from studitiru.reports.text import plain

PALETTE = [colors.HexColor(c) for c in ("#1f3a5f", "#3b7dd8", "#7fb3e6", "#e0a030", "#c0504d", "#6a9f58", "#8064a2")]
GRID = colors.HexColor("#e3e7ec")
LABEL_SIZE = 7.5
LEGEND_SIZE = 8.5


def _label(text: str, limit: int = 32) -> str:
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _nice_step(top: int) -> int:
    """A round step so that the axis has about five gridlines."""
    if top <= 5:
        return 1
    raw = top / 5
    magnitude = 10 ** int(math.floor(math.log10(raw)))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _axis(values: Sequence[int]) -> tuple[int, int]:
    """(step, top of the axis): room above the highest bar for its label."""
    top = max(values, default=0)
    step = max(1, _nice_step(top))
    return step, (step * (math.ceil(top / step) + (1 if top % step == 0 else 0)) if top else 1)


def _fit(text: str, size: float, room: float) -> str:
    """`text` cut with '…' to fit `room` points."""
    if stringWidth(text, REGULAR, size) <= room:
        return text
    while len(text) > 1 and stringWidth(text + "…", REGULAR, size) > room:
        text = text[:-1]
    return text + "…"


class Chart(Flowable):
    """A chart `width` × `height` points; subclasses draw it in `draw_chart(canvas)`."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        register_fonts()
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: ARG002
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(REGULAR, LABEL_SIZE)
        self.draw_chart(canvas)
        canvas.restoreState()

    def draw_chart(self, canvas) -> None:  # noqa: ANN001 - a reportlab canvas
        raise NotImplementedError


class ColumnChart(Chart):
    """Vertical bars with the value above each bar and the category below."""

    def __init__(self, labels: Sequence[str], values: Sequence[int], width: float, height: float) -> None:
        super().__init__(width, height)
        self.labels = [_label(x, 14) for x in labels]
        self.values = list(values)

    def draw_chart(self, canvas) -> None:  # noqa: ANN001
        x0, y0, w, h = 28, 20, self.width - 36, self.height - 32
        step, top = _axis(self.values)
        canvas.setLineWidth(0.5)
        for value in range(0, top + 1, step):
            y = y0 + h * value / top
            canvas.setStrokeColor(GRID)
            canvas.line(x0, y, x0 + w, y)
            canvas.setFillColor(INK)
            canvas.drawRightString(x0 - 5, y - LABEL_SIZE / 3, str(value))
        canvas.setStrokeColor(RULE)
        canvas.line(x0, y0, x0 + w, y0)
        canvas.line(x0, y0, x0, y0 + h)
        count = max(1, len(self.values))
        group = w / count
        bar = max(1.0, group - 6)
        for index, (label, value) in enumerate(zip(self.labels, self.values)):
            middle = x0 + group * (index + 0.5)
            canvas.setFillColor(INK)
            canvas.drawCentredString(middle, y0 - 3 - LABEL_SIZE, _fit(label, LABEL_SIZE, group))
            if value:
                height = h * value / top
                canvas.setFillColor(ACCENT)
                canvas.rect(middle - bar / 2, y0, bar, height, stroke=0, fill=1)
                canvas.setFillColor(INK)
                canvas.drawCentredString(middle, y0 + height + 4, str(value))


class BarChart(Chart):
    """Horizontal bars, first category at the top, long category names cut to fit."""

    ROW = 16

    def __init__(self, labels: Sequence[str], values: Sequence[int], width: float) -> None:
        super().__init__(width, max(3, len(values)) * self.ROW + 30)
        self.labels = [_label(x, 34) for x in labels]
        self.values = list(values)

    def draw_chart(self, canvas) -> None:  # noqa: ANN001
        room = min(170, self.width * 0.38)
        x0, y0, w, h = room, 18, self.width - room - 24, self.height - 26
        step, top = _axis(self.values)
        canvas.setLineWidth(0.5)
        for value in range(0, top + 1, step):
            x = x0 + w * value / top
            canvas.setStrokeColor(GRID)
            canvas.line(x, y0, x, y0 + h)
            canvas.setFillColor(INK)
            canvas.drawCentredString(x, y0 - 4 - LABEL_SIZE, str(value))
        canvas.setStrokeColor(RULE)
        canvas.line(x0, y0, x0 + w, y0)
        canvas.line(x0, y0, x0, y0 + h)
        count = max(1, len(self.values))
        group = h / count
        bar = max(1.0, group - 3)
        for index, (label, value) in enumerate(zip(self.labels, self.values)):
            middle = y0 + h - group * (index + 0.5)
            canvas.setFillColor(INK)
            canvas.drawRightString(x0 - 4, middle - LABEL_SIZE / 3, _fit(label, LABEL_SIZE, room - 8))
            if value:
                length = w * value / top
                canvas.setFillColor(ACCENT)
                canvas.rect(x0, middle - bar / 2, length, bar, stroke=0, fill=1)
                canvas.setFillColor(INK)
                canvas.drawString(x0 + length + 4, middle - LABEL_SIZE / 3, str(value))


class PieChart(Chart):
    """A pie of the non-zero values with a legend 'label: count (percent)' beside it."""

    def __init__(self, labels: Sequence[str], values: Sequence[int], width: float, height: float) -> None:
        super().__init__(width, height)
        self.pairs = [(_label(label, 40), value) for label, value in zip(labels, values) if value > 0]

    def draw_chart(self, canvas) -> None:  # noqa: ANN001
        if not self.pairs:
            return
        total = sum(value for _, value in self.pairs)
        size = min(self.height - 10, self.width * 0.4)
        x, y = 10, (self.height - size) / 2
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1)
        start = 90.0  # clockwise from twelve o'clock
        for index, (_, value) in enumerate(self.pairs):
            canvas.setFillColor(PALETTE[index % len(PALETTE)])
            extent = 360.0 * value / total
            if len(self.pairs) == 1:
                canvas.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
            else:
                canvas.wedge(x, y, x + size, y + size, start - extent, extent, stroke=1, fill=1)
            start -= extent
        left = size + 40
        rows = min(10, len(self.pairs))
        first = self.height / 2 + (rows - 1) * 8
        canvas.setFont(REGULAR, LEGEND_SIZE)
        for index, (label, value) in enumerate(self.pairs):
            column, row = divmod(index, 10)
            column_x = left + column * (self.width - left) / 2
            line_y = first - row * 16
            canvas.setFillColor(PALETTE[index % len(PALETTE)])
            canvas.rect(column_x, line_y - 1, 8, 8, stroke=0, fill=1)
            canvas.setFillColor(INK)
            text = f"{label}: {value} ({100 * value / total:.0f}%)"
            canvas.drawString(column_x + 14, line_y, _fit(text, LEGEND_SIZE, self.width - column_x - 14))


def column_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float) -> ColumnChart:
    return ColumnChart(labels, values, width, height)


def bar_chart(labels: Sequence[str], values: Sequence[int], width: float) -> BarChart:
    return BarChart(labels, values, width)


def pie_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float) -> PieChart:
    return PieChart(labels, values, width, height)
