"""Shared helpers for the exchange, CLI and check tests (no Qt)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.json"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def mutated(change) -> dict:  # noqa: ANN001 - a function that edits the document in place
    document = copy.deepcopy(example())
    change(document)
    return document


def second_visit(key: str = "ST-2025-020", session_start: str = "2025-12-01T09:30", presenter: str = "sekda") -> dict:
    """A visit of another institution whose session overlaps ST-2025-014-1 with the same presenter."""
    return {
        "key": key, "title": "Studi tiru MPP", "institution": "pemkab-balangan", "status": "confirmed",
        "starts_on": session_start[:10], "ends_on": session_start[:10],
        "sessions": [{"key": f"{key}-1", "starts_at": session_start, "ends_at": session_start[:11] + "11:00",
                      "title": "Paparan", "kind": "presentation", "site": "rsud-ssma", "presenters": [presenter]}],
    }
