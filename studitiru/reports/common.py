"""Pieces shared by the reports of one visit: the delegation block, cells for sites and
presenters, and the agenda grouped by day."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.platypus import Flowable

from studitiru.domain.dates import format_date, format_date_range, format_time_range
from studitiru.domain.records import Letter, Presenter, Session, Site, Visit
from studitiru.reports.data import VisitReportData, delegation_size
from studitiru.reports.labels import SESSION_KINDS, norm_lang, t
from studitiru.reports.layout import content_width, data_tables, info_table, table_heading
from studitiru.reports.text import para

SMALL = '<font size="8" color="#555555">{}</font>'


def small(markup: str) -> str:
    """Markup in the small muted size used for second lines in cells."""
    return SMALL.format(markup) if markup else ""


def join_lines(*lines: str) -> str:
    return "<br/>".join(line for line in lines if line)


def site_cell(site_key: str | None, sites: dict[str, Site]) -> str:
    """A site's name (bold) and address (small) as cell markup."""
    if not site_key:
        return "–"
    site = sites.get(site_key)
    if site is None:
        return para(site_key)
    return join_lines(f"<b>{para(site.name)}</b>", small(para(site.address)))


def presenter_cell(keys: tuple[str, ...], presenters: dict[str, Presenter]) -> str:
    """Each presenter's name (bold) with position below, one after the other."""
    parts = []
    for key in keys:
        person = presenters.get(key)
        if person is None:
            parts.append(para(key))
        else:
            parts.append(join_lines(f"<b>{para(person.name)}</b>", small(para(person.position))))
    return "<br/>".join(parts) if parts else "–"


def activity_cell(session: Session, lang: str) -> str:
    kind = SESSION_KINDS[norm_lang(lang)].get(session.kind) if session.kind else None
    return join_lines(f"<b>{para(session.title)}</b>", small(para(kind)))


def sessions_by_day(visit: Visit) -> list[tuple[date, list[Session]]]:
    """The visit's sessions ordered by start then key, grouped by the day they start."""
    ordered = sorted(visit.sessions, key=lambda s: (s.starts_at, s.key))
    return [(day, list(items)) for day, items in groupby(ordered, key=lambda s: s.starts_at.date())]


def contact_of(name: str | None, presenters: dict[str, Presenter]) -> str | None:
    """The phone/e-mail of a host officer who is also registered as a presenter (by name)."""
    if not name:
        return None
    for person in presenters.values():
        if person.name.strip().casefold() == name.strip().casefold():
            return " · ".join(x for x in (person.phone, person.email) if x) or None
    return None


def person_markup(name: str | None, position: str | None, contact: str | None = None) -> str:
    if not name:
        return "–"
    text = para(name)
    if position:
        text += f", {para(position)}"
    if contact:
        text += f"<br/>{small(para(contact))}"
    return text


def delegation_block(data: VisitReportData, lang: str, paper: str) -> Flowable:
    """Visiting institution, leader, headcount, dates and liaison as a label/value block."""
    visit = data.visit
    leader = visit.leader
    liaison = visit.liaison
    pairs = [
        (t(lang, "visit"), para(visit.title)),
        (t(lang, "delegation"), para(data.institution.name)),
        (t(lang, "leader"), person_markup(leader.name, leader.position) if leader else "–"),
        (t(lang, "headcount"), t(lang, "persons", n=delegation_size(visit))),
        (t(lang, "dates"), para(visit_dates(visit, lang))),
        (t(lang, "liaison"), person_markup(
            liaison.name if liaison else None, liaison.position if liaison else None,
            contact_of(liaison.name if liaison else None, data.presenters))),
    ]
    letter = letter_text(visit.request_letter, lang)
    if letter:
        pairs.insert(2, (t(lang, "request_letter"), para(letter)))
    return info_table(pairs, content_width(paper))


def letter_text(letter: Letter | None, lang: str) -> str | None:
    """'Nomor 800/145/Setda, tanggal 10 Desember 2026' (what is known of it), else None."""
    if letter is None:
        return None
    number = (letter.number or "").strip()
    day = format_date(letter.date, lang, weekday=False) if letter.date else ""
    if number and day:
        return t(lang, "letter_number_date", number=number, date=day)
    if number:
        return t(lang, "letter_number", number=number)
    if day:
        return t(lang, "letter_date", date=day)
    return None


def visit_dates(visit: Visit, lang: str) -> str:
    """'Senin, 1 Desember 2025' for one day, else the range '9–10 Januari 2026'."""
    if visit.starts_on == visit.ends_on:
        return format_date(visit.starts_on, lang)
    return format_date_range(visit.starts_on, visit.ends_on, lang)


def agenda_flowables(data: VisitReportData, lang: str, paper: str, heading_style) -> list[Flowable]:
    """Per day: a heading 'Senin, 1 Desember 2025' and a table time/activity/site/presenters."""
    width = content_width(paper)
    widths = [0.2 * width, 0.3 * width, 0.25 * width, 0.25 * width]
    header = [t(lang, "time"), t(lang, "activity"), t(lang, "site"), t(lang, "presenters")]
    out: list[Flowable] = []
    zone = data.host.timezone
    for day, sessions in sessions_by_day(data.visit):
        out += table_heading(para(format_date(day, lang)), heading_style)
        rows = [[
            para(format_time_range(s.starts_at, s.ends_at, lang, zone)),
            activity_cell(s, lang),
            site_cell(s.site, data.sites),
            presenter_cell(s.presenters, data.presenters),
        ] for s in sessions]
        out.extend(data_tables(header, rows, widths, paper))
    return out
