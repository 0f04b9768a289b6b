"""Exchange files (`spec/exchange.schema.json`): import with the merge rules of `spec/CLI.md`,
and deterministic export.

An import is checked whole before anything is written: the JSON itself, the schema, the
values the schema cannot say (an end after its start, a real calendar day), the keys that
must be unique in the file, and then, inside the one write transaction, every reference
against the file and the database. Any refusal is one `ExchangeFileError` whose message
names the file, the record and the JSON path; the database is then left exactly as it was.

Merge rules: topics, institutions, sites and presenters with an existing key are updated in
place, and a field the file leaves out becomes empty (or its default): the file is the whole
record. A site's opening hours and a presenter's topics and unavailable periods are replaced
by the file's. Travel times are upserted by (from, to). A visit with an existing key is
replaced whole, with its participants, sessions and lessons. The host settings are replaced
when the file has `host`. Nothing absent from the file is deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from os import PathLike
from pathlib import Path

from sqlalchemy import select

from studitiru.collector import pausing
from studitiru.db import bulk, history
from studitiru.db import models as m
from studitiru.db.engine import Database
from studitiru.errors import ExchangeFileError, UserError
from studitiru.services.exchange_export import export_bytes, export_document, export_file
from studitiru.services.exchange_plan import Plan, build_plan
from studitiru.services.exchange_schema import check_schema, refusal

__all__ = [
    "ImportCounts", "import_document", "import_file", "read_document", "check_document",
    "import_plan", "export_document", "export_bytes", "export_file",
]


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """How many records of each kind the file held (each one inserted or updated)."""

    topics: int = 0
    institutions: int = 0
    sites: int = 0
    presenters: int = 0
    visits: int = 0
    sessions: int = 0
    participants: int = 0
    lessons: int = 0
    travel_times: int = 0

    def message(self, lang: str = "id") -> str:
        """'Diimpor: 2 topik, 1 instansi, 2 lokasi, 2 narasumber, 1 kunjungan (2 acara, 1 peserta, 1 pembelajaran).'"""
        if lang == "en":
            def n(count: int, word: str) -> str:
                return f"{count} {word}" if count == 1 else f"{count} {word}s"
            return (
                f"Imported: {n(self.topics, 'topic')}, {n(self.institutions, 'institution')}, {n(self.sites, 'site')}, "
                f"{n(self.presenters, 'presenter')}, {n(self.visits, 'visit')} ({n(self.sessions, 'session')}, "
                f"{n(self.participants, 'participant')}, {n(self.lessons, 'lesson')})."
            )
        return (
            f"Diimpor: {self.topics} topik, {self.institutions} instansi, {self.sites} lokasi, "
            f"{self.presenters} narasumber, {self.visits} kunjungan ({self.sessions} acara, "
            f"{self.participants} peserta, {self.lessons} pembelajaran)."
        )

    def as_dict(self) -> dict[str, int]:
        return {item.name: getattr(self, item.name) for item in fields(self)}


@pausing
def read_document(path: str | PathLike[str]) -> dict:
    """The JSON of an exchange file; refuses an unreadable file or invalid JSON (naming line and column)."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as error:
        raise ExchangeFileError(f"{source}: berkas tidak ditemukan.", f"{source}: file not found.") from error
    except IsADirectoryError as error:
        raise ExchangeFileError(f"{source}: ini folder, bukan berkas.", f"{source}: this is a folder, not a file.") from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExchangeFileError(f"{source}: berkas tidak dapat dibaca ({reason}).", f"{source}: the file cannot be read ({reason}).") from error
    return parse_document(data, source)


def parse_document(data: bytes, source: str) -> dict:
    """Decode UTF-8 (a byte-order mark is allowed) and parse JSON, refusing duplicate member names."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ExchangeFileError(
            f"{source}: bukan teks UTF-8 (baris {line}, bita ke-{error.start + 1}).",
            f"{source}: not UTF-8 text (line {line}, byte {error.start + 1}).",
        ) from error
    try:
        document = json.loads(text, object_pairs_hook=_unique_members)
    except json.JSONDecodeError as error:
        raise ExchangeFileError(
            f"{source}: bukan JSON yang sah (baris {error.lineno}, kolom {error.colno}: {error.msg}).",
            f"{source}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}).",
        ) from error
    except _DuplicateMember as error:
        name = error.args[0]
        raise ExchangeFileError(
            f"{source}: JSON memuat kolom '{name}' dua kali dalam satu objek.",
            f"{source}: the JSON has the field '{name}' twice in one object.",
        ) from error
    except RecursionError as error:
        raise ExchangeFileError(f"{source}: JSON bersarang terlalu dalam.", f"{source}: the JSON is nested too deeply.") from error
    if not isinstance(document, dict):
        raise ExchangeFileError(
            f"{source}: bukan berkas pertukaran Studi Tiru (isinya harus satu objek JSON).",
            f"{source}: not a Studi Tiru exchange file (it must hold one JSON object).",
        )
    return document


class _DuplicateMember(ValueError):
    pass


def _unique_members(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for name, _value in pairs:
            if name in seen:
                raise _DuplicateMember(name)
            seen.add(name)
    return result


@pausing
def check_document(document: dict, source: str) -> Plan:
    """Everything that can be checked without the database: the schema, values, keys unique in the file."""
    if not isinstance(document, dict):
        raise ExchangeFileError(
            f"{source}: bukan berkas pertukaran Studi Tiru (isinya harus satu objek JSON).",
            f"{source}: not a Studi Tiru exchange file (it must hold one JSON object).",
        )
    check_schema(document, source)
    return build_plan(document, source)


class ImportCancelled(UserError):
    """The officer cancelled an import: its one transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("Impor dibatalkan; basis data tidak berubah.", "The import was cancelled; the database is unchanged.")


def plan_rows(plan: Plan) -> int:
    """About how many rows writing `plan` inserts (for a progress bar)."""
    return (len(plan.topics) + len(plan.institutions) + len(plan.sites) + len(plan.presenters) + len(plan.visits)
            + len(plan.participants) + len(plan.sessions) + len(plan.session_presenters) + len(plan.session_topics)
            + len(plan.lessons) + len(plan.travel_times) + len(plan.officers)
            + sum(len(v) for v in plan.visit_topics.values()) + sum(len(v) for v in plan.opening_hours.values())
            + sum(len(v) for v in plan.presenter_topics.values()) + sum(len(v) for v in plan.unavailable.values()))


@pausing
def import_plan(db: Database, plan: Plan, progress: Callable[[int, int], None] | None = None) -> ImportCounts:
    """Write a checked plan in one transaction, after checking its references against the database.
    `progress(done, total)`: called as rows are written (from the thread that imports); it may
    raise (`ImportCancelled`) to cancel, and then nothing of the import is left."""
    if progress is not None:
        total, done = max(plan_rows(plan), 1), [0]

        def written(rows: int) -> None:
            done[0] = min(done[0] + rows, total)
            progress(done[0], total)

        token = bulk.ROWS_WRITTEN.set(written)
        try:
            progress(0, total)
            return import_plan(db, plan)
        finally:
            bulk.ROWS_WRITTEN.reset(token)
    with db.write() as session:
        bulk.lock_for_import(session)
        existing = bulk.read_existing_keys(session)
        _check_references(plan, existing)
        _check_letters(session, plan)
        plan.assign_lesson_keys(existing)
        from studitiru.services.photo_exchange import merge_photos, merge_report_notes, remember_session_links  # noqa: PLC0415

        photo_links = remember_session_links(session, [visit["key"] for visit in plan.visits])
        bulk.write_plan(session, plan, existing)
        if plan.agenda_revisions:
            from studitiru.services.revisions import merge_revisions  # noqa: PLC0415

            merge_revisions(session, plan.agenda_revisions)
        if plan.protocol_settings is not None or plan.protocols:
            from studitiru.services.protocol import merge_from_exchange  # noqa: PLC0415

            merge_from_exchange(session, plan.protocol_settings, plan.protocols, plan.source)
        merge_photos(session, plan.photos, photo_links, plan.source)
        merge_report_notes(session, plan.report_notes, plan.source)
        counts = ImportCounts(
            topics=len(plan.topics), institutions=len(plan.institutions), sites=len(plan.sites),
            presenters=len(plan.presenters), visits=len(plan.visits), sessions=len(plan.sessions),
            participants=len(plan.participants), lessons=len(plan.lessons), travel_times=len(plan.travel_times),
        )
        written = {"topic": [row["key"] for row in plan.topics], "institution": [row["key"] for row in plan.institutions],
                   "site": [row["key"] for row in plan.sites], "presenter": [row["key"] for row in plan.presenters],
                   "travel_time": [f"{a}->{b}" for a, b, _minutes in plan.travel_times]}
        history.record_import(session, db, plan.source, sorted(plan.visit_keys), counts.as_dict(), written)
    return counts


@pausing
def import_document(db: Database, document: dict, source: str) -> ImportCounts:
    """Merge an exchange document into the database, all or nothing."""
    return import_plan(db, check_document(document, source))


@pausing
def import_file(db: Database, path: str | PathLike[str]) -> ImportCounts:
    """Read, check and merge an exchange file, all or nothing."""
    return import_document(db, read_document(path), str(path))


# --- references --------------------------------------------------------------------------

#: (collection in the document, the field that refers, the register it refers to).
_REFERENCES = {
    "topic": ("topik", "topic"),
    "institution": ("instansi", "institution"),
    "site": ("lokasi", "site"),
    "presenter": ("narasumber", "presenter"),
}


def _check_references(plan: Plan, existing: bulk.ExistingKeys) -> None:
    known = {
        "topic": plan.topic_keys | existing.topics.keys(),
        "institution": plan.institution_keys | existing.institutions.keys(),
        "site": plan.site_keys | existing.sites.keys(),
        "presenter": plan.presenter_keys | existing.presenters.keys(),
    }
    unknown = {kind: plan.references[kind] - known[kind] for kind in known}
    if any(unknown.values()):
        for kind, path, key in _walk_references(plan.document):
            if key in unknown[kind]:
                kind_id, kind_en = _REFERENCES[kind]
                raise refusal(
                    plan.source, plan.document, path,
                    f"{kind_id} '{key}' tidak ada di berkas maupun di basis data",
                    f"there is no {kind_en} '{key}' in the file or in the database",
                )
    # A session or lesson key that another visit of the database, not replaced by this file, holds.
    replaced = plan.visit_keys
    for name, taken, owner_kind in (("sessions", existing.sessions, ("acara", "session")),
                                    ("lessons", existing.lessons, ("pembelajaran", "lesson"))):
        own_keys = plan.session_keys if name == "sessions" else plan.lesson_keys
        clashes = {key for key in own_keys if key in taken and taken[key] not in replaced}
        if not clashes:
            continue
        for v_index, visit in enumerate(plan.document.get("visits", ())):
            for index, item in enumerate(visit.get(name, ())):
                key = item.get("key")
                if key in clashes:
                    raise refusal(
                        plan.source, plan.document, ("visits", v_index, name, index, "key"),
                        f"kode {owner_kind[0]} '{key}' sudah dipakai kunjungan {taken[key]} di basis data",
                        f"the {owner_kind[1]} key '{key}' is already used by visit {taken[key]} in the database",
                    )


def _check_letters(session, plan: Plan) -> None:  # noqa: ANN001 - the write transaction's ORM session
    """A new issued letter of the file whose visit, kind and presenter already have another issued
    letter in the database is refused: one of the two must be voided first."""
    if not plan.letters:
        return
    table = m.Letter.__table__
    numbers = {(y, q) for y, q in session.execute(select(table.c.year, table.c.sequence))}
    issued = {(v, k, t): (number, (y, q)) for v, k, t, number, y, q in session.execute(
        select(table.c.visit_key, table.c.kind, table.c.target, table.c.number, table.c.year, table.c.sequence)
        .where(table.c.status == "issued"))}
    voided_by_file = {(row["year"], row["sequence"]) for row in plan.letters if row["status"] == "void"}
    for row in plan.letters:
        identity = (row["visit_key"], row["kind"], row["target"])
        if row["status"] != "issued" or row["visit_key"] is None or (row["year"], row["sequence"]) in numbers:
            continue
        if identity in issued and issued[identity][1] not in voided_by_file:
            raise refusal(plan.source, plan.document, ("letters", row["_index"]),
                          f"kunjungan {row['visit_key']} sudah punya surat {row['kind']} yang terbit di basis data "
                          f"(nomor {issued[identity][0]}); batalkan salah satunya dulu",
                          f"visit {row['visit_key']} already has an issued {row['kind']} letter in the database "
                          f"(number {issued[identity][0]}); void one of them first")


def _walk_references(document: dict):  # noqa: ANN202 - a generator of (kind, path, key)
    """Every reference of the document, in document order (only walked to name a failure)."""
    for index, presenter in enumerate(document.get("presenters", ())):
        for t_index, key in enumerate(presenter.get("topics", ())):
            yield "topic", ("presenters", index, "topics", t_index), key
    for index, travel in enumerate(document.get("travel_times", ())):
        yield "site", ("travel_times", index, "from"), travel["from"]
        yield "site", ("travel_times", index, "to"), travel["to"]
    for v_index, visit in enumerate(document.get("visits", ())):
        base = ("visits", v_index)
        yield "institution", (*base, "institution"), visit["institution"]
        for t_index, key in enumerate(visit.get("topics", ())):
            yield "topic", (*base, "topics", t_index), key
        for s_index, item in enumerate(visit.get("sessions", ())):
            if "site" in item:
                yield "site", (*base, "sessions", s_index, "site"), item["site"]
            for p_index, key in enumerate(item.get("presenters", ())):
                yield "presenter", (*base, "sessions", s_index, "presenters", p_index), key
            for t_index, key in enumerate(item.get("topics", ())):
                yield "topic", (*base, "sessions", s_index, "topics", t_index), key
        for l_index, lesson in enumerate(visit.get("lessons", ())):
            if "topic" in lesson:
                yield "topic", (*base, "lessons", l_index, "topic"), lesson["topic"]
