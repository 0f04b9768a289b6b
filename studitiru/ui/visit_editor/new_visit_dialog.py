"""Ask for what a new visit needs at least: a title, the visiting institution and the dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from studitiru.domain import records as r
from studitiru.ui.context import AppContext
from studitiru.ui.visit_editor.lookups import Lookups
from studitiru.ui.widgets.date_edit import DateEdit
from studitiru.ui.widgets.institution_combo import InstitutionCombo


class NewVisitDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, lookups: Lookups) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("New visit"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Study visit on the public service mall"))
        self.institution = InstitutionCombo()
        self.institution.set_institutions(lookups.institutions)
        self.institution.set_key(None)
        self.starts_on = DateEdit(context.lang)
        self.ends_on = DateEdit(context.lang)
        start = date.today() + timedelta(days=14)
        self.starts_on.set_value(start)
        self.ends_on.set_value(start)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Institution"), self.institution)
        form.addRow(self.tr("Starts on"), self.starts_on)
        form.addRow(self.tr("Ends on"), self.ends_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.starts_on.committed.connect(self._on_starts_on_committed)
        self.resize(520, 220)
        self._institution: str | None = None

    def _on_starts_on_committed(self) -> None:
        if self.ends_on.value() < self.starts_on.value():
            self.ends_on.set_value(self.starts_on.value())

    def problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Give the visit a title.")
        if not self.institution.typed_name():
            return self.tr("Choose the visiting institution.")
        if self.ends_on.value() < self.starts_on.value():
            return self.tr("The visit cannot end before it starts.")
        return None

    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self._institution = self.institution.resolve(self._context)
        if self._institution is not None:
            self.accept()

    def value(self) -> r.Visit:
        return r.Visit(key="", title=self.title.text().strip(), institution=self._institution or "",
                       starts_on=self.starts_on.value(), ends_on=self.ends_on.value())

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, lookups: Lookups) -> r.Visit | None:
        dialog = cls(parent, context, lookups)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
