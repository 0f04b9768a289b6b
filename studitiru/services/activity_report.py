"""The activity report of a visit (laporan kegiatan): gather what it says and print it as PDF or
.docx through the letters' document model (`reports.activity`, `render_pdf`, `render_docx`).

The reply letter's number comes from the letters register (the issued reply of the visit),
else from the number typed in the visit's details. The photos are printed from smaller copies
(`photo_files.report_copy`: 1100 px), so that forty photos stay well under 15 MB.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from studitiru.db.engine import Database
from studitiru.domain import records as r
from studitiru.domain.letters import LetterKind
from studitiru.reports.activity import ActivityData, build_activity
from studitiru.reports.labels import norm_lang
from studitiru.services import letters, photos
from studitiru.services.photo_files import report_copy
from studitiru.services.report_data import visit_report_data

FORMATS = ("pdf", "docx")


def reply_letter(db: Database, visit: r.Visit) -> r.Letter | None:
    """The reply's number and date: the issued reply in the register, else the visit's own record."""
    issued = letters.find_issued(db, visit.key, LetterKind.REPLY)
    if issued is not None:
        return r.Letter(issued.number, issued.issued_on)
    return visit.reply_letter


def activity_data(db: Database, visit_key: str, lang: str = "id", paper: str = "A4",
                  written_on: date | None = None) -> ActivityData:
    report = visit_report_data(db, visit_key)
    settings = letters.get_settings(db)
    signer = settings.deputy if settings.deputy.name else settings.signatory
    shots = tuple(replace(p, data=report_copy(p.data)) for p in photos.list_photos(db, visit_key, with_data=True))
    return ActivityData(
        report=report, notes=photos.report_notes(db, visit_key), photos=shots,
        reply_letter=reply_letter(db, report.visit), signer=signer, city=settings.city,
        written_on=written_on or date.today(), lang=norm_lang(lang), paper=paper,
    )


def activity_report(db: Database, visit_key: str, lang: str = "id", paper: str = "A4", fmt: str = "pdf",
                    written_on: date | None = None) -> bytes:
    """The activity report's bytes, as PDF (`fmt="pdf"`) or Word (`"docx"`)."""
    document = build_activity(activity_data(db, visit_key, lang, paper, written_on))
    if fmt == "docx":
        from studitiru.reports.render_docx import render_docx

        return render_docx(document)
    from studitiru.reports.render_pdf import render_pdf

    return render_pdf(document)
