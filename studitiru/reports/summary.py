"""The summary: what visitors take home after the visit."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from studitiru.domain.photos import Photo
from studitiru.reports.summary_extras import action_plan, photo_annex

from studitiru.domain.dates import format_date
from studitiru.domain.records import Lesson, Presenter
from studitiru.reports.common import agenda_flowables, delegation_block, join_lines, small
from studitiru.reports.data import VisitReportData
from studitiru.reports.labels import LESSON_STATUSES, ROLES, norm_lang, t
from studitiru.reports.layout import P, build_pdf, table_heading, content_width, data_tables, letterhead, styles, title_block
from studitiru.reports.text import para, plain


def build_summary(data: VisitReportData, lang: str = "id", paper: str = "A4", photos: Sequence[Photo] = ()) -> bytes:
    """The visit's summary as PDF bytes: purpose, participants, the agenda as held, the
    presenters with their contacts, the lessons grouped by topic with recommendation,
    owner, follow-up status and date, the action plan (rencana tindak lanjut) and, when
    `photos` are given (with their `data`), the documentation photos as an annex."""
    lang = norm_lang(lang)
    st = styles()
    visit = data.visit
    width = content_width(paper)
    story: list[Flowable] = []
    story += letterhead(data.host, data.logo, width)
    story += title_block(para(t(lang, "summary")), para(data.institution.name))
    story.append(delegation_block(data, lang, paper))

    if visit.purpose:
        story.append(P(para(t(lang, "purpose")), st.h1))
        story.append(P(para(visit.purpose), st.body))

    story += table_heading(para(t(lang, "participants")), st.h1, room=150)
    story += _participants(data, lang, paper)

    story += table_heading(para(t(lang, "agenda_held")), st.h1, room=150)
    if visit.sessions:
        story += agenda_flowables(data, lang, paper, st.h2)
    else:
        story.append(P(para(t(lang, "no_sessions")), st.body))

    presenters = _presenters_in_order(data)
    if presenters:
        story += table_heading(para(t(lang, "presenters")), st.h1, room=150)
        rows = [[str(n), f"<b>{para(p.name)}</b>", join_lines(para(p.position), small(para(p.organisation))),
                 join_lines(para(p.phone), para(p.email)) or "–"] for n, p in enumerate(presenters, start=1)]
        story += data_tables([t(lang, "no"), t(lang, "name"), t(lang, "position"), t(lang, "contact")], rows,
                             [0.07 * width, 0.28 * width, 0.37 * width, 0.28 * width], paper)

    story += table_heading(para(t(lang, "lessons")), st.h1, room=150)
    story += _lessons(data, lang)
    story += action_plan(data, lang, paper)
    if photos:
        story += photo_annex(photos, lang, paper)

    title = f"{t(lang, 'summary')}: {plain(visit.title)}"
    running = f"{plain(data.host.name)} · {t(lang, 'summary')} · {plain(data.institution.name)}"
    return build_pdf(story, lang=lang, paper=paper, title=title, running=running, author=data.host.name)


def _participants(data: VisitReportData, lang: str, paper: str) -> list[Flowable]:
    st = styles()
    if not data.visit.participants:
        return [P(para(t(lang, "no_participants")), st.body)]
    width = content_width(paper)
    roles = ROLES[lang]
    rows = [[str(n), para(p.name), para(p.position) or "–", para(p.institution or data.institution.name),
             para(roles.get(p.role, ""))] for n, p in enumerate(data.visit.participants, start=1)]
    header = [t(lang, "no"), t(lang, "name"), t(lang, "position"), t(lang, "institution"), t(lang, "role")]
    return data_tables(header, rows, [0.07 * width, 0.27 * width, 0.26 * width, 0.27 * width, 0.13 * width], paper)


def _presenters_in_order(data: VisitReportData) -> list[Presenter]:
    """The presenters of the visit's sessions, in the order they first appear."""
    seen: dict[str, Presenter] = {}
    for session in sorted(data.visit.sessions, key=lambda s: (s.starts_at, s.key)):
        for key in session.presenters:
            if key not in seen and key in data.presenters:
                seen[key] = data.presenters[key]
    return list(seen.values())


def lesson_groups(data: VisitReportData, lang: str) -> list[tuple[str, list[Lesson]]]:
    """The visit's lessons by topic: the visit's topics first, then others, then those without."""
    lessons = data.visit.lessons
    order = list(data.visit.topics) + sorted({l.topic for l in lessons if l.topic} - set(data.visit.topics))
    groups: list[tuple[str, list[Lesson]]] = []
    for key in order:
        items = [l for l in lessons if l.topic == key]
        if items:
            topic = data.topics.get(key)
            groups.append((topic.name if topic else key, items))
    loose = [l for l in lessons if not l.topic or l.topic not in order]
    if loose:
        groups.append((t(lang, "no_topic"), loose))
    return groups


def _lessons(data: VisitReportData, lang: str) -> list[Flowable]:
    """Lessons grouped by topic (the visit's topics first, then others, then those without)."""
    st = styles()
    lessons = data.visit.lessons
    if not lessons:
        return [P(para(t(lang, "no_lessons")), st.body)]
    groups = lesson_groups(data, lang)

    out: list[Flowable] = []
    number = 0
    loose_heading = st.h2.clone("h2_loose", keepWithNext=0)
    for name, items in groups:
        if _is_short(items[0]):
            out.append(P(para(name), st.h2))
        else:
            # keepWithNext would wrap the heading and a page-long lesson in a KeepTogether,
            # which reportlab moves whole to the next page: keep only some room instead.
            out += [CondPageBreak(80), P(para(name), loose_heading)]
        for lesson in items:
            number += 1
            block = _lesson_block(number, lesson, lang)
            # A short lesson stays on one page; a long one flows from where it starts.
            out.extend([KeepTogether(block)] if _is_short(lesson) else block)
    return out


def _is_short(lesson: Lesson) -> bool:
    return sum(len(x or "") for x in (lesson.observation, lesson.recommendation, lesson.follow_up_note)) < 1200


def _lesson_block(number: int, lesson: Lesson, lang: str) -> list[Flowable]:
    st = styles()
    statuses = LESSON_STATUSES[lang]
    indent = st.body.clone("lesson_detail", leftIndent=14, spaceAfter=1.5, fontSize=9, leading=12)
    first = st.body.clone("lesson_first", leftIndent=14, firstLineIndent=-14, spaceBefore=4, spaceAfter=2)
    follow = format_date(lesson.follow_up_on, lang) if lesson.follow_up_on else "–"
    if lesson.follow_up_note:
        follow += f" · {plain(lesson.follow_up_note)}" if len(lesson.follow_up_note) < 200 else ""
    block = [P(f"{number}.&nbsp;<b>{para(lesson.observation)}</b>", first)]
    details = [
        (t(lang, "recommendation"), para(lesson.recommendation) or "–"),
        (t(lang, "owner"), para(lesson.owner) or "–"),
        (t(lang, "status"), para(statuses.get(lesson.status, lesson.status))),
        (t(lang, "follow_up"), para(follow)),
    ]
    block += [P(f'<font color="#555555">{para(label)}:</font> {value}', indent) for label, value in details]
    if lesson.follow_up_note and len(lesson.follow_up_note) >= 200:
        block.append(P(para(lesson.follow_up_note), indent))
    return block
