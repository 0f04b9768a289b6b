"""The words of the rule findings, in Indonesian and English.

Each function returns `(message_id, message_en)`: who or what clashes, when, and where, with
dates and times as `dates.py` writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from studitiru.domain.dates import format_date, format_date_range, format_time_range, weekday_name
from studitiru.domain.records import OpeningWindow, Period, Session, Site, Visit
from studitiru.domain.rules_terms import RuleContext, windows_of_day

Messages = tuple[str, str]


def join_words(words: Sequence[str], lang: str) -> str:
    """'A', 'A dan B', 'A, B dan C' (id) or 'A, B and C' (en)."""
    conjunction = " and " if lang == "en" else " dan "
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + conjunction + words[-1]


def when(start: datetime, end: datetime, lang: str, timezone: str | None) -> str:
    """'Senin, 12 Januari 2026 pukul 09.00–10.00 WIB' or 'Monday, 12 January 2026 at 09:00–10:00 WIB'."""
    word = "at" if lang == "en" else "pukul"
    return f"{format_date(start.date(), lang)} {word} {format_time_range(start, end, lang, timezone)}"


def quoted(session: Session) -> str:
    return f"'{session.title}'"


def at_site(session: Session, ctx: RuleContext, lang: str) -> str:
    """"'Paparan MPP' di Aula Kantor Wali Kota" (the site only when the session has one)."""
    if not session.site:
        return quoted(session)
    word = "at" if lang == "en" else "di"
    return f"{quoted(session)} {word} {ctx.site_name(session.site)}"


def of_visit(session: Session, ctx: RuleContext, lang: str) -> str:
    """"'Paparan MPP' (Studi tiru Kota Balikpapan)": the session and whose it is."""
    return f"{quoted(session)} ({ctx.visit_title(session.visit)})"


def presenter_double_booked(a: Session, b: Session, presenters: Sequence[str], ctx: RuleContext) -> Messages:
    start, end = max(a.starts_at, b.starts_at), min(a.ends_at, b.ends_at)
    names = [ctx.presenter_name(key) for key in presenters]
    verb = "is" if len(names) == 1 else "are"
    return (
        f"{join_words(names, 'id')} mengisi dua acara sekaligus pada {when(start, end, 'id', ctx.timezone)}: "
        f"{at_site(a, ctx, 'id')} dan {at_site(b, ctx, 'id')}",
        f"{join_words(names, 'en')} {verb} in two sessions at once on {when(start, end, 'en', ctx.timezone)}: "
        f"{at_site(a, ctx, 'en')} and {at_site(b, ctx, 'en')}",
    )


def presenter_unavailable(session: Session, hits: Sequence[tuple[str, Sequence[Period]]], ctx: RuleContext) -> Messages:
    """`hits`: each presenter's key and the unavailable periods that the session overlaps."""
    names = []
    for key, periods in hits:
        reasons = [p.reason for p in periods if p.reason]
        reasons = list(dict.fromkeys(reasons))
        names.append(f"{ctx.presenter_name(key)} ({'; '.join(reasons)})" if reasons else ctx.presenter_name(key))
    verb = "is" if len(names) == 1 else "are"
    span = (session.starts_at, session.ends_at)
    return (
        f"{join_words(names, 'id')} tidak tersedia pada {when(*span, 'id', ctx.timezone)} untuk {at_site(session, ctx, 'id')}",
        f"{join_words(names, 'en')} {verb} unavailable on {when(*span, 'en', ctx.timezone)} for {at_site(session, ctx, 'en')}",
    )


def site_double_booked(a: Session, b: Session, ctx: RuleContext) -> Messages:
    start, end = max(a.starts_at, b.starts_at), min(a.ends_at, b.ends_at)
    site = ctx.site_name(a.site)
    return (
        f"{site} dipakai dua acara sekaligus pada {when(start, end, 'id', ctx.timezone)}: "
        f"{of_visit(a, ctx, 'id')} dan {of_visit(b, ctx, 'id')}",
        f"{site} is booked for two sessions at once on {when(start, end, 'en', ctx.timezone)}: "
        f"{of_visit(a, ctx, 'en')} and {of_visit(b, ctx, 'en')}",
    )


def site_over_capacity(
    site: Site, sessions: Sequence[Session], peak: int, peak_start: datetime, peak_end: datetime, ctx: RuleContext
) -> Messages:
    titles = [quoted(s) for s in sessions]
    return (
        f"{site.name} menampung {peak} orang, melebihi kapasitas {site.capacity} orang, "
        f"pada {when(peak_start, peak_end, 'id', ctx.timezone)}: {join_words(titles, 'id')}",
        f"{site.name} holds {peak} people, more than its capacity of {site.capacity}, "
        f"on {when(peak_start, peak_end, 'en', ctx.timezone)}: {join_words(titles, 'en')}",
    )


def outside_visit_dates(session: Session, visit: Visit, ctx: RuleContext) -> Messages:
    span = (session.starts_at, session.ends_at)
    return (
        f"{at_site(session, ctx, 'id')} pada {when(*span, 'id', ctx.timezone)} berada di luar tanggal kunjungan "
        f"'{visit.title}' ({format_date_range(visit.starts_on, visit.ends_on, 'id')})",
        f"{at_site(session, ctx, 'en')} on {when(*span, 'en', ctx.timezone)} is outside the dates of the visit "
        f"'{visit.title}' ({format_date_range(visit.starts_on, visit.ends_on, 'en')})",
    )


def _hours(windows: Sequence[OpeningWindow], lang: str) -> str:
    """'08.00–12.00, 13.00–16.00'; a window that closes at midnight reads '–24.00'."""
    separator = ":" if lang == "en" else "."

    def clock(moment: time, midnight: str) -> str:
        if moment == time(0):
            return midnight
        return f"{moment.hour:02d}{separator}{moment.minute:02d}"

    return ", ".join(f"{clock(w.opens, f'00{separator}00')}–{clock(w.closes, f'24{separator}00')}" for w in windows)


def outside_opening_hours(session: Session, site: Site, ctx: RuleContext) -> Messages:
    span = (session.starts_at, session.ends_at)
    windows = windows_of_day(site, session.starts_at.date())
    weekday = session.starts_at.isoweekday()
    if windows:
        open_id = f"{weekday_name(weekday, 'id')}: {_hours(windows, 'id')}"
        open_en = f"{weekday_name(weekday, 'en')}: {_hours(windows, 'en')}"
    else:
        open_id = f"tutup pada hari {weekday_name(weekday, 'id')}"
        open_en = f"closed on {weekday_name(weekday, 'en')}"
    return (
        f"{quoted(session)} pada {when(*span, 'id', ctx.timezone)} berada di luar jam buka {site.name} ({open_id})",
        f"{quoted(session)} on {when(*span, 'en', ctx.timezone)} is outside the opening hours of {site.name} ({open_en})",
    )


def visit_overlap(a: Session, b: Session, ctx: RuleContext) -> Messages:
    start, end = max(a.starts_at, b.starts_at), min(a.ends_at, b.ends_at)
    title = ctx.visit_title(a.visit)
    return (
        f"Rombongan '{title}' dijadwalkan di dua acara sekaligus pada {when(start, end, 'id', ctx.timezone)}: "
        f"{at_site(a, ctx, 'id')} dan {at_site(b, ctx, 'id')}",
        f"The delegation of '{title}' is scheduled for two sessions at once on {when(start, end, 'en', ctx.timezone)}: "
        f"{at_site(a, ctx, 'en')} and {at_site(b, ctx, 'en')}",
    )


def travel_time(a: Session, b: Session, minutes: int, ctx: RuleContext) -> Messages:
    gap = int((b.starts_at - a.ends_at).total_seconds() // 60)
    title = ctx.visit_title(a.visit)
    origin, destination = ctx.site_name(a.site), ctx.site_name(b.site)
    span = (a.ends_at, b.starts_at)
    return (
        f"Rombongan '{title}' hanya punya {gap} menit untuk berpindah dari {origin} ke {destination} "
        f"pada {when(*span, 'id', ctx.timezone)} ({quoted(a)} lalu {quoted(b)}), padahal perjalanan butuh {minutes} menit",
        f"The delegation of '{title}' has only {gap} minutes to get from {origin} to {destination} "
        f"on {when(*span, 'en', ctx.timezone)} ({quoted(a)} then {quoted(b)}), but the journey takes {minutes} minutes",
    )


def no_site(session: Session, ctx: RuleContext) -> Messages:
    span = (session.starts_at, session.ends_at)
    return (
        f"{of_visit(session, ctx, 'id')} pada {when(*span, 'id', ctx.timezone)} belum punya lokasi",
        f"{of_visit(session, ctx, 'en')} on {when(*span, 'en', ctx.timezone)} has no site",
    )
