"""Rows named by keys in a record (a visit's topics, a session's presenters…), refusing an
unknown key with one sentence that names the record and the field."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from studitiru.domain.validation import refuse


def rows_by_keys(session: OrmSession, model: type, keys: tuple[str, ...], record: Any, field: str,
                 word: tuple[str, str]) -> list:
    """The rows of `model` with these keys; `word` names one of them (Indonesian, English)."""
    rows = list(session.scalars(select(model).where(model.key.in_(keys)))) if keys else []
    missing = sorted(set(keys) - {row.key for row in rows})
    if missing:
        raise refuse(record, field, f"tidak ada {word[0]} dengan kode {missing[0]}",
                     f"there is no {word[1]} with the key {missing[0]}")
    return rows
