"""A record of the wrong types is refused by the service as a bug, naming the field, before
anything is written (a combo box's `str` where an enum belongs once lost every lesson)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studitiru.domain import records as r
from studitiru.domain.typecheck import RecordTypeError, check_types
from studitiru.domain.validation import validate_lesson, validate_session
from studitiru.errors import UserError


def test_an_enum_given_as_its_plain_value_is_named() -> None:
    lesson = r.Lesson(key="ST-1-L1", visit="ST-1", observation="x", status="noted")  # type: ignore[arg-type]
    with pytest.raises(RecordTypeError, match=r"Lesson 'ST-1-L1': field 'status' must be LessonStatus, got str 'noted'"):
        validate_lesson(lesson)


def test_a_session_kind_given_as_a_string_is_refused_as_a_bug_not_a_user_error() -> None:
    session = r.Session(key="", visit="ST-1", starts_at=datetime(2027, 1, 14, 9), ends_at=datetime(2027, 1, 14, 10),
                        title="Paparan", kind="presentation")  # type: ignore[arg-type]
    with pytest.raises(RecordTypeError) as caught:
        validate_session(session)
    assert not isinstance(caught.value, UserError)
    assert "'kind' must be SessionKind | None" in str(caught.value)


def test_nested_records_and_tuples_are_checked() -> None:
    site = r.Site(key="S", name="Aula", opening_hours=(r.OpeningWindow(1, "08.00", "16.00"),))  # type: ignore[arg-type]
    with pytest.raises(RecordTypeError, match="OpeningWindow: field 'opens' must be time"):
        check_types(site)
    with pytest.raises(RecordTypeError, match="'topics' must be tuple"):
        check_types(r.Presenter(key="P", name="Amir", topics=["MPP"]))  # type: ignore[arg-type]


def test_a_datetime_is_not_a_day_and_a_bool_is_not_a_number() -> None:
    with pytest.raises(RecordTypeError, match="'follow_up_on'"):
        check_types(r.Lesson(key="L", visit="V", observation="x", follow_up_on=datetime(2027, 1, 1)))  # type: ignore[arg-type]
    with pytest.raises(RecordTypeError, match="'capacity'"):
        check_types(r.Site(key="S", name="Aula", capacity=True))


def test_records_of_the_right_types_pass() -> None:
    check_types(r.Lesson(key="L", visit="V", observation="x", status=r.LessonStatus.ADOPTED, follow_up_on=date(2027, 1, 1)))
    check_types(r.Session(key="", visit="V", starts_at=datetime(2027, 1, 14, 9), ends_at=datetime(2027, 1, 14, 10),
                          title="t", kind=r.SessionKind.SITE_TOUR, presenters=("P1",)))
