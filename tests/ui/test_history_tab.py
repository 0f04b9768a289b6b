"""The visit editor's History tab: loaded when shown, following every change, before → after in words."""

from __future__ import annotations

from datetime import datetime

from studitiru.services import agenda, visits
from studitiru.ui.context import SESSIONS
from studitiru.ui.undo import run_edit
from studitiru.ui.visit_editor.history_tab import HistoryModel
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures


def rows(tab):
    model = tab.view.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())]


def test_history_loads_when_shown_and_lists_a_session_move(qtbot, qtmodeltester, editor, context, visit_key):
    tab = editor.history
    assert tab.model.rowCount() == 0  # not loaded while hidden
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert any(row[2] == "Added: visit ST-2025-014" for row in rows(tab))
    session = visits.get_visit(context.db, visit_key).sessions[0]
    db = context.db
    _, error = run_edit(context, "move session",
                        lambda: agenda.move_session(db, session.key, datetime(2025, 12, 1, 13), datetime(2025, 12, 1, 14),
                                                    site="rsud-ssma"),
                        lambda: agenda.move_session(db, session.key, session.starts_at, session.ends_at, site="balai-kota"),
                        {SESSIONS}, {visit_key})
    assert error is None
    qtbot.waitUntil(lambda: any(row[2] == f"Changed: session {session.key}" for row in rows(tab)))
    newest = rows(tab)[0]
    assert newest[2] == f"Changed: session {session.key}"
    assert newest[1]  # the OS user
    assert newest[3].startswith("start: 1 December 2025 09:00 → 13:00; end: 1 December 2025 10:00 → 14:00")
    assert "site: balai-kota → rsud-ssma" in newest[3]
    assert "\n" in tab.view.model().index(0, HistoryModel.CHANGES).data(3)  # the tool tip: one line per field
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_history_tab_follows_undo_while_hidden_only_when_shown_again(qtbot, editor, context, visit_key):
    tab = editor.history
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    before = tab.model.rowCount()
    editor.tabs.setCurrentWidget(editor.details)
    editor.change_status(visits.get_visit(context.db, visit_key).status.__class__("confirmed"))
    assert tab.model.rowCount() == before  # hidden: only marked stale
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1)
    assert "status: Requested → Confirmed" in rows(tab)[0][3]


def test_a_participants_role_change_is_one_change_of_that_participant(qtbot, editor, context, visit_key):
    """Issue 12: replacing the list after one role change read as three new participants."""
    from dataclasses import replace

    from studitiru.domain import records as r

    leader = visits.get_visit(context.db, visit_key).participants[0]
    people = (leader, r.Participant("Rahmadi", "Kepala Bagian Organisasi"), r.Participant("Siti Aminah", "Analis"))
    visits.set_participants(context.db, visit_key, people)
    visits.set_participants(context.db, visit_key, (people[0], replace(people[1], role=r.ParticipantRole.LEADER),
                                                    people[2]))
    tab = editor.history
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    shown = rows(tab)
    newest = [row for row in shown if "participant" in row[2]]
    assert newest[0][2:] == ["Changed: participant Rahmadi", "role: Member → Leader"]
    assert [row[2] for row in newest].count("Added: participant Rahmadi") == 1  # the first list: two added
    assert [row[2] for row in newest].count("Added: participant Siti Aminah") == 1
    assert not any("Siti Aminah" in row[2] and row[2].startswith("Changed") for row in newest)
    # a participant taken off the list is one removal
    visits.set_participants(context.db, visit_key, (people[0], replace(people[1], role=r.ParticipantRole.LEADER)))
    context.changes.announce("participants", {visit_key})
    editor.history.refresh()
    assert rows(tab)[0][2:] == ["Deleted: participant Siti Aminah", "name: Siti Aminah; position: Analis; role: Member"]
