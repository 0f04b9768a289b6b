"""The Protokol tab of the visit editor: the welcome's people with their ranks (suggested from the
position, confirmed or changed by hand; an unknown position is marked to be asked), the seating
plan (drag a person onto another seat; the rules the plan then breaks are listed under it) and
the rundown (susunan acara) with its times and speakers. Every change is one undoable step
(`ui.undo.run_edit` over `services.protocol.save_protocol`, checked against the version read).

The tab reads only while shown (`load`), and again when the visit's protocol, participants or
agenda change.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from studitiru.domain import dates
from studitiru.domain import protocol as p
from studitiru.domain import records as r
from studitiru.services import protocol as service
from studitiru.ui import messages
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.context import PARTICIPANTS, SESSIONS, VISITS, AppContext
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.protocol_person_dialog import PersonDialog

#: The kind of data a protocol edit announces (`ui.context.ChangeBus`).
PROTOCOL = "protocol"


def _short(text: str, size: int = 34) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


class SeatingView(QWidget):
    """The plan as the audience sees it: the head table across the top, the delegation's side on
    the left, the host's on the right. Drag a person onto another seat (or just below the last
    seat of a side) to move them: `move_requested(ref, seat code)`."""

    move_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: p.SeatingPlan | None = None
        self._seats: list[tuple[p.Seat, QRectF, p.Ranked | None]] = []
        self._dragging: str | None = None
        self._drag_at: QPointF | None = None
        self.setMinimumHeight(260)
        self.setMouseTracking(False)

    def set_plan(self, plan: p.SeatingPlan | None) -> None:
        self._plan = plan
        self._layout_seats()
        self.update()

    def seats(self) -> list[tuple[p.Seat, QRectF, p.Ranked | None]]:
        """Every seat with its rectangle and who sits there (an empty one at the end of each side)."""
        return list(self._seats)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._layout_seats()

    def _layout_seats(self) -> None:
        self._seats = []
        plan = self._plan
        if plan is None:
            return
        width, height = float(self.width()), float(self.height())
        count = max(1, len(plan.head))
        seat_w = min(170.0, width * 0.5 / count)
        head_x = (width - seat_w * count) / 2
        for index, item in enumerate(plan.head):
            self._seats.append((p.Seat(p.Row.HEAD, index), QRectF(head_x + index * seat_w + 2, 24, seat_w - 4, 46), item))
        top = 100.0
        per_column = max(1, int((height - top - 8) // 20))
        for row, outward in ((p.Row.GUEST, -1), (p.Row.HOST, 1)):
            people = plan.row(row)
            slots = len(people) + 1  # an empty seat at the end to drop someone on
            columns = -(-slots // per_column)
            side_w = min(220.0, (width * 0.42) / columns - 4)
            box_h = max(18.0, min(34.0, (height - top - 8) / min(slots, per_column)))
            # the front row at the side's table (towards the centre), further rows behind it
            front = 4.0 + (columns - 1) * (side_w + 4) if outward < 0 else width - side_w - 4 - (columns - 1) * (side_w + 4)
            for index in range(slots):
                column, place = divmod(index, per_column)
                left = front + outward * column * (side_w + 4)
                item = people[index] if index < len(people) else None
                self._seats.append((p.Seat(row, index), QRectF(left, top + place * box_h, side_w, box_h - 3), item))

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        painter.drawText(QRectF(0, 2, self.width(), 18), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Head table — seen from the audience"))
        painter.drawText(QRectF(4, 80, 220, 18), Qt.AlignmentFlag.AlignLeft, self.tr("The delegation's side"))
        painter.drawText(QRectF(self.width() - 224, 80, 220, 18), Qt.AlignmentFlag.AlignRight, self.tr("The host's side"))
        numbers = self._plan.head_numbers if self._plan else ()
        for seat, rect, item in self._seats:
            if item is None and seat.row is not p.Row.HEAD:
                painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                continue
            fill = QColor("#e8f0e3") if item and item.person.side is p.Side.GUEST else QColor("#e6eef8")
            if item is not None and item.person.ref == self._dragging:
                fill = QColor("#fff4c2")
            painter.setPen(QPen(QColor("#1f3a5f"), 1))
            painter.setBrush(fill)
            painter.drawRect(rect)
            label = str(numbers[seat.index]) if seat.row is p.Row.HEAD and seat.index < len(numbers) else str(seat.index + 1)
            painter.setPen(QColor("#1a1a1a"))
            inner = rect.adjusted(4, 1, -4, -1)
            metrics = painter.fontMetrics()  # on screen a long text is elided; the printed plan shrinks it instead
            name = metrics.elidedText(f"{label}. {item.person.name}" if item else label, Qt.TextElideMode.ElideRight,
                                      int(inner.width()))
            position = item.person.own_position if item is not None else ""
            if position and inner.height() >= 2 * metrics.height():
                text = name + "\n" + metrics.elidedText(position, Qt.TextElideMode.ElideRight, int(inner.width()))
            else:
                text = name
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def seat_at(self, point: QPointF) -> tuple[p.Seat, p.Ranked | None] | None:
        for seat, rect, item in self._seats:
            if rect.contains(point):
                return seat, item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.seat_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and found and found[1] is not None:
            self._dragging = found[1].person.ref
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        ref, self._dragging = self._dragging, None
        self.unsetCursor()
        self.update()
        found = self.seat_at(event.position())
        if ref and found and (found[1] is None or found[1].person.ref != ref):
            self.move_requested.emit(ref, found[0].code())
        super().mouseReleaseEvent(event)


class ProtocolTab(QWidget):
    PEOPLE_NAME, PEOPLE_SIDE, PEOPLE_POSITION, PEOPLE_RANK, PEOPLE_STATE = range(5)
    RUN_TIME, RUN_TITLE, RUN_MINUTES, RUN_WHO = range(4)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: r.Visit | None = None
        self._welcome: p.WelcomeProtocol | None = None
        self._stale = True
        self._filling = False
        self.inner = QTabWidget(self)
        self.welcome_label = QLabel(self)
        self.welcome_label.setWordWrap(True)
        # people and ranks
        self.people = QTableWidget(0, 5, self)
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Side"), self.tr("Position"), self.tr("Rank"),
                                               self.tr("Rank is")])
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.horizontalHeader().setSectionResizeMode(self.PEOPLE_POSITION, QHeaderView.ResizeMode.Stretch)
        self.people.verticalHeader().setVisible(False)
        self.honorific = QComboBox(self)
        self.honorific.addItem(self.tr("Bapak/Ibu (not set)"), "")
        self.honorific.addItem("Bapak", "Bapak")
        self.honorific.addItem("Ibu", "Ibu")
        self.position = QLineEdit(self)
        self.rank = QComboBox(self)
        self.represents = QLineEdit(self)
        self.represents.setPlaceholderText(self.tr("the absent official's position, e.g. Wali Kota Pontianak"))
        self.present = QCheckBox(self.tr("Present at the welcome"), self)
        self.apply_button = QPushButton(self.tr("Save this person"), self)
        self.add_person_button = QPushButton(self.tr("Add a person…"), self)
        self.confirm_all_button = QPushButton(self.tr("Confirm every suggested rank"), self)
        self.remove_person_button = QPushButton(self.tr("Remove the person added"), self)
        self.unknown_label = QLabel(self)
        self.unknown_label.setWordWrap(True)
        self.unknown_label.setStyleSheet("color: #a33")
        # seating
        self.seating = SeatingView(self)
        self.head_size = QSpinBox(self)
        self.head_size.setRange(1, service.MAX_HEAD)
        self.reset_button = QPushButton(self.tr("Undo every move (back to the computed plan)"), self)
        self.breaches_label = QPlainTextEdit(self)
        self.breaches_label.setReadOnly(True)
        self.breaches_label.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.breaches_label.setStyleSheet("color: #a33")
        self.breaches_label.setPlaceholderText(self.tr("The plan keeps every protocol rule."))
        # rundown
        self.rundown = QTableWidget(0, 4, self)
        self.rundown.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Item"), self.tr("Minutes"),
                                                self.tr("Speaker (a typed name replaces it)")])
        self.rundown.horizontalHeader().setSectionResizeMode(self.RUN_TITLE, QHeaderView.ResizeMode.Stretch)
        self.rundown.horizontalHeader().setSectionResizeMode(self.RUN_WHO, QHeaderView.ResizeMode.Stretch)
        self.rundown.verticalHeader().setVisible(False)
        self.rundown.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_item_button = QPushButton(self.tr("Add item"), self)
        self.remove_item_button = QPushButton(self.tr("Remove item"), self)
        self.up_button = QPushButton(self.tr("Earlier"), self)
        self.down_button = QPushButton(self.tr("Later"), self)
        self.template_button = QPushButton(self.tr("Use the office's template"), self)
        self.rundown_note = QLabel(self)
        self._build()
        self.people.itemSelectionChanged.connect(self._on_people_selection_changed)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.add_person_button.clicked.connect(self._on_add_person_button_clicked)
        self.confirm_all_button.clicked.connect(self._on_confirm_all_button_clicked)
        self.remove_person_button.clicked.connect(self._on_remove_person_button_clicked)
        self.seating.move_requested.connect(self._on_seating_move_requested)
        self.head_size.editingFinished.connect(self._on_head_size_edited)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.rundown.itemChanged.connect(self._on_rundown_item_changed)
        self.add_item_button.clicked.connect(self._on_add_item_button_clicked)
        self.remove_item_button.clicked.connect(self._on_remove_item_button_clicked)
        self.up_button.clicked.connect(lambda: self._shift_item(-1))
        self.down_button.clicked.connect(lambda: self._shift_item(1))
        self.template_button.clicked.connect(self._on_template_button_clicked)
        context.changes.changed.connect(self._on_changes_changed)

    def _build(self) -> None:
        people_page = QWidget(self)
        column = QVBoxLayout(people_page)
        column.addWidget(self.people, 1)
        column.addWidget(self.unknown_label)
        form = QFormLayout()
        form.addRow(self.tr("Address as"), self.honorific)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Rank (UU 9/2010)"), self.rank)
        form.addRow(self.tr("Standing in for (Pasal 15)"), self.represents)
        form.addRow("", self.present)
        column.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        column.addLayout(buttons)
        seating_page = QWidget(self)
        column = QVBoxLayout(seating_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Seats at the head table"), self))
        top.addWidget(self.head_size)
        top.addStretch(1)
        top.addWidget(self.reset_button)
        column.addLayout(top)
        column.addWidget(self.seating, 1)
        column.addWidget(self.breaches_label)
        rundown_page = QWidget(self)
        column = QVBoxLayout(rundown_page)
        column.addWidget(self.rundown, 1)
        column.addWidget(self.rundown_note)
        buttons = QHBoxLayout()
        for button in (self.add_item_button, self.remove_item_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        column.addLayout(buttons)
        self.inner.addTab(people_page, self.tr("People and ranks"))
        self.inner.addTab(seating_page, self.tr("Seating plan"))
        self.inner.addTab(rundown_page, self.tr("Order of events"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome_label)
        layout.addWidget(self.inner)

    # --- loading (only while shown) -------------------------------------------------------
    def set_visit(self, visit: r.Visit) -> None:
        self._visit = visit
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._stale:
            self.load()

    def _on_changes_changed(self, kinds: frozenset, keys: frozenset) -> None:
        if self._visit is None or not (kinds & {PROTOCOL, PARTICIPANTS, SESSIONS, VISITS}):
            return
        if keys and self._visit.key not in keys and PROTOCOL in kinds:
            return
        self._stale = True
        if self.isVisible():
            self.load()

    def welcome(self) -> p.WelcomeProtocol | None:
        return self._welcome

    def load(self) -> None:
        if self._visit is None:
            return
        self._stale = False
        self._welcome = service.welcome_protocol(self._context.db, self._visit.key)
        self._fill()

    def _fill(self) -> None:
        welcome = self._welcome
        if welcome is None:
            return
        self._filling = True
        try:
            self.welcome_label.setText(self._welcome_text(welcome))
            selected = self._selected_ref()
            ranked = welcome.ranked()
            order = {item.person.ref: item for item in ranked}
            people = [order[person.ref] for person in welcome.protocol.people if person.ref in order]
            absent = [person for person in welcome.protocol.people if person.ref not in order]
            self.people.setRowCount(len(people) + len(absent))
            sides = {p.Side.HOST: self.tr("Host"), p.Side.GUEST: self.tr("Delegation")}
            for row, item in enumerate([*people, *absent]):
                person = item.person if isinstance(item, p.Ranked) else item
                if isinstance(item, p.Ranked):
                    rank = _short(f"{item.rank.code} · {item.rank.text}") if item.rank else self.tr("? — choose a rank")
                    state = (self.tr("spouse (Pasal 14)") if item.via_spouse else self.tr("confirmed") if item.confirmed
                             else self.tr("suggested") if item.rank else self.tr("to ask"))
                else:
                    rank, state = "-", self.tr("absent")
                cells = (person.name, sides[person.side], person.position, rank, state)
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, person.ref)
                    if column == self.PEOPLE_RANK and isinstance(item, p.Ranked) and item.rank:
                        cell.setToolTip(f"{item.rank.article}: {item.rank.text}")
                    if isinstance(item, p.Ranked) and item.rank is None:
                        cell.setForeground(QColor("#a33"))
                    self.people.setItem(row, column, cell)
            self.rank.clear()
            self.rank.addItem(self.tr("— not confirmed (use the suggestion) —"), None)
            for rank in welcome.table.ranks:
                self.rank.addItem(f"{rank.code} · {rank.text}", rank.code)
            unknown = p.unranked(ranked)
            self.unknown_label.setText(
                self.tr("Choose a rank for: %1").replace("%1", ", ".join(u.person.name for u in unknown)) if unknown else "")
            self._select_ref(selected)
            self._on_people_selection_changed()  # the rank list was filled again: show the person's own
            self.people.resizeColumnsToContents()
            self.people.horizontalHeader().setSectionResizeMode(self.PEOPLE_POSITION, QHeaderView.ResizeMode.Stretch)
            self.head_size.setValue(welcome.protocol.head_size)
            self.seating.set_plan(welcome.plan())
            breaches = welcome.breaches()
            self.breaches_label.setPlainText("\n".join(b.message(self._context.lang) for b in breaches))
            self._fill_rundown()
        finally:
            self._filling = False

    def _welcome_text(self, welcome: p.WelcomeProtocol) -> str:
        session = welcome.welcome
        if session is None:
            return self.tr("This visit has no session yet: the welcome is its first session of kind Reception.")
        lang = self._context.lang
        when = (f"{dates.format_date(session.starts_at.date(), lang)}, "
                f"{dates.format_time_range(session.starts_at, session.ends_at, lang, welcome.host.timezone)}")
        where = f", {welcome.site.name}" if welcome.site else ""
        return self.tr("Welcome: %1 (%2%3)").replace("%1", session.title).replace("%2", when).replace("%3", where)

    def _fill_rundown(self) -> None:
        welcome = self._welcome
        lang = self._context.lang
        items = welcome.rundown_items()
        rundown = welcome.rundown()
        self.rundown.setRowCount(len(items))
        for row, item in enumerate(items):
            line = rundown.lines[row] if rundown is not None else None
            when = (f"{dates.format_time(line.starts_at, lang)}–{dates.format_time(line.ends_at, lang)}"
                    if line is not None else "-")
            if item.person:
                who = item.person
            elif line is not None and line.speakers:
                who = "; ".join(s.person.name if isinstance(s, p.Ranked) else str(s) for s in line.speakers)
            else:
                who = ""
            title = item.title_en if lang == "en" and item.title_en else item.title_id
            cells = (when, title, str(item.minutes), who)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == self.RUN_TIME:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == self.RUN_WHO and not item.person:
                    cell.setForeground(QColor("#555555"))
                self.rundown.setItem(row, column, cell)
        if rundown is None:
            self.rundown_note.setText(self.tr("This visit has no welcome session: add a session of kind Reception."))
        elif rundown.overrun:
            self.rundown_note.setText(self.tr("The order of events runs %1 minutes past the end of the welcome.")
                                      .replace("%1", str(rundown.overrun)))
        elif rundown.spare:
            self.rundown_note.setText(self.tr("%1 minutes are left before the end of the welcome.").replace("%1", str(rundown.spare)))
        else:
            self.rundown_note.setText(self.tr("The order of events fills the welcome exactly."))

    def _selected_ref(self) -> str | None:
        rows = self.people.selectionModel().selectedRows() if self.people.selectionModel() else []
        if not rows:
            return None
        cell = self.people.item(rows[0].row(), 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def _select_ref(self, ref: str | None) -> None:
        for row in range(self.people.rowCount()):
            if self.people.item(row, 0).data(Qt.ItemDataRole.UserRole) == ref:
                self.people.selectRow(row)
                return
        if self.people.rowCount():
            self.people.selectRow(0)

    def select_person(self, ref: str) -> None:
        self._select_ref(ref)

    def _person(self, ref: str | None) -> p.ProtocolPerson | None:
        if self._welcome is None or ref is None:
            return None
        return next((x for x in self._welcome.protocol.people if x.ref == ref), None)

    def _on_people_selection_changed(self) -> None:
        person = self._person(self._selected_ref())
        enabled = person is not None
        for widget in (self.honorific, self.position, self.rank, self.represents, self.present, self.apply_button):
            widget.setEnabled(enabled)
        self.remove_person_button.setEnabled(person is not None and person.ref.startswith("extra:"))
        if person is None:
            return
        self.honorific.setCurrentIndex(max(0, self.honorific.findData(person.honorific)))
        self.position.setText(person.position)
        index = self.rank.findData(person.rank) if person.rank else 0
        self.rank.setCurrentIndex(max(0, index))
        self.represents.setText(person.represents or "")
        self.present.setChecked(person.present)

    # --- edits ----------------------------------------------------------------------------
    def _save(self, text: str, changed: p.VisitProtocol) -> bool:
        """One undoable step from the protocol as read to `changed`."""
        welcome = self._welcome
        if welcome is None or self._visit is None:
            return False
        db, before = self._context.db, welcome.protocol
        do, undo = checked_pair(before.version,
                                lambda seen: service.save_protocol(db, replace(changed, version=seen)),
                                lambda seen: service.save_protocol(db, replace(before, version=seen)))
        _, error = run_edit(self._context, text, do, undo, {PROTOCOL}, {self._visit.key})
        if error is not None:
            messages.show_error(self, error, self._context)
            self.load()
            return False
        self.load()
        return True

    def _on_apply_button_clicked(self) -> None:
        person = self._person(self._selected_ref())
        if person is None or self._welcome is None:
            return
        rank = self.rank.currentData()
        edited = replace(person, honorific=str(self.honorific.currentData() or ""), position=self.position.text().strip(),
                         rank=str(rank) if rank else None, represents=self.represents.text().strip() or None,
                         present=self.present.isChecked())
        protocol = self._welcome.protocol
        people = tuple(edited if x.ref == person.ref else x for x in protocol.people)
        self._save(self.tr("protocol: %1").replace("%1", person.name), replace(protocol, people=people))

    def _on_confirm_all_button_clicked(self) -> None:
        """Every rank suggested from a position becomes confirmed (unknown positions stay to ask)."""
        if self._welcome is None:
            return
        suggested = {item.person.ref: item.rank.code for item in self._welcome.ranked()
                     if item.rank is not None and not item.confirmed and not item.via_spouse}
        if not suggested:
            return
        protocol = self._welcome.protocol
        people = tuple(replace(x, rank=suggested[x.ref]) if x.ref in suggested else x for x in protocol.people)
        self._save(self.tr("protocol: confirm %1 suggested ranks").replace("%1", str(len(suggested))),
                   replace(protocol, people=people))

    def _on_add_person_button_clicked(self) -> None:
        if self._welcome is None:
            return
        protocol = self._welcome.protocol
        person = PersonDialog.ask(self, protocol.people)
        if person is not None and self._save(self.tr("protocol: add %1").replace("%1", person.name),
                                             replace(protocol, people=protocol.people + (person,))):
            self.select_person(person.ref)

    def _on_remove_person_button_clicked(self) -> None:
        person = self._person(self._selected_ref())
        if person is None or not person.ref.startswith("extra:") or self._welcome is None:
            return
        protocol = self._welcome.protocol
        people = tuple(replace(x, spouse_of=None) if x.spouse_of == person.ref else x
                       for x in protocol.people if x.ref != person.ref)
        moves = tuple(move for move in protocol.moves if move.ref != person.ref)
        self._save(self.tr("protocol: remove %1").replace("%1", person.name), replace(protocol, people=people, moves=moves))

    def _on_seating_move_requested(self, ref: str, seat: str) -> None:
        person = self._person(ref)
        if person is None or self._welcome is None:
            return
        protocol = self._welcome.protocol
        move = p.Move(ref, p.Seat.parse(seat))
        self._save(self.tr("move %1 to another seat").replace("%1", person.name),
                   replace(protocol, moves=protocol.moves + (move,)))

    def _on_reset_button_clicked(self) -> None:
        if self._welcome is None or not self._welcome.protocol.moves:
            return
        self._save(self.tr("seating plan: back to the computed plan"), replace(self._welcome.protocol, moves=()))

    def _on_head_size_edited(self) -> None:
        if self._welcome is None or self._filling or self.head_size.value() == self._welcome.protocol.head_size:
            return
        self._save(self.tr("seats at the head table: %1").replace("%1", str(self.head_size.value())),
                   replace(self._welcome.protocol, head_size=self.head_size.value(), moves=()))

    def _items(self) -> list[p.RundownItem]:
        return list(self._welcome.rundown_items()) if self._welcome else []

    def _save_items(self, text: str, items: list[p.RundownItem]) -> bool:
        return self._save(text, replace(self._welcome.protocol, rundown=tuple(items)))

    def _on_rundown_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or self._welcome is None:
            return
        items = self._items()
        row, column = cell.row(), cell.column()
        if not 0 <= row < len(items):
            return
        item = items[row]
        value = cell.text().strip()
        if column == self.RUN_TITLE:
            if not value:
                self._fill_rundown_guarded()
                return
            item = replace(item, title_id=value, title_en=value)  # a typed title is the office's own, in one language
        elif column == self.RUN_MINUTES:
            try:
                minutes = int(value)
            except ValueError:
                self._fill_rundown_guarded()
                return
            item = replace(item, minutes=minutes)
        elif column == self.RUN_WHO:
            derived = self._derived_speaker(row)
            item = replace(item, person="" if value == derived else value)
        else:
            return
        items[row] = item
        self._save_items(self.tr("order of events: %1").replace("%1", item.title_id), items)

    def _derived_speaker(self, row: int) -> str:
        rundown = self._welcome.rundown() if self._welcome else None
        if rundown is None or row >= len(rundown.lines) or self._items()[row].person:
            return ""
        return "; ".join(s.person.name if isinstance(s, p.Ranked) else str(s) for s in rundown.lines[row].speakers)

    def _fill_rundown_guarded(self) -> None:
        self._filling = True
        try:
            self._fill_rundown()
        finally:
            self._filling = False

    def _current_item_row(self) -> int:
        rows = self.rundown.selectionModel().selectedRows()
        return rows[0].row() if rows else self.rundown.currentRow()

    def _on_add_item_button_clicked(self) -> None:
        items = self._items()
        row = self._current_item_row()
        at = row + 1 if 0 <= row < len(items) else len(items)
        title = self.tr("New item")
        items.insert(at, p.RundownItem(f"acara-{len(items) + 1}", title, title, 5))
        self._save_items(self.tr("order of events: add an item"), items)

    def _on_remove_item_button_clicked(self) -> None:
        items = self._items()
        row = self._current_item_row()
        if not 0 <= row < len(items):
            return
        gone = items.pop(row)
        self._save_items(self.tr("order of events: remove %1").replace("%1", gone.title_id), items)

    def _shift_item(self, step: int) -> None:
        items = self._items()
        row = self._current_item_row()
        target = row + step
        if not (0 <= row < len(items) and 0 <= target < len(items)):
            return
        items[row], items[target] = items[target], items[row]
        if self._save_items(self.tr("order of events: move %1").replace("%1", items[target].title_id), items):
            self.rundown.selectRow(target)

    def _on_template_button_clicked(self) -> None:
        if self._welcome is None or self._welcome.protocol.rundown is None:
            return
        self._save(self.tr("order of events: the office's template"), replace(self._welcome.protocol, rundown=None))
