"""The visit's agenda as an iCalendar file (one VEVENT per session, in the host's time zone)."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Timezone

from studitiru.domain.records import Host, Presenter, Session, Site, Visit
from studitiru.errors import ValidationError

PRODID = "-//Studi Tiru//Agenda Kunjungan//ID"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"Zona waktu tuan rumah {name!r} tidak dikenal (contoh yang benar: Asia/Pontianak).",
            f"The host's time zone {name!r} is unknown (a valid one: Asia/Pontianak).",
        ) from None


def _clean(text: str | None) -> str:
    """Text without control characters (other than newline) or lone surrogates."""
    if not text:
        return ""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        elif code < 32 and ch not in "\n\t" or code == 0x7F:
            continue
        else:
            out.append(ch)
    return "".join(out).replace("\t", " ")


def _location(session: Session, sites: dict[str, Site]) -> str:
    if not session.site:
        return ""
    site = sites.get(session.site)
    if site is None:
        return session.site
    return ", ".join(part for part in (site.name, site.address) if part)


def _description(session: Session, presenters: dict[str, Presenter]) -> str:
    lines = []
    for key in session.presenters:
        person = presenters.get(key)
        if person is None:
            lines.append(key)
        else:
            lines.append(", ".join(part for part in (person.name, person.position) if part))
    if session.notes:
        lines.append(session.notes)
    return "\n".join(lines)


def build_ics(host: Host, visit: Visit, sites: dict[str, Site], presenters: dict[str, Presenter], *,
              sequences: dict[str, int] | None = None, cancelled: tuple[Session, ...] = (),
              stamp: datetime | None = None) -> bytes:
    """The visit's sessions as iCalendar bytes.

    Each session is a VEVENT with SUMMARY (title), DTSTART/DTEND in the host's time zone
    (`Host.timezone`, with its VTIMEZONE), LOCATION (site name and address), DESCRIPTION
    (presenters and notes), a stable UID `<session key>@studitiru` and a DTSTAMP derived from
    the session's start, so that the same data always gives the same bytes.

    For an agenda revision: `sequences` gives each session's SEQUENCE (raised by every release
    that changed it), `cancelled` the sessions an earlier revision held, sent with
    STATUS:CANCELLED, and `stamp` (the release's local time) is every event's DTSTAMP, so that a
    calendar that imported an earlier revision takes these as updates.
    """
    zone = _zone(host.timezone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _clean(visit.title))
    calendar.add("x-wr-timezone", host.timezone)
    dropped = {s.key for s in cancelled}
    sessions = sorted((*visit.sessions, *cancelled), key=lambda s: (s.starts_at, s.key))
    if sessions:
        first = min(s.starts_at for s in sessions).date()
        last = max(s.ends_at for s in sessions).date()
        vtimezone = Timezone.from_tzinfo(zone, tzid=host.timezone, first_date=first.replace(year=first.year - 1),
                                         last_date=last.replace(year=last.year + 1))
        calendar.add_component(vtimezone)
    for session in sessions:
        start = session.starts_at.replace(tzinfo=zone)
        end = session.ends_at.replace(tzinfo=zone)
        event = Event()
        event.add("uid", f"{session.key}@studitiru")
        moment = stamp.replace(tzinfo=zone) if stamp is not None else start
        event.add("dtstamp", moment.astimezone(timezone.utc).replace(tzinfo=timezone.utc))
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", _clean(session.title))
        location = _clean(_location(session, sites))
        if location:
            event.add("location", location)
        description = _clean(_description(session, presenters))
        if description:
            event.add("description", description)
        if sequences is not None:
            event.add("sequence", sequences.get(session.key, 0))
            event.add("status", "CANCELLED" if session.key in dropped else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()

