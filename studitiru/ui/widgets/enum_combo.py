"""Enums across the widget boundary, in one place.

A QComboBox gives its item data back as the enum's plain value (a `str`), never as the enum
member: `EnumCombo.value()` and `enum_data()` turn it back into the member, so a record
handed to a service always holds the enum type it declares.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=enum.Enum)


def enum_data(enum_type: type[E], data: Any) -> E | None:
    """The member of `enum_type` that a combo box's item data stands for (None for no choice)."""
    if data is None or data == "":
        return None
    if isinstance(data, enum_type):
        return data
    return enum_type(data)  # a value that names no member is a bug: ValueError


def fill_enum(combo: QComboBox, enum_type: type[E], label: Callable[[E], str], none_text: str | None = None) -> None:
    """Items for each member (data: its plain value), after an optional "no choice" item."""
    if none_text is not None:
        combo.addItem(none_text, None)
    for member in enum_type:
        combo.addItem(label(member), member.value)


class EnumCombo(QComboBox, Generic[E]):
    """A combo box of an enum's members; `value()` is the member (or None for `none_text`)."""

    def __init__(self, enum_type: type[E], label: Callable[[E], str], none_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum_type = enum_type
        fill_enum(self, enum_type, label, none_text)

    def value(self) -> E | None:
        return enum_data(self._enum_type, self.currentData())

    def set_value(self, member: E | None) -> None:
        data = None if member is None else enum_data(self._enum_type, member).value
        self.setCurrentIndex(max(0, self.findData(data)))
