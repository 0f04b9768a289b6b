"""Agenda revisions: what was sent to the visitors, and what changed since (pure, no database).

A revision is a frozen `Agenda`: the visit's header as printed and each session as it was
(key, times, title, kind, the site's key, name and address, the presenters' keys, names and
positions, the topics). Records here are plain and hashable; `agenda_to_dict`/`agenda_from_dict`
give the JSON stored in the database and carried by the exchange file (version 2).

`compare(before, after)` names the sessions added, cancelled and moved between two agendas; a
session is moved when its time, site, presenters or title changed (its kind or topics alone do
not make news for the visitors). The texts (`change_line`, `summary_line`, `notice_text`) are
Indonesian or English, as the reports are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from studitiru.domain.dates import format_date, format_time_range
from studitiru.domain.records import Host, Letter, Person

#: The aspects of a session whose change is news for the visitors, in the order they are told.
ASPECTS = ("time", "site", "presenters", "title")
_TIME = "%Y-%m-%dT%H:%M"


@dataclass(frozen=True, slots=True)
class Named:
    """A site or presenter as a revision froze it: key, name and the second line (address, position)."""

    key: str
    name: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One session as it was released."""

    key: str
    starts_at: datetime
    ends_at: datetime
    title: str
    kind: str | None = None
    site: Named | None = None
    presenters: tuple[Named, ...] = ()
    topics: tuple[str, ...] = ()

    def aspect(self, name: str) -> object:
        if name == "time":
            return (self.starts_at, self.ends_at)
        if name == "site":
            return self.site.key if self.site else None
        if name == "presenters":
            return tuple(p.key for p in self.presenters)
        return self.title


@dataclass(frozen=True, slots=True)
class AgendaHeader:
    """The visit as the itinerary's first page shows it."""

    title: str
    institution: str
    institution_name: str
    starts_on: date
    ends_on: date
    leader: Person | None = None
    liaison: Person | None = None
    headcount: int | None = None
    request_letter: Letter | None = None


@dataclass(frozen=True, slots=True)
class Agenda:
    header: AgendaHeader
    host: Host
    items: tuple[AgendaItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Revision:
    visit: str
    number: int
    released_at: datetime
    officer: str
    note: str | None
    agenda: Agenda
    #: When an itinerary or a calendar was first printed or saved from it (then it cannot be undone).
    produced_at: datetime | None = None
    produced_as: str | None = None


@dataclass(frozen=True, slots=True)
class RevisionEntry:
    """A revision as a list names it: without its agenda (the snapshot is not read)."""

    visit: str
    number: int
    released_at: datetime
    officer: str
    note: str | None


@dataclass(frozen=True, slots=True)
class Change:
    """One session's change: `before` None for an added one, `after` None for a cancelled one."""

    session: str
    before: AgendaItem | None
    after: AgendaItem | None
    aspects: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "cancelled"
        return "moved"

    @property
    def item(self) -> AgendaItem:
        return self.after or self.before  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class AgendaChanges:
    """What changed from revision `from_number` (0: nothing released) to `to_number` (None: the plan)."""

    visit: str
    from_number: int
    to_number: int | None
    added: tuple[Change, ...] = ()
    cancelled: tuple[Change, ...] = ()
    moved: tuple[Change, ...] = ()

    @property
    def count(self) -> int:
        return len(self.added) + len(self.cancelled) + len(self.moved)

    def all(self) -> tuple[Change, ...]:
        """Every change in the order of the agenda (the new time of a moved session)."""
        return tuple(sorted((*self.added, *self.moved, *self.cancelled), key=lambda c: (c.item.starts_at, c.session)))


@dataclass(frozen=True, slots=True)
class Release:
    revision: Revision
    changes: AgendaChanges


@dataclass(frozen=True, slots=True)
class Notice:
    """Someone who must be told of a release: a presenter, a site or the liaison officer."""

    role: str  # presenter, site, liaison
    key: str  # the presenter's or site's key; "" for the liaison
    name: str
    contact: str | None
    changes: tuple[Change, ...] = field(default=())


# --- comparing ----------------------------------------------------------------------------------

def compare(visit: str, before: Agenda | None, after: Agenda, from_number: int, to_number: int | None) -> AgendaChanges:
    old = {item.key: item for item in (before.items if before else ())}
    new = {item.key: item for item in after.items}
    added = [Change(k, None, new[k]) for k in new if k not in old]
    cancelled = [Change(k, old[k], None) for k in old if k not in new]
    moved = []
    for k in new:
        if k in old:
            aspects = tuple(a for a in ASPECTS if old[k].aspect(a) != new[k].aspect(a))
            if aspects:
                moved.append(Change(k, old[k], new[k], aspects))

    def order(c: Change) -> tuple:
        return (c.item.starts_at, c.session)

    return AgendaChanges(visit, from_number, to_number, tuple(sorted(added, key=order)),
                         tuple(sorted(cancelled, key=order)), tuple(sorted(moved, key=order)))


# --- JSON -------------------------------------------------------------------------------------

def _time(value: datetime) -> str:
    """'2025-12-01T09:00', with ':SS' only when the seconds are not zero (as the exchange file writes times)."""
    text = value.strftime(_TIME)
    return f"{text}:{value.second:02d}" if value.second else text


def _parse_time(text: str) -> datetime:
    if len(text) not in (16, 19) or text[10:11] != "T":
        raise ValueError(f"'{text}' is not a local time YYYY-MM-DDTHH:MM")
    return datetime.fromisoformat(text)


def _named(value: Named | None) -> dict | None:
    if value is None:
        return None
    out = {"key": value.key, "name": value.name}
    if value.detail:
        out["detail"] = value.detail
    return out


def _person(value: Person | None) -> dict | None:
    if value is None:
        return None
    return {k: v for k, v in (("name", value.name), ("position", value.position), ("phone", value.phone),
                              ("email", value.email)) if v}


def item_to_dict(item: AgendaItem) -> dict:
    out: dict = {"key": item.key, "starts_at": _time(item.starts_at), "ends_at": _time(item.ends_at), "title": item.title}
    if item.kind:
        out["kind"] = item.kind
    if item.site:
        out["site"] = _named(item.site)
    out["presenters"] = [_named(p) for p in item.presenters]
    out["topics"] = list(item.topics)
    return out


def agenda_to_dict(agenda: Agenda) -> dict:
    h = agenda.header
    header: dict = {"title": h.title, "institution": h.institution, "institution_name": h.institution_name,
                    "starts_on": h.starts_on.isoformat(), "ends_on": h.ends_on.isoformat()}
    for name, person in (("leader", h.leader), ("liaison", h.liaison)):
        if person is not None:
            header[name] = _person(person)
    if h.headcount is not None:
        header["headcount"] = h.headcount
    if h.request_letter is not None and (h.request_letter.number or h.request_letter.date):
        letter = {}
        if h.request_letter.number:
            letter["number"] = h.request_letter.number
        if h.request_letter.date:
            letter["date"] = h.request_letter.date.isoformat()
        header["request_letter"] = letter
    host = {"name": agenda.host.name, "timezone": agenda.host.timezone}
    if agenda.host.office:
        host["office"] = agenda.host.office
    if agenda.host.address:
        host["address"] = agenda.host.address
    return {"header": header, "host": host, "sessions": [item_to_dict(i) for i in agenda.items]}


def _named_from(data: dict | None) -> Named | None:
    if not data:
        return None
    return Named(str(data["key"]), str(data.get("name") or data["key"]), data.get("detail"))


def _person_from(data: dict | None) -> Person | None:
    if not data or not data.get("name"):
        return None
    return Person(data["name"], data.get("position"), data.get("phone"), data.get("email"))


def item_from_dict(data: dict) -> AgendaItem:
    return AgendaItem(
        key=str(data["key"]), starts_at=_parse_time(data["starts_at"]),
        ends_at=_parse_time(data["ends_at"]), title=str(data["title"]), kind=data.get("kind"),
        site=_named_from(data.get("site")), presenters=tuple(_named_from(p) for p in data.get("presenters", ())),  # type: ignore[misc]
        topics=tuple(data.get("topics", ())),
    )


def agenda_from_dict(data: dict) -> Agenda:
    h = data["header"]
    letter = h.get("request_letter")
    header = AgendaHeader(
        title=h["title"], institution=h["institution"], institution_name=h.get("institution_name") or h["institution"],
        starts_on=date.fromisoformat(h["starts_on"]), ends_on=date.fromisoformat(h["ends_on"]),
        leader=_person_from(h.get("leader")), liaison=_person_from(h.get("liaison")), headcount=h.get("headcount"),
        request_letter=Letter(letter.get("number"), date.fromisoformat(letter["date"]) if letter.get("date") else None)
        if letter else None,
    )
    host_data = data.get("host") or {}
    host = Host(name=host_data.get("name", ""), office=host_data.get("office"), address=host_data.get("address"),
                timezone=host_data.get("timezone") or "Asia/Pontianak")
    return Agenda(header, host, tuple(item_from_dict(i) for i in data.get("sessions", ())))


def _plain_item(item: AgendaItem, aspects: tuple[str, ...] = ASPECTS) -> dict:
    out: dict = {}
    if "time" in aspects:
        out["starts_at"], out["ends_at"] = _time(item.starts_at), _time(item.ends_at)
    if "site" in aspects:
        out["site"] = item.site.key if item.site else None
    if "presenters" in aspects:
        out["presenters"] = [p.key for p in item.presenters]
    if "title" in aspects:
        out["title"] = item.title
    return out


def changes_json(changes: AgendaChanges) -> dict:
    """The `changes --json` shape (spec/CLI.md): added, cancelled, moved with before and after.

    An added or cancelled session: its key, time, site, presenters (keys) and title. A moved one:
    `before` and `after` hold the aspects that changed (`starts_at` and `ends_at` for the time).
    """
    return {
        "added": [{"session": c.session, **_plain_item(c.after)} for c in changes.added],  # type: ignore[arg-type]
        "cancelled": [{"session": c.session, **_plain_item(c.before)} for c in changes.cancelled],  # type: ignore[arg-type]
        "moved": [{"session": c.session, "before": _plain_item(c.before, c.aspects),  # type: ignore[arg-type]
                   "after": _plain_item(c.after, c.aspects)} for c in changes.moved],  # type: ignore[arg-type]
    }


# --- words --------------------------------------------------------------------------------------

_WORDS = {
    "id": {
        "revision": "Revisi {n}", "draft": "DRAF", "plan": "rencana saat ini",
        "added": "Baru", "cancelled": "Dibatalkan", "moved": "Diubah",
        "time": "waktu", "site": "lokasi", "presenters": "narasumber", "title": "judul", "none": "–",
        "summary": "Revisi {n}: {added} acara baru, {moved} dipindah, {cancelled} dibatalkan",
        "no_changes": "Tidak ada perubahan.", "changes_from": "Perubahan dari Revisi {n}",
        "greeting": "Yth. {name},", "greeting_site": "Yth. pengelola {name},",
        "intro": "Jadwal kunjungan studi tiru \"{title}\" ({institution}) telah diperbarui (Revisi {n}, {date}). "
                 "Perubahan yang menyangkut {whom}:",
        "you": "Bapak/Ibu", "this_site": "lokasi ini",
        "note": "Catatan: {note}",
        "closing": "Mohon maaf atas perubahan ini dan terima kasih atas perhatiannya.",
    },
    "en": {
        "revision": "Revision {n}", "draft": "DRAFT", "plan": "current plan",
        "added": "New", "cancelled": "Cancelled", "moved": "Changed",
        "time": "time", "site": "site", "presenters": "presenters", "title": "title", "none": "–",
        "summary": "Revision {n}: {added} new session{s}, {moved} moved, {cancelled} cancelled",
        "no_changes": "No changes.", "changes_from": "Changes from Revision {n}",
        "greeting": "Dear {name},", "greeting_site": "Dear manager of {name},",
        "intro": "The schedule of the study visit \"{title}\" ({institution}) has been updated (Revision {n}, {date}). "
                 "The changes that concern {whom}:",
        "you": "you", "this_site": "this site",
        "note": "Note: {note}",
        "closing": "We apologise for the change and thank you for your attention.",
    },
}


def word(lang: str, which: str, **values: object) -> str:
    return _WORDS["en" if lang == "en" else "id"][which].format(**values)


def revision_stamp(number: int, released_at: datetime, lang: str = "id") -> str:
    """'Revisi 2 · 5 Januari 2026' (what every page of a released itinerary says)."""
    return f"{word(lang, 'revision', n=number)} · {format_date(released_at.date(), lang, weekday=False)}"


def summary_line(number: int, changes: AgendaChanges, lang: str = "id") -> str:
    """'Revisi 2: 1 acara baru, 2 dipindah, 0 dibatalkan'."""
    return word(lang, "summary", n=number, added=len(changes.added), moved=len(changes.moved),
                cancelled=len(changes.cancelled), s="" if len(changes.added) == 1 else "s")


def when(item: AgendaItem, lang: str, zone: str | None) -> str:
    """'Senin, 12 Januari 2026, 09.00–10.00 WIB'."""
    return f"{format_date(item.starts_at.date(), lang)}, {format_time_range(item.starts_at, item.ends_at, lang, zone)}"


def _names(item: AgendaItem) -> str:
    return ", ".join(p.name for p in item.presenters) or "–"


def aspect_text(item: AgendaItem, aspect: str, lang: str, zone: str | None) -> str:
    if aspect == "time":
        return when(item, lang, zone)
    if aspect == "site":
        return item.site.name if item.site else "–"
    if aspect == "presenters":
        return _names(item)
    return item.title


def change_parts(change: Change, lang: str, zone: str | None) -> tuple[str, str, list[tuple[str, str, str]]]:
    """(label, the session's description, [(aspect word, old, new)…]) of one change."""
    item = change.item
    label = word(lang, change.kind)
    if change.kind == "moved":
        before, after = change.before, change.after
        rows = []
        for a in change.aspects:
            if a == "time" and before.starts_at.date() == after.starts_at.date():  # type: ignore[union-attr]
                # the same day: 'waktu (Senin, 1 Desember 2025): 10.30–12.00 WIB → 13.00–14.30 WIB'
                rows.append((f"{word(lang, a)} ({format_date(after.starts_at.date(), lang)})",  # type: ignore[union-attr]
                             format_time_range(before.starts_at, before.ends_at, lang, zone),  # type: ignore[union-attr]
                             format_time_range(after.starts_at, after.ends_at, lang, zone)))  # type: ignore[union-attr]
            else:
                rows.append((word(lang, a), aspect_text(before, a, lang, zone), aspect_text(after, a, lang, zone)))  # type: ignore[arg-type]
        return label, item.title if "title" not in change.aspects else change.before.title, rows  # type: ignore[union-attr]
    site = f", {item.site.name}" if item.site else ""
    people = f" ({_names(item)})" if item.presenters else ""
    return label, f"{item.title}: {when(item, lang, zone)}{site}{people}", []


def change_line(change: Change, lang: str = "id", zone: str | None = None) -> str:
    """One line of plain text: 'Diubah: Paparan — waktu: … → …; lokasi: Aula → Ruang Rapat'."""
    label, what, rows = change_parts(change, lang, zone)
    if rows:
        return f"{label}: {what} — " + "; ".join(f"{name}: {old} → {new}" for name, old, new in rows)
    return f"{label}: {what}"


def notice_text(notice: Notice, revision: Revision, lang: str = "id") -> str:
    """The message for one person, ready to paste into WhatsApp or an e-mail."""
    header = revision.agenda.header
    zone = revision.agenda.host.timezone
    greeting = word(lang, "greeting_site" if notice.role == "site" else "greeting", name=notice.name)
    whom = word(lang, "this_site" if notice.role == "site" else "you")
    lines = [greeting, "", word(lang, "intro", title=header.title, institution=header.institution_name,
                                n=revision.number, date=format_date(revision.released_at.date(), lang, weekday=False),
                                whom=whom)]
    lines += [f"- {change_line(c, lang, zone)}" for c in notice.changes]
    if revision.note:
        lines += ["", word(lang, "note", note=revision.note)]
    lines += ["", word(lang, "closing")]
    if revision.agenda.host.name:
        lines.append(revision.agenda.host.name)
    return "\n".join(lines)


def notices(revision: Revision, changes: AgendaChanges, contacts: dict[tuple[str, str], str | None] | None = None) -> list[Notice]:
    """Who must be told of a release: each presenter and site of a changed session (before or
    after) with their own changes, then the liaison officer with every change."""
    contacts = contacts or {}
    people: dict[tuple[str, str], tuple[str, list[Change]]] = {}
    for change in changes.all():
        for item in (change.before, change.after):
            if item is None:
                continue
            for who in item.presenters:
                entry = people.setdefault(("presenter", who.key), (who.name, []))
                if change not in entry[1]:
                    entry[1].append(change)
            if item.site:
                entry = people.setdefault(("site", item.site.key), (item.site.name, []))
                if change not in entry[1]:
                    entry[1].append(change)
    order = {"presenter": 0, "site": 1}
    out = [Notice(role, key, name, contacts.get((role, key)), tuple(items))
           for (role, key), (name, items) in sorted(people.items(), key=lambda kv: (order[kv[0][0]], kv[1][0].casefold(), kv[0][1]))]
    liaison = revision.agenda.header.liaison
    if liaison is not None and changes.count:
        contact = " · ".join(x for x in (liaison.phone, liaison.email) if x) or None
        out.append(Notice("liaison", "", liaison.name, contact, changes.all()))
    return out
