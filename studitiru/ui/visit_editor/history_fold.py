"""Participant lists in a visit's history, told as what changed in them.

Replacing a visit's participant list (`services.visits.set_participants`, one transaction)
writes every participant again, and the history holds one 'insert' per participant: one role
changed read as three new participants. Here each such list is compared with the list before
it (as the history itself tells it): a participant whose fields are the same is left out, one
whose fields changed becomes one 'update' (those fields, before → after), one that is new an
'insert', one that is gone a 'delete'. Participants are matched by name, else by place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import groupby

from studitiru.services.history import HistoryEntry

PARTICIPANT = "participant"
#: Fields that say where a row is, not who the participant is.
_PLACE = {"ordinal", "visit_id"}


def _person(values: dict | None) -> dict:
    return {k: v for k, v in (values or {}).items() if k not in _PLACE}


def _name(values: dict | None) -> str:
    return " ".join(str((values or {}).get("name") or "").split()).casefold()


def fold_participant_lists(entries: Iterable[HistoryEntry]) -> list[HistoryEntry]:
    """The entries (newest first, as `visit_history` gives them) with each replaced
    participant list told as its real changes; other entries unchanged."""
    chronological = list(entries)[::-1]
    known: dict[str, dict] = {}  # record key → the participant's fields, as the history last told them
    told: list[HistoryEntry] = []
    for _, block in groupby(chronological, key=lambda e: e.changed_at):
        block = list(block)
        written = [e for e in block if e.record_kind == PARTICIPANT and e.action == "insert"]
        whole_list = any((e.record_key or "").endswith("#0") for e in written)  # a list replaced from its first row
        if not whole_list or not known:
            for entry in block:
                _remember(known, entry)
                told.append(entry)
            continue
        told += [e for e in block if e not in written]
        told += _compare(known, written, block[0])
        known.clear()
        for entry in written:
            known[entry.record_key or ""] = entry.after or {}
    return told[::-1]


def _remember(known: dict[str, dict], entry: HistoryEntry) -> None:
    if entry.record_kind != PARTICIPANT:
        return
    key = entry.record_key or ""
    if entry.action == "delete":
        known.pop(key, None)
    elif entry.action == "insert":
        known[key] = entry.after or {}
    elif entry.action == "update":
        known[key] = {**known.get(key, {}), **(entry.after or {})}


def _compare(known: dict[str, dict], written: list[HistoryEntry], first: HistoryEntry) -> list[HistoryEntry]:
    unmatched = dict(known)
    by_name = {_name(values): key for key, values in known.items()}
    pairs: list[tuple[HistoryEntry, str | None]] = []
    for entry in written:  # by name first
        old = by_name.get(_name(entry.after))
        if old is not None and old in unmatched:
            unmatched.pop(old)
            pairs.append((entry, old))
        else:
            pairs.append((entry, None))
    for index, (entry, old) in enumerate(pairs):  # then a renamed participant, by place
        if old is None and entry.record_key in unmatched:
            unmatched.pop(entry.record_key)
            pairs[index] = (entry, entry.record_key)
    told: list[HistoryEntry] = []
    for entry, old in pairs:
        if old is None:
            told.append(entry)
            continue
        before, after = _person(known[old]), _person(entry.after)
        changed = sorted(field for field in set(before) | set(after) if before.get(field) != after.get(field))
        if changed:  # named as the participant is now (the key of a list row says nothing to a user)
            told.append(replace(entry, action="update", record_key=after.get("name") or entry.record_key,
                                before={f: before.get(f) for f in changed}, after={f: after.get(f) for f in changed}))
    for key, values in unmatched.items():  # in the list before, not in this one
        told.append(replace(first, action="delete", record_kind=PARTICIPANT, record_key=values.get("name") or key,
                            before=values, after=None))
    return told
