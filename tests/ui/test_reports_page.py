"""The Reports page: reports built off the GUI thread, saved as PDF, the annual recap with progress."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog

from studitiru.reports import annual as annual_module
from studitiru.services import host, report_data, visits
from studitiru.services.demo import demo_document, load_demo
from studitiru.ui import report_runner
from studitiru.ui.pages.reports import ReportsPage
from studitiru.ui.visit_choices_model import KEY_ROLE
from tests.reports.pdf_helpers import pages_text, squash
from tests.ui.helpers import make_context


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    load_demo(context.db)
    yield context
    QThreadPool.globalInstance().waitForDone()
    context.db.dispose()


@pytest.fixture
def page(qtbot, context):
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


@pytest.mark.parametrize("kind", ["itinerary", "summary", "attendance"])
def test_each_visit_report_is_built_off_the_gui_thread_and_saved(qtbot, page, context, tmp_path, monkeypatch, kind):
    threads = []
    real = report_runner._builder(kind)

    def spy(data, lang, paper):
        threads.append(threading.current_thread())
        return real(data, lang, paper)

    monkeypatch.setattr(report_runner, "_builder", lambda _kind: spy)
    out = tmp_path / f"{kind}.pdf"
    _save_to(monkeypatch, out)
    page.choose(kind, visit="ST-2026-001", lang="id")
    page.save_button.click()
    assert page.runner.is_running()
    assert not page.save_button.isEnabled()
    qtbot.waitUntil(lambda: out.exists(), timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    title = visits.get_visit(context.db, "ST-2026-001").title
    text = squash(" ".join(pages_text(out.read_bytes())))
    assert squash(title) in text and "Halaman 1 dari" in text
    qtbot.waitUntil(lambda: page.save_button.isEnabled())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_the_annual_recap_shows_progress_then_completes(qtbot, page, tmp_path, monkeypatch):
    gate = threading.Event()
    real = annual_module.build_annual

    def slow(data, lang, paper):
        gate.wait(10)
        return real(data, lang, paper)

    monkeypatch.setattr(report_runner, "_builder", lambda _kind: slow)
    out = tmp_path / "annual.pdf"
    _save_to(monkeypatch, out)
    page.choose("annual", year=2026, lang="en")
    assert not page.visit.isEnabled() and page.year.isEnabled()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.progress.isVisible())
    assert page.status.text()
    gate.set()
    qtbot.waitUntil(lambda: out.exists(), timeout=30000)
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    pages = pages_text(out.read_bytes())
    assert "2026" in pages[0] and "Page 1 of" in squash(pages[0])


def test_preview_and_print_open_the_pdf_in_the_viewer(qtbot, page, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(report_runner.tempfile, "tempdir", str(tmp_path))  # the viewer's copies: nothing left in /tmp
    monkeypatch.setattr(report_runner, "HAVE_QTPDF", False)
    monkeypatch.setattr(report_runner.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.choose("itinerary", visit="ST-2026-001")
    page.preview_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30000)
    assert opened[0].endswith(".pdf")
    with open(opened[0], "rb") as stream:
        assert stream.read(4) == b"%PDF"
    qtbot.waitUntil(lambda: page.print_button.isEnabled())
    page.print_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=30000)
    assert all(Path(path).is_relative_to(tmp_path) for path in opened)


def test_paper_and_logo_are_settings(qtbot, page, context, tmp_path, monkeypatch):
    page.paper.setCurrentIndex(page.paper.findData("F4"))
    assert report_data.paper_setting(context.db) == "F4"
    logo = tmp_path / "logo.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    image.save(str(logo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(logo), ""))
    page.logo_button.click()
    assert host.get_setting(context.db, "letterhead_logo") == str(logo)
    assert report_data.visit_report_data(context.db, "ST-2026-001").logo == logo
    page.logo_clear_button.click()
    assert report_data.logo_setting(context.db) is None


def test_ics_is_saved(qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "agenda.ics"
    _save_to(monkeypatch, out)
    page.choose("itinerary", visit="ST-2026-001")
    page.ics_button.click()
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def _coming(number: int) -> str:
    """The key of a coming demo visit: its year follows the (frozen) today, as the demo dates it."""
    return next(v["key"] for v in demo_document(date.today())["visits"] if v["key"].endswith(f"-{number:03d}"))


def test_upcoming_visits_come_first(page):
    keys = [page.visit.itemData(i) for i in range(page.visit.count())]
    assert keys[-1] == _coming(44)  # cancelled: last
    assert keys.index(_coming(41)) < keys.index("ST-2026-001") < keys.index("ST-2016-021")


def test_unknown_typed_visit_disables_the_buttons(qtbot, page):
    page.visit.setEditText("nothing like this")
    page._update_buttons()
    assert page.visit_key() is None
    assert not page.save_button.isEnabled()


def test_visit_box_is_a_lazy_model_that_passes_the_model_tester(page, qtmodeltester):
    model = page.visit_choices
    qtmodeltester.check(model)
    keys = [model.index(i).data(KEY_ROLE) for i in range(model.rowCount())]
    assert len(keys) == len(set(keys)) == len(visits.list_visits(page._context.db))
    first = model.index(0).data()
    assert first.startswith(keys[0] + " · ") and "20" in first  # "key · title · dates"


def test_typed_text_names_a_visit_by_its_title(page):
    page.choose("itinerary", visit="ST-2026-001")
    title = visits.get_visit(page._context.db, _coming(41)).title
    page.visit.setEditText(title)
    assert page.visit_key() == _coming(41)
