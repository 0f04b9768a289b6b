"""Protocol of the welcome (UU 9/2010): precedence from positions, the centre formula, the seating
plan with Pasal 13 and 15, a manual move named against the rule it breaks, the rundown's times."""

from __future__ import annotations

from datetime import datetime

import pytest

from studitiru.domain import protocol as p
from studitiru.domain.protocol import Move, ProtocolPerson, Row, Seat, Side

TABLE = p.default_table()


def host(ref: str, name: str, position: str, **extra) -> ProtocolPerson:
    return ProtocolPerson(f"host:{ref}", Side.HOST, name, position, honorific=extra.pop("honorific", "Bapak"), **extra)


def guest(name: str, position: str, **extra) -> ProtocolPerson:
    return ProtocolPerson(f"guest:{name}", Side.GUEST, name, position, honorific=extra.pop("honorific", "Bapak"), **extra)


@pytest.mark.parametrize("position, code", [
    ("Wali Kota Pontianak", "K-a"),
    ("Walikota Balikpapan", "K-a"),
    ("Bupati Sintang", "K-a"),
    ("Wakil Wali Kota Pontianak", "K-b"),
    ("Wakil Walikota Balikpapan", "K-b"),
    ("Ketua DPRD Kota Pontianak", "K-d"),
    ("Wakil Ketua DPRD Kota Pontianak", "K-e"),
    ("Sekretaris Daerah Kota Pontianak", "K-f"),
    ("Sekda Kota Balikpapan", "K-f"),
    ("Kapolresta Pontianak", "K-f"),
    ("Anggota DPRD Kota Balikpapan", "K-h"),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat", "K-j"),
    ("Kepala Dinas Kesehatan Kota Pontianak", "K-j"),
    ("Kepala Badan Perencanaan Pembangunan Daerah", "K-j"),
    ("Kepala Bagian Protokol dan Komunikasi Pimpinan", "K-l"),
    ("Camat Pontianak Kota", "K-l"),
    ("Lurah Darat Sekip", "K-m"),
    ("Gubernur Kalimantan Barat", "P-a"),
    ("Ketua DPRD Provinsi Kalimantan Barat", "P-d"),
    ("Sekretaris Daerah Provinsi Kalimantan Barat", "P-g"),
    ("Kepala Dinas Pendidikan Provinsi Kalimantan Barat", "P-p"),
    ("Menteri Dalam Negeri", "N"),
    ("Plt. Kepala Dinas Perhubungan", "K-j"),
])
def test_a_position_suggests_its_rank(position, code):
    assert p.suggest_rank(position, TABLE).code == code


@pytest.mark.parametrize("position", ["Staf", "Pendamping", "", None, "Ajudan"])
def test_an_unknown_position_is_asked_not_guessed(position):
    assert p.suggest_rank(position, TABLE) is None
    ranked = p.rank_people([host("x", "Rina", position or "")], TABLE)
    assert p.unranked(ranked) == ranked and not ranked[0].known


def test_the_pasal_11_order_of_a_realistic_guest_list():
    people = [
        host("camat", "Hendra", "Camat Pontianak Kota"),
        host("kadis", "Sri Hartati", "Kepala Dinas Kesehatan Kota Pontianak", honorific="Ibu"),
        host("sekda", "Mulyadi", "Sekretaris Daerah Kota Pontianak"),
        host("dprd", "Satarudin", "Ketua DPRD Kota Pontianak"),
        host("wawali", "Bahasan", "Wakil Wali Kota Pontianak, mewakili Wali Kota Pontianak"),
        guest("Rahmad Mas'ud", "Wali Kota Balikpapan"),
        guest("Thohari Aziz", "Wakil Wali Kota Balikpapan"),
    ]
    ranked = p.rank_people(people, TABLE)
    assert [(item.person.name, item.rank.code) for item in ranked] == [
        ("Rahmad Mas'ud", "K-a"), ("Thohari Aziz", "K-b"), ("Bahasan", "K-b"), ("Satarudin", "K-d"),
        ("Mulyadi", "K-f"), ("Sri Hartati", "K-j"), ("Hendra", "K-l"),
    ]
    # the deputy standing in for the Wali Kota keeps the deputy's rank (Pasal 15)
    assert ranked[2].person.represented == "Wali Kota Pontianak"


def test_national_and_provincial_officials_come_first_even_in_an_edited_table():
    edited = p.PrecedenceTable(TABLE.level, tuple(r for r in TABLE.ranks if r.scope is p.Scope.LOCAL)
                               + tuple(r for r in TABLE.ranks if r.scope is not p.Scope.LOCAL))
    people = [host("wk", "Edi", "Wali Kota Pontianak"), guest("Ria", "Kepala Dinas Pendidikan Provinsi Kalimantan Barat")]
    assert [i.person.name for i in p.rank_people(people, edited)] == ["Ria", "Edi"]


def test_a_confirmed_rank_wins_over_the_suggestion_and_a_spouse_takes_the_officials_rank():
    people = [
        host("sekda", "Mulyadi", "Sekretaris Daerah Kota Pontianak"),
        host("staf", "Rina", "Staf Ahli Bidang Ekonomi", rank="K-d"),
        host("istri", "Yanti", "", honorific="Ibu", spouse_of="host:sekda"),
    ]
    ranked = p.rank_people(people, TABLE)
    assert [(i.person.name, i.rank.code, i.confirmed) for i in ranked] == [
        ("Rina", "K-d", True), ("Mulyadi", "K-f", False), ("Yanti", "K-f", False)]
    assert ranked[2].via_spouse


@pytest.mark.parametrize("count, seats", [
    (1, (1,)), (2, (1, 2)), (3, (2, 1, 3)), (4, (3, 1, 2, 4)), (5, (4, 2, 1, 3, 5)), (6, (5, 3, 1, 2, 4, 6)),
    (7, (6, 4, 2, 1, 3, 5, 7)), (8, (7, 5, 3, 1, 2, 4, 6, 8)), (9, (8, 6, 4, 2, 1, 3, 5, 7, 9)),
])
def test_the_centre_right_left_formula(count, seats):
    assert p.centre_formula(count) == seats


def _welcome(host_first: ProtocolPerson | None = None):
    people = [
        host_first or host("wk", "Edi Rusdi Kamtono", "Wali Kota Pontianak"),
        host("sekda", "Mulyadi", "Sekretaris Daerah Kota Pontianak"),
        host("kadis", "Sri Hartati", "Kepala Dinas Kesehatan Kota Pontianak", honorific="Ibu"),
        guest("Rahmad Mas'ud", "Wali Kota Balikpapan"),
        guest("Sayid Fadli", "Sekretaris Daerah Kota Balikpapan"),
        guest("Andi Sri Juliarty", "Kepala Dinas Kesehatan Kota Balikpapan", honorific="Ibu"),
    ]
    return p.rank_people(people, TABLE)


@pytest.mark.parametrize("head_size", [2, 3, 4, 5])
def test_the_host_sits_beside_the_highest_guest(head_size):
    ranked = _welcome()
    plan = p.seat_plan(ranked, head_size)
    names = [item.person.name for item in plan.head]
    host_at, guest_at = names.index("Edi Rusdi Kamtono"), names.index("Rahmad Mas'ud")
    assert abs(host_at - guest_at) == 1
    # the guest of honour takes the formula's place 1, the host place 2
    assert (plan.head_numbers[guest_at], plan.head_numbers[host_at]) == (1, 2)
    assert p.check_plan(plan, ranked) == []
    assert [i.person.name for i in plan.guest_side + plan.host_side if i] == [
        n for n in ("Sayid Fadli", "Andi Sri Juliarty", "Mulyadi", "Sri Hartati") if n not in names]


def test_a_substitute_is_seated_by_their_own_rank():
    ranked = _welcome(host("asisten", "Yaya Maulidia", "Asisten Pemerintahan, mewakili Wali Kota Pontianak", honorific="Ibu"))
    plan = p.seat_plan(ranked, head_size=2)
    # the Sekda is the highest host official present: the host at the head table, beside the guest
    assert [i.person.name for i in plan.head] == ["Rahmad Mas'ud", "Mulyadi"]
    assert [i.person.name for i in plan.host_side] == ["Yaya Maulidia", "Sri Hartati"]
    assert plan.host_side[0].rank.code == "K-j"
    assert p.check_plan(plan, ranked) == []


def test_a_manual_move_is_reported_against_the_rule_it_breaks():
    ranked = _welcome()
    plan = p.seat_plan(ranked, head_size=2)
    moved = p.apply_move(plan, Move("host:kadis", Seat(Row.HEAD, 1)))
    assert [i.person.name for i in moved.head] == ["Rahmad Mas'ud", "Sri Hartati"]
    breaches = p.check_plan(moved, ranked)
    # the Wali Kota took the Kepala Dinas's seat on the host's side, below the Sekda
    assert [i.person.name for i in moved.host_side] == ["Mulyadi", "Edi Rusdi Kamtono"]
    assert [b.rule for b in breaches] == ["pasal-13", "urutan", "urutan"]
    assert "Pasal 13" in breaches[0].message_id and "Edi Rusdi Kamtono" in breaches[0].message_id
    assert breaches[1].message_id.startswith("Sri Hartati (Kepala Dinas Kesehatan Kota Pontianak) (Pasal 11 ayat (1) huruf j)"
                                             " duduk di kursi yang lebih terhormat daripada Edi Rusdi Kamtono")
    assert breaches[2].message_id.startswith("Mulyadi (Sekretaris Daerah Kota Pontianak)")
    # against the computed plan, only the person moved is named: one move, one sentence
    named = p.check_plan(moved, ranked, computed=plan)
    assert [b.rule for b in named] == ["pasal-13", "urutan"] and named[1].message_id == breaches[1].message_id
    assert "Article 11(1)" not in breaches[1].message_en and "order of precedence" in breaches[1].message_en


def test_a_substitute_moved_to_the_absent_officials_seat_breaks_pasal_15():
    ranked = _welcome(host("asisten", "Yaya Maulidia", "Asisten Pemerintahan, mewakili Wali Kota Pontianak"))
    plan = p.seat_plan(ranked, head_size=2, moves=[Move("host:asisten", Seat(Row.HEAD, 1))])
    rules = [b.rule for b in p.check_plan(plan, ranked)]
    assert rules == ["pasal-13", "pasal-15"]


def test_a_guest_moved_to_the_host_side_is_named():
    ranked = _welcome()
    plan = p.seat_plan(ranked, 2, [Move("guest:Andi Sri Juliarty", Seat(Row.HOST, 2))])
    assert [b.rule for b in p.check_plan(plan, ranked)] == ["sisi"]


def test_the_rundown_fills_the_session_and_names_who_speaks():
    ranked = _welcome()
    start, end = datetime(2026, 1, 12, 9, 0), datetime(2026, 1, 12, 10, 0)
    rundown = p.build_rundown(p.DEFAULT_RUNDOWN, start, end, ranked, presenters=("Kepala Bappeda",))
    assert [line.item.code for line in rundown.lines] == [
        "pembukaan", "indonesia-raya", "doa", "sambutan-tuan-rumah", "sambutan-rombongan", "paparan", "diskusi",
        "cinderamata", "foto", "penutup"]
    assert rundown.lines[0].starts_at == start and rundown.lines[-1].ends_at == end
    assert rundown.overrun == 0 and rundown.spare == 0
    for before, after in zip(rundown.lines, rundown.lines[1:]):
        assert before.ends_at == after.starts_at
    by_code = {line.item.code: line for line in rundown.lines}
    assert by_code["sambutan-tuan-rumah"].speakers[0].person.name == "Edi Rusdi Kamtono"
    assert by_code["sambutan-rombongan"].speakers[0].person.name == "Rahmad Mas'ud"
    short = p.build_rundown(p.DEFAULT_RUNDOWN, start, datetime(2026, 1, 12, 9, 20), ranked)
    assert short.overrun > 0


def test_the_greeting_reads_names_and_titles_in_order():
    text = p.greeting(_welcome())
    assert text.startswith("Yang terhormat Bapak Wali Kota Balikpapan, Bapak Rahmad Mas'ud;\n"
                           "Yang kami hormati Bapak Wali Kota Pontianak, Bapak Edi Rusdi Kamtono;")
    assert text.endswith("Hadirin yang berbahagia.")


def test_a_table_and_a_rundown_survive_their_stored_form():
    assert p.table_from_dict(p.table_to_dict(TABLE)) == TABLE
    assert p.rundown_from_list(p.rundown_to_list(p.DEFAULT_RUNDOWN)) == p.DEFAULT_RUNDOWN
    with pytest.raises(ValueError, match="precedence table"):
        p.table_from_dict({"ranks": [{"code": "X", "scope": "local", "patterns": ["("]}]})


def test_a_substitute_is_greeted_by_own_position_and_whom_they_stand_in_for():
    ranked = _welcome(host("wawali", "Bahasan", "Wakil Wali Kota Pontianak, mewakili Wali Kota Pontianak"))
    assert "Yang kami hormati Bapak Wakil Wali Kota Pontianak yang mewakili Wali Kota Pontianak, Bapak Bahasan;" \
        in p.greeting(ranked)


@pytest.mark.parametrize("position, code", [
    ("Gubernur Kalimantan Barat", "P-a"), ("Wali Kota Balikpapan", "P-j"), ("Bupati Sintang", "P-j"),
    ("Ketua DPRD Kota Balikpapan", "P-m"), ("Wakil Wali Kota Balikpapan", "P-n"), ("Anggota DPRD Kota Pontianak", "P-o"),
    ("Kepala Dinas Kesehatan Provinsi Kalimantan Barat", "P-p"), ("Sekretaris Daerah Provinsi Kalimantan Barat", "P-g"),
])
def test_at_a_provincial_event_pasal_10_ranks_the_regency_and_city_officials(position, code):
    table = p.default_table(p.EventLevel.PROVINCE)
    assert p.suggest_rank(position, table).code == code
    # the regency/city list is not used at a provincial event: a camat is asked
    assert p.suggest_rank("Camat Pontianak Kota", table) is None
