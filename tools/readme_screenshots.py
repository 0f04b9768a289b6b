"""Make the README's screenshots from the demo programme:

    python tools/readme_screenshots.py docs/screenshots

Every page through `gui --selftest --screenshots` (Indonesian, 1280×800), plus the
timetable on the Balikpapan visit's day and the Doris Sylvanus visit's day (with its
travel-time warning), in Indonesian and English.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: str) -> int:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="studitiru-shots-"))
    database = work / "demo.sqlite3"
    env = dict(os.environ, STUDITIRU_WINDOW_SIZE="1280x800", XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"))
    command = [sys.executable, "-m", "studitiru.cli", "--db", str(database)]
    subprocess.run([*command, "demo"], check=True, env=env)
    subprocess.run([*command, "gui", "--selftest", "--screenshots", str(work / "id"), "--lang", "id"], check=True, env=env)
    for name in ("01-home", "02-visits", "03-visit-editor", "05-sites", "09-lessons", "10-reports", "11-settings"):
        source = work / "id" / f"{name}.png"
        if source.exists():
            source.replace(out / f"{name}.png")
    _timetables(database, out, env)
    return 0


def _timetables(database: Path, out: Path, env: dict) -> None:
    os.environ.update(env)
    from PySide6.QtWidgets import QApplication

    from studitiru.db.schema import open_database
    from studitiru.services import visits
    from studitiru.ui.context import AppContext
    from studitiru.ui.pages.timetable import TimetablePage
    from studitiru.ui.translations import install

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    doris = next(row for row in visits.list_visits(db, text="Doris Sylvanus"))
    for lang in ("id", "en"):
        install(lang)
        page = TimetablePage(AppContext(db=db, lang=lang))
        page.resize(1280, 760)
        for name, day in (("timetable-balikpapan", date(2026, 1, 9)), ("timetable-warning", doris.starts_on)):
            page.toolbar.set_day(day)
            page.show()
            app.processEvents()
            page.grab().save(str(out / f"{name}-{lang}.png"))
        page.close()
    db.dispose()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
