"""Printed revisions and calendars that follow: the itinerary of revision 2 says "Revisi 2" on every
page with the change box; the plan says "DRAF" only while it differs from the last revision; an
earlier revision prints again exactly as it was; the .ics of a revision parses back with SEQUENCE
raised for changed sessions and CANCELLED for dropped ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from studitiru.cli import build_report, main
from studitiru.domain import records as r
from studitiru.errors import ConflictError
from studitiru.services import agenda, exchange, revisions
from tests.reports.pdf_helpers import pages_text, squash

EXAMPLE = Path(__file__).parent / "data" / "example.json"
VISIT = "ST-2025-014"
WELCOME, TALK = "ST-2025-014-1", "ST-2025-014-2"


@pytest.fixture
def released(db):
    """Revision 1 (20 November 2025), then: the talk moved to 13.00 at the town hall, the welcome
    cancelled, a tour added; revision 2 (5 January 2026)."""
    exchange.import_file(db, EXAMPLE)
    revisions.release(db, VISIT, "awal", now=datetime(2025, 11, 20, 10, 0))
    agenda.move_session(db, TALK, datetime(2025, 12, 1, 13, 0), datetime(2025, 12, 1, 14, 30), site="balai-kota")
    agenda.delete_session(db, WELCOME)
    agenda.add_session(db, r.Session(key="ST-2025-014-9", visit=VISIT, starts_at=datetime(2025, 12, 1, 15, 0),
                                     ends_at=datetime(2025, 12, 1, 16, 0), title="Kunjungan lapangan",
                                     kind=r.SessionKind.SITE_TOUR, site="rsud-ssma", presenters=("dir-rsud",)))
    revisions.release(db, VISIT, "dua", now=datetime(2026, 1, 5, 14, 30))
    return db


def _text(pdf: bytes) -> list[str]:
    return [squash(page) for page in pages_text(pdf)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_revision_two_says_so_on_every_page_with_the_change_box(released, lang, tmp_path):
    pdf = build_report(released, "itinerary", lang, "A4", VISIT, revision=2)
    pages = _text(pdf)
    stamp = "Revisi 2 · 5 Januari 2026" if lang == "id" else "Revision 2 · 5 January 2026"
    assert all(stamp in page for page in pages)
    first = pages[0]
    if lang == "id":
        assert "Perubahan dari Revisi 1" in first
        assert "Baru" in first and "Kunjungan lapangan" in first
        assert "Dibatalkan" in first and "Penerimaan rombongan" in first
        assert "waktu (Senin, 1 Desember 2025): 10.30–12.00 WIB → 13.00–14.30 WIB" in first
        assert "lokasi: RSUD Sultan Syarif Mohamad Alkadrie → Balai Kota Pontianak, ruang rapat lantai 3" in first
        assert "DRAF" not in " ".join(pages)
    else:
        assert "Changes from Revision 1" in first and "Cancelled" in first
        assert "time (Monday, 1 December 2025): 10:30–12:00 WIB → 13:00–14:30 WIB" in first
    (tmp_path / f"revision-2-{lang}.pdf").write_bytes(pdf)


def test_the_draft_mark_appears_only_while_the_plan_differs(released):
    plan = _text(build_report(released, "itinerary", "id", "A4", VISIT))
    assert not any("DRAF" in page for page in plan)
    assert all("Revisi 2 · 5 Januari 2026" in page for page in plan)  # the plan is revision 2
    agenda.move_session(released, TALK, datetime(2025, 12, 1, 13, 30), datetime(2025, 12, 1, 15, 0))
    draft = _text(build_report(released, "itinerary", "id", "A4", VISIT))
    assert all("DRAF" in page for page in draft)
    assert not any("Revisi 2" in page for page in draft)
    assert all("DRAFT" in page for page in _text(build_report(released, "itinerary", "en", "A4", VISIT)))
    agenda.move_session(released, TALK, datetime(2025, 12, 1, 13, 0), datetime(2025, 12, 1, 14, 30))  # back
    assert not any("DRAF" in page for page in _text(build_report(released, "itinerary", "id", "A4", VISIT)))


def test_no_mark_before_anything_was_released(db):
    exchange.import_file(db, EXAMPLE)
    pages = _text(build_report(db, "itinerary", "id", "A4", VISIT))
    assert not any("DRAF" in page or "Revisi" in page for page in pages)


def test_an_earlier_revision_prints_again_exactly_as_it_was(released):
    first = build_report(released, "itinerary", "id", "A4", VISIT, revision=1)
    text = " ".join(_text(first))
    assert "Revisi 1 · 20 November 2025" in text and "Perubahan dari" not in text
    assert "Penerimaan rombongan" in text and "10.30–12.00" in text and "Kunjungan lapangan" not in text
    # Later edits, a renamed presenter and even the visit deleted do not change revision 1.
    agenda.update_session(released, replace(agenda.get_session(released, TALK), title="Paparan baru"))
    from studitiru.services.visits import delete_visit

    delete_visit(released, VISIT)
    assert build_report(released, "itinerary", "id", "A4", VISIT, revision=1) == first


def _events(data: bytes) -> dict[str, dict]:
    calendar = Calendar.from_ical(data)
    return {str(e["uid"]): {"sequence": int(e.get("sequence", 0)), "status": str(e.get("status", "")),
                            "start": e.decoded("dtstart").replace(tzinfo=None), "location": str(e.get("location", ""))}
            for e in calendar.walk("VEVENT")}


def test_the_calendar_of_a_revision_raises_sequence_and_cancels_dropped_sessions(released, tmp_path):
    one = _events(revisions.revision_ics(released, VISIT, 1))
    assert {k: (v["sequence"], v["status"]) for k, v in one.items()} == {
        f"{WELCOME}@studitiru": (0, "CONFIRMED"), f"{TALK}@studitiru": (0, "CONFIRMED")}
    out = tmp_path / "rev2.ics"
    assert main(["--database-url", released.engine.url.render_as_string(hide_password=False),
                 "ics", "--visit", VISIT, "--revision", "2", "--out", str(out)]) == 0
    two = _events(out.read_bytes())
    assert {k: (v["sequence"], v["status"]) for k, v in two.items()} == {
        f"{WELCOME}@studitiru": (1, "CANCELLED"), f"{TALK}@studitiru": (1, "CONFIRMED"),
        "ST-2025-014-9@studitiru": (0, "CONFIRMED")}
    assert two[f"{TALK}@studitiru"]["start"] == datetime(2025, 12, 1, 13, 0)
    assert two[f"{TALK}@studitiru"]["location"].startswith("Balai Kota Pontianak")
    # Producing the calendar of revision 2 is recorded: its release can no longer be undone.
    with pytest.raises(ConflictError, match="kalender"):
        revisions.undo_release(released, VISIT, 2)
    # Revision 3 moves only the tour: its SEQUENCE rises, the others keep theirs, the cancellation stays.
    agenda.move_session(released, "ST-2025-014-9", datetime(2025, 12, 1, 16, 0), datetime(2025, 12, 1, 17, 0))
    revisions.release(released, VISIT, now=datetime(2026, 1, 7, 8, 0))
    three = _events(revisions.revision_ics(released, VISIT, 3))
    assert {k: (v["sequence"], v["status"]) for k, v in three.items()} == {
        f"{WELCOME}@studitiru": (1, "CANCELLED"), f"{TALK}@studitiru": (1, "CONFIRMED"),
        "ST-2025-014-9@studitiru": (1, "CONFIRMED")}


def test_cli_report_of_a_revision_and_its_refusals(released, tmp_path, capsys):
    url = released.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "rev2.pdf"
    assert main(["--database-url", url, "report", "itinerary", "--visit", VISIT, "--revision", "2", "--out", str(out)]) == 0
    assert "Revisi 2 · 5 Januari 2026" in _text(out.read_bytes())[0]
    assert revisions.get_revision(released, VISIT, 2).produced_as == "itinerary"
    assert main(["--database-url", url, "report", "itinerary", "--visit", VISIT, "--revision", "5", "--out", str(out)]) == 2
    assert "tidak mempunyai Revisi 5" in capsys.readouterr().err
    assert main(["--database-url", url, "report", "summary", "--visit", VISIT, "--revision", "1", "--out", str(out)]) == 2


def test_a_long_revision_says_so_on_every_page(db):
    exchange.import_file(db, EXAMPLE)
    for n in range(45):
        day = datetime(2025, 12, 1 + n // 9, 8 + n % 9, 0)
        agenda.add_session(db, r.Session(key=f"ST-2025-014-x{n}", visit=VISIT, starts_at=day,
                                         ends_at=day.replace(minute=50), title=f"Diskusi kelompok {n}",
                                         kind=r.SessionKind.DISCUSSION, site="balai-kota", presenters=("sekda",)))
    revisions.release(db, VISIT, now=datetime(2025, 11, 20, 10, 0))
    agenda.delete_session(db, "ST-2025-014-x3")
    revisions.release(db, VISIT, now=datetime(2026, 1, 5, 14, 30))
    pages = _text(build_report(db, "itinerary", "id", "F4", VISIT, revision=2))
    assert len(pages) >= 3
    assert all("Revisi 2 · 5 Januari 2026" in page for page in pages)
    assert "Perubahan dari Revisi 1" in pages[0] and not any("Perubahan dari" in page for page in pages[1:])
    agenda.delete_session(db, "ST-2025-014-x4")
    draft = _text(build_report(db, "itinerary", "en", "A4", VISIT))
    assert len(draft) >= 3 and all("DRAFT" in page for page in draft)


def test_printing_the_plan_that_is_the_last_revision_counts_as_printing_it(released, tmp_path):
    url = released.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "plan.pdf"
    agenda.move_session(released, TALK, datetime(2025, 12, 1, 13, 30), datetime(2025, 12, 1, 15, 0))
    assert main(["--database-url", url, "report", "itinerary", "--visit", VISIT, "--out", str(out)]) == 0
    assert revisions.get_revision(released, VISIT, 2).produced_at is None  # a draft was printed, not revision 2
    agenda.move_session(released, TALK, datetime(2025, 12, 1, 13, 0), datetime(2025, 12, 1, 14, 30))
    assert main(["--database-url", url, "report", "itinerary", "--visit", VISIT, "--out", str(out)]) == 0
    assert revisions.get_revision(released, VISIT, 2).produced_as == "itinerary"
    with pytest.raises(ConflictError, match="jadwal kegiatan dari revisi ini sudah dicetak"):
        revisions.undo_release(released, VISIT, 2)
