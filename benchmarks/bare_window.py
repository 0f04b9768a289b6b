"""The floor of the window figures: a bare PySide6 main window with an empty table, shown and closed.

    QT_QPA_PLATFORM=offscreen python3 benchmarks/bare_window.py

Prints `00-bare N ms` (from asking for the window to its being painted, as `gui --selftest`
times its pages). `benchmarks/bench.py` runs it as a subprocess and takes its wall time and
peak memory (ru_maxrss).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv[:1])
    started = time.perf_counter()
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 8, table))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    app.processEvents()
    print(f"00-bare {(time.perf_counter() - started) * 1000:.0f} ms")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
