"""Smoke version of tools/fault_kill.py (kill -9 at random moments during imports, single
edits, a restore and a migration; README "Fault injection"): one kill per scenario, each
followed by integrity_check, foreign_key_check and an export equal to before or after."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import fault_kill  # noqa: E402

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]


@pytest.mark.parametrize("scenario", ["import", "participants", "restore", "migrate-0001"])
def test_a_kill_leaves_the_database_before_or_after(scenario, tmp_path):
    result = fault_kill.run_scenario(scenario, 1, tmp_path, random.Random(7))
    assert result.failures == []
    assert result.kills == 1 and result.before + result.after + result.steps == 1


def test_the_check_tells_a_damaged_file(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    base, _ = fault_kill.prepare("move", tmp_path)
    data = bytearray(base.read_bytes())
    data[4096 * 3: 4096 * 3 + 200] = b"\x00" * 200  # a page of a table zeroed
    damaged.write_bytes(bytes(data))
    assert fault_kill.check_file(damaged) is not None
