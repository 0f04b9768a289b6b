"""The timetable's live check: incremental updates give what a whole check gives."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from studitiru.domain import rules
from studitiru.services import checks
from studitiru.ui.timetable.live_check import LiveCheck, by_session

sys.path.insert(0, str(Path(__file__).parent))
from helpers import make_context  # noqa: E402
from timetable_fixtures import crowded_day  # noqa: E402


def test_moves_and_deletes_update_the_findings_as_a_full_check_would(tmp_path):
    context = make_context(tmp_path)
    crowded_day(context)
    programme = checks.load_programme(context.db)
    live = LiveCheck(programme, "Asia/Pontianak")
    assert live.findings == rules.check(programme, "Asia/Pontianak")
    sessions = {s.key: s for s in programme.sessions}
    current = dict(sessions)
    for step, key in enumerate(sorted(sessions)[::3]):
        moved = replace(current[key], starts_at=current[key].starts_at + timedelta(minutes=45 * (step + 1)),
                        ends_at=current[key].ends_at + timedelta(minutes=45 * (step + 1)))
        current[key] = moved
        assert live.apply({key: moved})
        assert live.findings == rules.check(replace(programme, sessions=tuple(current.values())), "Asia/Pontianak")
    gone = sorted(current)[1]
    del current[gone]
    assert live.apply({gone: None})
    expected = rules.check(replace(programme, sessions=tuple(current.values())), "Asia/Pontianak")
    assert live.findings == expected
    assert all(gone not in keys for keys in (f.sessions for f in live.findings))
    marks = by_session(live.findings)
    assert set(marks) == {key for f in expected for key in f.sessions}
    context.db.dispose()


def test_a_session_of_an_unknown_visit_asks_for_a_new_index(tmp_path):
    context = make_context(tmp_path)
    crowded_day(context)
    programme = checks.load_programme(context.db)
    live = LiveCheck(programme)
    stranger = replace(programme.sessions[0], key="X-1", visit="ST-UNKNOWN")
    assert live.apply({"X-1": stranger}) is False
    context.db.dispose()
