"""Reports previewed and printed inside the window with QtPdf (PySide6-Addons)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from studitiru.reports.itinerary import build_itinerary
from studitiru.services import demo
from studitiru.services.report_data import visit_report_data
from studitiru.ui import report_runner
from studitiru.ui.pdf_view import PdfPreviewDialog, print_document


@pytest.fixture
def itinerary(db) -> bytes:
    demo.load_demo(db)
    return build_itinerary(visit_report_data(db, "ST-2026-001"))


def test_qtpdf_is_installed():
    """PySide6-Addons is a dependency for this one module: preview and print inside the window."""
    assert report_runner.HAVE_QTPDF


def test_the_preview_shows_every_page(qtbot, itinerary):
    dialog = PdfPreviewDialog(itinerary, "itinerary.pdf")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(itinerary)).pages) >= 1


def test_printing_paints_every_page(qtbot, itinerary, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_document(printer, itinerary)
    assert len(PdfReader(target).pages) == len(PdfReader(io.BytesIO(itinerary)).pages)
