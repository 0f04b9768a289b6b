"""The visitors' summary as a `reports.document.Document`, for the Word file an office edits
(`render_docx`, the letters' engine): the same parts as the PDF summary (`reports.summary`):
the delegation, purpose, participants, the agenda as held, presenters, the lessons by topic,
the action plan and, optionally, the documentation photos two a page."""

from __future__ import annotations

from collections.abc import Sequence

from studitiru.domain.dates import format_date, format_time, zone_abbreviation
from studitiru.domain.photos import Photo
from studitiru.reports import document as d
from studitiru.reports.common import letter_text, visit_dates
from studitiru.reports.data import VisitReportData, delegation_size
from studitiru.reports.labels import LESSON_STATUSES, ROLES, norm_lang, t
from studitiru.reports.summary import _presenters_in_order, lesson_groups
from studitiru.reports.activity import photo_pages
from studitiru.reports.summary_extras import action_plan_blocks


def _h1(text: str) -> d.Para:
    return d.Para((d.Run(text, bold=True),), align="left", space_after=4, size=12)


def _h2(text: str) -> d.Para:
    return d.Para((d.Run(text, bold=True),), align="left", space_after=3)


def build_summary_document(data: VisitReportData, lang: str = "id", paper: str = "A4",
                           photos: Sequence[Photo] = ()) -> d.Document:
    lang = norm_lang(lang)
    visit = data.visit
    leader = visit.leader
    liaison = visit.liaison
    rows = [
        (t(lang, "visit"), visit.title),
        (t(lang, "delegation"), data.institution.name),
        (t(lang, "leader"), ", ".join(x for x in (leader.name, leader.position) if x) if leader else "-"),
        (t(lang, "headcount"), t(lang, "persons", n=delegation_size(visit))),
        (t(lang, "dates"), visit_dates(visit, lang)),
        (t(lang, "liaison"), ", ".join(x for x in (liaison.name, liaison.position, liaison.phone) if x) if liaison else "-"),
    ]
    letter = letter_text(visit.request_letter, lang)
    if letter:
        rows.insert(2, (t(lang, "request_letter"), letter))
    blocks: list[d.Block] = [
        d.Letterhead(data.host, data.logo),
        d.Para.of(t(lang, "summary").upper(), bold=True, align="center", space_after=2),
        d.Para.of(data.institution.name, align="center", space_after=10),
        d.Fields(tuple(rows), label_mm=40, space_after=8),
    ]
    if visit.purpose:
        blocks += [_h1(t(lang, "purpose")), d.Para.of(visit.purpose)]
    blocks.append(_h1(t(lang, "participants")))
    if visit.participants:
        roles = ROLES[lang]
        blocks.append(d.Table(
            (t(lang, "no"), t(lang, "name"), t(lang, "position"), t(lang, "institution"), t(lang, "role")),
            tuple((str(n), p.name, p.position or "-", p.institution or data.institution.name, roles.get(p.role, ""))
                  for n, p in enumerate(visit.participants, start=1)),
            (0.07, 0.27, 0.26, 0.27, 0.13)))
    else:
        blocks.append(d.Para.of(t(lang, "no_participants")))
    blocks.append(_h1(t(lang, "agenda_held")))
    zone = zone_abbreviation(data.host.timezone)
    sessions = sorted(visit.sessions, key=lambda s: (s.starts_at, s.key))
    if sessions:
        agenda = []
        for s in sessions:
            site = data.sites.get(s.site).name if s.site and s.site in data.sites else (s.site or "-")
            names = ", ".join(data.presenters[k].name if k in data.presenters else k for k in s.presenters) or "-"
            when = f"{format_time(s.starts_at, lang)}–{format_time(s.ends_at, lang)}" + (f" {zone}" if zone else "")
            agenda.append((format_date(s.starts_at.date(), lang), when, s.title, site, names))
        blocks.append(d.Table((t(lang, "date"), t(lang, "time"), t(lang, "activity"), t(lang, "site"), t(lang, "presenters")),
                              tuple(agenda), (0.18, 0.19, 0.25, 0.19, 0.19)))
    else:
        blocks.append(d.Para.of(t(lang, "no_sessions")))
    presenters = _presenters_in_order(data)
    if presenters:
        blocks.append(_h1(t(lang, "presenters")))
        blocks.append(d.Table(
            (t(lang, "no"), t(lang, "name"), t(lang, "position"), t(lang, "contact")),
            tuple((str(n), p.name, ", ".join(x for x in (p.position, p.organisation) if x) or "-",
                   ", ".join(x for x in (p.phone, p.email) if x) or "-") for n, p in enumerate(presenters, start=1)),
            (0.07, 0.28, 0.37, 0.28)))
    blocks.append(_h1(t(lang, "lessons")))
    groups = lesson_groups(data, lang)
    if not groups:
        blocks.append(d.Para.of(t(lang, "no_lessons")))
    statuses = LESSON_STATUSES[lang]
    for name, items in groups:
        blocks.append(_h2(name))
        lines = []
        for lesson in items:
            parts = [lesson.observation.strip()]
            if lesson.recommendation:
                parts.append(f"{t(lang, 'recommendation')}: {lesson.recommendation.strip()}")
            if lesson.owner:
                parts.append(f"{t(lang, 'owner')}: {lesson.owner}")
            parts.append(f"{t(lang, 'status')}: {statuses.get(lesson.status, lesson.status.value)}")
            if lesson.follow_up_on:
                parts.append(f"{t(lang, 'follow_up')}: {format_date(lesson.follow_up_on, lang)}")
            lines.append(" — ".join(parts))
        blocks.append(d.NumberedList(tuple(lines), indent_mm=4))
    blocks += action_plan_blocks(data, lang)
    if photos:
        blocks += photo_pages(tuple(photos), lang, "Lampiran: Dokumentasi" if lang == "id" else "Annex: Documentation")
    return d.Document(title=f"{t(lang, 'summary')}: {visit.title}", blocks=tuple(blocks), paper=paper, lang=lang,
                      author=data.host.office or data.host.name or "", margins_mm=(20.0, 20.0, 20.0, 25.0), body_size=10.5)
