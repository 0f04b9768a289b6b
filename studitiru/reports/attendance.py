"""The attendance sheet (daftar hadir): one sheet per day of the visit, ready to sign."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from studitiru.domain.dates import format_date
from studitiru.reports.common import sessions_by_day
from studitiru.reports.data import VisitReportData
from studitiru.reports.fonts import REGULAR
from studitiru.reports.labels import norm_lang, t
from studitiru.reports.layout import P, build_pdf, content_width, data_tables, info_table, letterhead, styles, title_block
from studitiru.reports.text import para, plain

#: Empty numbered rows at the end of each sheet, for participants who were not registered.
WALK_IN_ROWS = 5
#: Row height that leaves room for a signature.
SIGN_ROW_HEIGHT = 11 * mm


def build_attendance(data: VisitReportData, lang: str = "id", paper: str = "A4", walk_in_rows: int = WALK_IN_ROWS) -> bytes:
    """The attendance sheet as PDF bytes: for each day of the visit, the date and place, then
    a table of number, name, position, institution and a signature column (numbers set
    alternately left and right, as Indonesian sheets do): a row for each member of the
    delegation's headcount (the named participants first, then blank rows up to the
    headcount), then `walk_in_rows` empty rows for walk-ins."""
    lang = norm_lang(lang)
    story: list[Flowable] = []
    days = _days(data)
    for index, day in enumerate(days):
        if index:
            story.append(PageBreak())
        story += _sheet(data, day, lang, paper, walk_in_rows)
    title = f"{t(lang, 'attendance')}: {plain(data.visit.title)}"
    running = f"{plain(data.host.name)} · {t(lang, 'attendance')} · {plain(data.institution.name)}"
    return build_pdf(story, lang=lang, paper=paper, title=title, running=running, author=data.host.name)


def _days(data: VisitReportData) -> list[date]:
    """The days with sessions, else every day from the visit's start to its end (at most 31)."""
    days = [day for day, _ in sessions_by_day(data.visit)]
    if days:
        return days
    first, last = data.visit.starts_on, max(data.visit.ends_on, data.visit.starts_on)
    return [first + timedelta(days=n) for n in range(min((last - first).days + 1, 31))]


def _place(data: VisitReportData, day: date) -> str:
    """The names of the sites the delegation visits that day, else the host's address."""
    names: list[str] = []
    for session_day, sessions in sessions_by_day(data.visit):
        if session_day != day:
            continue
        for session in sessions:
            site = data.sites.get(session.site) if session.site else None
            name = site.name if site else session.site
            if name and name not in names:
                names.append(name)
    if names:
        return ", ".join(names)
    return data.host.address or data.host.name or "–"


def _sheet(data: VisitReportData, day: date, lang: str, paper: str, walk_in_rows: int) -> list[Flowable]:
    st = styles()
    width = content_width(paper)
    story: list[Flowable] = []
    story += letterhead(data.host, data.logo, width)
    story += title_block(para(t(lang, "attendance")), para(data.visit.title))
    story.append(info_table([
        (t(lang, "delegation"), para(data.institution.name)),
        (t(lang, "day"), para(format_date(day, lang))),
        (t(lang, "place"), para(_place(data, day))),
    ], width))
    story.append(Spacer(1, 6))

    odd = st.cell.clone("sign_odd")
    even = st.cell.clone("sign_even", leftIndent=0.45 * 0.22 * width)
    rows = []
    participants = data.visit.participants
    members = max(data.visit.headcount or 0, len(participants))
    for number in range(1, members + walk_in_rows + 1):
        sign = P(f"{number}.", odd if number % 2 else even)
        if number <= len(participants):
            person = participants[number - 1]
            rows.append([f"{number}.", para(person.name), para(person.position) or "",
                         para(person.institution or data.institution.name), sign])
        else:
            rows.append([f"{number}.", "", "", "", sign])
    header = [t(lang, "no"), t(lang, "name"), t(lang, "position"), t(lang, "institution"), t(lang, "signature")]
    widths = [0.07 * width, 0.27 * width, 0.22 * width, 0.22 * width, 0.22 * width]
    story += data_tables(header, rows, widths, paper, min_row_height=SIGN_ROW_HEIGHT, zebra=False)
    story.append(_signature_block(data, lang, width))
    return story


def _signature_block(data: VisitReportData, lang: str, width: float) -> Table:
    """'Mengetahui, Petugas Protokol' with room to sign and the liaison's name, on the right."""
    st = styles()
    liaison = data.visit.liaison
    name = f"<b>{para(liaison.name)}</b>" if liaison and liaison.name else "(" + "&nbsp;" * 40 + ")"
    cell = [
        P(para(t(lang, "known_by")), st.cell),
        P(para(t(lang, "officer")), st.cell),
        Spacer(1, 18 * mm),
        P(name, st.cell),
    ]
    if liaison and liaison.position:
        cell.append(P(para(liaison.position), st.cell))
    table = Table([["", cell]], colWidths=[0.6 * width, 0.4 * width], hAlign="LEFT", spaceBefore=14)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
