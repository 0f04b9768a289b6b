"""Smoke version of tools/two_officers.py (README "Fault injection"): two officers, each in
their own window, 100 random edits each at once on the engine under test (SQLite file, or
PostgreSQL with STUDITIRU_TEST_POSTGRES=1); every edit lands or is refused by name, and the
database equals the accepted edits replayed in order."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import two_officers  # noqa: E402


def test_two_officers_lose_no_update(database_url):
    figures = two_officers.run(database_url, 100, seed=7)
    assert figures["problems"] == []
    assert figures["accepted"] >= 30  # enough edits landed to mean something
    refused = sum(sum(kinds.values()) for kinds in figures["refused"].values())
    assert refused >= 5 and figures["accepted"] + figures["unchanged"] + refused == figures["edits"]
