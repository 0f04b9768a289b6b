"""Instansi: the government bodies that visit (provinces, regencies, cities, ministries…)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit

from studitiru.domain import records as r
from studitiru.ui import labels
from studitiru.ui.pages.register_base import RegisterPage
from studitiru.ui.registers import fields
from studitiru.ui.registers.record_model import RecordTableModel
from studitiru.ui.widgets.enum_combo import enum_data


class InstitutionModel(RecordTableModel):
    NAME, SHORT_NAME, KIND, PROVINCE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Short name"), self.tr("Kind"), self.tr("Province"))

    def display(self, record: r.Institution, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.SHORT_NAME:
            return record.short_name or ""
        if column == self.KIND:
            return labels.institution_kind(record.kind)
        return record.province or ""


class InstitutionsPage(RegisterPage):
    record_type = r.Institution

    def page_title(self) -> str:
        return self.tr("Institutions")

    def _make_model(self) -> InstitutionModel:
        return InstitutionModel(self)

    def _build_form(self, form: QFormLayout) -> None:
        self._name = self.add_line(form, self.tr("Name"))
        self._short_name = self.add_line(form, self.tr("Short name"))
        kinds = [("—", "")] + [(labels.institution_kind(kind), kind.value) for kind in r.InstitutionKind]
        self._kind = self.add_combo(form, self.tr("Kind"), kinds)
        self._province = self.add_line(form, self.tr("Province"))
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._province.setCompleter(self._completer)
        self._address = self.add_text(form, self.tr("Address"))
        self._phone = self.add_line(form, self.tr("Phone"))
        self._email = self.add_line(form, self.tr("Email"))

    def name_edit(self) -> QLineEdit:
        return self._name

    def refresh(self) -> None:
        super().refresh()
        provinces = sorted({rec.province for rec in self._model.records() if rec.province})
        self._completer.model().setStringList(provinces)

    def _fill_form(self, record: r.Institution) -> None:
        fields.show(self._name, record.name)
        fields.show(self._short_name, record.short_name)
        self._kind.setCurrentIndex(max(0, self._kind.findData(record.kind.value if record.kind else "")))
        fields.show(self._province, record.province)
        fields.show(self._address, record.address)
        fields.show(self._phone, record.phone)
        fields.show(self._email, record.email)

    def _form_record(self, current: r.Institution) -> r.Institution:
        return replace(
            current, name=self._name.text().strip(), short_name=fields.value(self._short_name),
            kind=enum_data(r.InstitutionKind, self._kind.currentData()),
            province=fields.value(self._province),
            address=fields.value(self._address), phone=fields.value(self._phone), email=fields.value(self._email),
        )

    def _undo_text(self, action: str, name: str) -> str:
        texts = {"add": self.tr("add institution '%1'"), "edit": self.tr("edit institution '%1'"),
                 "delete": self.tr("delete institution '%1'")}
        return texts[action].replace("%1", name)

    def _blank_record(self) -> r.Institution:
        return r.Institution(key="", name="")
