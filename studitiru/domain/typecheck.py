"""A record handed to a service holds the types it declares, or the service refuses it as a bug.

A `str` where a `LessonStatus` belongs (a combo box's plain value) once failed deep inside a
service with `'str' object has no attribute 'value'`. `check_types` names the record, the
field, the type expected and the value given instead, before anything is written. It is a
`RecordTypeError`, a `TypeError`: a bug in the caller, never a `UserError`.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any


class RecordTypeError(TypeError):
    """A record field holds a value of the wrong type: a bug in the code that built the record."""


Check = Callable[[Any], bool]


def _checker(annotation: Any) -> Check:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [_checker(option) for option in typing.get_args(annotation)]
        return lambda value: any(check(value) for check in options)
    if annotation is type(None):
        return lambda value: value is None
    if origin is tuple:
        args = typing.get_args(annotation)
        item = _checker(args[0]) if args else (lambda value: True)
        return lambda value: isinstance(value, tuple) and all(item(member) for member in value)
    if annotation is Any or not isinstance(annotation, type):
        return lambda value: True
    if annotation is date:  # a datetime is a date too, but not where a day is meant
        return lambda value: isinstance(value, date) and not isinstance(value, datetime)
    if annotation is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if annotation is str:  # an enum member of a str enum is not free text
        return lambda value: isinstance(value, str) and not isinstance(value, enum.Enum)
    if annotation in (datetime, time, bool, float) or issubclass(annotation, enum.Enum) or is_dataclass(annotation):
        return lambda value: isinstance(value, annotation)
    return lambda value: isinstance(value, annotation)


@cache
def _checks(record_type: type) -> tuple[tuple[str, Any, Check], ...]:
    hints = typing.get_type_hints(record_type)
    return tuple((item.name, hints[item.name], _checker(hints[item.name])) for item in fields(record_type))


def _type_name(annotation: Any) -> str:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return " | ".join(_type_name(arg) for arg in args)
    if typing.get_origin(annotation) is tuple:
        return f"tuple[{_type_name(args[0])}, ...]" if args else "tuple"
    return "None" if annotation is type(None) else getattr(annotation, "__name__", str(annotation))


def check_types(record: Any) -> None:
    """Raise `RecordTypeError` naming the first field whose value is not of its declared type;
    nested records (people, letters, opening windows) are checked too."""
    for name, annotation, check in _checks(type(record)):
        value = getattr(record, name)
        if not check(value):
            key = getattr(record, "key", None)
            where = f"{type(record).__name__} {key!r}" if key else type(record).__name__
            raise RecordTypeError(
                f"{where}: field {name!r} must be {_type_name(annotation)}, "
                f"got {type(value).__name__} {value!r} (a bug in the code that made this record)"
            )
        if is_dataclass(value) and not isinstance(value, type):
            check_types(value)
        elif isinstance(value, tuple):
            for member in value:
                if is_dataclass(member) and not isinstance(member, type):
                    check_types(member)
