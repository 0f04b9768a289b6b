"""The Qt binding itself: PySide6 6.12.0 with Python 3.11 drops a reference to `None` every
time Qt hands `None` back to Python (an empty `index.data()`, `currentData()`…). After
enough calls Python aborts with "deallocating None": a window over a large database died
on exit. pyproject.toml keeps PySide6 below 6.12; this test catches any version with the bug."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox


class _EmptyModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001 - Qt override
        return None


def test_none_returned_by_qt_keeps_its_references(qapp):
    model = _EmptyModel()
    index = model.index(0, 0)
    combo = QComboBox()
    combo.addItem("x")
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data()
        combo.currentData()
    assert sys.getrefcount(None) - before > -100
