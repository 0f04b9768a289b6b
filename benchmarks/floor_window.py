"""The floor of the start-up figures (issue 19): what any window over this stack must do.

    QT_QPA_PLATFORM=offscreen python3 benchmarks/floor_window.py DATABASE.sqlite3

A PySide6 main window that imports SQLAlchemy's ORM, opens the same SQLite file with
SQLAlchemy, reads 20 rows (the sessions of the agenda, by start) into a table and is shown and painted.
Prints `00-floor N ms` (from asking for the window to its being painted, as `gui --selftest`
times its pages). `benchmarks/bench.py` runs it as a subprocess, in turns with
`gui --selftest --only home` and `gui --selftest`, and compares their wall times.
"""

from __future__ import annotations

import sys
import time

import sqlalchemy.orm  # noqa: F401 - the ORM is part of the floor: the program cannot start without it
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlalchemy import create_engine, text

COLUMNS = ("key", "title", "starts_at", "ends_at", "kind")


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    started = time.perf_counter()
    engine = create_engine(f"sqlite:///{argv[1]}")
    with sqlalchemy.orm.Session(engine) as session:
        rows = session.execute(text(f"SELECT {', '.join(COLUMNS)} FROM sessions ORDER BY starts_at LIMIT 20")).all()
    model = QStandardItemModel(0, len(COLUMNS))
    model.setHorizontalHeaderLabels(list(COLUMNS))
    for row in rows:
        model.appendRow([QStandardItem(str(value)) for value in row])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    app.processEvents()
    print(f"00-floor {(time.perf_counter() - started) * 1000:.0f} ms ({len(rows)} rows)")
    window.close()
    app.processEvents()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
