"""Opening a database file for a window that is not the composition root (`ui/app.py`), such
as the first start's new office database: the window imports no `studitiru.db` itself."""

from __future__ import annotations

from pathlib import Path

from studitiru.db.engine import Database
from studitiru.db.schema import open_database


def open_file(path: Path) -> Database:
    """The SQLite database at `path`, created and migrated if it does not exist yet."""
    return open_database(path=path)
