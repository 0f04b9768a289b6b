"""The welcome's protocol: the office's order of precedence and rundown template, each visit's
people, ranks, seat moves and rundown (revision 0008). One action, one transaction; plain records.

The people of a visit's welcome come from the visit itself: the presenters of the welcome
session (the first session of kind reception, else the first session) are the host's officials,
the leader and the participants the delegation. What the officer confirmed or changed is stored
per person (`VisitProtocol.people`, by ref) and merged onto that list each time it is read, so
that a participant added later shows up with a suggested rank, and one removed is gone.
"""

from __future__ import annotations

import json
from dataclasses import replace

from studitiru.db import models as m
from studitiru.db import versions
from studitiru.db.engine import Database
from studitiru.domain import protocol as p
from studitiru.errors import ChangedByOtherError, ValidationError
from studitiru.services.visits import visit_row

MAX_HEAD = 9
NAME_LIMIT = 200


# --- versions: another officer's change refused, this window's own steps not -----------------

def _check_seen(session, table: str, ident: int, seen: int, current: int, message_id: str, message_en: str) -> None:  # noqa: ANN001
    """Refuse when another writer changed the row since the version seen (0: unchecked). Versions
    this window wrote itself (`db.versions`: an earlier step of its own undo stack) are no conflict,
    so that undoing two steps in a row works."""
    if not seen or seen == current:
        return
    own = session.info.get(versions._COMMITTED, set())  # noqa: SLF001 - the same record of own writes as the ORM models'
    if seen > current or not all((table, ident, v) in own for v in range(seen + 1, current + 1)):
        raise ChangedByOtherError(message_id, message_en)


def _written(session, table: str, ident: int, version: int) -> None:  # noqa: ANN001
    """Note a version this window wrote (kept as its own once the transaction commits)."""
    pending = session.info.get(versions._PENDING)  # noqa: SLF001
    if pending is not None:
        pending.append((table, ident, version))


# --- the office's settings ------------------------------------------------------------------

def get_office(db: Database) -> p.OfficeProtocol:
    with db.read() as session:
        return _office(session)


def _office(session) -> p.OfficeProtocol:  # noqa: ANN001 - an ORM session
    row = session.get(m.ProtocolSettings, 1)
    if row is None:
        return p.default_office()
    try:
        return p.office_from_dict(json.loads(row.data), row.row_version)
    except (ValueError, TypeError):
        return replace(p.default_office(), version=row.row_version)


def save_office(db: Database, office: p.OfficeProtocol) -> p.OfficeProtocol:
    """Store the office's precedence and rundown template; returns them as stored, with the new
    row version. Refused if another officer changed them since `office.version` (0: unchecked)."""
    _check_rundown(office.rundown, "template")
    if not office.table.ranks:
        raise ValidationError("Urutan preseden kosong: paling sedikit satu peringkat.",
                              "The order of precedence is empty: at least one rank is needed.")
    data = json.dumps(p.office_to_dict(office), ensure_ascii=False, sort_keys=True)
    with db.write() as session:
        row = session.get(m.ProtocolSettings, 1)
        if row is None:
            session.add(m.ProtocolSettings(id=1, data=data))
        else:
            _check_seen(session, "protocol_settings", 1, office.version, row.row_version,
                        "Pengaturan protokol telah diubah oleh petugas lain; muat ulang lalu coba lagi.",
                        "The protocol settings were changed by another officer; reload and try again.")
            row.data = data
        session.flush()
        stored = _office(session)
        _written(session, "protocol_settings", 1, stored.version)
        return stored


# --- a visit's protocol ---------------------------------------------------------------------

def welcome_protocol(db: Database, visit_key: str) -> p.WelcomeProtocol:
    """The visit's welcome protocol (NotFoundError for an unknown visit)."""
    from studitiru.services.report_data import visit_report_data  # the one way the reports read a visit

    data = visit_report_data(db, visit_key)
    with db.read() as session:
        office = _office(session)
        stored = _stored(session, visit_key)
    people = p.merge_people(p.derived_people(data.visit, data.presenters), stored.people)
    welcome = p.welcome_session(data.visit)
    site = data.sites.get(welcome.site) if welcome and welcome.site else None
    return p.WelcomeProtocol(data.host, data.visit, data.institution, welcome, site, office,
                           replace(stored, people=people), data.presenters)


def get_protocol(db: Database, visit_key: str) -> p.VisitProtocol:
    return welcome_protocol(db, visit_key).protocol


def _stored(session, visit_key: str) -> p.VisitProtocol:  # noqa: ANN001 - an ORM session
    visit = visit_row(session, visit_key, full=False)
    row = session.get(m.VisitProtocol, visit.id)
    if row is None:
        return p.VisitProtocol(visit_key)
    try:
        return p.protocol_from_dict(visit_key, json.loads(row.data), row.row_version)
    except (ValueError, TypeError):
        return p.VisitProtocol(visit_key, version=row.row_version)


def _check_rundown(items: tuple[p.RundownItem, ...], where: str) -> None:
    for number, item in enumerate(items, 1):
        if not item.title_id.strip():
            raise ValidationError(f"Susunan acara ({where}), baris {number}: nama acara kosong.",
                                  f"Order of events ({where}), line {number}: the item has no name.")
        if not 0 <= item.minutes <= 600:
            raise ValidationError(f"Susunan acara ({where}), baris {number} ({item.title_id}): lama harus 0 sampai 600 menit.",
                                  f"Order of events ({where}), line {number} ({item.title_id}): minutes must be 0 to 600.")


def validate_protocol(protocol: p.VisitProtocol, table: p.PrecedenceTable) -> p.VisitProtocol:
    """Trimmed names; a rank the table does not have, a spouse of nobody, a head table of an
    impossible size or a move of a stranger refused in one sentence naming the person."""
    refs = {person.ref for person in protocol.people}
    people = []
    for person in protocol.people:
        name = " ".join(person.name.split())
        if not name:
            raise ValidationError(f"Protokol kunjungan {protocol.visit}: ada orang tanpa nama.",
                                  f"Protocol of visit {protocol.visit}: a person has no name.")
        if len(name) > NAME_LIMIT:
            raise ValidationError(f"Protokol kunjungan {protocol.visit}, {name[:40]}…: nama lebih dari {NAME_LIMIT} huruf.",
                                  f"Protocol of visit {protocol.visit}, {name[:40]}…: the name is over {NAME_LIMIT} characters.")
        if person.rank is not None and table.get(person.rank) is None:
            raise ValidationError(f"Protokol kunjungan {protocol.visit}, {name}: peringkat {person.rank} tidak ada dalam urutan preseden.",
                                  f"Protocol of visit {protocol.visit}, {name}: the rank {person.rank} is not in the order of precedence.")
        if person.spouse_of is not None and (person.spouse_of not in refs or person.spouse_of == person.ref):
            raise ValidationError(f"Protokol kunjungan {protocol.visit}, {name}: pasangan dari orang yang tidak ada dalam daftar.",
                                  f"Protocol of visit {protocol.visit}, {name}: spouse of someone not on the list.")
        people.append(replace(person, name=name, position=" ".join(person.position.split()),
                              honorific=person.honorific.strip(), represents=(person.represents or "").strip() or None))
    if not 1 <= protocol.head_size <= MAX_HEAD:
        raise ValidationError(f"Protokol kunjungan {protocol.visit}: meja utama harus 1 sampai {MAX_HEAD} kursi.",
                              f"Protocol of visit {protocol.visit}: the head table must have 1 to {MAX_HEAD} seats.")
    for move in protocol.moves:
        if move.ref not in refs:
            raise ValidationError(f"Protokol kunjungan {protocol.visit}: pemindahan kursi untuk orang yang tidak ada ({move.ref}).",
                                  f"Protocol of visit {protocol.visit}: a seat move for someone not on the list ({move.ref}).")
    if protocol.rundown is not None:
        _check_rundown(protocol.rundown, protocol.visit)
    return replace(protocol, people=tuple(people))


def save_protocol(db: Database, protocol: p.VisitProtocol) -> p.VisitProtocol:
    """Store a visit's protocol; returns it as stored, with its new row version (the undo step
    stores the one the window read before, checked against that version). Refused if another
    officer changed it since `protocol.version` (0: not checked).

    A position equal to the one the visit gives is stored empty ("follow the visit"), so that a
    participant's position corrected later on the Participants tab shows here too."""
    from studitiru.services.report_data import visit_report_data  # noqa: PLC0415

    data = visit_report_data(db, protocol.visit)  # NotFoundError for an unknown visit
    derived = {x.ref: x for x in p.derived_people(data.visit, data.presenters)}
    protocol = replace(protocol, people=tuple(
        replace(x, position="") if x.ref in derived and x.position == derived[x.ref].position else x
        for x in protocol.people))
    with db.write() as session:
        office = _office(session)
        protocol = validate_protocol(protocol, office.table)
        visit = visit_row(session, protocol.visit, full=False)
        row = session.get(m.VisitProtocol, visit.id)
        data = json.dumps(p.protocol_to_dict(protocol), ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(m.VisitProtocol(visit_id=visit.id, data=data))
        else:
            _check_seen(session, "visit_protocol", visit.id, protocol.version, row.row_version,
                        f"Protokol kunjungan {protocol.visit} telah diubah oleh petugas lain; muat ulang lalu coba lagi.",
                        f"The protocol of visit {protocol.visit} was changed by another officer; reload and try again.")
            row.data = data
        session.flush()
        stored = _stored(session, protocol.visit)
        _written(session, "visit_protocol", visit.id, stored.version)
        return stored


def confirm_rank(db: Database, visit_key: str, ref: str, code: str | None) -> p.VisitProtocol:
    """Confirm (or clear, with None) one person's rank; returns the protocol as stored."""
    current = get_protocol(db, visit_key)
    people = tuple(p.with_rank(person, code) if person.ref == ref else person for person in current.people)
    if all(person.ref != ref for person in people):
        raise ValidationError(f"Protokol kunjungan {visit_key}: tidak ada orang {ref}.",
                              f"Protocol of visit {visit_key}: there is no person {ref}.")
    return save_protocol(db, replace(current, people=people))


def move_seat(db: Database, visit_key: str, ref: str, seat: p.Seat) -> p.VisitProtocol:
    """The officer puts a person in a seat (kept as a move); returns the protocol as stored."""
    current = get_protocol(db, visit_key)
    return save_protocol(db, replace(current, moves=current.moves + (p.Move(ref, seat),)))


# --- the exchange file (version 2) ----------------------------------------------------------

def _item_json(item: p.RundownItem) -> dict:
    result: dict = {"code": item.code, "title": item.title_id}
    if item.title_en and item.title_en != item.title_id:
        result["title_en"] = item.title_en
    result["minutes"] = item.minutes
    if item.speaker is not p.Speaker.NONE:
        result["speaker"] = item.speaker.value
    if item.flexible:
        result["flexible"] = True
    if item.person:
        result["person"] = item.person
    return result


def _item_from_json(data: dict) -> p.RundownItem:
    return p.RundownItem(data["code"], data["title"], data.get("title_en") or data["title"], int(data["minutes"]),
                         p.Speaker(data.get("speaker", "")), bool(data.get("flexible", False)), data.get("person") or "")


def settings_json(session) -> dict | None:  # noqa: ANN001 - an ORM session
    """The office's protocol settings as the exchange file writes them (None: never set)."""
    if session.get(m.ProtocolSettings, 1) is None:
        return None
    office = _office(session)
    order = []
    for rank in office.table.ranks:
        entry: dict = {"code": rank.code, "scope": rank.scope.value}
        if rank.article:
            entry["article"] = rank.article
        if rank.text:
            entry["text"] = rank.text
        if rank.patterns:
            entry["patterns"] = list(rank.patterns)
        order.append(entry)
    return {"level": office.table.level.value, "order": order, "rundown": [_item_json(i) for i in office.rundown]}


def settings_from_json(data: dict) -> p.OfficeProtocol:
    """Raises ValueError naming what cannot be read."""
    table = p.table_from_dict({"level": data.get("level", "local"), "ranks": data.get("order") or p.table_to_dict(p.default_table())["ranks"]})
    rundown = tuple(_item_from_json(item) for item in data["rundown"]) if "rundown" in data else p.DEFAULT_RUNDOWN
    return p.OfficeProtocol(table, rundown)


def protocols_json(session, visit_keys: list[str] | None = None) -> list[dict]:  # noqa: ANN001
    """Every stored visit protocol (or the given visits'), by visit key, members in the schema's order."""
    from sqlalchemy import select  # noqa: PLC0415

    query = select(m.Visit.key, m.VisitProtocol.data).join(m.VisitProtocol, m.VisitProtocol.visit_id == m.Visit.id)
    if visit_keys is not None:
        query = query.where(m.Visit.key.in_(sorted(set(visit_keys))))
    result = []
    for key, data in sorted(session.execute(query).all(), key=lambda row: row[0]):
        try:
            protocol = p.protocol_from_dict(key, json.loads(data))
        except (ValueError, TypeError):
            continue
        result.append(protocol_json(protocol))
    return result


def protocol_json(protocol: p.VisitProtocol) -> dict:
    people = []
    for person in protocol.people:
        entry: dict = {"ref": person.ref, "side": person.side.value, "name": person.name}
        for name, value in (("position", person.position), ("honorific", person.honorific), ("rank", person.rank),
                            ("represents", person.represents), ("spouse_of", person.spouse_of)):
            if value:
                entry[name] = value
        if not person.present:
            entry["present"] = False
        people.append(entry)
    result: dict = {"visit": protocol.visit, "head_size": protocol.head_size}
    if people:
        result["people"] = people
    if protocol.moves:
        result["moves"] = [{"ref": move.ref, "seat": move.seat.code()} for move in protocol.moves]
    if protocol.rundown is not None:
        result["rundown"] = [_item_json(item) for item in protocol.rundown]
    return result


def protocol_from_json(data: dict) -> p.VisitProtocol:
    """Raises ValueError naming what cannot be read."""
    rundown = tuple(_item_from_json(item) for item in data["rundown"]) if "rundown" in data else None
    people = tuple(p.person_from_dict(item) for item in data.get("people", ()))
    moves = tuple(p.Move(item["ref"], p.Seat.parse(item["seat"])) for item in data.get("moves", ()))
    return p.VisitProtocol(data["visit"], people, int(data.get("head_size", 2)), moves, rundown)


def merge_from_exchange(session, settings: p.OfficeProtocol | None, protocols: list[p.VisitProtocol],  # noqa: ANN001
                        source: str) -> None:
    """An import's protocol part, inside its transaction: the settings replace the office's, each
    visit's protocol replaces that visit's. A visit that does not exist, or a rank the order does
    not have, refuses the whole import (ExchangeFileError naming it)."""
    from studitiru.errors import ExchangeFileError, NotFoundError  # noqa: PLC0415

    if settings is not None:
        data = json.dumps(p.office_to_dict(settings), ensure_ascii=False, sort_keys=True)
        row = session.get(m.ProtocolSettings, 1)
        if row is None:
            session.add(m.ProtocolSettings(id=1, data=data))
        else:
            row.data = data
        session.flush()
    table = _office(session).table
    for index, protocol in enumerate(protocols):
        where = f"{source}: protocols[{index}] ({protocol.visit})"
        try:
            protocol = validate_protocol(protocol, table)
            visit = visit_row(session, protocol.visit, full=False)
        except (ValidationError, NotFoundError) as error:
            raise ExchangeFileError(f"{where}: {error.message('id')}", f"{where}: {error.message('en')}") from None
        data = json.dumps(p.protocol_to_dict(protocol), ensure_ascii=False, sort_keys=True)
        row = session.get(m.VisitProtocol, visit.id)
        if row is None:
            session.add(m.VisitProtocol(visit_id=visit.id, data=data))
        else:
            row.data = data
