"""Jadwal: the timetable. A day or a week with one column per site (or presenter, or per day
of one visit), the sessions as blocks coloured by visit, moved and resized with the mouse and
the keyboard, each change one undo step, with the rule findings shown live on the blocks and
listed beside them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from studitiru.domain import records as r
from studitiru.domain.dates import format_date, format_date_range, format_time, format_time_range, weekday_name
from studitiru.domain.rules_terms import TRAVEL_TIME
from studitiru.errors import UserError
from studitiru.services import agenda, revisions, timetable, visits
from studitiru.services.timetable import TimetableData, next_session_day
from studitiru.ui import messages
from studitiru.ui.context import PARTICIPANTS, REGISTERS, SESSIONS, VISITS, AppContext
from studitiru.ui.timetable import geometry as g
from studitiru.ui.timetable.blocks import UNSENT_COLOUR, BlockText, SessionBlock, TravelGap
from studitiru.ui.timetable.findings_panel import FindingsPanel
from studitiru.ui.timetable.live_check import LiveCheck, by_session
from studitiru.ui.timetable.toolbar import TimetableToolbar
from studitiru.ui.timetable.view import TimetableView
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.lookups import load_lookups

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

_RELOAD_KINDS = frozenset({SESSIONS, VISITS, PARTICIPANTS, REGISTERS})


class TimetablePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._data: TimetableData | None = None
        self._live: LiveCheck | None = None
        self._sessions: dict[str, r.Session] = {}
        self._unsent: dict[str, int] = {}
        #: The sessions as the last edit's service call returned them, for the change it announces
        #: next (the page then reads nothing again); emptied by every change announced.
        self._results: dict[str, r.Session | None] = {}
        #: The day after the days shown → the next session's start (what an empty legend offers):
        #: read once per load, not at every drawing (a resize draws again).
        self._following: dict[date, datetime | None] = {}
        self._colours: dict[str, str] = {}
        self._stale = True
        self._scrolled = False
        self._followed: tuple[str | None, str | None] = (None, None)  # the filter's and the editor's visit
        self._filtered_visit: str | None = None  # the visit filter the date box last followed
        self.toolbar = TimetableToolbar(context.lang, self)
        self.toolbar.set_day(date.today())
        self.view = TimetableView(self)
        self.view.read_only = context.read_only
        self.findings = FindingsPanel(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([980, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.legend)
        self.legend.linkActivated.connect(self._on_legend_link_activated)
        layout.addWidget(splitter, 1)
        self.toolbar.changed.connect(self._on_toolbar_changed)
        self.toolbar.print_clicked.connect(self.print_page)
        self.view.move_requested.connect(self._on_view_move_requested)
        self.view.create_requested.connect(self._on_view_create_requested)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self.view.delete_requested.connect(self._on_view_delete_requested)
        # A resize draws again once the sizes have settled (the first show resizes the view three
        # or four times as the layout and its scroll bars settle): one drawing per pass of the loop.
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(0)
        self._resized.timeout.connect(self._render)
        self.view.viewport_resized.connect(self._resized.start)
        self.findings.finding_activated.connect(self._on_findings_finding_activated)
        context.changes.changed.connect(self._on_changes_changed)

    def page_title(self) -> str:
        return self.tr("Timetable")

    # -- loading --------------------------------------------------------------------------

    def days(self) -> tuple[date, ...]:
        """The days shown: a visit's days when one visit is chosen, else the day or its week."""
        visit = self._data.visits.get(self.toolbar.visit_filter() or "") if self._data else None
        if visit is not None:
            return g.days_between(visit.starts_on, visit.ends_on)
        day = self.toolbar.day()
        return g.week_of(day) if self.toolbar.week() else (day,)

    def refresh(self) -> None:
        """Load the sessions of the days shown and check them."""
        days = self.days()
        start, end = g.day_start(days[0]), g.day_start(days[-1]) + timedelta(days=1)
        self._data = data = timetable.load_timetable(self._context.db, start, end)
        self._live = LiveCheck(data.programme, data.timezone)
        self._sessions = {s.key: s for s in data.sessions}
        self._unsent = revisions.unsent_sessions(self._context.db, data.sessions)
        self._following = {}
        self._stale = False
        self._fill_choices()
        self._render()

    def _fill_choices(self) -> None:
        data = self._data
        assert data is not None
        days = self.days()
        rows = sorted((v for v in data.visits.values() if v.status != r.VisitStatus.CANCELLED), key=lambda v: (v.starts_on, v.key))
        near = [v for v in rows if v.starts_on <= days[-1] and v.ends_on >= days[0]]
        # no visit on the days shown: the coming visits first, then the past ones, nearest first
        coming = [v for v in rows if v.starts_on > days[-1]]
        past = sorted((v for v in rows if v.ends_on < days[0]), key=lambda v: (v.ends_on, v.key), reverse=True)
        offered = near or coming + past
        working = next((v for v in rows if v.key == self._context.working_visit), None)
        if working is not None:  # the visit the officer is working on comes first
            offered = [working] + [v for v in offered if v.key != working.key]
        new = [(v.key, f"{v.key} · {self._visit_label(v.key)}") for v in offered]
        self.toolbar.set_choices(rows, list(data.presenters), list(data.sites), new)
        # a visit newly chosen in the filter, else newly opened in the editor: new sessions go to it
        chosen, opened = self.toolbar.visit_filter(), self._context.working_visit
        follow = chosen if chosen != self._followed[0] else opened if opened != self._followed[1] else None
        self._followed = (chosen, opened)
        index = self.toolbar.new_visit.findData(follow) if follow is not None else -1
        if index >= 0:
            self.toolbar.new_visit.setCurrentIndex(index)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._context.working_visit != self._followed[1]:
            self._stale = True  # another visit opened in the editor since: new sessions go to it
        if self._stale:
            self.refresh()

    def _on_changes_changed(self, kinds: frozenset[str], keys: frozenset[str]) -> None:
        results, self._results = self._results, {}  # only for the change that the edit announces next
        if not kinds & _RELOAD_KINDS:
            return
        if not self.isVisible():
            self._stale = True
            return
        if kinds == {SESSIONS} and keys and self._live is not None and self._data is not None:
            records = {key: results[key] for key in keys} if keys <= results.keys() else \
                timetable.read_sessions(self._context.db, keys)
            if self._live.apply(records):
                self._following = {}
                for key, session in records.items():
                    shown = session is not None and session.starts_at < self._data.end and session.ends_at > self._data.start
                    if shown:
                        self._sessions[key] = session
                    else:
                        self._sessions.pop(key, None)
                self._render()
                return
        self.refresh()

    def _on_toolbar_changed(self) -> None:
        self._follow_visit_filter()
        self._scrolled = False
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _follow_visit_filter(self) -> None:
        """The date box says what the grid shows: a visit chosen in the filter moves it to the
        visit's first day; a date moved outside the chosen visit shows that date for all visits."""
        bar = self.toolbar
        key = bar.visit_filter()
        visit = self._data.visits.get(key) if key and self._data is not None else None
        outside = visit is not None and not visit.starts_on <= bar.day() <= visit.ends_on
        if key != self._filtered_visit:
            self._filtered_visit = key
            if outside:
                bar.date.blockSignals(True)
                bar.set_day(visit.starts_on)
                bar.date.blockSignals(False)
        elif outside:
            bar.visit.blockSignals(True)
            bar.visit.setCurrentIndex(0)
            bar.visit.blockSignals(False)
            self._filtered_visit = None

    # -- drawing --------------------------------------------------------------------------

    def _placement(self) -> tuple[g.Placement, list[str]]:
        """The columns of a day and their labels."""
        data, bar = self._data, self.toolbar
        assert data is not None
        # a week, or one visit's days: only the columns in use (a visit's sites or presenters)
        week = bar.week() or bool(bar.visit_filter() and bar.visit_filter() in data.visits)
        shown = self._filtered()
        if bar.column_mode() == g.PRESENTERS:
            used = {p for s in shown for p in s.presenters}
            people = [p for p in data.presenters if (not week or p.key in used) and bar.presenter_filter() in (None, p.key)]
            keys: list[str | None] = [p.key for p in people]
            labels = [p.name for p in people]
            if any(not s.presenters for s in shown) or not keys:
                keys.append(None)
                labels.append(self.tr("(no presenter)"))
            return g.Placement(g.PRESENTERS, g.ColumnMap(tuple(keys))), labels
        used = {s.site for s in shown}
        sites = [s for s in data.sites if (not week or s.key in used) and bar.site_filter() in (None, s.key)]
        keys = [s.key for s in sites]
        labels = [s.short_name or s.name for s in sites]
        if bar.site_filter() is None and (None in used or not week or not keys):
            keys.append(None)
            labels.append(self.tr("(no site)"))
        return g.Placement(g.SITES, g.ColumnMap(tuple(keys))), labels

    def _filtered(self) -> list[r.Session]:
        bar = self.toolbar
        visit, presenter, site = bar.visit_filter(), bar.presenter_filter(), bar.site_filter()
        return [
            s for s in sorted(self._sessions.values(), key=lambda s: (s.starts_at, s.key))
            if visit in (None, s.visit) and (presenter is None or presenter in s.presenters) and site in (None, s.site)
        ]

    def _grid(self, days: tuple[date, ...], columns: int) -> g.Grid:
        viewport = self.view.viewport()
        left, top = 56.0, 44.0
        least = 72.0 if len(days) > 1 and columns > 1 else 120.0
        width = max(least, (viewport.width() - left - 1) / max(len(days) * columns, 1))
        hours = g.LAST_HOUR - g.FIRST_HOUR
        height = min(max((viewport.height() - top - 2) / hours, 40.0), 90.0)
        return g.Grid(days=days, columns=columns, column_width=min(width, 420.0), hour_height=height, left=left, top=top)

    def _render(self) -> None:
        self._resized.stop()  # this drawing is the one a pending resize asked for
        if self._data is None or self._live is None or self.view.dragging:
            return
        lang = self._context.lang
        selected = self.view.selected_key()
        days = self.days()
        placement, column_labels = self._placement()
        grid = self._grid(days, len(placement.columns))
        self.view.placement = placement
        scene = self.view.timetable
        bar = self.view.verticalScrollBar()
        top_minutes = round(scene.grid.minutes_at(bar.value() + scene.grid.top)) if self._scrolled else None
        left_cells = self.view.horizontalScrollBar().value() / scene.grid.column_width
        for item in list(scene.items()):
            if isinstance(item, SessionBlock | TravelGap):
                scene.removeItem(item)
        shown = self._filtered()
        self._colours = g.visit_colours([s.visit for s in shown])
        findings = self._live.findings_for(s.key for s in shown)
        marks = by_session(findings)
        cells: dict[tuple[int, int], list[tuple[r.Session, float, float, bool, bool]]] = {}
        for session in shown:
            segments = grid.segments(session.starts_at, session.ends_at)
            for index, (day, low, high) in enumerate(segments):
                first = index == 0 and session.starts_at >= g.day_start(days[day])
                for column in placement.columns_of(session.site, session.presenters):
                    cells.setdefault((day, column), []).append((session, low, high, first, index == len(segments) - 1))
        for (day, column), entries in cells.items():
            for (session, low, high, first, last), (lane, lanes) in zip(entries, g.lanes([(e[1], e[2]) for e in entries])):
                block = SessionBlock(session, day, column, QRectF(*grid.rect(day, column, low, high, lane, lanes)),
                                     self._colours[session.visit], self._block_text(session), first=first, last=last)
                block.set_findings(marks.get(session.key, []), lang)
                block.set_unsent(self._unsent.get(session.key))
                scene.addItem(block)
        scene.set_layout(grid, self._day_labels(days), column_labels, self._closed(days, placement), lang)
        self._draw_travel_gaps(findings)
        self.findings.set_findings(findings, lang)
        self.legend.setText(self._legend_html(shown))
        if selected:
            self.view.select_keys([selected], scroll=False)
        if top_minutes is None:
            earliest = min((s.starts_at.hour * 60 for s in shown if s.starts_at.date() in days), default=g.FIRST_HOUR * 60)
            top_minutes = min(earliest, g.FIRST_HOUR * 60)
            left_cells = (grid.day_index(self.toolbar.day()) or 0) * grid.columns
        self.view.horizontalScrollBar().setValue(round(left_cells * grid.column_width))
        self.view.scroll_to_minutes(top_minutes)
        self._scrolled = bar.maximum() > 0

    def _block_text(self, session: r.Session) -> BlockText:
        data, lang = self._data, self._context.lang
        assert data is not None
        names = {p.key: p.name for p in data.presenters}
        return BlockText(
            time=format_time_range(session.starts_at, session.ends_at, lang),
            start=format_time(session.starts_at, lang),
            title=session.title,
            visit=self._visit_label(session.visit),
            presenters=", ".join(names.get(key, key) for key in session.presenters),
        )

    def _visit_label(self, key: str) -> str:
        data = self._data
        row = data.visits.get(key) if data else None
        if row is None:
            return key
        institution = data.institutions.get(row.institution)
        return (institution.short_name or institution.name) if institution else row.institution_name

    def _day_labels(self, days: tuple[date, ...]) -> list[str]:
        lang = self._context.lang
        if len(days) == 1:
            return [format_date(days[0], lang)]
        return [f"{weekday_name(day.isoweekday(), lang)} {format_date(day, lang, weekday=False)}" for day in days]

    def _closed(self, days: tuple[date, ...], placement: g.Placement) -> dict[tuple[int, int], list[tuple[int, int]]]:
        if placement.mode != g.SITES or self._data is None:
            return {}
        sites = {s.key: s for s in self._data.sites}
        closed = {}
        for column, key in enumerate(placement.columns.keys):
            site = sites.get(key)  # type: ignore[arg-type]
            if site is None or site.opening_hours is None:
                continue
            for index, day in enumerate(days):
                windows = [(w.opens, w.closes) for w in site.opening_hours if w.weekday == day.isoweekday()]
                closed[(index, column)] = g.closed_spans(windows)
        return closed

    def _draw_travel_gaps(self, findings: list[r.Finding]) -> None:
        for finding in findings:
            if finding.rule != TRAVEL_TIME or len(finding.sessions) != 2:
                continue
            pair = [self._sessions.get(key) for key in finding.sessions]
            if None in pair:
                continue
            first, second = sorted(pair, key=lambda s: (s.starts_at, s.key))  # type: ignore[arg-type]
            before, after = self.view.blocks_of(first.key), self.view.blocks_of(second.key)
            if before and after:
                end, start = before[-1].scene_block_rect(), after[0].scene_block_rect()
                self.view.timetable.addItem(TravelGap(QPointF(end.center().x(), end.bottom()), QPointF(start.center().x(), start.top()),
                                                      finding.message(self._context.lang)))

    def _legend_html(self, shown: list[r.Session]) -> str:
        chips = []
        for key in sorted(self._colours, key=lambda k: min(s.starts_at for s in shown if s.visit == k)):
            row = self._data.visits.get(key) if self._data else None
            title = f"{self._visit_label(key)} — {row.title}" if row else key
            chips.append(f"<span style='background:{self._colours[key]}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{_escape(title)}")
        if any(s.key in self._unsent for s in shown):  # the blocks' corner flag (blocks.SessionBlock.set_unsent)
            chips.append(f"<span style='color:{UNSENT_COLOUR.name()}'>◤</span>&nbsp;"
                         + _escape(self.tr("changed since the last revision, not sent yet")))
        if chips:
            return "&nbsp;&nbsp;&nbsp; ".join(chips)
        text = self.tr("No sessions on the days shown.")
        after = self.days()[-1] + timedelta(days=1)
        if after not in self._following:
            self._following[after] = next_session_day(self._context.db, datetime.combine(after, time()))
        following = self._following[after]
        if following is not None:
            link = self.tr("Next sessions: %1").replace("%1", format_date(following.date(), self._context.lang))
            text += f" <a href='{following.date().isoformat()}'>{_escape(link)} →</a>"
        return text

    def _on_legend_link_activated(self, link: str) -> None:
        self.toolbar.set_day(date.fromisoformat(link))

    # -- edits ----------------------------------------------------------------------------

    def _on_view_move_requested(self, key: str, starts_at: datetime, ends_at: datetime, site: object, what: str) -> None:
        old = self._sessions.get(key)
        if old is None:
            return
        db, last = self._context.db, []  # the last SessionMove: what the service did
        text = (self.tr("resize session '%1'") if what == "resize" else self.tr("move session '%1'")).replace("%1", old.title)

        def do() -> r.Session:  # first run: the drag, checked against the block shown; redo: the undo undone
            move = agenda.revert_move(db, last[-1]) if last else agenda.move_session(
                db, key, starts_at, ends_at, site, version=old.version)
            last[:] = [move]
            self._results = {key: move.after}  # what the page shows next: no read again
            return move.after

        def undo() -> None:  # the move back, from the service's result: the times, the site only if it moved
            last[:] = [agenda.revert_move(db, last[-1])]
            self._results = {key: last[-1].after}

        self._edit(text, do, undo, {key})

    def _on_view_create_requested(self, starts_at: datetime, ends_at: datetime, day: int, column: int) -> None:
        visit = self.toolbar.visit_filter() or self.toolbar.visit_for_new()
        if not visit:
            return
        placement = self.view.placement
        column_key = placement.columns.key_at(column)
        record = r.Session(key="", visit=visit, starts_at=starts_at, ends_at=ends_at, title=self.tr("New session"),
                           site=column_key if placement.mode == g.SITES else None,  # type: ignore[arg-type]
                           presenters=(column_key,) if placement.mode == g.PRESENTERS and column_key else ())  # type: ignore[arg-type]
        db, held = self._context.db, {}

        def do() -> r.Session:  # redo puts back what the undo removed, at its version
            session = agenda.restore_session(db, held["removed"]) if "removed" in held else agenda.add_session(db, record)
            held["added"] = session
            return session

        def undo() -> None:  # refused if another officer changed the new session since
            added = held["added"]
            held["removed"] = agenda.delete_session(db, added.key, added.version)

        result = self._edit(self.tr("add session '%1'").replace("%1", record.title), do, undo, set())
        if result is not None:
            self.view.select_keys([result.key])

    def _on_view_edit_requested(self, key: str) -> None:
        old = self._sessions.get(key)
        if old is None:
            return
        db = self._context.db
        try:
            visit, lookups = visits.get_visit(db, old.visit), load_lookups(db)
        except UserError as error:
            messages.show_error(self, error, self._context)
            return
        from studitiru.ui.visit_editor.session_dialog import SessionDialog  # the dialog's code: when first asked

        new = SessionDialog.ask(self, self._context, visit, lookups, old)
        if new is None or new == old:
            return
        do, undo = checked_pair(old.version, lambda seen: agenda.update_session(db, replace(new, version=seen)),
                                lambda seen: agenda.update_session(db, replace(old, version=seen)))
        self._edit(self.tr("change session '%1'").replace("%1", new.title), do, undo, {key})

    def _on_view_delete_requested(self, key: str) -> None:
        old = self._sessions.get(key)
        if old is None:
            return
        db, held = self._context.db, {"version": old.version}

        def do() -> r.RemovedSession:  # the first run checks the block shown, a redo what the undo put back
            held["removed"] = agenda.delete_session(db, key, held["version"])
            return held["removed"]

        def undo() -> None:  # the session whole, its version and its lessons' links, from the delete's result
            held["version"] = agenda.restore_session(db, held["removed"]).version

        self._edit(self.tr("delete session '%1'").replace("%1", old.title), do, undo, {key})

    def _edit(self, text: str, do, undo, keys: set[str]):  # noqa: ANN001, ANN202 - callables, a result
        result, error = run_edit(self._context, text, do, undo, {SESSIONS}, keys)
        if error is not None:
            messages.show_error(self, error, self._context)
            return None
        return result

    def _on_findings_finding_activated(self, finding: r.Finding) -> None:
        self.view.select_keys(list(finding.sessions))
        self.view.setFocus()

    # -- printing -------------------------------------------------------------------------

    def print_title(self) -> str:
        days, lang = self.days(), self._context.lang
        when = format_date(days[0], lang) if len(days) == 1 else format_date_range(days[0], days[-1], lang)
        return self.tr("Timetable: %1").replace("%1", when)

    def render_to(self, printer: QPrinter) -> None:
        """Paint the view as shown on a printer (or a PDF printer)."""
        from studitiru.ui.timetable.printing import render_timetable  # printing's code: when first printed

        legend = [(colour, self._visit_label(key)) for key, colour in self._colours.items()]
        render_timetable(printer, self.view.timetable, self.print_title(), legend)

    def print_page(self) -> None:
        """The shell's Ctrl+P: the view as shown, through Qt's print preview."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.print_title())
        dialog.paintRequested.connect(self.render_to)
        dialog.exec()
        dialog.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
