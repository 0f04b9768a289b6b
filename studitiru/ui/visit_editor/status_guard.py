"""A visit marked as held (Selesai) or reported before it has ended is asked about first, in
plain words, with "Cancel" the default answer: a visit 45 days ahead is not completed by a
stray click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from studitiru.domain import records as r
from studitiru.domain.dates import format_date
from studitiru.ui import labels

#: The statuses that say the visit has taken place.
HELD = frozenset({r.VisitStatus.COMPLETED, r.VisitStatus.REPORTED})


def _t(text: str) -> str:
    return QCoreApplication.translate("StatusGuard", text)


def early_question(visit: r.Visit, target: r.VisitStatus, today: date, lang: str) -> str | None:
    """The question to ask before marking `visit` as `target`, or None when nothing needs asking."""
    if target not in HELD or visit.ends_on <= today:
        return None
    if visit.starts_on > today:
        days = (visit.starts_on - today).days
        if days == 1:
            text = _t("The visit '%1' has not started yet: it starts tomorrow, %2. Mark it as '%4' now anyway?")
        else:
            text = _t("The visit '%1' has not started yet: it starts on %2, in %3 days. "
                      "Mark it as '%4' now anyway?").replace("%3", str(days))
        when = visit.starts_on
    else:
        text = _t("The visit '%1' has not ended yet: it ends on %2. Mark it as '%4' now anyway?")
        when = visit.ends_on
    return (text.replace("%1", visit.title).replace("%2", format_date(when, lang))
            .replace("%4", labels.visit_status(target)))


def allow_status(parent: QWidget | None, visit: r.Visit, target: r.VisitStatus, today: date, lang: str) -> bool:
    """True if the status may change now: the visit has ended, or the officer confirms."""
    question = early_question(visit, target, today, lang)
    if question is None:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, _t("The visit has not taken place yet"), question,
                      QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(_t("Mark as '%1'").replace("%1", labels.visit_status(target)),
                       QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is go
