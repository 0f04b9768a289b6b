"""Counts are grouped as each language writes them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studitiru.domain.numbers import format_count


def test_indonesian_groups_with_dots_english_with_commas():
    assert format_count(15000) == format_count(15000, "id") == "15.000"
    assert format_count(15000, "en") == "15,000"
    assert format_count(999, "id") == "999" and format_count(1_234_567, "id") == "1.234.567"
    assert format_count(-1200, "id") == "-1.200"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_the_digits_are_the_number(number):
    for lang, mark in (("id", "."), ("en", ",")):
        text = format_count(number, lang)
        assert int(text.replace(mark, "")) == number
        assert all(len(group) == 3 for group in text.lstrip("-").split(mark)[1:])
