"""The register's rows as a table model (number, date, kind, visit, addressee, subject, status)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from studitiru.domain.dates import format_date
from studitiru.domain.letters import LetterKind, LetterStatus, RegisteredLetter
from studitiru.ui.visit_editor.table_model import RecordTableModel


def kind_label(kind: LetterKind) -> str:
    return {
        LetterKind.REPLY: QCoreApplication.translate("Letters", "Reply letter"),
        LetterKind.PRESENTER_REQUEST: QCoreApplication.translate("Letters", "Presenter request (memo)"),
        LetterKind.ASSIGNMENT: QCoreApplication.translate("Letters", "Assignment letter"),
        LetterKind.INVITATION: QCoreApplication.translate("Letters", "Invitation"),
    }[kind]


def status_label(status: LetterStatus) -> str:
    if status is LetterStatus.VOID:
        return QCoreApplication.translate("Letters", "void")
    return QCoreApplication.translate("Letters", "issued")


class LettersModel(RecordTableModel):
    NUMBER, DATE, KIND, VISIT, ADDRESSEE, SUBJECT, STATUS = range(7)
    COLUMN_COUNT = 7

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("Letters", "Number"), QCoreApplication.translate("Letters", "Date"),
                QCoreApplication.translate("Letters", "Kind"), QCoreApplication.translate("Letters", "Visit"),
                QCoreApplication.translate("Letters", "Addressee"), QCoreApplication.translate("Letters", "Subject"),
                QCoreApplication.translate("Letters", "Status"))

    def display(self, record: RegisteredLetter, column: int) -> str:
        if column == self.NUMBER:
            return record.number
        if column == self.DATE:
            return format_date(record.issued_on, self._lang, weekday=False)
        if column == self.KIND:
            return kind_label(record.kind)
        if column == self.VISIT:
            return record.visit or "–"
        if column == self.ADDRESSEE:
            return record.addressee
        if column == self.SUBJECT:
            return record.subject
        text = status_label(record.status)
        if record.status is LetterStatus.VOID and record.void_reason:
            text += f" ({record.void_reason})"
        return text

    def sort_value(self, record: RegisteredLetter, column: int) -> Any:
        if column in (self.NUMBER, self.DATE):
            return (record.year, record.sequence)
        return self.display(record, column).casefold()

    def tool_tip(self, record: RegisteredLetter, column: int) -> str | None:
        if record.replaces:
            return QCoreApplication.translate("Letters", "Replaces letter %1").replace("%1", record.replaces)
        return None
