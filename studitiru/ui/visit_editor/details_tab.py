"""The Details tab: a visit's own fields, each saved (one undoable edit) when the user is
done with it: on Enter, on leaving the field, on picking from a list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from studitiru.domain import records as r
from studitiru.services import visits
from studitiru.ui import messages
from studitiru.ui.context import VISITS, AppContext
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.widgets.date_edit import DateEdit, OptionalDateEdit
from studitiru.ui.widgets.institution_combo import InstitutionCombo
from studitiru.ui.widgets.key_picker import KeyListPicker
from studitiru.ui.widgets.text_edit import CommitTextEdit


def _text(value: str) -> str | None:
    return value.strip() or None


def _pair(left: QWidget, right: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(left, 3)
    row.addWidget(right, 2)
    return row


def officers_text(officers: tuple[r.Officer, ...]) -> str:
    """'Hendra Saputra | Penata Muda (III/a) | 19920101 201503 1 002 | Pengelola Protokol', one per line."""
    lines = []
    for officer in officers:
        parts = [officer.name, officer.rank or "", officer.nip or "", officer.position or ""]
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def parse_officers(text: str) -> tuple[r.Officer, ...]:
    """The officers of `officers_text` (a line without a name is left out)."""
    officers = []
    for line in text.splitlines():
        parts = [part.strip() for part in line.split("|")] + ["", "", ""]
        if parts[0]:
            officers.append(r.Officer(parts[0], parts[3] or None, parts[1] or None, parts[2] or None))
    return tuple(officers)


class DetailsTab(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._visit: r.Visit | None = None
        self._committing = False
        lang = context.lang
        self.title = QLineEdit()
        self.institution = InstitutionCombo()
        self.starts_on = DateEdit(lang)
        self.ends_on = DateEdit(lang)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 100000)
        self.headcount.setSpecialValueText(self.tr("not set"))
        self.leader_name, self.leader_position = QLineEdit(), QLineEdit()
        self.liaison_name, self.liaison_position = QLineEdit(), QLineEdit()
        # Contacts, NIP and rank for the letters (the reply, the nota dinas, the surat tugas).
        self.leader_phone, self.leader_email = QLineEdit(), QLineEdit()
        self.liaison_phone, self.liaison_email = QLineEdit(), QLineEdit()
        self.liaison_nip, self.liaison_rank = QLineEdit(), QLineEdit()
        self.dress = QLineEdit()
        self.officers = CommitTextEdit()
        self.officers.setPlaceholderText(self.tr("One officer per line: name | rank | NIP | position"))
        self.request_number, self.request_date = QLineEdit(), OptionalDateEdit(lang)
        self.reply_number, self.reply_date = QLineEdit(), OptionalDateEdit(lang)
        self.purpose = CommitTextEdit()
        self.notes = CommitTextEdit()
        self.topics = KeyListPicker()
        for edit, hint in ((self.leader_name, self.tr("Name")), (self.leader_position, self.tr("Position")),
                           (self.liaison_name, self.tr("Name")), (self.liaison_position, self.tr("Position")),
                           (self.request_number, self.tr("Letter number")), (self.reply_number, self.tr("Letter number")),
                           (self.leader_phone, self.tr("Phone")), (self.leader_email, self.tr("E-mail")),
                           (self.liaison_phone, self.tr("Phone")), (self.liaison_email, self.tr("E-mail")),
                           (self.liaison_nip, self.tr("NIP")), (self.liaison_rank, self.tr("Rank")),
                           (self.dress, self.tr("e.g. Pakaian Dinas Harian (PDH)"))):
            edit.setPlaceholderText(hint)
        self._build()
        self._connect()

    def _build(self) -> None:
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        left.addRow(self.tr("Title"), self.title)
        left.addRow(self.tr("Institution"), self.institution)
        left.addRow(self.tr("Starts on"), self.starts_on)
        left.addRow(self.tr("Ends on"), self.ends_on)
        left.addRow(self.tr("Headcount"), self.headcount)
        left.addRow(self.tr("Leader"), _pair(self.leader_name, self.leader_position))
        left.addRow(self.tr("Leader's contact"), _pair(self.leader_phone, self.leader_email))
        left.addRow(self.tr("Liaison officer"), _pair(self.liaison_name, self.liaison_position))
        left.addRow(self.tr("Liaison's contact"), _pair(self.liaison_phone, self.liaison_email))
        left.addRow(self.tr("Liaison's NIP and rank"), _pair(self.liaison_nip, self.liaison_rank))
        left.addRow(self.tr("Dress for the welcome"), self.dress)
        left.addRow(self.tr("Request letter"), _pair(self.request_number, self.request_date))
        left.addRow(self.tr("Reply letter"), _pair(self.reply_number, self.reply_date))
        right = QVBoxLayout()
        for label, widget, stretch in ((self.tr("Purpose"), self.purpose, 2), (self.tr("Topics"), self.topics, 2),
                                       (self.tr("Officers (surat tugas)"), self.officers, 1),
                                       (self.tr("Notes"), self.notes, 1)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            right.addWidget(caption)
            right.addWidget(widget, stretch)
        body = QWidget()
        grid = QGridLayout(body)
        left_column = QVBoxLayout()
        left_column.addLayout(left)
        left_column.addStretch(1)
        grid.addLayout(left_column, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def _connect(self) -> None:
        for edit in (self.title, self.leader_name, self.leader_position, self.liaison_name, self.liaison_position,
                     self.request_number, self.reply_number, self.purpose, self.notes, self.headcount,
                     self.leader_phone, self.leader_email, self.liaison_phone, self.liaison_email, self.liaison_nip,
                     self.liaison_rank, self.dress, self.officers):
            edit.editingFinished.connect(self.commit)
        for edit in (self.starts_on, self.ends_on, self.request_date, self.reply_date, self.topics, self.institution):
            edit.committed.connect(self.commit)

    # --- loading ----------------------------------------------------------------------
    def set_lookups(self, lookups: Lookups) -> None:
        self.institution.set_institutions(lookups.institutions)
        self.topics.set_choices((topic.key, topic.name) for topic in lookups.topics)
        if self._visit is not None:
            self.set_visit(self._visit)

    def set_visit(self, visit: r.Visit) -> None:
        """Show a visit's fields (a field already showing its value is left alone)."""
        self._visit = visit
        for edit, value in ((self.title, visit.title), (self.leader_name, visit.leader and visit.leader.name),
                            (self.leader_position, visit.leader and visit.leader.position),
                            (self.liaison_name, visit.liaison and visit.liaison.name),
                            (self.liaison_position, visit.liaison and visit.liaison.position),
                            (self.request_number, visit.request_letter and visit.request_letter.number),
                            (self.reply_number, visit.reply_letter and visit.reply_letter.number),
                            (self.purpose, visit.purpose), (self.notes, visit.notes),
                            (self.leader_phone, visit.leader and visit.leader.phone),
                            (self.leader_email, visit.leader and visit.leader.email),
                            (self.liaison_phone, visit.liaison and visit.liaison.phone),
                            (self.liaison_email, visit.liaison and visit.liaison.email),
                            (self.liaison_nip, visit.liaison and visit.liaison.nip),
                            (self.liaison_rank, visit.liaison and visit.liaison.rank),
                            (self.dress, visit.dress), (self.officers, officers_text(visit.officers))):
            if edit.text() != (value or ""):
                edit.setText(value or "")
        if self.institution.key() != visit.institution:
            self.institution.set_key(visit.institution)
        self.starts_on.set_value(visit.starts_on)
        self.ends_on.set_value(visit.ends_on)
        self.headcount.blockSignals(True)
        self.headcount.setValue(visit.headcount or 0)
        self.headcount.blockSignals(False)
        self.request_date.set_value(visit.request_letter.date if visit.request_letter else None)
        self.request_date.set_default(visit.starts_on)
        self.reply_date.set_value(visit.reply_letter.date if visit.reply_letter else None)
        self.reply_date.set_default(visit.starts_on)
        self.topics.set_keys(visit.topics)

    # --- saving -------------------------------------------------------------------------
    def record(self, institution: str) -> r.Visit:
        """The visit as the fields show it."""
        assert self._visit is not None
        leader, liaison = _text(self.leader_name.text()), _text(self.liaison_name.text())
        request_number, reply_number = _text(self.request_number.text()), _text(self.reply_number.text())
        request_date, reply_date = self.request_date.value(), self.reply_date.value()
        return replace(
            self._visit, title=self.title.text().strip(), institution=institution,
            starts_on=self.starts_on.value(), ends_on=self.ends_on.value(), headcount=self.headcount.value() or None,
            leader=r.Person(leader, _text(self.leader_position.text()), _text(self.leader_phone.text()),
                            _text(self.leader_email.text())) if leader else None,
            liaison=r.Person(liaison, _text(self.liaison_position.text()), _text(self.liaison_phone.text()),
                             _text(self.liaison_email.text()), _text(self.liaison_nip.text()),
                             _text(self.liaison_rank.text())) if liaison else None,
            dress=_text(self.dress.text()), officers=parse_officers(self.officers.text()),
            purpose=_text(self.purpose.text()), notes=_text(self.notes.text()), topics=self.topics.keys(),
            request_letter=r.Letter(request_number, request_date) if request_number or request_date else None,
            reply_letter=r.Letter(reply_number, reply_date) if reply_number or reply_date else None,
        )

    def commit(self) -> None:
        """Save the fields if they differ from the stored visit; a refusal is shown and undone."""
        if self._visit is None or self._committing:
            return
        self._committing = True
        try:
            self._commit()
        finally:
            self._committing = False

    def _commit(self) -> None:
        old = self._visit
        institution = self.institution.resolve(self._context) if self.institution.key() is None else self.institution.key()
        if institution is None:
            self.institution.set_key(old.institution)
            institution = old.institution
        new = self.record(institution)
        if new == old:
            return
        db = self._context.db
        text = self.tr("change visit '%1'").replace("%1", new.title or old.title)
        do, undo = checked_pair(old.version, lambda seen: visits.update_visit(db, replace(new, version=seen)),
                                lambda seen: visits.update_visit(db, replace(old, version=seen)))
        _, error = run_edit(self._context, text, do, undo, {VISITS}, {old.key})
        if error is not None:
            messages.show_error(self, error, self._context)
            self.set_visit(self._visit)
