"""Building reports off the GUI thread, and what happens to the PDF afterwards (preview, print, save).

`ReportRunner.run(...)` reads the report's data (a few quick queries, on the GUI thread), then
builds the PDF in `QThreadPool` (reportlab takes a while for a long visit or a year) and calls
back with the bytes on the GUI thread. The Reports page and the visit editor's "Reports" menu
share it.

Preview and print: this build of PySide6 may lack QtPdf (it is in PySide6-Addons). With QtPdf the
PDF is shown in a QPdfView and printed through QPrintDialog; without it the PDF is written to a
temporary file and opened in the system's PDF viewer, where the user previews and prints it.
"""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studitiru.errors import UserError
from studitiru.services import report_data, revisions
from studitiru.ui import messages
from studitiru.ui.context import AppContext
from studitiru.ui.saved_notice import show_saved

VISIT_KINDS = ("itinerary", "summary", "attendance", "activity", "rundown", "seating", "namecards")
#: The welcome's protocol prints (`reports.protocol`), built from `services.protocol.welcome_protocol`.
PROTOCOL_KINDS = ("rundown", "seating", "namecards")
KINDS = (*VISIT_KINDS, "annual")

try:  # PySide6-Addons
    from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found]

    HAVE_QTPDF = True
except ImportError:  # the usual case with PySide6-Essentials
    QPdfDocument = None
    HAVE_QTPDF = False


def _t(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def kind_label(kind: str) -> str:
    return {
        "itinerary": _t("Itinerary"),
        "summary": _t("Summary"),
        "attendance": _t("Attendance sheet"),
        "activity": _t("Activity report"),
        "rundown": _t("Order of events of the welcome (MC)"),
        "seating": _t("Seating plan of the welcome"),
        "namecards": _t("Name cards"),
        "annual": _t("Annual recap"),
    }[kind]


def file_stem(kind: str) -> str:
    """A short, translated word for file names ("jadwal", "itinerary", ...)."""
    return {
        "itinerary": _t("itinerary"),
        "summary": _t("summary"),
        "attendance": _t("attendance"),
        "activity": _t("activity-report"),
        "rundown": _t("order-of-events"),
        "seating": _t("seating-plan"),
        "namecards": _t("name-cards"),
        "annual": _t("annual-recap"),
    }[kind]


def suggested_name(kind: str, visit: str | None = None, year: int | None = None) -> str:
    return f"{file_stem(kind)}-{visit if kind != 'annual' else year}.pdf"


def _builder(kind: str) -> Callable:
    if kind == "itinerary":
        from studitiru.reports.itinerary import build_itinerary as build
    elif kind == "summary":
        from studitiru.reports.summary import build_summary as build
    elif kind == "attendance":
        from studitiru.reports.attendance import build_attendance as build
    elif kind == "activity":
        from studitiru.reports.activity import build_activity_pdf as build
    elif kind in PROTOCOL_KINDS:
        from studitiru.reports import protocol

        build = getattr(protocol, f"build_{kind}")
    else:
        from studitiru.reports.annual import build_annual as build
    return build


def _summary_with_photos(data: tuple, lang: str, paper: str) -> bytes:
    from studitiru.reports.summary import build_summary

    report, photos = data
    return build_summary(report, lang, paper, photos=photos)


class _Signals(QObject):
    done = Signal(object)  # bytes
    failed = Signal(str)


class ReportJob(QRunnable):
    """Builds one PDF in the thread pool: `build(data, lang, paper) -> bytes`; never touches the database."""

    def __init__(self, build: Callable, data: object, lang: str, paper: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signal has been delivered
        self.signals = _Signals()
        self._build, self._data, self._lang, self._paper = build, data, lang, paper

    def run(self) -> None:
        try:
            result = self._build(self._data, self._lang, self._paper)
        except Exception:  # noqa: BLE001 - a bug in a report: shown to the user, not lost in a thread
            self.signals.failed.emit(traceback.format_exc(limit=3))
            return
        self.signals.done.emit(result)


class ReportRunner(QObject):
    """One report at a time: `run(...)` → `finished(kind, bytes)` or `failed(message)`; `busy(bool)` meanwhile."""

    busy = Signal(bool)
    finished = Signal(str, object)
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._job: ReportJob | None = None
        self._callback: Callable[[bytes], None] | None = None
        self._kind = ""

    def is_running(self) -> bool:
        return self._job is not None

    def run(self, kind: str, *, visit: str | None = None, year: int | None = None, lang: str | None = None,
            paper: str | None = None, then: Callable[[bytes], None] | None = None, revision: int | None = None,
            with_photos: bool = False) -> bool:
        """Start building a report; False if one is already being built or its data cannot be read.
        `with_photos`: the summary with the documentation photos as an annex."""
        if self._job is not None:
            return False
        db = self._context.db
        try:
            if kind == "annual":
                data = report_data.annual_report_data(db, int(year))
            elif kind == "itinerary":  # the plan marked DRAF while it differs from the last revision, or revision N
                data = revisions.itinerary_data(db, visit or "", revision)
            elif kind == "summary" and with_photos:  # the photos read here: the job never touches the database
                from studitiru.services.summary_report import annex_photos

                data = (report_data.visit_report_data(db, visit or ""), annex_photos(db, visit or ""))
            elif kind == "activity":  # the photos and notes too, read here: the job never touches the database
                from studitiru.services.activity_report import activity_data

                data = activity_data(db, visit or "", lang or self._context.lang, paper or report_data.paper_setting(db))
            elif kind in PROTOCOL_KINDS:
                from studitiru.services.protocol import welcome_protocol

                data = welcome_protocol(db, visit or "")
            else:
                data = report_data.visit_report_data(db, visit or "")
        except UserError as error:
            self.failed.emit(error.message(self._context.lang))
            return False
        build = _summary_with_photos if kind == "summary" and with_photos else _builder(kind)
        job = ReportJob(build, data, lang or self._context.lang, paper or report_data.paper_setting(db))
        job.signals.done.connect(self._on_job_done)
        job.signals.failed.connect(self._on_job_failed)
        self._job, self._callback, self._kind = job, then, kind
        self.busy.emit(True)
        QThreadPool.globalInstance().start(job)
        return True

    def _finish(self) -> Callable[[bytes], None] | None:
        callback = self._callback
        self._job, self._callback = None, None
        self.busy.emit(False)
        return callback

    def _on_job_done(self, data: bytes) -> None:
        callback = self._finish()
        self.finished.emit(self._kind, data)
        if callback is not None:
            callback(data)

    def _on_job_failed(self, detail: str) -> None:
        self._finish()
        self.failed.emit(_t("The report could not be made. Details: %1").replace("%1", detail.strip()))


# --- what to do with the PDF ----------------------------------------------------------------

def save_bytes(parent: QWidget | None, data: bytes, name: str, title: str, filters: str) -> Path | None:
    """Ask where to save, then write the file atomically; the path written, or None."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
    if not chosen:
        return None
    path = Path(chosen)
    try:
        report_data.write_file_atomically(path, data)
    except OSError as error:
        show_file_error(parent, path, error)
        return None
    show_saved(parent, path)  # where it went, with "open file" and "open folder"
    return path


def save_pdf(parent: QWidget | None, data: bytes, name: str) -> Path | None:
    return save_bytes(parent, data, name, _t("Save as PDF"), _t("PDF files (*.pdf)"))


def show_file_error(parent: QWidget | None, path: Path | str, error: OSError) -> None:
    text = _t("The file %1 cannot be written: %2.").replace("%1", str(path)).replace("%2", error.strerror or str(error))
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "Cannot do that"), text)


def temporary_pdf(data: bytes, name: str) -> Path:
    """The PDF in a fresh temporary folder (kept: the viewer may read it after we return)."""
    folder = Path(tempfile.mkdtemp(prefix="studitiru-"))
    path = folder / name
    report_data.write_file_atomically(path, data)
    return path


def open_in_viewer(data: bytes, name: str) -> Path:
    path = temporary_pdf(data, name)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def preview_pdf(parent: QWidget | None, data: bytes, name: str) -> None:
    """Show the PDF: in a window with QtPdf, else in the system's PDF viewer."""
    if HAVE_QTPDF:  # pragma: no cover - needs PySide6-Addons
        from studitiru.ui.pdf_view import PdfPreviewDialog

        PdfPreviewDialog.show_pdf(parent, data, name)
        return
    open_in_viewer(data, name)


def print_pdf(parent: QWidget | None, data: bytes, name: str) -> None:
    """Print the PDF: through Qt's print dialog with QtPdf, else from the system's PDF viewer."""
    if HAVE_QTPDF:  # pragma: no cover - needs PySide6-Addons
        from studitiru.ui.pdf_view import print_with_dialog

        print_with_dialog(parent, data)
        return
    open_in_viewer(data, name)


def show_failure(parent: QWidget | None, message: str, context: AppContext) -> None:
    messages.show_error(parent, UserError(message, message), context)
