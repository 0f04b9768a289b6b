"""The officer's parts of the activity report (umum, simpulan dan saran, hambatan) and a lesson's
indikator in the exchange file (version 2): exported deterministically, imported as written; a
visit named in `activity_reports` gets exactly the file's parts, a visit not named keeps its own;
a version 1 file (no such parts, no indicator) is still read and leaves the parts alone."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from studitiru.db.schema import open_database
from studitiru.domain.photos import ReportNotes
from studitiru.errors import ExchangeFileError
from studitiru.services import exchange, lessons, photos, visits
from studitiru.services.exchange_export import export_bytes
from tests.letter_helpers import EXAMPLE, VISIT, prepare_office

NOTES = ReportNotes("Kunjungan berlangsung tertib dan lancar.", "Perlu tindak lanjut tertulis dalam 3 bulan.",
                    "Hujan deras menunda kunjungan lapangan 30 menit.")


@pytest.fixture
def office(db):
    prepare_office(db)
    photos.save_report_notes(db, VISIT, NOTES)
    lesson = visits.get_visit(db, VISIT).lessons[0]
    lessons.update_lesson(db, replace(lesson, indicator="IKM naik menjadi 85"))
    return db


def test_the_report_parts_and_the_indicator_round_trip(office, tmp_path):
    first = export_bytes(office)
    document = json.loads(first)
    assert document["activity_reports"] == [{"visit": VISIT, "overview": NOTES.overview,
                                             "conclusions": NOTES.conclusions, "obstacles": NOTES.obstacles}]
    assert [l.get("indicator") for v in document["visits"] for l in v.get("lessons", ())][0] == "IKM naik menjadi 85"
    assert export_bytes(office) == first  # the same data, the same bytes
    path = tmp_path / "pertukaran.json"
    path.write_bytes(first)
    other = open_database(tmp_path / "lain.sqlite3")
    try:
        exchange.import_file(other, path)
        assert photos.report_notes(other, VISIT) == NOTES
        assert visits.get_visit(other, VISIT).lessons[0].indicator == "IKM naik menjadi 85"
        assert export_bytes(other) == first
        # A file naming the visit with only a conclusion: the visit gets exactly that.
        document["activity_reports"] = [{"visit": VISIT, "conclusions": "Singkat saja."}]
        path.write_text(json.dumps(document), encoding="utf-8")
        exchange.import_file(other, path)
        assert photos.report_notes(other, VISIT) == ReportNotes(conclusions="Singkat saja.")
    finally:
        other.dispose()


def test_a_version_1_file_is_still_read_and_keeps_the_report_parts_and_the_indicators(office):
    exchange.import_file(office, EXAMPLE)  # version 1: replaces the visit's lessons, names no report parts
    assert photos.report_notes(office, VISIT) == NOTES
    assert [l.indicator for l in visits.get_visit(office, VISIT).lessons] == ["IKM naik menjadi 85"]


def test_a_version_1_file_keeps_the_indicator_of_the_lesson_it_replaces_a_version_2_file_may_clear_it(office, tmp_path):
    [stored] = visits.get_visit(office, VISIT).lessons
    version_1 = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    [visit] = [v for v in version_1["visits"] if v["key"] == VISIT]
    path = tmp_path / "versi1.json"
    # The same lesson by its key, its text rewritten: the indicator stays.
    visit["lessons"][0] |= {"key": stored.key, "observation": "Evaluasi triwulanan pelayanan rawat jalan"}
    path.write_text(json.dumps(version_1), encoding="utf-8")
    exchange.import_file(office, path)
    assert [(l.key, l.observation, l.indicator) for l in visits.get_visit(office, VISIT).lessons] == [
        (stored.key, "Evaluasi triwulanan pelayanan rawat jalan", "IKM naik menjadi 85")]
    # A lesson without a key and with another text is another lesson: it has no indicator.
    del visit["lessons"][0]["key"]
    visit["lessons"][0]["observation"] = "Loket terpadu untuk izin usaha"
    path.write_text(json.dumps(version_1), encoding="utf-8")
    exchange.import_file(office, path)
    assert [(l.observation, l.indicator) for l in visits.get_visit(office, VISIT).lessons] == [
        ("Loket terpadu untuk izin usaha", None)]
    # A version 2 file is the whole record: a lesson it gives without an indicator has none.
    lessons.update_lesson(office, replace(visits.get_visit(office, VISIT).lessons[0], indicator="IKM naik menjadi 85"))
    document = json.loads(export_bytes(office))
    assert document["version"] == 2
    for item in document["visits"]:
        for lesson in item.get("lessons", ()):
            lesson.pop("indicator", None)
    path.write_text(json.dumps(document), encoding="utf-8")
    exchange.import_file(office, path)
    assert [l.indicator for l in visits.get_visit(office, VISIT).lessons] == [None]


def test_a_visit_named_twice_or_unknown_is_refused_and_nothing_changes(office, tmp_path):
    document = json.loads(export_bytes(office))
    path = tmp_path / "salah.json"
    for reports, words in (([{"visit": VISIT}, {"visit": VISIT}], "activity_reports[1].visit"),
                           ([{"visit": "ST-2099-001", "overview": "x"}], "ST-2099-001")):
        document["activity_reports"] = reports
        path.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(ExchangeFileError) as refused:
            exchange.import_file(office, path)
        assert words in refused.value.message("en")
        assert photos.report_notes(office, VISIT) == NOTES
