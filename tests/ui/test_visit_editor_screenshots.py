"""Screenshots of the visits page and every editor tab at 1280x800 with the demo programme,
in Indonesian and English, and a look at what a person would notice: no table needs a
horizontal scroll bar, no button text is cut.

The PNGs go to $STUDITIRU_SCREENSHOTS (if set) or to the test's temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QTableView

from studitiru.services import visits
from studitiru.services.demo import load_demo
from studitiru.ui import translations
from studitiru.ui.context import AppContext
from studitiru.ui.pages.visits import VisitsPage
from tests.ui.helpers import make_context


@pytest.fixture
def translated(request, qapp):
    previous = QLocale()
    translations.install(request.param)
    yield request.param
    translations.uninstall()
    QLocale.setDefault(previous)


def _problems(widget) -> list[str]:
    found = []
    if widget.minimumSizeHint().width() > widget.width():
        found.append(f"needs {widget.minimumSizeHint().width()} pixels, has {widget.width()}")
    for table in widget.findChildren(QTableView):
        if table.isVisible() and table.horizontalScrollBar().maximum() > 0:
            found.append(f"{table.model().__class__.__name__} scrolls sideways")
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.fontMetrics().horizontalAdvance(button.text()):
            found.append(f"button '{button.text()}' is cut")
    return found


@pytest.mark.parametrize(("translated", "size"), [("id", (1280, 800)), ("en", (1280, 800)), ("id", (1060, 720)),
                                                 ("id", (1920, 1080))], indirect=["translated"])
def test_screenshots_of_the_visits_page(qtbot, tmp_path, translated, size):
    """1060x720 is about what the page gets inside a 1280x800 main window with its sidebar."""
    lang = translated
    suffix = f"{lang}-{size[0]}"
    context: AppContext = make_context(tmp_path, lang=lang)
    load_demo(context.db)
    folder = Path(os.environ.get("STUDITIRU_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page = VisitsPage(context)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    shots = {f"visits-list-{suffix}.png": page.grab()}
    problems = _problems(page)
    busiest = max(visits.list_visits(context.db), key=lambda row: row.participant_count + row.session_count)
    page.open_visit(busiest.key)
    for index, name in enumerate(("details", "participants", "agenda", "lessons")):
        page.editor.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        shots[f"visit-{name}-{suffix}.png"] = page.grab()
        problems += [f"{name}: {problem}" for problem in _problems(page)]
    for name, pixmap in shots.items():
        assert pixmap.save(str(folder / name))
        assert (folder / name).stat().st_size > 10_000
    assert problems == []
    context.db.dispose()
