"""The item models of the visits page and editor pass Qt's model tester; the spreadsheet
paste parser reads rows in the table's order and skips a header line."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from studitiru.domain import records as r
from studitiru.services import visits
from studitiru.ui.visit_editor.list_model import ROW_ROLE, SORT_ROLE, VisitFilterProxy, VisitListModel
from studitiru.ui.visit_editor.lookups import load_lookups
from studitiru.ui.visit_editor.models import FindingModel, LessonModel, ParticipantModel, SessionModel
from studitiru.ui.visit_editor.paste import is_header, parse_participants
from tests.ui.visit_fixtures import context, visit_key  # noqa: F401 - fixtures

ROW = r.VisitRow(key="ST-2026-001", title="Studi tiru MPP", institution="pemkot-balikpapan",
                 institution_name="Pemerintah Kota Balikpapan", status=r.VisitStatus.CONFIRMED,
                 starts_on=date(2026, 1, 9), ends_on=date(2026, 1, 10), leader_name="Rahmad Mas'ud",
                 headcount=28, participant_count=14, session_count=8)
FINDING = r.Finding(rule="presenter-double-booked", severity=r.Severity.ERROR, visits=("ST-2025-014",),
                    sessions=("ST-2025-014-1",), message_id="Narasumber bentrok", message_en="Presenter double-booked",
                    starts_at=datetime(2025, 12, 1, 9))


def test_visit_list_model_and_proxy(qtmodeltester, qtbot):
    model = VisitListModel("id")
    model.set_rows([ROW, r.VisitRow(**{**{f: getattr(ROW, f) for f in ROW.__slots__}, "key": "ST-2025-001",
                                       "headcount": None, "starts_on": date(2025, 2, 1), "ends_on": date(2025, 2, 1)})])
    qtmodeltester.check(model)
    assert model.index(0, VisitListModel.DATES).data() == "9–10 Januari 2026"
    assert model.index(0, VisitListModel.PEOPLE).data() == "14 / 28"
    assert model.index(1, VisitListModel.PEOPLE).data() == "14"
    assert model.index(0, VisitListModel.STATUS).data() == "Confirmed"
    assert model.index(0, 0).data(ROW_ROLE) == ROW
    assert model.index(0, VisitListModel.DATES).data(SORT_ROLE) > model.index(1, VisitListModel.DATES).data(SORT_ROLE)
    proxy = VisitFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("balikpapan 2026")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_year(2025)
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "ST-2025-001"
    model.set_rows([])
    assert proxy.rowCount() == 0


def _rows(count: int) -> list[r.VisitRow]:
    base = {f: getattr(ROW, f) for f in ROW.__slots__}
    return [r.VisitRow(**{**base, "key": f"ST-2026-{n:03}", "title": f"Studi tiru {n}",
                          "status": r.VisitStatus.CANCELLED if n % 3 == 0 else r.VisitStatus.CONFIRMED})
            for n in range(1, count + 1)]


def test_visit_list_filter_narrows_and_widens_as_typed(qtmodeltester):
    model = VisitListModel("en")
    model.set_rows(_rows(40))
    typed = ["s", "st", "studi", "studi 1", "studi 1 tiru", "studi 12", "studi 1", "1", "", "tiru 2"]
    for text in typed:  # each step compared with a filter started afresh
        model.set_text(text)
        words = text.casefold().split()
        expected = [row.key for row in model._sorted(_rows(40)) if all(w in f"{row.key} {row.title} {row.institution_name} {row.leader_name}".casefold() for w in words)]
        assert [model.record(n).key for n in range(model.rowCount())] == expected, text
    model.set_status(r.VisitStatus.CANCELLED)
    assert model.rowCount() == 13  # every key holds "2" (2026): the cancelled ones, every third
    model.set_text("tiru 21")
    assert [model.record(n).key for n in range(model.rowCount())] == ["ST-2026-021"]
    model.set_text("tiru")
    assert model.rowCount() == 13
    model.sort(VisitListModel.KEY, Qt.SortOrder.DescendingOrder)
    model.set_text("tiru 3")  # narrowing after a sort keeps the sorted order
    assert [model.record(n).key for n in range(model.rowCount())] == ["ST-2026-039", "ST-2026-036", "ST-2026-033",
                                                                      "ST-2026-030", "ST-2026-003"]
    qtmodeltester.check(model)


def test_visit_list_display_texts_follow_new_rows():
    model = VisitListModel("en")
    model.set_rows([ROW])
    assert model.index(0, VisitListModel.TITLE).data() == "Studi tiru MPP"
    model.set_rows([r.VisitRow(**{**{f: getattr(ROW, f) for f in ROW.__slots__}, "title": "Renamed"})])
    assert model.index(0, VisitListModel.TITLE).data() == "Renamed"  # the cached text is not kept
    assert model.index(0, VisitListModel.SESSIONS).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, VisitListModel.TITLE).data(Qt.ItemDataRole.FontRole) is None


def test_editor_models(qtmodeltester, context, visit_key):
    visit = visits.get_visit(context.db, visit_key)
    lookups = load_lookups(context.db)
    participants = ParticipantModel()
    participants.set_rows(visit.participants + (r.Participant("Hj. Siti", email="siti@example.go.id"),))
    qtmodeltester.check(participants)
    sessions = SessionModel("id")
    sessions.set_context(lookups, [FINDING])
    sessions.set_rows(visit.sessions)
    qtmodeltester.check(sessions)
    assert sessions.index(0, SessionModel.DATE).data() == "Senin, 1 Desember 2025"
    assert sessions.index(0, SessionModel.TIME).data() == "09.00–10.00"
    assert sessions.index(0, SessionModel.SITE).data() == "Balai Kota Pontianak"
    assert sessions.index(0, SessionModel.MARK).data(0x3) == "Narasumber bentrok"  # tooltip
    lessons = LessonModel("id")
    lessons.set_context(lookups, visit.sessions)
    lessons.set_rows([r.Lesson(key="L1", visit=visit_key, observation="Pakta\nintegritas", topic="zi",
                               session=visit.sessions[0].key, follow_up_on=date(2026, 2, 1))])
    qtmodeltester.check(lessons)
    assert lessons.index(0, LessonModel.SESSION).data() == "Penerimaan rombongan"
    assert lessons.index(0, LessonModel.OBSERVATION).data() == "Pakta\nintegritas"
    findings = FindingModel("en")
    findings.set_rows([FINDING])
    qtmodeltester.check(findings)
    assert findings.index(0, FindingModel.MESSAGE).data() == "Presenter double-booked"


@pytest.mark.parametrize("header", ["Nama\tJabatan\tInstansi", "Name\tPosition\tInstitution\tPhone\tEmail\tRole"])
def test_a_header_line_is_skipped(header):
    text = f"{header}\nBudi\tStaf\tSetda\n\nSiti\t\t\t\t\tKetua\n"
    assert parse_participants(text) == [
        r.Participant("Budi", "Staf", "Setda"), r.Participant("Siti", role=r.ParticipantRole.LEADER),
    ]


def test_rows_without_a_header_and_quoted_cells():
    text = 'Budi\t"Kepala Bagian\nOrganisasi"\tSetda\r\n\tno name\r\n'
    assert parse_participants(text) == [r.Participant("Budi", "Kepala Bagian\nOrganisasi", "Setda")]
    assert not is_header(["Budi", "Staf"])
    assert is_header(["Nama Peserta", "Jabatan", "Instansi"], extra_words=["nama peserta"])


def test_pasted_columns_follow_their_headings_in_any_order():
    from studitiru.ui.visit_editor.paste import parse_participants

    text = ("Nama\tJabatan\tInstansi\tPeran\n"
            "H. Sujiwo\tWakil Bupati\tPemkab Kubu Raya\tKetua\n"
            "Yusran\tSekda\tPemkab Kubu Raya\tAnggota\n")
    leader, member = parse_participants(text)
    assert (leader.name, leader.position, leader.institution, leader.phone, leader.role) == (
        "H. Sujiwo", "Wakil Bupati", "Pemkab Kubu Raya", None, r.ParticipantRole.LEADER)
    assert member.role == r.ParticipantRole.MEMBER and member.phone is None
    (swapped,) = parse_participants("No. HP\tNama\n0812 345\tRina\n")
    assert (swapped.name, swapped.phone) == ("Rina", "0812 345")
