"""Importing exchange files: the merge rules, generated lesson keys, and every refusal."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from exchange_helpers import example, mutated, second_visit
from studitiru.errors import ExchangeFileError
from studitiru.services import exchange
from studitiru.services.exchange_schema import fast_check, schema


def _export(db) -> dict:
    return json.loads(exchange.export_bytes(db))


def test_example_imports_with_counts(db):
    counts = exchange.import_document(db, example(), "example.json")
    assert counts.message("id") == (
        "Diimpor: 2 topik, 1 instansi, 2 lokasi, 2 narasumber, 1 kunjungan (2 acara, 1 peserta, 1 pembelajaran)."
    )
    assert counts.message("en").startswith("Imported: 2 topics, 1 institution, 2 sites, 2 presenters, 1 visit (")
    document = _export(db)
    assert document["visits"][0]["lessons"][0]["key"] == "ST-2025-014-L1"
    assert document["host"]["timezone"] == "Asia/Pontianak"


def test_registers_updated_in_place_and_absent_fields_emptied(db):
    exchange.import_document(db, example(), "example.json")

    def change(document):
        document["topics"] = [{"key": "zi", "name": "Zona Integritas"}]
        document["sites"] = [{"key": "rsud-ssma", "name": "RSUD SSMA", "opening_hours": []}]
        document["presenters"] = [{"key": "dir-rsud", "name": "Direktur", "topics": ["rs"],
                                   "unavailable": [{"starts_at": "2026-01-05T08:00", "ends_at": "2026-01-05T12:00"}]}]
        del document["visits"], document["travel_times"], document["institutions"], document["host"]
    exchange.import_document(db, mutated(change), "update.json")
    after = _export(db)
    assert [t["name"] for t in after["topics"]] == ["Tata kelola rumah sakit daerah", "Zona Integritas"]
    site = next(s for s in after["sites"] if s["key"] == "rsud-ssma")
    assert site == {"key": "rsud-ssma", "name": "RSUD SSMA", "exclusive": False, "opening_hours": []}
    presenter = next(p for p in after["presenters"] if p["key"] == "dir-rsud")
    assert presenter == {"key": "dir-rsud", "name": "Direktur", "topics": ["rs"],
                         "unavailable": [{"starts_at": "2026-01-05T08:00", "ends_at": "2026-01-05T12:00"}]}
    # Nothing absent from the file is deleted.
    assert [v["key"] for v in after["visits"]] == ["ST-2025-014"]
    assert after["travel_times"] == [{"from": "balai-kota", "to": "rsud-ssma", "minutes": 20}]
    assert after["host"]["name"] == "Pemerintah Kota Pontianak"
    assert len(after["visits"][0]["sessions"]) == 2


def test_visit_replaced_whole(db):
    exchange.import_document(db, example(), "example.json")

    def change(document):
        visit = document["visits"][0]
        visit["sessions"] = visit["sessions"][1:]
        visit["participants"] = [{"name": "A"}, {"name": "B", "role": "leader"}]
        visit["lessons"] = []
        del visit["headcount"]
    exchange.import_document(db, mutated(change), "again.json")
    visit = _export(db)["visits"][0]
    assert [s["key"] for s in visit["sessions"]] == ["ST-2025-014-2"]
    assert visit["participants"] == [{"name": "A", "role": "member"}, {"name": "B", "role": "leader"}]
    assert "lessons" not in visit and "headcount" not in visit


def test_travel_times_upserted(db):
    exchange.import_document(db, example(), "example.json")
    document = mutated(lambda d: d.update(travel_times=[{"from": "balai-kota", "to": "rsud-ssma", "minutes": 35},
                                                        {"from": "rsud-ssma", "to": "balai-kota", "minutes": 25}]))
    exchange.import_document(db, document, "travel.json")
    assert _export(db)["travel_times"] == [{"from": "balai-kota", "to": "rsud-ssma", "minutes": 35},
                                          {"from": "rsud-ssma", "to": "balai-kota", "minutes": 25}]


def test_generated_lesson_keys_do_not_clash(db):
    def change(document):
        lessons = document["visits"][0]["lessons"]
        lessons.append({"key": "ST-2025-014-L1", "observation": "taken key"})
        lessons.append({"observation": "another"})
    exchange.import_document(db, mutated(change), "lessons.json")
    keys = [lesson["key"] for lesson in _export(db)["visits"][0]["lessons"]]
    assert keys == ["ST-2025-014-L1", "ST-2025-014-L2", "ST-2025-014-L3"]
    exchange.import_document(db, mutated(change), "lessons.json")  # the same file again: the same keys
    assert [lesson["key"] for lesson in _export(db)["visits"][0]["lessons"]] == keys


def test_session_key_of_a_replaced_visit_may_move(db):
    exchange.import_document(db, example(), "example.json")

    def change(document):
        moved = document["visits"][0]["sessions"].pop()
        document["visits"][0]["lessons"] = []
        visit = second_visit()
        visit["sessions"] = [moved]
        document["visits"].append(visit)
    exchange.import_document(db, mutated(change), "move.json")
    visits = {v["key"]: v for v in _export(db)["visits"]}
    assert [s["key"] for s in visits["ST-2025-020"]["sessions"]] == ["ST-2025-014-2"]


def test_session_key_of_another_visit_in_the_database_is_refused(db):
    exchange.import_document(db, example(), "example.json")
    visit = second_visit()
    visit["sessions"][0]["key"] = "ST-2025-014-1"
    document = {"format": "studitiru", "version": 1, "visits": [visit]}
    with pytest.raises(ExchangeFileError) as caught:
        exchange.import_document(db, document, "clash.json")
    text = caught.value.message("en")
    assert "clash.json" in text and "visits[0].sessions[0].key" in text and "ST-2025-014" in text


REFUSALS = {
    "end before start": (lambda d: d["visits"][0]["sessions"][1].update(ends_at="2025-12-01T10:00"),
                         "visits[0].sessions[1].ends_at", "waktu selesai harus sesudah waktu mulai"),
    "impossible date": (lambda d: d["visits"][0].update(starts_on="2025-02-30"), "visits[0].starts_on", "2025-02-30"),
    "impossible time": (lambda d: d["visits"][0]["sessions"][0].update(starts_at="2025-02-30T09:00"),
                        "visits[0].sessions[0].starts_at", "2025-02-30"),
    "visit ends before": (lambda d: d["visits"][0].update(ends_on="2025-11-30"), "visits[0].ends_on", "tanggal selesai"),
    "closing before opening": (lambda d: d["sites"][0]["opening_hours"][0].update(closes="07:00"),
                               "sites[0].opening_hours[0].closes", "jam tutup"),
    "period backwards": (lambda d: d["presenters"][0].update(unavailable=[{"starts_at": "2026-01-02T10:00", "ends_at": "2026-01-02T09:00"}]),
                         "presenters[0].unavailable[0].ends_at", "berhalangan"),
    "unknown institution": (lambda d: d["visits"][0].update(institution="nope"), "visits[0].institution", "'nope'"),
    "unknown site": (lambda d: d["visits"][0]["sessions"][0].update(site="nope"), "visits[0].sessions[0].site", "'nope'"),
    "unknown presenter": (lambda d: d["visits"][0]["sessions"][0].update(presenters=["nope"]),
                          "visits[0].sessions[0].presenters[0]", "'nope'"),
    "unknown topic": (lambda d: d["presenters"][0].update(topics=["nope"]), "presenters[0].topics[0]", "'nope'"),
    "unknown lesson topic": (lambda d: d["visits"][0]["lessons"][0].update(topic="nope"), "visits[0].lessons[0].topic", "'nope'"),
    "lesson session elsewhere": (lambda d: d["visits"][0]["lessons"][0].update(session="ST-9-1"),
                                 "visits[0].lessons[0].session", "ST-9-1"),
    "travel to unknown site": (lambda d: d["travel_times"][0].update(to="nope"), "travel_times[0].to", "'nope'"),
    "duplicate visit": (lambda d: d["visits"].append(d["visits"][0]), "visits[1].key", "ST-2025-014"),
    "duplicate session": (lambda d: d["visits"][0]["sessions"][1].update(key="ST-2025-014-1"),
                          "visits[0].sessions[1].key", "ST-2025-014-1"),
    "duplicate topic": (lambda d: d["topics"].append({"key": "zi", "name": "x"}), "topics[2].key", "'zi'"),
    "wrong version": (lambda d: d.update(version=3), "", "versi berkas 3"),
    "wrong format": (lambda d: d.update(format="other"), "", "bukan berkas pertukaran"),
    "unknown field": (lambda d: d["visits"][0].update(colour="red"), "visits[0].colour", "'colour'"),
    "missing title": (lambda d: d["visits"][0].pop("title"), "visits[0]", "judul"),
    "bad key": (lambda d: d["topics"][0].update(key="a b"), "topics[0].key", "a b"),
    "bad enum": (lambda d: d["visits"][0].update(status="done"), "visits[0].status", "done"),
    "wrong type": (lambda d: d["sites"][0].update(capacity="40"), "sites[0].capacity", "kapasitas"),
    "empty name": (lambda d: d["topics"][0].update(name="  "), "topics[0].name", "nama"),
    "control character": (lambda d: d["topics"][0].update(name="a\x01b"), "topics[0].name", "U+0001"),
    "unknown time zone": (lambda d: d["host"].update(timezone="Mars/Olympus"), "host.timezone", "Mars/Olympus"),
    "listed twice": (lambda d: d["presenters"][1].update(topics=["zi", "zi"]), "presenters[1].topics", "'zi'"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refused_documents_name_the_place_and_change_nothing(db, case):
    exchange.import_document(db, example(), "example.json")
    before = exchange.export_bytes(db)
    change, place, words = REFUSALS[case]
    with pytest.raises(ExchangeFileError) as caught:
        exchange.import_document(db, mutated(change), "bad.json")
    message = caught.value.message("id")
    assert message.startswith("bad.json")
    assert place in message and words in message
    assert "\n" not in message and "\n" not in caught.value.message("en")
    assert exchange.export_bytes(db) == before


def test_message_names_the_record_keys():
    document = mutated(REFUSALS["end before start"][0])
    with pytest.raises(ExchangeFileError) as caught:
        exchange.check_document(document, "example.json")
    assert caught.value.message("id") == (
        "example.json: kunjungan ST-2025-014, acara ST-2025-014-2 (visits[0].sessions[1].ends_at): "
        "waktu selesai harus sesudah waktu mulai"
    )
    assert caught.value.message("en") == (
        "example.json: visit ST-2025-014, session ST-2025-014-2 (visits[0].sessions[1].ends_at): "
        "the end must be after the start"
    )


@pytest.mark.parametrize("data, words", [
    (b'{"format": "studitiru",\n "version": 1,,}', "baris 2"),
    (b"\xff\xfe", "UTF-8"),
    (b'{"format": "studitiru", "format": "x"}', "'format'"),
    (b"[1, 2]", "objek"),
])
def test_unreadable_json_is_refused(tmp_path, data, words):
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(ExchangeFileError) as caught:
        exchange.read_document(path)
    assert words in caught.value.message("id") and str(path) in caught.value.message("id")


def test_fast_check_agrees_with_jsonschema():
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    check = fast_check()
    documents = [example()] + [mutated(change) for change, _, _ in REFUSALS.values()]
    extra = [
        lambda d: d["visits"][0].update(headcount=3.0), lambda d: d["visits"][0].update(headcount=True),
        lambda d: d.update(version=1.0), lambda d: d["sites"][0].update(exclusive=1),
        lambda d: d["visits"][0]["sessions"][0].update(starts_at="2025-12-01T09:00:60"),
        lambda d: d["visits"][0].update(starts_on="2025-1-01"), lambda d: d["sites"][0].update(capacity=0),
        lambda d: d["topics"][0].update(name="x" * 20001), lambda d: d["visits"][0].update(leader={}),
        lambda d: d["visits"][0].update(request_letter={"date": "2025-13-01"}),
        lambda d: d["sites"][0]["opening_hours"][0].update(weekday=8), lambda d: d.update(host=[]),
    ]
    documents += [mutated(change) for change in extra]
    for document in documents:
        assert (check(document) is None) == validator.is_valid(document), document


@pytest.mark.parametrize("key", ["zi\n", "zi\r\n", " zi", "zi "])
def test_a_key_with_a_trailing_newline_is_refused(db, key):
    """JSON Schema's `$` is the very end (ECMA-262): Python's `$` would let "zi\\n" through."""
    document = example()
    document["topics"][0]["key"] = key
    for presenter in document.get("presenters", []):
        presenter["topics"] = [key if t == "zi" else t for t in presenter.get("topics", [])]
    with pytest.raises(ExchangeFileError) as refused:
        exchange.import_document(db, document, "example.json")
    assert "topics[0].key" in refused.value.message("en")
    assert _export(db) == {"format": "studitiru", "version": 2}


def test_an_import_reports_its_progress_and_a_cancel_leaves_nothing(db):
    """The window's progress bar and Cancel (issue 14): progress rises to the total; a cancel
    raised from it, at any point, rolls the one transaction back."""
    from sqlalchemy import text

    from studitiru.services.exchange import ImportCancelled, check_document, import_plan
    from studitiru.services.exchange_export import export_bytes

    document = example()
    template = document["visits"][0]
    document["visits"] = [{**copy.deepcopy(template), "key": f"ST-2030-{n:03d}", "sessions": [], "lessons": [],
                           "participants": [{"name": f"Peserta {m}", "role": "member"} for m in range(30)]}
                          for n in range(200)]
    before = export_bytes(db)
    seen: list[tuple[int, int]] = []
    counts = import_plan(db, check_document(copy.deepcopy(document), "big.json"), progress=lambda d, t: seen.append((d, t)))
    assert counts.visits == 200 and len(seen) >= 4
    assert seen[0][0] == 0 and [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == seen[-1][1]
    imported = export_bytes(db)
    with db.write() as session:  # an import over registers already there: fewer rows inserted
        session.execute(text("DELETE FROM visits WHERE key LIKE 'ST-2030-%'"))
    again: list[tuple[int, int]] = []
    import_plan(db, check_document(copy.deepcopy(document), "big.json"), progress=lambda d, t: again.append((d, t)))
    assert export_bytes(db) == imported and len(again) >= 4
    for stop_at in (1, len(again) // 2, len(again) - 1):
        calls = [0]

        def cancel(done: int, total: int, stop_at: int = stop_at) -> None:
            calls[0] += 1
            if calls[0] > stop_at:
                raise ImportCancelled()

        with db.write() as session:
            session.execute(text("DELETE FROM visits WHERE key LIKE 'ST-2030-%'"))
        emptied = export_bytes(db)
        with pytest.raises(ImportCancelled) as cancelled:
            import_plan(db, check_document(copy.deepcopy(document), "big.json"), progress=cancel)
        assert cancelled.value.message("en") == "The import was cancelled; the database is unchanged."
        assert export_bytes(db) == emptied
    assert before != imported
