"""The visitors' summary with its options: the documentation photos as an annex (printed from
smaller copies, `photo_files.report_copy`), as PDF (`reports.summary`) or Word
(`reports.summary_document` through the letters' engine, `render_docx`)."""

from __future__ import annotations

from dataclasses import replace

from studitiru.db.engine import Database
from studitiru.domain.photos import Photo
from studitiru.services import photos as photo_service
from studitiru.services.photo_files import report_copy
from studitiru.services.report_data import visit_report_data


def annex_photos(db: Database, visit_key: str) -> tuple[Photo, ...]:
    """The visit's photos in their order, each with a copy small enough for a report."""
    return tuple(replace(p, data=report_copy(p.data)) for p in photo_service.list_photos(db, visit_key, with_data=True))


def summary_pdf(db: Database, visit_key: str, lang: str = "id", paper: str = "A4", with_photos: bool = False) -> bytes:
    from studitiru.reports.summary import build_summary

    shots = annex_photos(db, visit_key) if with_photos else ()
    return build_summary(visit_report_data(db, visit_key), lang, paper, photos=shots)


def summary_docx(db: Database, visit_key: str, lang: str = "id", paper: str = "A4", with_photos: bool = True) -> bytes:
    from studitiru.reports.render_docx import render_docx
    from studitiru.reports.summary_document import build_summary_document

    shots = annex_photos(db, visit_key) if with_photos else ()
    return render_docx(build_summary_document(visit_report_data(db, visit_key), lang, paper, shots))
