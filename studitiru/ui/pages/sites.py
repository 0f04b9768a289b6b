"""Lokasi: the host's places that delegations go to, with capacity, opening hours and the
travel times between them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox

from studitiru.domain import records as r
from studitiru.services import register_edits, registers
from studitiru.ui import messages
from studitiru.ui.checked_edits import checked_pair
from studitiru.ui.context import REGISTERS
from studitiru.ui.pages.register_base import RegisterPage
from studitiru.ui.registers import fields
from studitiru.ui.registers.opening_hours_editor import OFFICE_HOURS, OpeningHoursEditor
from studitiru.ui.registers.record_model import RecordTableModel
from studitiru.ui.registers.travel_times_editor import TravelTimesEditor
from studitiru.ui.undo import run_edit


class SiteModel(RecordTableModel):
    NAME, SHORT_NAME, CAPACITY, EXCLUSIVE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Short name"), self.tr("Capacity"), self.tr("Exclusive"))

    def display(self, record: r.Site, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.SHORT_NAME:
            return record.short_name or ""
        if column == self.CAPACITY:
            return "" if record.capacity is None else str(record.capacity)
        return self.tr("Yes") if record.exclusive else ""

    def numeric_columns(self) -> tuple[int, ...]:
        return (self.CAPACITY,)

    def sort_value(self, record: r.Site, column: int) -> Any:
        if column == self.CAPACITY:
            return -1 if record.capacity is None else record.capacity
        return super().sort_value(record, column)


class SitesPage(RegisterPage):
    record_type = r.Site
    list_share = (1, 1)  # the form holds the opening hours and the travel times

    def page_title(self) -> str:
        return self.tr("Sites")

    def _make_model(self) -> SiteModel:
        self._travel: list[r.TravelTime] = []
        return SiteModel(self)

    def _build_form(self, form: QFormLayout) -> None:
        self._name = self.add_line(form, self.tr("Name"))
        self._short_name = self.add_line(form, self.tr("Short name"))
        self._address = self.add_text(form, self.tr("Address"))
        self._capacity = QSpinBox(self._form_widget)
        self._capacity.setRange(0, 100000)
        self._capacity.setSpecialValueText(self.tr("No limit"))
        self._capacity.setSuffix(self.tr(" people"))
        self._capacity.setMaximumWidth(180)
        self._capacity.editingFinished.connect(self._commit)
        form.addRow(self.tr("Capacity"), self._capacity)
        self._exclusive = self.add_check(form, self.tr("Exclusive: one visit at a time"))
        self._hours = OpeningHoursEditor(self._context.lang, self._form_widget)
        self._hours.edited.connect(self._commit)
        form.addRow(self.tr("Opening hours"), self._hours)
        self._contact_name = self.add_line(form, self.tr("Contact person"))
        self._contact_phone = self.add_line(form, self.tr("Contact phone"))
        self._notes = self.add_text(form, self.tr("Notes"))
        self._travel_editor = TravelTimesEditor(self._form_widget)
        self._travel_editor.minutes_edited.connect(self._on_travel_editor_minutes_edited)
        heading = QLabel(self.tr("Travel times between this site and the others, in minutes:"), self._form_widget)
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow(self._travel_editor)

    def name_edit(self) -> QLineEdit:
        return self._name

    def _blank_record(self) -> r.Site:
        return r.Site(key="", name="", opening_hours=OFFICE_HOURS)

    def _load_extras(self) -> None:
        self._travel = register_edits.list_travel_times(self._context.db)

    def _record_shown(self, record: r.Site | None) -> None:
        self._travel_editor.set_data(None if record is None else record.key, self._model.records(), self._travel)

    def _fill_form(self, record: r.Site) -> None:
        fields.show(self._name, record.name)
        fields.show(self._short_name, record.short_name)
        fields.show(self._address, record.address)
        self._capacity.setValue(record.capacity or 0)
        self._exclusive.setChecked(record.exclusive)
        self._hours.set_value(record.opening_hours)
        fields.show(self._contact_name, record.contact_name)
        fields.show(self._contact_phone, record.contact_phone)
        fields.show(self._notes, record.notes)

    def _form_record(self, current: r.Site) -> r.Site:
        return replace(
            current, name=self._name.text().strip(), short_name=fields.value(self._short_name),
            address=fields.value(self._address), capacity=self._capacity.value() or None,
            exclusive=self._exclusive.isChecked(), opening_hours=self._hours.value(),
            contact_name=fields.value(self._contact_name), contact_phone=fields.value(self._contact_phone),
            notes=fields.value(self._notes),
        )

    def _undo_text(self, action: str, name: str) -> str:
        texts = {"add": self.tr("add site '%1'"), "edit": self.tr("edit site '%1'"),
                 "delete": self.tr("delete site '%1'")}
        return texts[action].replace("%1", name)

    def _delete_calls(self, record: r.Site) -> tuple[Any, Any]:
        db, held = self._context.db, {"version": record.version}

        def do() -> None:  # the first run checks the site shown, a redo what the undo put back
            held["site"], held["travel"] = register_edits.delete_site(db, record.key, held["version"])

        def undo() -> None:  # the site the service deleted, at its version, with its travel times
            held["version"] = register_edits.restore_site(db, held["site"], held["travel"]).version

        return do, undo

    def _on_travel_editor_minutes_edited(self, from_site: str, to_site: str, minutes: int | None) -> None:
        previous = self._travel_editor.model.minutes(from_site, to_site)
        seen = self._travel_editor.model.version(from_site, to_site)
        names = {site.key: site.name for site in self._model.records()}
        text = self.tr("set travel time '%1' to '%2'").replace("%1", names.get(from_site, from_site))
        text = text.replace("%2", names.get(to_site, to_site))
        db = self._context.db
        do, undo = checked_pair(seen, lambda version: registers.set_travel_time(db, from_site, to_site, minutes, version),
                                lambda version: registers.set_travel_time(db, from_site, to_site, previous, version))
        _, error = run_edit(self._context, text, do, undo, {REGISTERS}, {from_site, to_site})
        if error is not None:
            messages.show_error(self, error, self._context)
