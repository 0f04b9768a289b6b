"""Keys for records made in the program: visits `ST-2026-001`, their sessions
`ST-2026-001-1`, lessons `ST-2026-001-L1`, and register keys made from a name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_VISIT_KEY = re.compile(r"^ST-(\d{4})-(\d+)$")


def visit_key(year: int, existing: Iterable[str]) -> str:
    """The next free `ST-<year>-<nnn>` after the highest number used that year."""
    highest = 0
    for key in existing:
        match = _VISIT_KEY.match(key)
        if match and int(match.group(1)) == year:
            highest = max(highest, int(match.group(2)))
    return f"ST-{year}-{highest + 1:03d}"


def child_key(visit_key_: str, existing: Iterable[str], marker: str = "") -> str:
    """The next free `<visit>-<n>` (sessions) or `<visit>-L<n>` (lessons, marker 'L')."""
    pattern = re.compile(rf"^{re.escape(visit_key_)}-{marker}(\d+)$")
    highest = 0
    taken = set()
    for key in existing:
        taken.add(key)
        match = pattern.match(key)
        if match:
            highest = max(highest, int(match.group(1)))
    number = highest + 1
    while f"{visit_key_}-{marker}{number}" in taken:
        number += 1
    key = f"{visit_key_}-{marker}{number}"
    if len(key) > 64:
        raise ValueError(f"key too long: {key}")
    return key


def slug_key(name: str, existing: Iterable[str]) -> str:
    """A readable key from a name ('RSUD Sultan Syarif' -> 'rsud-sultan-syarif'), unique among `existing`."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    base = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:56] or "item"
    taken = set(existing)
    key, number = base, 2
    while key in taken:
        key = f"{base}-{number}"
        number += 1
    return key
