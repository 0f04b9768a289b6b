"""The annual recap: the host's visits of one year, counted and charted."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from studitiru.domain.dates import MONTHS_EN, MONTHS_ID, format_date
from studitiru.domain.numbers import format_count
from studitiru.domain.records import LessonStatus, VisitStatus
from studitiru.reports.charts import bar_chart, column_chart, pie_chart
from studitiru.reports.data import AnnualData, delegation_size
from studitiru.reports.labels import LESSON_STATUSES, VISIT_STATUSES, norm_lang, t
from studitiru.reports.layout import (
    P, build_pdf, content_width, data_tables, fitting_cell, info_table, letterhead, styles, table_heading, title_block,
)
from studitiru.reports.text import para, plain

#: Delegation-size classes: (lowest, highest or None for "and more").
SIZE_CLASSES: tuple[tuple[int, int | None], ...] = ((1, 5), (6, 10), (11, 20), (21, 30), (31, 50), (51, None))
#: Provinces and topics beyond this many are summed as "others".
TOP = 12


def build_annual(data: AnnualData, lang: str = "id", paper: str = "A4") -> bytes:
    """The year's recap as PDF bytes: key figures, visits by month, by home province and by
    topic, delegation sizes and lessons by follow-up status (charts), then the list of visits.

    Cancelled visits are counted apart and left out of every other figure.
    """
    lang = norm_lang(lang)
    st = styles()
    width = content_width(paper)
    held = [v for v in data.visits if v.status != VisitStatus.CANCELLED]
    cancelled = len(data.visits) - len(held)
    held_keys = {v.key for v in held}
    all_keys = {v.key for v in data.visits}
    lessons = [lesson for lesson in data.lessons if lesson.visit in held_keys or lesson.visit not in all_keys]
    sizes = [delegation_size(v) for v in held]
    adopted = sum(1 for lesson in lessons if lesson.status == LessonStatus.ADOPTED)

    story: list[Flowable] = []
    story += letterhead(data.host, data.logo, width)
    story += title_block(para(t(lang, "annual", year=data.year)), para(data.host.name))
    story.append(P(para(t(lang, "key_figures")), st.h1))
    share = f" ({100 * adopted / len(lessons):.0f}%)" if lessons else ""
    average = f"{sum(sizes) / len(sizes):.1f}".replace(".", "," if lang == "id" else ".") if sizes else "–"
    story.append(info_table([
        (t(lang, "visits_total"), str(len(held))),
        (t(lang, "visits_cancelled"), str(cancelled)),
        (t(lang, "participants_total"), t(lang, "persons", n=format_count(sum(sizes), lang))),
        (t(lang, "average_size"), t(lang, "persons", n=average)),
        (t(lang, "lessons_total"), str(len(lessons))),
        (t(lang, "lessons_adopted"), f"{adopted}{share}"),
    ], width, label_width=62 * mm))

    if not held:
        story.append(P(para(t(lang, "no_visits")), st.body))
    else:
        months = MONTHS_EN if lang == "en" else MONTHS_ID
        by_month = Counter(v.starts_on.month for v in held)
        story += _section(t(lang, "by_month"), column_chart([m[:3] for m in months],
                                                              [by_month.get(m, 0) for m in range(1, 13)], width, 170))

        unknown = t(lang, "unknown")
        provinces = Counter(_province(data, v.institution) or unknown for v in held)
        labels, values = _top(provinces, t(lang, "others"))
        story += _section(t(lang, "by_province"), bar_chart(labels, values, width))

        topics = Counter()
        for visit in held:
            for key in visit.topics or ("",):
                topic = data.topics.get(key)
                topics[topic.name if topic else (key or t(lang, "no_topic"))] += 1
        labels, values = _top(topics, t(lang, "others"))
        story += _section(t(lang, "by_topic"), bar_chart(labels, values, width))

        classes = [_class_label(low, high) for low, high in SIZE_CLASSES]
        counts = Counter(_size_class(size) for size in sizes)
        story += _section(t(lang, "sizes"), column_chart(classes, [counts.get(i, 0) for i in range(len(classes))],
                                                         width, 150))

    statuses = LESSON_STATUSES[lang]
    by_status = Counter(lesson.status for lesson in lessons)
    if lessons:
        story += _section(t(lang, "by_status"), pie_chart([statuses[s] for s in LessonStatus],
                                                          [by_status.get(s, 0) for s in LessonStatus], width, 140))
    if data.visits:
        story.append(PageBreak())
        story += table_heading(para(t(lang, "visit_list")), st.h1, room=150)
        story += _visit_list(data, lang, paper)

    title = t(lang, "annual", year=data.year)
    running = f"{plain(data.host.name)} · {title}"
    return build_pdf(story, lang=lang, paper=paper, title=title, running=running, author=data.host.name)


def _section(heading: str, chart: Flowable) -> list[Flowable]:
    st = styles()
    return [CondPageBreak(chart.height + 40), P(para(heading), st.h1), chart]


def _province(data: AnnualData, institution_key: str) -> str | None:
    institution = data.institutions.get(institution_key)
    return institution.province if institution and institution.province else None


def _top(counter: Counter, others: str) -> tuple[list[str], list[int]]:
    """The TOP most common entries (ties by name) and the rest summed as `others`."""
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    head, tail = items[:TOP], items[TOP:]
    labels = [k for k, _ in head]
    values = [v for _, v in head]
    if tail:
        labels.append(others)
        values.append(sum(v for _, v in tail))
    return labels, values


def _size_class(size: int) -> int:
    for index, (low, high) in enumerate(SIZE_CLASSES):
        if high is None or size <= high:
            return index
    return len(SIZE_CLASSES) - 1


def _class_label(low: int, high: int | None) -> str:
    return f"≥ {low}" if high is None else f"{low}–{high}"


def _visit_list(data: AnnualData, lang: str, paper: str) -> list[Flowable]:
    width = content_width(paper)
    statuses = VISIT_STATUSES[lang]
    # Measured in DejaVu 9 pt: "500", "30 September 2020", "Persons" and "Dikonfirmasi" each on one line.
    widths = [0.06 * width, 0.21 * width, 0.28 * width, 0.205 * width, 0.105 * width, 0.14 * width]
    rows = []
    ordered = sorted(data.visits, key=lambda v: (v.starts_on, v.key))
    for number, visit in enumerate(ordered, start=1):
        institution = data.institutions.get(visit.institution)
        values = (number, format_date(visit.starts_on, lang, weekday=False),
                  institution.name if institution else visit.institution, visit.title, delegation_size(visit),
                  statuses.get(visit.status, str(visit.status)))
        rows.append([fitting_cell(value, w) for value, w in zip(values, widths)])
    header = [t(lang, "no"), t(lang, "date"), t(lang, "institution"), t(lang, "visit"), t(lang, "persons_short"),
              t(lang, "status")]
    return data_tables(header, rows, widths, paper)
