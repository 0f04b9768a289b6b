"""The live check of the timetable: the core's `RuleIndex` kept current through edits, so that
an edit costs the findings of its neighbourhood, not a whole check. No Qt, no database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from studitiru.domain import records as r
from studitiru.domain.rules import RuleIndex


class LiveCheck:
    """The findings of a programme, updated session by session."""

    def __init__(self, programme: r.Programme, timezone: str | None = None) -> None:
        self._programme = programme
        self._index = RuleIndex(programme, timezone)
        self.findings: list[r.Finding] = self._index.check_all()

    def knows_visit(self, key: str) -> bool:
        return key in self._programme.visits

    def apply(self, changes: Mapping[str, r.Session | None]) -> bool:
        """Take in changed sessions (None: deleted). False when a change needs a new index
        (its visit is not in the programme): the caller then builds a new `LiveCheck`."""
        if any(s is not None and not self.knows_visit(s.visit) for s in changes.values()):
            return False
        touched: set[str] = set()
        for key, session in changes.items():
            if session is None:
                if key in self._index:
                    touched |= self._index.remove_session(key)
            elif key in self._index:
                touched |= self._index.replace_session(session)
            else:
                touched |= self._index.add_session(session)
        self.findings = self._index.update(self.findings, touched)
        return True

    def findings_for(self, session_keys: Iterable[str]) -> list[r.Finding]:
        """The findings that hold at least one of the sessions, in their stable order."""
        keys = set(session_keys)
        return [finding for finding in self.findings if keys.intersection(finding.sessions)]


def by_session(findings: Iterable[r.Finding]) -> dict[str, list[r.Finding]]:
    """Each session key with the findings that hold it."""
    result: dict[str, list[r.Finding]] = defaultdict(list)
    for finding in findings:
        for key in finding.sessions:
            result[key].append(finding)
    return dict(result)
