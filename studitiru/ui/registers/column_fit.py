"""Fit a register list's columns to the width it has: each column as wide as its text (the
name column first, up to a cap), the room left to the name; when the list is too narrow the
other columns give way before the name does, so that 'Pemerintah Kabupaten Kubu Raya' stays
readable beside 'Pemkab Kubu Raya'."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

NAME_CAP = 420
OTHER_CAP = 200
NAME_FLOOR = 160


def fitted_widths(wanted: list[int], floors: list[int], available: int) -> list[int]:
    """Widths for the columns: `wanted` when they fit (the slack to column 0), else the other
    columns shrink in proportion toward their floors first, then column 0 toward its floor."""
    widths = list(wanted)
    total = sum(widths)
    if total <= available:
        widths[0] += available - total
        return widths
    excess = total - available
    room = sum(max(0, w - f) for w, f in zip(widths[1:], floors[1:]))
    if room:
        share = min(1.0, excess / room)
        for column in range(1, len(widths)):
            cut = int(round((widths[column] - floors[column]) * share)) if widths[column] > floors[column] else 0
            widths[column] -= cut
            excess -= cut
    if excess > 0:
        widths[0] = max(floors[0], widths[0] - excess)
    return widths


class ColumnFitter(QObject):
    """Keeps a table's columns fitted; call `fit()` after new rows (it measures their text), and on
    every resize it refits what it measured to the new width (no measuring again: the first show
    of a page resizes its list three or four times as the layout settles)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._measured: tuple[list[int], list[int]] | None = None
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Measure the columns' text (rows and headings) and fit them to the width there is."""
        view, header = self._view, self._view.horizontalHeader()
        columns = view.model().columnCount() if view.model() is not None else 0
        if columns == 0:
            self._measured = None
            return
        wanted, floors = [], []
        for column in range(columns):
            label = header.sectionSizeFromContents(column).width()
            content = max(view.sizeHintForColumn(column), label)
            cap = NAME_CAP if column == 0 else OTHER_CAP
            wanted.append(min(content, cap))
            floors.append(min(content, NAME_FLOOR) if column == 0 else min(content, max(label, 60)))
        self._measured = (wanted, floors)
        self._apply()

    def _apply(self) -> None:
        if self._measured is None:
            return
        wanted, floors = self._measured
        header = self._view.horizontalHeader()
        for column, width in enumerate(fitted_widths(wanted, floors, self._view.viewport().width())):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            model = self._view.model()
            if self._measured is None or model is None or len(self._measured[0]) != model.columnCount():
                self.fit()
            else:
                self._apply()
        return False
