"""Dates and times as Indonesians write them ("Senin, 1 Desember 2025", "09.00–10.30 WIB"),
and the English equivalents. Pure functions, no locale or Qt needed."""

from __future__ import annotations

from datetime import date, datetime, time

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

#: Indonesia's three time zones and the IANA names that fall in each.
ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Ujung_Pandang": "WITA",
    "Asia/Jayapura": "WIT",
}


def weekday_name(iso_weekday: int, lang: str = "id") -> str:
    return (DAYS_EN if lang == "en" else DAYS_ID)[iso_weekday - 1]


def month_name(month: int, lang: str = "id") -> str:
    return (MONTHS_EN if lang == "en" else MONTHS_ID)[month - 1]


def format_date(day: date, lang: str = "id", weekday: bool = True) -> str:
    """'Senin, 1 Desember 2025' (id) or 'Monday, 1 December 2025' (en)."""
    text = f"{day.day} {month_name(day.month, lang)} {day.year}"
    if weekday:
        return f"{weekday_name(day.isoweekday(), lang)}, {text}"
    return text


def format_time(moment: time | datetime, lang: str = "id") -> str:
    """'09.00' (id) or '09:00' (en)."""
    separator = ":" if lang == "en" else "."
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def zone_abbreviation(timezone: str | None) -> str:
    """'WIB', 'WITA' or 'WIT' for Indonesian zones; otherwise the IANA name itself."""
    if not timezone:
        return ""
    return ZONE_ABBREVIATIONS.get(timezone, timezone)


def format_time_range(start: datetime, end: datetime, lang: str = "id", timezone: str | None = None) -> str:
    """'09.00–10.30 WIB'. An end on a later day carries its date: '22.00–01.00 (Selasa, 2 Desember 2025) WIB'."""
    text = f"{format_time(start, lang)}–{format_time(end, lang)}"
    if end.date() != start.date() and not (end.time() == time(0) and (end.date() - start.date()).days == 1):
        text += f" ({format_date(end.date(), lang)})"
    zone = zone_abbreviation(timezone)
    return f"{text} {zone}" if zone else text


def format_moment(moment: datetime, lang: str = "id", timezone: str | None = None) -> str:
    """'Senin, 1 Desember 2025 09.00 WIB'."""
    zone = zone_abbreviation(timezone)
    text = f"{format_date(moment.date(), lang)} {format_time(moment, lang)}"
    return f"{text} {zone}" if zone else text


def format_date_range(first: date, last: date, lang: str = "id") -> str:
    """'9–10 Januari 2026', '30 Januari – 2 Februari 2026', or one date."""
    if first == last:
        return format_date(first, lang, weekday=False)
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {month_name(last.month, lang)} {last.year}"
    if first.year == last.year:
        return f"{first.day} {month_name(first.month, lang)} – {format_date(last, lang, weekday=False)}"
    return f"{format_date(first, lang, weekday=False)} – {format_date(last, lang, weekday=False)}"
