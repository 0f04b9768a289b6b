"""What the visitors' summary adds after the lessons: the action plan (rencana tindak lanjut:
kegiatan, penanggung jawab, waktu, indikator, status, as the replication guides ask, `PAPERWORK.md`
§3) and the documentation photos as an optional annex (two a page, with captions). Both as
reportlab flowables for the PDF, and as document blocks (`action_plan_blocks`) for the Word file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.platypus import Image as RLImage

from studitiru.domain.dates import format_date
from studitiru.domain.photos import Photo
from studitiru.domain.records import Lesson, LessonStatus
from studitiru.reports import document as d
from studitiru.reports.activity import PHOTO_HEIGHT_MM, PHOTO_WIDTH_MM, photo_caption
from studitiru.reports.data import VisitReportData
from studitiru.reports.labels import LESSON_STATUSES
from studitiru.reports.layout import P, content_width, data_tables, styles, table_heading
from studitiru.reports.text import para


def _t(lang: str, indonesian: str, english: str) -> str:
    return english if lang == "en" else indonesian


def plan_lessons(data: VisitReportData) -> list[Lesson]:
    """The lessons the visitors plan to act on (all but those dropped), by follow-up date, then key."""
    chosen = [l for l in data.visit.lessons if l.status is not LessonStatus.DROPPED]
    return sorted(chosen, key=lambda l: (l.follow_up_on or date.max, l.key))


def plan_header(lang: str) -> tuple[str, ...]:
    return (_t(lang, "No", "No"), _t(lang, "Kegiatan", "Activity"), _t(lang, "Penanggung jawab", "Responsible"),
            _t(lang, "Waktu", "When"), _t(lang, "Indikator", "Indicator"), _t(lang, "Status", "Status"))


PLAN_WIDTHS = (0.05, 0.29, 0.17, 0.14, 0.19, 0.16)


def plan_rows(data: VisitReportData, lang: str) -> list[tuple[str, ...]]:
    """One row per lesson: the activity is what will be adopted (else what was seen); the
    indicator is the lesson's own (how the visitors will know it is done), "-" if none."""
    statuses = LESSON_STATUSES["en" if lang == "en" else "id"]
    rows = []
    for number, lesson in enumerate(plan_lessons(data), start=1):
        activity = (lesson.recommendation or lesson.observation).strip()
        when = format_date(lesson.follow_up_on, lang, weekday=False) if lesson.follow_up_on else "-"
        rows.append((str(number), activity, lesson.owner or "-", when, (lesson.indicator or "").strip() or "-",
                     statuses.get(lesson.status, lesson.status.value)))
    return rows


def action_plan(data: VisitReportData, lang: str, paper: str) -> list[Flowable]:
    rows = plan_rows(data, lang)
    if not rows:
        return []
    st = styles()
    width = content_width(paper)
    out = table_heading(para(_t(lang, "Rencana tindak lanjut", "Action plan")), st.h1, room=150)
    cells = [[value if n == 0 else para(value) for n, value in enumerate(row)] for row in rows]
    out += data_tables(list(plan_header(lang)), cells, [f * width for f in PLAN_WIDTHS], paper)
    return out


def action_plan_blocks(data: VisitReportData, lang: str) -> list[d.Block]:
    rows = plan_rows(data, lang)
    if not rows:
        return []
    return [d.Para((d.Run(_t(lang, "Rencana tindak lanjut", "Action plan"), bold=True),), align="left", space_after=4),
            d.Table(plan_header(lang), tuple(rows), PLAN_WIDTHS)]


def _picture(data: bytes, max_w: float, max_h: float) -> RLImage | None:
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
        scale = min(max_w / width, max_h / height)
        return RLImage(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # noqa: BLE001 - a broken picture is left out, never fatal
        return None


def photo_annex(photos: Sequence[Photo], lang: str, paper: str) -> list[Flowable]:
    """The photos two a page under 'Lampiran: Dokumentasi', each with its caption."""
    st = styles()
    caption_style = st.body.clone("photo_caption", alignment=1, fontSize=9, leading=12, spaceBefore=3)
    out: list[Flowable] = []
    for number, photo in enumerate(photos, start=1):
        if number % 2 == 1:
            out += [PageBreak(), P(para(_t(lang, "Lampiran: Dokumentasi", "Annex: Documentation")), st.h1)]
        picture = _picture(photo.data or b"", min(PHOTO_WIDTH_MM * mm, content_width(paper)), PHOTO_HEIGHT_MM * mm)
        if picture is None:
            continue
        out.append(KeepTogether([picture, Paragraph(para(photo_caption(photo, number, lang)), caption_style)]))
        out.append(Spacer(1, 8))
    return out
