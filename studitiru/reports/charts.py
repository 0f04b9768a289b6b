"""Bar and pie charts for the annual recap, drawn with reportlab.graphics, all in DejaVu."""

from __future__ import annotations

import math
from typing import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from studitiru.reports.fonts import REGULAR, register_fonts
from studitiru.reports.layout import ACCENT, INK, RULE
from studitiru.reports.text import plain

PALETTE = [colors.HexColor(c) for c in ("#1f3a5f", "#3b7dd8", "#7fb3e6", "#e0a030", "#c0504d", "#6a9f58", "#8064a2")]
LABEL_SIZE = 7.5


def _label(text: str, limit: int = 32) -> str:
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value_axis(axis, values: Sequence[int]) -> None:
    top = max(values, default=0)
    step = max(1, _nice_step(top))
    axis.valueMin = 0
    axis.valueMax = step * (math.ceil(top / step) + (1 if top % step == 0 else 0)) if top else 1
    axis.valueStep = step
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE
    axis.labelTextFormat = "%d"
    axis.strokeColor = RULE
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.HexColor("#e3e7ec")
    axis.gridStrokeWidth = 0.5


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


def _count_label(value: float) -> str:
    return f"{int(value)}" if value else ""


def _bars(chart, values: Sequence[int]) -> None:
    chart.data = [list(values)]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _count_label  # empty bars carry no "0": a year of empty months stays readable
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = INK
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.strokeColor = RULE


def column_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float) -> Drawing:
    """Vertical bars with the value above each bar and the category below."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 20
    chart.width, chart.height = width - 36, height - 32
    _bars(chart, values)
    chart.barLabels.nudge = 7
    chart.categoryAxis.categoryNames = [_label(x, 14) for x in labels]
    chart.categoryAxis.labels.dy = -3
    chart.groupSpacing = 6
    _value_axis(chart.valueAxis, values)
    drawing.add(chart)
    return drawing


def bar_chart(labels: Sequence[str], values: Sequence[int], width: float) -> Drawing:
    """Horizontal bars, first category at the top, long category names cut to fit."""
    register_fonts()
    row = 16
    height = max(3, len(values)) * row + 30
    drawing = Drawing(width, height, initialFontName=REGULAR)
    chart = HorizontalBarChart()
    label_room = min(170, width * 0.38)
    chart.x, chart.y = label_room, 18
    chart.width, chart.height = width - label_room - 24, height - 26
    _bars(chart, values)
    chart.barLabels.nudge = 8
    chart.categoryAxis.categoryNames = [_label(x, 34) for x in labels]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.groupSpacing = 3
    _value_axis(chart.valueAxis, values)
    drawing.add(chart)
    return drawing


def pie_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float) -> Drawing:
    """A pie of the non-zero values with a legend 'label (count, percent)' beside it."""
    register_fonts()
    pairs = [(label, value) for label, value in zip(labels, values) if value > 0]
    drawing = Drawing(width, height, initialFontName=REGULAR)
    if not pairs:
        return drawing
    total = sum(v for _, v in pairs)
    size = min(height - 10, width * 0.4)
    pie = Pie()
    pie.x, pie.y = 10, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [v for _, v in pairs]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    pie.slices.fontName = REGULAR
    for index in range(len(pairs)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 40, height / 2 + len(pairs) * 8
    legend.fontName = REGULAR
    legend.fontSize = 8.5
    legend.dy = 8
    legend.dx = 8
    legend.deltay = 16
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{_label(label, 40)}: {value} ({100 * value / total:.0f}%)")
        for i, (label, value) in enumerate(pairs)
    ]
    drawing.add(legend)
    return drawing
