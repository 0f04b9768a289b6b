"""The itinerary: what hosts print and visitors receive before they come."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from studitiru.domain.dates import format_moment
from studitiru.domain.records import Severity
from studitiru.reports.common import agenda_flowables, delegation_block
from studitiru.reports.data import VisitReportData
from studitiru.reports.labels import norm_lang, t
from studitiru.reports.layout import P, build_pdf, table_heading, content_width, data_tables, letterhead, styles, title_block
from studitiru.reports.text import para, plain


def build_itinerary(data: VisitReportData, lang: str = "id", paper: str = "A4") -> bytes:
    """The visit's itinerary as PDF bytes.

    First page: the host's letterhead, the title, the delegation (institution, leader,
    headcount, dates, liaison). Then per day a heading and a table of time, activity, site
    with address and presenters. If the visit still has findings of severity error, a last
    page lists them so that nobody sends a broken schedule unawares.
    """
    lang = norm_lang(lang)
    st = styles()
    visit = data.visit
    width = content_width(paper)
    story: list[Flowable] = []
    story += letterhead(data.host, data.logo, width)
    story += title_block(para(t(lang, "itinerary")), para(data.institution.name))
    story.append(delegation_block(data, lang, paper))
    if visit.sessions:
        story += agenda_flowables(data, lang, paper, st.h1)
    else:
        story.append(P(t(lang, "no_sessions"), st.body))

    errors = sorted((f for f in data.findings if f.severity == Severity.ERROR), key=lambda f: (f.starts_at, f.rule))
    if errors:
        story.append(PageBreak())
        story += table_heading(para(t(lang, "findings")), st.h1, room=150)
        story.append(P(para(t(lang, "findings_intro")), st.body))
        rows = [[para(format_moment(f.starts_at, lang, data.host.timezone)), para(f.message(lang))] for f in errors]
        story += data_tables([t(lang, "time"), t(lang, "problem")], rows, [0.3 * width, 0.7 * width], paper)

    title = f"{t(lang, 'itinerary')}: {plain(visit.title)}"
    running = f"{plain(data.host.name)} · {t(lang, 'itinerary')} · {plain(data.institution.name)}"
    return build_pdf(story, lang=lang, paper=paper, title=title, running=running, author=data.host.name)
