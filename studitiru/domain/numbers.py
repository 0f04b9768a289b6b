"""Counts as people write them: 15.000 in Indonesian, 15,000 in English."""

from __future__ import annotations


def format_count(number: int, lang: str = "id") -> str:
    """A whole number with thousands grouped: "15.000" (id), "15,000" (en); "-1.200" below zero."""
    text = f"{number:,}"
    return text.replace(",", ".") if lang != "en" else text
