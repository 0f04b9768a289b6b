"""Record or change one lesson of a visit: what was seen and what will be adopted."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from studitiru.domain import records as r
from studitiru.ui import labels
from studitiru.ui.context import AppContext
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.widgets.date_edit import OptionalDateEdit
from studitiru.ui.widgets.enum_combo import EnumCombo
from studitiru.ui.widgets.text_edit import CommitTextEdit


class LessonDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, visit: r.Visit, lookups: Lookups,
                 lesson: r.Lesson) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self.setWindowTitle(self.tr("New lesson") if not lesson.key else self.tr("Lesson %1").replace("%1", lesson.key))
        self.topic = QComboBox()
        self.topic.addItem(self.tr("(no topic)"), None)
        for topic in lookups.topics:
            self.topic.addItem(topic.name, topic.key)
        self.session = QComboBox()
        self.session.addItem(self.tr("(no session)"), None)
        for session in visit.sessions:
            self.session.addItem(session.title, session.key)
        self.observation = CommitTextEdit()
        self.recommendation = CommitTextEdit()
        self.owner = QLineEdit()
        self.status = EnumCombo(r.LessonStatus, labels.lesson_status)
        self.follow_up_on = OptionalDateEdit(context.lang)
        self.follow_up_on.set_default(max(visit.ends_on, date.today()))
        self.follow_up_note = CommitTextEdit()
        self.indicator = QLineEdit()
        self.indicator.setPlaceholderText(self.tr("How will it be known to be done? e.g. SOP signed by the director"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Observation"), self.observation)
        form.addRow(self.tr("Recommendation"), self.recommendation)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Follow-up date"), self.follow_up_on)
        form.addRow(self.tr("Follow-up note"), self.follow_up_note)
        form.addRow(self.tr("Indicator"), self.indicator)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show(lesson)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 560)

    def _show(self, lesson: r.Lesson) -> None:
        self.topic.setCurrentIndex(max(0, self.topic.findData(lesson.topic)))
        self.session.setCurrentIndex(max(0, self.session.findData(lesson.session)))
        self.observation.setText(lesson.observation)
        self.recommendation.setText(lesson.recommendation or "")
        self.owner.setText(lesson.owner or "")
        self.status.set_value(lesson.status)
        self.follow_up_on.set_value(lesson.follow_up_on)
        self.follow_up_note.setText(lesson.follow_up_note or "")
        self.indicator.setText(lesson.indicator or "")

    def value(self) -> r.Lesson:
        return r.Lesson(
            key=self._lesson.key, visit=self._lesson.visit, observation=self.observation.text().strip(),
            topic=self.topic.currentData(), session=self.session.currentData(),
            recommendation=self.recommendation.text().strip() or None, owner=self.owner.text().strip() or None,
            status=self.status.value() or r.LessonStatus.NOTED, follow_up_on=self.follow_up_on.value(),
            follow_up_note=self.follow_up_note.text().strip() or None,
            indicator=self.indicator.text().strip() or None, version=self._lesson.version,
        )

    def _on_buttons_accepted(self) -> None:
        if not self.value().observation:
            self.error.setText(self.tr("Write down what was observed."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, visit: r.Visit, lookups: Lookups,
            lesson: r.Lesson | None = None) -> r.Lesson | None:
        dialog = cls(parent, context, visit, lookups, lesson or r.Lesson(key="", visit=visit.key, observation=""))
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
