"""The Lessons tab: what the visitors learned and their follow-up, each edit undoable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QHeaderView, QWidget

from studitiru.domain import records as r
from studitiru.services import lessons
from studitiru.ui.context import LESSONS, AppContext
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.visit_editor.lesson_dialog import LessonDialog
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.visit_editor.models import LessonModel
from studitiru.ui.visit_editor.record_tab import RecordTab


def short(text: str, size: int = 40) -> str:
    """A long text cut to fit an Edit menu entry."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class LessonsTab(RecordTab):
    KINDS = frozenset({LESSONS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, LessonModel(context.lang), parent)
        self.model.setParent(self)
        self._visit: r.Visit | None = None
        self._lookups = Lookups()
        self.layout_.addWidget(self.table, 1)
        self.set_widths({LessonModel.TOPIC: 140, LessonModel.SESSION: 140, LessonModel.OWNER: 130,
                         LessonModel.STATUS: 100, LessonModel.FOLLOW_UP: 130})
        self.stretch(LessonModel.OBSERVATION, LessonModel.RECOMMENDATION, LessonModel.NOTE)
        # Observations and recommendations are the point of a lesson: show them whole.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_visit(self, visit: r.Visit, lookups: Lookups) -> None:
        self._visit, self._lookups = visit, lookups
        self.model.set_context(lookups, visit.sessions)
        self.set_rows(visit.lessons)

    def add(self) -> None:
        if self._visit is None:
            return
        record = LessonDialog.ask(self, self._context, self._visit, self._lookups)
        if record is None:
            return
        db = self._context.db
        self._add(self.tr("record lesson '%1'").replace("%1", short(record.observation)), replace(record, key=""),
                  lambda new: lessons.add_lesson(db, new), lambda key, seen: lessons.delete_lesson(db, key, seen),
                  lambda removed: lessons.restore_lesson(db, removed))

    def edit(self, record: r.Lesson) -> None:
        new = LessonDialog.ask(self, self._context, self._visit, self._lookups, record)
        if new is None or new == record:
            return
        db = self._context.db
        do, undo = checked_pair(record.version, lambda seen: lessons.update_lesson(db, replace(new, version=seen)),
                                lambda seen: lessons.update_lesson(db, replace(record, version=seen)))
        self._run(self.tr("change lesson '%1'").replace("%1", short(new.observation)), do, undo)

    def delete(self, record: r.Lesson) -> None:
        db, held = self._context.db, {}

        def delete(seen: int) -> r.Lesson:  # the undo puts back what the service deleted, at its version
            held["lesson"] = lessons.delete_lesson(db, record.key, seen)
            return held["lesson"]

        do, undo = checked_pair(record.version, delete, lambda _seen: lessons.restore_lesson(db, held["lesson"]))
        self._run(self.tr("delete lesson '%1'").replace("%1", short(record.observation)), do, undo)
