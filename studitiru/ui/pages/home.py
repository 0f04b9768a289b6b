"""Beranda: what the office should look at today.

The visits of the next 14 days, the open rule findings of the visits still to come (errors
first), the lessons whose follow-up date is due, and the year's figures. Clicking a visit (or a
finding, or a lesson) emits `open_visit(key)`; the shell shows it in the Visits page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from studitiru.domain import dates
from studitiru.domain import records as r
from studitiru.domain.numbers import format_count
from studitiru.services.home import DAYS_AHEAD, LATER_ROWS, MAX_ROWS, HomeData, load_home
from studitiru.ui import labels
from studitiru.ui.pages.reloading import ReloadsWhenShown
from studitiru.ui.context import AppContext
from studitiru.ui.pages import home_cards as cards

if TYPE_CHECKING:
    from studitiru.services.lessons import LessonRow

# What the page shows, read by the service (the names stay importable from here).
__all__ = ["HomePage", "HomeData", "load_home", "DAYS_AHEAD", "MAX_ROWS", "LATER_ROWS"]


class HomePage(ReloadsWhenShown, QWidget):
    open_visit = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self.today: Callable[[], date] = date.today
        self.data: HomeData | None = None
        self._build()
        context.changes.changed.connect(self._on_changes_changed)

    def page_title(self) -> str:
        return self.tr("Home")

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(cards.STYLE)
        content = QWidget()
        content.setObjectName("homeContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(14)
        heading = QHBoxLayout()
        self._heading = cards.label(self.tr("Home"), "pageHeading")
        self._today_label = cards.label("", "muted")
        heading.addWidget(self._heading)
        heading.addStretch(1)
        heading.addWidget(self._today_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.visits_tile = cards.Tile(self.tr("visits this year"))
        self.coming_tile = cards.Tile(self.tr("visits in the next 14 days"))
        self.participants_tile = cards.Tile(self.tr("participants this year"))
        self.lessons_tile = cards.Tile(self.tr("lessons adopted this year"))
        for tile in (self.visits_tile, self.coming_tile, self.participants_tile, self.lessons_tile):
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        self.upcoming_card = cards.Card(self.tr("Visits in the next 14 days"))
        self.findings_card = cards.Card(self.tr("Open rule findings"))
        self.lessons_card = cards.Card(self.tr("Lessons due for follow-up"))
        grid.addWidget(self.upcoming_card, 0, 0, 2, 1)
        grid.addWidget(self.findings_card, 0, 1)
        grid.addWidget(self.lessons_card, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        layout.addLayout(grid)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # Loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.data = load_home(self._context.db, self.today())
        self._show(self.data)


    # Showing -------------------------------------------------------------------------------
    def _show(self, data: HomeData) -> None:
        lang = self._context.lang
        heading = self.tr("Welcome, %1").replace("%1", data.host_name) if data.host_name else self.tr("Home")
        self._heading.setText(heading)
        self._today_label.setText(self.tr("Today is %1").replace("%1", dates.format_date(data.today, lang)))
        self._show_figures(data)
        self._show_upcoming(data)
        self._show_findings(data)
        self._show_lessons(data)

    def _show_figures(self, data: HomeData) -> None:
        counts = data.status_counts
        held = sum(n for status, n in counts.items() if status is not r.VisitStatus.CANCELLED)
        parts = [f"{labels.visit_status(status)} {counts[status]}" for status in r.VisitStatus if counts[status]]
        lang = self._context.lang
        self.visits_tile.set_values(format_count(held, lang), " · ".join(parts))
        self.visits_tile.caption.setText(self.tr("visits in %1").replace("%1", str(data.today.year)))
        confirmed = sum(1 for row in data.upcoming if row.status is r.VisitStatus.CONFIRMED)
        waiting = sum(1 for row in data.upcoming if row.status is r.VisitStatus.REQUESTED)
        self.coming_tile.set_values(str(len(data.upcoming)), self.tr("%1 confirmed, %2 awaiting a reply")
                                    .replace("%1", str(confirmed)).replace("%2", str(waiting)))
        self.participants_tile.set_values(format_count(data.participants, lang))
        self.lessons_tile.set_values(format_count(data.lessons_adopted, lang), self.tr("of %1 lessons recorded")
                                     .replace("%1", format_count(data.lessons_recorded, lang)))

    def _show_upcoming(self, data: HomeData) -> None:
        card = self.upcoming_card
        card.clear()
        card.set_count(str(len(data.upcoming)))
        if not data.upcoming:
            card.add(cards.label(self.tr("No visits in the next 14 days."), "empty", wrap=True))
        for row in data.upcoming:
            card.add(self._visit_row(row, data.today))
        if data.later:
            card.add(cards.label(self.tr("Later"), "subheading"))
            for row in data.later:
                card.add(self._visit_row(row, data.today))

    def _visit_row(self, row: r.VisitRow, today: date) -> cards.ClickableRow:
        lang = self._context.lang
        colour = cards.STATUS_COLOURS[row.status]
        item = cards.ClickableRow(self.tr("Open the visit %1").replace("%1", row.title))
        item.setToolTip(row.key)
        month = dates.month_name(row.starts_on.month, lang)[:3]
        item.body.addWidget(cards.date_block(str(row.starts_on.day), month, colour))
        people = row.participant_count or row.headcount or 0
        details = [row.institution_name]
        if row.leader_name:
            details.append(self.tr("led by %1").replace("%1", row.leader_name))
        when = f"{dates.format_date_range(row.starts_on, row.ends_on, lang)} · {self._relative(row.starts_on, today)}"
        extra = self.tr("%1 people, %2 sessions").replace("%1", str(people)).replace("%2", str(row.session_count))
        item.body.addLayout(cards.text_column(row.title, " · ".join(details), f"{when} · {extra}"), 1)
        item.body.addWidget(cards.badge(labels.visit_status(row.status), colour), 0, Qt.AlignmentFlag.AlignTop)
        item.clicked.connect(lambda key=row.key: self.open_visit.emit(key))
        return item

    def _relative(self, day: date, today: date) -> str:
        days = (day - today).days
        if days < 0:
            return self.tr("under way")
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %1 days").replace("%1", str(days))

    def _show_findings(self, data: HomeData) -> None:
        card, lang = self.findings_card, self._context.lang
        card.clear()
        errors = sum(1 for f in data.findings if f.severity is r.Severity.ERROR)
        card.set_count(f"{labels.severity(r.Severity.ERROR)}: {errors} · "
                       f"{labels.severity(r.Severity.WARNING)}: {len(data.findings) - errors}")
        if not data.findings:
            card.add(cards.label(self.tr("No open findings: the coming programme keeps every rule."), "empty", wrap=True))
            return
        for finding in data.findings[:MAX_ROWS]:
            item = cards.ClickableRow(finding.message(lang))
            item.body.addWidget(cards.badge(labels.severity(finding.severity), cards.SEVERITY_COLOURS[finding.severity]),
                                0, Qt.AlignmentFlag.AlignTop)
            text = cards.label(finding.message(lang), wrap=True)
            item.body.addWidget(text, 1)
            if finding.visits:
                item.clicked.connect(lambda key=finding.visits[0]: self.open_visit.emit(key))
            card.add(item)
        self._more(card, len(data.findings))

    def _show_lessons(self, data: HomeData) -> None:
        card = self.lessons_card
        card.clear()
        card.set_count(format_count(data.due_count, self._context.lang))
        if not data.due_lessons:
            card.add(cards.label(self.tr("No follow-up is due."), "empty", wrap=True))
        for row in data.due_lessons[:MAX_ROWS]:
            card.add(self._lesson_row(row))
        self._more(card, data.due_count)
        if data.due_soon:
            card.add(cards.label(self.tr("Due in the next 14 days"), "subheading"))
            for row in data.due_soon:
                card.add(self._lesson_row(row))

    def _lesson_row(self, row: LessonRow) -> cards.ClickableRow:
        lang = self._context.lang
        lesson = row.lesson
        item = cards.ClickableRow(lesson.observation)
        due = self.tr("due %1").replace("%1", dates.format_date(lesson.follow_up_on, lang, weekday=False)) \
            if lesson.follow_up_on else ""
        owner = self.tr("owner: %1").replace("%1", lesson.owner) if lesson.owner else ""
        details = " · ".join(part for part in (row.institution_name, row.topic_name or "", due, owner) if part)
        item.body.addLayout(cards.text_column(_shorten(lesson.observation), details, title_name="lessonTitle"), 1)
        item.body.addWidget(cards.badge(labels.lesson_status(lesson.status), cards.LESSON_COLOURS[lesson.status]),
                            0, Qt.AlignmentFlag.AlignTop)
        item.clicked.connect(lambda key=lesson.visit: self.open_visit.emit(key))
        return item

    def _more(self, card: cards.Card, total: int) -> None:
        if total > MAX_ROWS:
            card.add(cards.label(self.tr("…and %1 more.").replace("%1", str(total - MAX_ROWS)), "muted"))


def _shorten(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = ["HomePage", "HomeData", "load_home"]
