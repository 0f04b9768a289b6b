"""Topik: what visitors come to study (IPP, Zona Integritas, MPP, SPBE…)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit

from studitiru.domain import records as r
from studitiru.ui.pages.register_base import RegisterPage
from studitiru.ui.registers import fields
from studitiru.ui.registers.record_model import RecordTableModel


class TopicModel(RecordTableModel):
    NAME, KEY, DESCRIPTION = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Key"), self.tr("Description"))

    def display(self, record: r.Topic, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.KEY:
            return record.key
        return (record.description or "").replace("\n", " ")


class TopicsPage(RegisterPage):
    record_type = r.Topic

    def page_title(self) -> str:
        return self.tr("Topics")

    def _make_model(self) -> TopicModel:
        return TopicModel(self)

    def _build_form(self, form: QFormLayout) -> None:
        self._name = self.add_line(form, self.tr("Name"))
        self._description = self.add_text(form, self.tr("Description"))

    def name_edit(self) -> QLineEdit:
        return self._name

    def _fill_form(self, record: r.Topic) -> None:
        fields.show(self._name, record.name)
        fields.show(self._description, record.description)

    def _form_record(self, current: r.Topic) -> r.Topic:
        return replace(current, name=self._name.text().strip(), description=fields.value(self._description))

    def _undo_text(self, action: str, name: str) -> str:
        texts = {"add": self.tr("add topic '%1'"), "edit": self.tr("edit topic '%1'"),
                 "delete": self.tr("delete topic '%1'")}
        return texts[action].replace("%1", name)

    def _blank_record(self) -> Any:
        return r.Topic(key="", name="")
