"""The pages of the window, in sidebar order: key, module, class.

The shell imports a page's module only when the page is first shown. While other pages are
still being written, a module that does not exist yet is skipped with a logged note; any
other import error is a bug and is raised.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageEntry:
    key: str
    module: str
    class_name: str
    english_title: str  # the source text of the title (translated in the "Pages" context)

    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.english_title)


def _titles() -> None:  # for lupdate: the sidebar titles, translated in the "Pages" context
    QCoreApplication.translate("Pages", "Home")
    QCoreApplication.translate("Pages", "Visits")
    QCoreApplication.translate("Pages", "Timetable")
    QCoreApplication.translate("Pages", "Sites")
    QCoreApplication.translate("Pages", "Presenters")
    QCoreApplication.translate("Pages", "Institutions")
    QCoreApplication.translate("Pages", "Topics")
    QCoreApplication.translate("Pages", "Lessons")
    QCoreApplication.translate("Pages", "Reports")
    QCoreApplication.translate("Pages", "Letters")
    QCoreApplication.translate("Pages", "Settings")


PAGES: tuple[PageEntry, ...] = (
    PageEntry("home", "studitiru.ui.pages.home", "HomePage", "Home"),
    PageEntry("visits", "studitiru.ui.pages.visits", "VisitsPage", "Visits"),
    PageEntry("timetable", "studitiru.ui.pages.timetable", "TimetablePage", "Timetable"),
    PageEntry("sites", "studitiru.ui.pages.sites", "SitesPage", "Sites"),
    PageEntry("presenters", "studitiru.ui.pages.presenters", "PresentersPage", "Presenters"),
    PageEntry("institutions", "studitiru.ui.pages.institutions", "InstitutionsPage", "Institutions"),
    PageEntry("topics", "studitiru.ui.pages.topics", "TopicsPage", "Topics"),
    PageEntry("lessons", "studitiru.ui.pages.lessons", "LessonsPage", "Lessons"),
    PageEntry("reports", "studitiru.ui.pages.reports", "ReportsPage", "Reports"),
    PageEntry("settings", "studitiru.ui.pages.settings", "SettingsPage", "Settings"),
    # After Settings, so that Ctrl+1…Ctrl+0 keep their pages (Ctrl+0: Settings).
    PageEntry("letters", "studitiru.ui.pages.letters", "LettersPage", "Letters"),
)

_missing_logged: set[str] = set()


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def available(entry: PageEntry) -> bool:
    """Whether the page's module exists (it may still fail to import: that is a bug, raised later)."""
    if _module_exists(entry.module):
        return True
    if entry.key not in _missing_logged:
        _missing_logged.add(entry.key)
        log.info("page %r skipped: module %s does not exist yet", entry.key, entry.module)
    return False


def available_pages() -> list[PageEntry]:
    return [entry for entry in PAGES if available(entry)]


def page_class(entry: PageEntry) -> type:
    """Import the page's module and return its class (errors inside the module are raised)."""
    module = importlib.import_module(entry.module)
    return getattr(module, entry.class_name)


def entry_for(key: str) -> PageEntry:
    for entry in PAGES:
        if entry.key == key:
            return entry
    raise KeyError(key)
