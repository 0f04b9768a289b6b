"""The PDF shown and printed inside the window, when PySide6's QtPdf (PySide6-Addons) is installed.

Imported only by `report_runner` after it found QtPdf; without it the system viewer is used.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found]
from PySide6.QtPdfWidgets import QPdfView  # type: ignore[import-not-found]
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from studitiru.ui.screen_fit import resize_to_fit


def _document(data: bytes, parent) -> QPdfDocument:  # noqa: ANN001
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document


class PdfPreviewDialog(QDialog):
    def __init__(self, data: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self._data = data
        self.document = _document(data, self)
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(lambda: print_with_dialog(self, self._data))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        resize_to_fit(self, 900, 1000)  # a 1366 × 768 screen: as tall as it allows

    @classmethod
    def show_pdf(cls, parent: QWidget | None, data: bytes, name: str) -> None:
        cls(data, name, parent).exec()


def print_with_dialog(parent: QWidget | None, data: bytes) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    return print_document(printer, data, parent)


def print_document(printer: QPrinter, data: bytes, parent: QWidget | None = None) -> bool:
    """Paint every page of the PDF onto the printer, at the printer's resolution."""
    document = _document(data, parent)
    painter = QPainter(printer)
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return True
