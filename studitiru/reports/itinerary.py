"""The itinerary: what hosts print and visitors receive before they come."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from studitiru.domain.dates import format_moment
from studitiru.domain.records import Severity
from studitiru.reports.common import agenda_flowables, delegation_block
from studitiru.reports.data import VisitReportData
from studitiru.reports.labels import norm_lang, t
from studitiru.domain.revisions import AgendaChanges, change_parts, revision_stamp, word
from studitiru.reports.layout import ACCENT, RULE, P, build_pdf, table_heading, content_width, data_tables, letterhead, styles, title_block
from studitiru.reports.text import para, plain

CHANGE_TINT = colors.HexColor("#fff4d6")


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
    mark = data.revision
    if mark is not None and mark.number and mark.number > 1 and mark.changes is not None:
        story += change_box(mark.number, mark.changes, lang, data.host.timezone, width)
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
    stamp = None
    if mark is not None:
        stamp = word(lang, "draft") if mark.number is None else revision_stamp(mark.number, mark.released_at, lang)
    return build_pdf(story, lang=lang, paper=paper, title=title, running=running, author=data.host.name, stamp=stamp)


def change_box(number: int, changes: AgendaChanges, lang: str, zone: str | None, width: float) -> list[Flowable]:
    """The first page's box 'Perubahan dari Revisi N−1': each new, cancelled and moved session, old → new."""
    st = styles()
    heading = word(lang, "changes_from", n=number - 1)
    rows: list[list] = [[P(f"<b>{para(heading)}</b>", st.body), ""]]
    for change in changes.all():
        label, what, aspects = change_parts(change, lang, zone)
        text = f"<b>{para(what)}</b>"
        for name, old, new in aspects:
            text += f"<br/>{para(name)}: <strike>{para(old)}</strike> → {para(new)}"
        rows.append([P(f"<b>{para(label)}</b>", st.body), P(text, st.body)])
    if len(rows) == 1:
        rows.append([P(para(word(lang, "no_changes")), st.body), ""])
    table = Table(rows, colWidths=[0.18 * width, 0.82 * width])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 1, ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), CHANGE_TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [Spacer(1, 4 * mm), table, Spacer(1, 4 * mm)]
