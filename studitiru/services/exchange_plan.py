"""An exchange document, checked and turned into rows ready for a bulk write (a `Plan`).

What this module refuses is what the schema cannot say: a time that is not on the calendar,
an end that is not after its start, a closing time before the opening time, a key used twice
in the file, a lesson whose session is not in its own visit, an empty name, a character that
cannot be stored, an unknown time zone. References to other records stay keys here; they are
checked against the database, and turned into ids, inside the write transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import available_timezones

from studitiru.errors import ExchangeFileError, UserError
from studitiru.services.exchange_schema import field_label, json_path, refusal

#: Control characters (tab and line breaks are fine) and lone surrogates cannot be stored.
_BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)
LARGEST = 1_000_000  # headcounts, capacities and minutes above this are typing mistakes
KEY_LENGTH = 64


@dataclass
class Plan:
    """Rows to write, by key; lists in file order."""

    source: str
    document: dict
    host: dict | None = None
    topics: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)
    sites: list[dict] = field(default_factory=list)
    opening_hours: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    travel_times: list[tuple[str, str, int]] = field(default_factory=list)
    presenters: list[dict] = field(default_factory=list)
    presenter_topics: dict[str, list[str]] = field(default_factory=dict)
    unavailable: dict[str, list[tuple[datetime, datetime, str | None]]] = field(default_factory=dict)
    visits: list[dict] = field(default_factory=list)
    visit_topics: dict[str, list[str]] = field(default_factory=dict)
    participants: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)
    session_presenters: list[tuple[str, str]] = field(default_factory=list)
    session_topics: list[tuple[str, str]] = field(default_factory=list)
    lessons: list[dict] = field(default_factory=list)
    #: The file's version: a version 1 file says nothing of what version 2 added (contacts, NIP,
    #: rank, officers, dress, letters), so an import of it leaves those as they are.
    version: int = 1
    officers: list[dict] = field(default_factory=list)
    #: The letter settings as `domain.letters.settings_to_dict` (None: the file has none).
    letter_settings: dict | None = None
    letters: list[dict] = field(default_factory=list)
    #: The agenda revisions (`domain.revisions.Revision`), merged by visit and number (version 2).
    agenda_revisions: list = field(default_factory=list)
    #: The office's protocol settings (`domain.protocol.OfficeProtocol`; None: the file has none)
    #: and each visit's welcome protocol (`VisitProtocol`), which replaces the stored one (version 2).
    protocol_settings: object | None = None
    protocols: list = field(default_factory=list)
    #: The documentation photos (`services.photo_exchange.photo_rows`, version 2).
    photos: list = field(default_factory=list)
    #: The officer's parts of each visit's activity report (`photo_exchange.report_note_rows`, version 2).
    report_notes: list = field(default_factory=list)
    #: Keys each kind of reference names (checked against the file and the database).
    references: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in ("topic", "institution", "site", "presenter")})

    @property
    def topic_keys(self) -> set[str]:
        return {row["key"] for row in self.topics}

    @property
    def institution_keys(self) -> set[str]:
        return {row["key"] for row in self.institutions}

    @property
    def site_keys(self) -> set[str]:
        return {row["key"] for row in self.sites}

    @property
    def presenter_keys(self) -> set[str]:
        return {row["key"] for row in self.presenters}

    @property
    def visit_keys(self) -> set[str]:
        return {row["key"] for row in self.visits}

    @property
    def session_keys(self) -> set[str]:
        return {row["key"] for row in self.sessions}

    @property
    def lesson_keys(self) -> set[str]:
        return {row["key"] for row in self.lessons if row["key"] is not None}

    def assign_lesson_keys(self, existing: Any) -> None:
        """Give each lesson without a key `{visit}-L{n}`: after the highest n of that visit, and free."""
        if all(row["key"] is not None for row in self.lessons):
            return
        replaced = self.visit_keys
        taken = self.lesson_keys | {key for key, visit in existing.lessons.items() if visit not in replaced}
        highest: dict[str, int] = {}
        for key in taken:
            head, marker, number = key.rpartition("-L")
            if marker and number.isdigit() and number.isascii():
                highest[head] = max(highest.get(head, 0), int(number))
        for row in self.lessons:
            if row["key"] is not None:
                continue
            visit = row["visit"]
            number = highest.get(visit, 0) + 1
            while f"{visit}-L{number}" in taken:
                number += 1
            key = f"{visit}-L{number}"
            if len(key) > KEY_LENGTH:
                path = ("visits", row["_visit_index"], "lessons", row["_index"])
                raise refusal(
                    self.source, self.document, path,
                    "kode pembelajaran tidak dapat dibuat (kode kunjungan terlalu panjang); beri kode sendiri",
                    "a lesson key cannot be made (the visit key is too long); give the lesson a key",
                )
            highest[visit] = number
            taken.add(key)
            row["key"] = key


class _Builder:
    """Walks the document once, checking values and making rows."""

    def __init__(self, document: dict, source: str) -> None:
        self.document = document
        self.source = source
        self.plan = Plan(source=source, document=document)

    def fail(self, path: tuple, problem_id: str, problem_en: str) -> ExchangeFileError:
        return refusal(self.source, self.document, path, problem_id, problem_en)

    # values ------------------------------------------------------------------------------
    def text(self, item: dict, name: str, path: tuple, required: bool = False) -> str | None:
        value = item.get(name)
        if value is None or value == "":
            if required:
                raise self._empty(path, name)
            return None
        if _BAD_CHARACTERS.search(value):
            bad = _BAD_CHARACTERS.search(value).group()
            label_id, label_en = field_label(name)
            raise self.fail((*path, name), f"{label_id} memuat karakter yang tidak dapat disimpan (U+{ord(bad):04X})",
                            f"{label_en} holds a character that cannot be stored (U+{ord(bad):04X})")
        if required and not value.strip():
            raise self._empty(path, name)
        return value

    def _empty(self, path: tuple, name: str) -> ExchangeFileError:
        label_id, label_en = field_label(name)
        return self.fail((*path, name), f"{label_id} tidak boleh kosong", f"{label_en} cannot be empty")

    def number(self, item: dict, name: str, path: tuple) -> int | None:
        value = item.get(name)
        if value is None:
            return None
        if value > LARGEST:
            label_id, label_en = field_label(name)
            raise self.fail((*path, name), f"{label_id} {value} terlalu besar (paling banyak {LARGEST})",
                            f"{label_en} {value} is too large (at most {LARGEST})")
        return int(value)

    def day(self, item: dict, name: str, path: tuple) -> date | None:
        value = item.get(name)
        if value is None:
            return None
        result = date.fromisoformat(value)  # the schema checked the form and the calendar
        if not EARLIEST <= result <= LATEST:
            raise self._out_of_range((*path, name), value)
        return result

    def moment(self, item: dict, name: str, path: tuple) -> datetime:
        value = item[name]
        try:
            if not value.isascii() or len(value) not in (16, 19):
                raise ValueError(value)
            result = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail((*path, name), f"waktu '{value[:40]}' tidak ada di kalender", f"the time '{value[:40]}' does not exist") from None
        if not EARLIEST <= result.date() <= LATEST:
            raise self._out_of_range((*path, name), value)
        return result

    def _out_of_range(self, path: tuple, value: str) -> ExchangeFileError:
        return self.fail(path, f"tanggal {value} di luar rentang 1900–2199", f"the date {value} is outside 1900–2199")

    def unique(self, seen: dict, key: Any, path: tuple, what: tuple[str, str]) -> None:
        if key in seen:
            shown = key if isinstance(key, str) else "→".join(key)
            raise self.fail(path, f"{what[0]} '{shown}' muncul dua kali di berkas (juga di {seen[key]})",
                            f"{what[1]} '{shown}' appears twice in the file (also at {seen[key]})")
        seen[key] = _json_path(path)

    def key_list(self, item: dict, name: str, path: tuple, kind: str) -> list[str]:
        keys = item.get(name)
        if not keys:
            return []
        if len(set(keys)) != len(keys):
            repeated = next(k for i, k in enumerate(keys) if k in keys[:i])
            label_id, label_en = field_label(name)
            raise self.fail((*path, name), f"{label_id} '{repeated}' disebut dua kali", f"{label_en} '{repeated}' is listed twice")
        self.plan.references[kind].update(keys)
        return keys

    # records -----------------------------------------------------------------------------
    def build(self) -> Plan:
        document, plan = self.document, self.plan
        if "host" in document:
            self.host(document["host"])
        seen: dict = {}
        for index, item in enumerate(document.get("topics", ())):
            path = ("topics", index)
            self.unique(seen, item["key"], (*path, "key"), ("kode topik", "topic key"))
            plan.topics.append({"key": item["key"], "name": self.text(item, "name", path, True),
                                "description": self.text(item, "description", path)})
        seen = {}
        for index, item in enumerate(document.get("institutions", ())):
            path = ("institutions", index)
            self.unique(seen, item["key"], (*path, "key"), ("kode instansi", "institution key"))
            row = {"key": item["key"], "name": self.text(item, "name", path, True), "kind": item.get("kind")}
            for name in ("short_name", "province", "address", "phone", "email"):
                row[name] = self.text(item, name, path)
            plan.institutions.append(row)
        self.sites()
        seen = {}
        for index, item in enumerate(document.get("travel_times", ())):
            path = ("travel_times", index)
            self.unique(seen, (item["from"], item["to"]), path, ("waktu tempuh", "travel time"))
            plan.references["site"].update((item["from"], item["to"]))
            plan.travel_times.append((item["from"], item["to"], self.number(item, "minutes", path)))
        self.presenters()
        plan.version = int(document.get("version", 1))
        self.visits()
        if plan.version >= 2:
            self.letter_settings()
            self.letters()
            self.agenda_revisions()
            self.protocols()
            from studitiru.services.photo_exchange import photo_rows, report_note_rows  # noqa: PLC0415

            plan.photos = photo_rows(list(document.get("photos", ())), self.fail)
            plan.report_notes = report_note_rows(list(document.get("activity_reports", ())), self.text, self.fail)
        return plan

    def protocols(self) -> None:
        from studitiru.services import protocol  # noqa: PLC0415

        item = self.document.get("protocol_settings")
        if item is not None:
            try:
                self.plan.protocol_settings = protocol.settings_from_json(item)
            except (KeyError, TypeError, ValueError) as error:
                raise self.fail(("protocol_settings",), f"pengaturan protokol tidak terbaca ({error})",
                                f"the protocol settings cannot be read ({error})") from error
        seen: dict = {}
        for index, item in enumerate(self.document.get("protocols", ())):
            path = ("protocols", index)
            self.unique(seen, item["visit"], path, ("protokol kunjungan", "visit protocol"))
            try:
                self.plan.protocols.append(protocol.protocol_from_json(item))
            except (KeyError, TypeError, ValueError) as error:
                raise self.fail(path, f"protokol tidak terbaca ({error})", f"the protocol cannot be read ({error})") from error

    def agenda_revisions(self) -> None:
        from studitiru.services.revisions import revision_from_json  # noqa: PLC0415

        seen: dict = {}
        for index, item in enumerate(self.document.get("agenda_revisions", ())):
            path = ("agenda_revisions", index)
            self.unique(seen, (item["visit"], str(item["number"])), path, ("revisi agenda", "agenda revision"))
            try:
                self.plan.agenda_revisions.append(revision_from_json(item))
            except ValueError as error:
                raise self.fail(path, f"revisi agenda tidak terbaca ({error})", f"the agenda revision cannot be read ({error})") from error

    def letter_settings(self) -> None:
        from studitiru.domain.letters import settings_from_dict, settings_to_dict  # noqa: PLC0415
        from studitiru.services.letters import validate_settings  # noqa: PLC0415

        item = self.document.get("letter_settings")
        if item is None:
            return
        path = ("letter_settings",)
        for name in ("pattern", "unit", "city"):
            self.text(item, name, path)
        try:
            settings = validate_settings(settings_from_dict(item))
        except UserError as error:
            raise self.fail(path, error.message("id"), error.message("en")) from error
        self.plan.letter_settings = settings_to_dict(settings)

    def letters(self) -> None:
        seen: dict = {}
        issued: dict = {}
        for index, item in enumerate(self.document.get("letters", ())):
            path = ("letters", index)
            year, sequence = item["year"], item["sequence"]
            self.unique(seen, (str(year), str(sequence)), path, ("nomor urut surat", "letter sequence"))
            issued_on = self.day(item, "date", path)
            if issued_on.year != year:
                raise self.fail((*path, "date"), f"tanggal surat tidak di tahun {year}", f"the letter's date is not in {year}")
            row = {"year": year, "sequence": sequence, "number": self.text(item, "number", path, True),
                   "issued_on": issued_on, "kind": item["kind"], "visit_key": item.get("visit"),
                   "target": item.get("target") or "", "addressee": self.text(item, "addressee", path) or "",
                   "subject": self.text(item, "subject", path) or "", "lang": item.get("lang", "id"),
                   "status": item["status"], "voided_on": self.day(item, "voided_on", path),
                   "void_reason": self.text(item, "void_reason", path), "replaces": self.text(item, "replaces", path),
                   "_index": index}
            if row["status"] == "issued" and row["visit_key"] is not None:
                self.unique(issued, (row["visit_key"], row["kind"], row["target"]), path,
                            ("surat terbit yang sama untuk kunjungan", "the same issued letter of visit"))
            self.plan.letters.append(row)

    def host(self, item: dict) -> None:
        path = ("host",)
        timezone = item.get("timezone") or "Asia/Pontianak"
        if timezone not in available_timezones():
            raise self.fail((*path, "timezone"), f"zona waktu '{timezone}' tidak dikenal (contoh: Asia/Pontianak)",
                            f"the time zone '{timezone}' is unknown (for example Asia/Pontianak)")
        self.plan.host = {"name": self.text(item, "name", path) or "", "office": self.text(item, "office", path),
                          "address": self.text(item, "address", path), "timezone": timezone}

    def sites(self) -> None:
        seen: dict = {}
        for index, item in enumerate(self.document.get("sites", ())):
            path = ("sites", index)
            self.unique(seen, item["key"], (*path, "key"), ("kode lokasi", "site key"))
            row = {"key": item["key"], "name": self.text(item, "name", path, True),
                   "capacity": self.number(item, "capacity", path), "exclusive": bool(item.get("exclusive", False)),
                   "has_opening_hours": "opening_hours" in item}
            for name in ("short_name", "address", "contact_name", "contact_phone", "notes"):
                row[name] = self.text(item, name, path)
            windows = []
            for w_index, window in enumerate(item.get("opening_hours", ())):
                if window["closes"] <= window["opens"]:
                    raise self.fail((*path, "opening_hours", w_index, "closes"), "jam tutup harus sesudah jam buka",
                                    "the closing time must be after the opening time")
                windows.append((window["weekday"], window["opens"], window["closes"]))
            self.plan.opening_hours[item["key"]] = windows
            self.plan.sites.append(row)

    def presenters(self) -> None:
        seen: dict = {}
        for index, item in enumerate(self.document.get("presenters", ())):
            path = ("presenters", index)
            key = item["key"]
            self.unique(seen, key, (*path, "key"), ("kode narasumber", "presenter key"))
            row = {"key": key, "name": self.text(item, "name", path, True)}
            for name in ("position", "organisation", "phone", "email"):
                row[name] = self.text(item, name, path)
            self.plan.presenters.append(row)
            self.plan.presenter_topics[key] = self.key_list(item, "topics", path, "topic")
            periods = []
            for p_index, period in enumerate(item.get("unavailable", ())):
                p_path = (*path, "unavailable", p_index)
                starts, ends = self.moment(period, "starts_at", p_path), self.moment(period, "ends_at", p_path)
                if ends <= starts:
                    raise self.fail((*p_path, "ends_at"), "akhir masa berhalangan harus sesudah awalnya",
                                    "an unavailable period must end after it starts")
                periods.append((starts, ends, self.text(period, "reason", p_path)))
            self.plan.unavailable[key] = periods

    def visits(self) -> None:
        plan = self.plan
        seen_visits: dict = {}
        seen_sessions: dict = {}
        seen_lessons: dict = {}
        for v_index, item in enumerate(self.document.get("visits", ())):
            path = ("visits", v_index)
            key = item["key"]
            self.unique(seen_visits, key, (*path, "key"), ("kode kunjungan", "visit key"))
            starts_on, ends_on = self.day(item, "starts_on", path), self.day(item, "ends_on", path)
            if ends_on < starts_on:
                raise self.fail((*path, "ends_on"), "tanggal selesai tidak boleh sebelum tanggal mulai",
                                "the end date cannot be before the start date")
            if (ends_on - starts_on).days > 366:
                raise self.fail((*path, "ends_on"), "kunjungan lebih dari setahun", "the visit lasts more than a year")
            plan.references["institution"].add(item["institution"])
            leader, liaison = item.get("leader") or {}, item.get("liaison") or {}
            request, reply = item.get("request_letter") or {}, item.get("reply_letter") or {}
            plan.visits.append({
                "key": key, "title": self.text(item, "title", path, True), "institution": item["institution"],
                "status": item.get("status", "requested"), "starts_on": starts_on, "ends_on": ends_on,
                "leader_name": self.text(leader, "name", (*path, "leader")),
                "leader_position": self.text(leader, "position", (*path, "leader")),
                "liaison_name": self.text(liaison, "name", (*path, "liaison")),
                "liaison_position": self.text(liaison, "position", (*path, "liaison")),
                "headcount": self.number(item, "headcount", path), "purpose": self.text(item, "purpose", path),
                "request_letter_number": self.text(request, "number", (*path, "request_letter")),
                "request_letter_date": self.day(request, "date", (*path, "request_letter")),
                "reply_letter_number": self.text(reply, "number", (*path, "reply_letter")),
                "reply_letter_date": self.day(reply, "date", (*path, "reply_letter")),
                "notes": self.text(item, "notes", path),
            })
            if plan.version >= 2:
                plan.visits[-1].update({
                    "leader_phone": self.text(leader, "phone", (*path, "leader")),
                    "leader_email": self.text(leader, "email", (*path, "leader")),
                    "liaison_phone": self.text(liaison, "phone", (*path, "liaison")),
                    "liaison_email": self.text(liaison, "email", (*path, "liaison")),
                    "liaison_nip": self.text(liaison, "nip", (*path, "liaison")),
                    "liaison_rank": self.text(liaison, "rank", (*path, "liaison")),
                    "dress": self.text(item, "dress", path),
                })
                for ordinal, officer in enumerate(item.get("officers", ())):
                    o_path = (*path, "officers", ordinal)
                    plan.officers.append({"visit": key, "ordinal": ordinal, "name": self.text(officer, "name", o_path, True),
                                          **{name: self.text(officer, name, o_path) for name in ("position", "rank", "nip")}})
            plan.visit_topics[key] = self.key_list(item, "topics", path, "topic")
            for ordinal, person in enumerate(item.get("participants", ())):
                p_path = (*path, "participants", ordinal)
                row = {"visit": key, "ordinal": ordinal + 1, "name": self.text(person, "name", p_path, True),
                       "role": person.get("role", "member")}
                for name in ("position", "institution", "phone", "email"):
                    row[name] = self.text(person, name, p_path)
                plan.participants.append(row)
            own_sessions = set()
            for s_index, session in enumerate(item.get("sessions", ())):
                self.session(session, key, (*path, "sessions", s_index), seen_sessions)
                own_sessions.add(session["key"])
            for l_index, lesson in enumerate(item.get("lessons", ())):
                l_path = (*path, "lessons", l_index)
                if "key" in lesson:
                    self.unique(seen_lessons, lesson["key"], (*l_path, "key"), ("kode pembelajaran", "lesson key"))
                if "session" in lesson and lesson["session"] not in own_sessions:
                    raise self.fail((*l_path, "session"), f"acara '{lesson['session']}' tidak ada di kunjungan {key}",
                                    f"there is no session '{lesson['session']}' in visit {key}")
                if "topic" in lesson:
                    plan.references["topic"].add(lesson["topic"])
                row = {"key": lesson.get("key"), "visit": key, "topic": lesson.get("topic"), "session": lesson.get("session"),
                       "observation": self.text(lesson, "observation", l_path, True),
                       "status": lesson.get("status", "noted"), "follow_up_on": self.day(lesson, "follow_up_on", l_path),
                       "_visit_index": v_index, "_index": l_index, "_keyed": "key" in lesson}
                for name in ("recommendation", "owner", "follow_up_note"):
                    row[name] = self.text(lesson, name, l_path)
                row["indicator"] = self.text(lesson, "indicator", l_path) if plan.version >= 2 else None
                plan.lessons.append(row)

    def session(self, item: dict, visit: str, path: tuple, seen: dict) -> None:
        key = item["key"]
        self.unique(seen, key, (*path, "key"), ("kode acara", "session key"))
        starts, ends = self.moment(item, "starts_at", path), self.moment(item, "ends_at", path)
        if ends <= starts:
            raise self.fail((*path, "ends_at"), "waktu selesai harus sesudah waktu mulai", "the end must be after the start")
        site = item.get("site")
        if site is not None:
            self.plan.references["site"].add(site)
        self.plan.sessions.append({
            "key": key, "visit": visit, "starts_at": starts, "ends_at": ends, "title": self.text(item, "title", path, True),
            "kind": item.get("kind"), "site": site, "headcount": self.number(item, "headcount", path),
            "notes": self.text(item, "notes", path),
        })
        self.plan.session_presenters.extend((key, p) for p in self.key_list(item, "presenters", path, "presenter"))
        self.plan.session_topics.extend((key, t) for t in self.key_list(item, "topics", path, "topic"))


def _json_path(path: Iterable) -> str:
    return json_path(tuple(path))


def build_plan(document: dict, source: str) -> Plan:
    """Check the values of a schema-valid document and make its rows."""
    return _Builder(document, source).build()
