"""Narasumber: the host's officials who receive or present, with their topics and the
periods when they cannot."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QListWidget, QListWidgetItem

from studitiru.domain import records as r
from studitiru.services import registers
from studitiru.ui.pages.register_base import RegisterPage
from studitiru.ui.registers import fields
from studitiru.ui.registers.periods_editor import PeriodsEditor
from studitiru.ui.registers.record_model import RecordTableModel


class PresenterModel(RecordTableModel):
    NAME, POSITION, ORGANISATION = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Position"), self.tr("Organisation"))

    def display(self, record: r.Presenter, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.POSITION:
            return record.position or ""
        return record.organisation or ""


class PresentersPage(RegisterPage):
    record_type = r.Presenter

    def page_title(self) -> str:
        return self.tr("Presenters")

    def _make_model(self) -> PresenterModel:
        self._topics: list[r.Topic] = []
        return PresenterModel(self)

    def _build_form(self, form: QFormLayout) -> None:
        self._name = self.add_line(form, self.tr("Name"))
        self._position = self.add_line(form, self.tr("Position"))
        self._organisation = self.add_line(form, self.tr("Organisation"))
        self._phone = self.add_line(form, self.tr("Phone"))
        self._email = self.add_line(form, self.tr("Email"))
        self._topic_list = QListWidget(self._form_widget)
        self._topic_list.setMaximumHeight(150)
        self._topic_list.itemChanged.connect(self._on_topic_list_item_changed)
        form.addRow(self.tr("Topics"), self._topic_list)
        self._periods = PeriodsEditor(self._context, self._form_widget)
        self._periods.edited.connect(self._on_periods_edited)
        form.addRow(self.tr("Unavailable"), self._periods)

    def name_edit(self) -> QLineEdit:
        return self._name

    def _blank_record(self) -> r.Presenter:
        return r.Presenter(key="", name="")

    def _load_extras(self) -> None:
        self._topics = registers.list_topics(self._context.db)

    def _record_shown(self, record: r.Presenter | None) -> None:
        chosen = set(record.topics) if record is not None else set()
        self._filling = True
        try:
            self._topic_list.clear()
            for topic in self._topics:
                item = QListWidgetItem(topic.name, self._topic_list)
                item.setData(Qt.ItemDataRole.UserRole, topic.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if topic.key in chosen else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def _fill_form(self, record: r.Presenter) -> None:
        for edit, text in ((self._name, record.name), (self._position, record.position),
                           (self._organisation, record.organisation), (self._phone, record.phone),
                           (self._email, record.email)):
            fields.show(edit, text)
        self._periods.set_periods(record.unavailable)

    def _checked_topics(self, current: r.Presenter) -> tuple[str, ...]:
        keys = []
        for row in range(self._topic_list.count()):
            item = self._topic_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return current.topics if set(keys) == set(current.topics) else tuple(keys)

    def _form_record(self, current: r.Presenter) -> r.Presenter:
        return replace(
            current, name=self._name.text().strip(), position=fields.value(self._position),
            organisation=fields.value(self._organisation), phone=fields.value(self._phone),
            email=fields.value(self._email), topics=self._checked_topics(current),
            unavailable=self._periods.periods(),
        )

    def _undo_text(self, action: str, name: str) -> str:
        texts = {"add": self.tr("add presenter '%1'"), "edit": self.tr("edit presenter '%1'"),
                 "delete": self.tr("delete presenter '%1'")}
        return texts[action].replace("%1", name)

    def _on_topic_list_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self._commit()

    def _on_periods_edited(self, periods: tuple) -> None:
        self._periods.set_periods(periods)
        self._commit()
