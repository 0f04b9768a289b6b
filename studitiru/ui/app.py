"""The main window (placeholder: a plain window titled "Studi Tiru"; the real one replaces it)."""

from __future__ import annotations

import sys
from pathlib import Path


def run(database: Path | str, lang: str | None = None, selftest: bool = False, screenshots: Path | None = None) -> int:
    """Open the window on `database` (a Path: an SQLite file; a str: an SQLAlchemy URL)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from studitiru.db.schema import open_database

    db = open_database(url=database) if isinstance(database, str) else open_database(path=database)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Studi Tiru")
    window.resize(1000, 700)
    window.show()
    try:
        if selftest:
            app.processEvents()
            if screenshots is not None:
                Path(screenshots).mkdir(parents=True, exist_ok=True)
                window.grab().save(str(Path(screenshots) / "01-home.png"))
            return 0
        return app.exec()
    finally:
        window.close()
        db.dispose()
