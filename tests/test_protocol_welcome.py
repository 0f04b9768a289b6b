"""The welcome's protocol on a real database (the demo programme): people from the visit, ranks
confirmed and stored, seat moves kept and named against the rule they break, stale edits refused;
the three PDFs through the CLI, read back; a 60-character name stays inside its name card."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from studitiru.cli import main
from studitiru.db.schema import open_database
from studitiru.domain import protocol as p
from studitiru.domain import records as r
from studitiru.errors import ChangedByOtherError, ValidationError
from studitiru.reports import protocol as prints
from studitiru.reports.fonts import BOLD, REGULAR
from studitiru.services import protocol as service
from studitiru.services.demo import load_demo
from tests.reports.pdf_helpers import bare, in_order, pages_text, squash

VISIT = "ST-2026-001"  # Pemkot Balikpapan, welcomed by the Wali Kota of Pontianak


@pytest.fixture
def office(db):
    """The demo programme in the engine under test (SQLite, or PostgreSQL with STUDITIRU_TEST_POSTGRES=1)."""
    load_demo(db)
    return db


def _cli(db, *args: str) -> int:
    return main(["--database-url", db.engine.url.render_as_string(hide_password=False), *args])


def _names(items) -> list[str]:
    return [item.person.name for item in items if item is not None]


def test_the_people_of_the_welcome_come_from_the_visit(office):
    db = office
    welcome = service.welcome_protocol(db, VISIT)
    ranked = welcome.ranked()
    assert welcome.welcome.key == "ST-2026-001-1"
    assert _names(ranked)[:4] == ["Rahmad Mas'ud", "Edi Rusdi Kamtono", "Bagus Susetyo", "Hendra Wijaya"]
    by_name = {item.person.name: item for item in ranked}
    assert by_name["Edi Rusdi Kamtono"].person.side is p.Side.HOST
    # a generic position takes its unit from the participant's institution
    assert by_name["Muhammad Ridwan"].person.position == "Kepala Dinas DPMPTSP Kota Balikpapan"
    assert by_name["Agus Salim"].rank.code == "K-j"  # Direktur RSUD Beriman Balikpapan
    # positions no rule knows are asked, not guessed
    assert sorted(_names(p.unranked(ranked))) == ["Ahmad Fauzi", "Lina Marlina", "Rizky Pratama", "Yuliana Sari"]
    plan = welcome.plan()
    assert _names(plan.head) == ["Rahmad Mas'ud", "Edi Rusdi Kamtono"]
    assert welcome.breaches() == []


def test_a_confirmed_rank_is_stored_and_a_bad_one_refused(office):
    db = office
    stored = service.confirm_rank(db, VISIT, "guest:Ahmad Fauzi", "K-m")
    assert stored.version == 1 and len(stored.people) == 15
    welcome = service.welcome_protocol(db, VISIT)
    fauzi = next(i for i in welcome.ranked() if i.person.name == "Ahmad Fauzi")
    assert (fauzi.rank.code, fauzi.confirmed) == ("K-m", True)
    stored = welcome.protocol
    with pytest.raises(ValidationError, match="Ahmad Fauzi: peringkat K-z tidak ada"):
        service.confirm_rank(db, VISIT, "guest:Ahmad Fauzi", "K-z")
    assert service.get_protocol(db, VISIT) == stored


def test_a_seat_move_is_kept_and_named_against_the_rule_it_breaks(office, tmp_path):
    db = office
    service.move_seat(db, VISIT, "guest:Siti Rahmawati", p.Seat(p.Row.GUEST, 0))
    welcome = service.welcome_protocol(db, VISIT)
    assert _names(welcome.plan().guest_side)[:2] == ["Siti Rahmawati", "Hendra Wijaya"]
    breaches = welcome.breaches()
    assert [b.rule for b in breaches] == ["urutan"]
    assert "Siti Rahmawati (Kepala Bagian Organisasi) (Pasal 11 ayat (1) huruf l) duduk di kursi yang lebih terhormat" \
        in breaches[0].message_id
    out = tmp_path / "seating.pdf"
    assert _cli(db, "report", "seating", "--visit", VISIT, "--out", str(out), "--lang", "id") == 0
    text = squash(" ".join(pages_text(out.read_bytes())))
    assert "Pemindahan: Siti Rahmawati (Kepala Bagian Organisasi)" in text


def test_an_edit_of_a_stale_protocol_is_refused(office):
    db = office
    service.confirm_rank(db, VISIT, "guest:Ahmad Fauzi", "K-m")
    seen = service.get_protocol(db, VISIT)
    # another officer (another window on the same database) changes it in between
    other = open_database(url=db.engine.url.render_as_string(hide_password=False))
    try:
        service.save_protocol(other, replace(service.get_protocol(other, VISIT), head_size=3))
    finally:
        other.dispose()
    with pytest.raises(ChangedByOtherError, match="petugas lain"):
        service.save_protocol(db, replace(seen, head_size=4))
    assert service.get_protocol(db, VISIT).head_size == 3
    # this window's own later step is no conflict (an undo two steps back)
    mine = service.save_protocol(db, replace(service.get_protocol(db, VISIT), head_size=5))
    service.save_protocol(db, replace(mine, head_size=6))
    assert service.save_protocol(db, replace(mine, head_size=2)).head_size == 2


def test_the_office_can_edit_its_order_of_precedence(office):
    db = office
    office = service.get_office(db)
    assert office.table == p.default_table()
    # a Perbup that puts the Ketua DPRD right after the Wali Kota
    ranks = list(office.table.ranks)
    dprd = next(r for r in ranks if r.code == "K-d")
    ranks.remove(dprd)
    ranks.insert(ranks.index(next(r for r in ranks if r.code == "K-a")) + 1, dprd)
    service.save_office(db, replace(office, table=replace(office.table, ranks=tuple(ranks))))
    assert [r.code for r in service.get_office(db).table.ranks if r.scope is p.Scope.LOCAL][:3] == ["K-a", "K-d", "K-b"]


def _honour(db) -> None:
    protocol = service.get_protocol(db, VISIT)
    people = tuple(replace(person, honorific="Bapak") for person in protocol.people)
    service.save_protocol(db, replace(protocol, people=people))


from tests.reports.pdf_helpers import embedded_fonts_only  # noqa: E402


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_three_pdfs(office, tmp_path, lang):
    _honour(office)
    texts = {}
    for kind in ("rundown", "seating", "namecards"):
        out = tmp_path / f"{kind}-{lang}.pdf"
        assert _cli(office, "report", kind, "--visit", VISIT, "--out", str(out), "--lang", lang) == 0
        texts[kind] = pages_text(out.read_bytes())
        assert embedded_fonts_only(out.read_bytes()), kind  # no page opens in (unembedded) Helvetica
    seating = squash(" ".join(texts["seating"]))
    assert ("Dilihat dari arah hadirin" if lang == "id" else "Seen from the audience") in seating
    assert in_order(seating, ["Rahmad Mas'ud", "Wali Kota Balikpapan", "Edi Rusdi Kamtono", "Wali Kota Pontianak"])
    assert ("Peringkat belum dipastikan (jabatan tidak dikenali): Ahmad Fauzi — Ajudan Wali Kota" if lang == "id"
            else "Rank not confirmed (position not recognised): Ahmad Fauzi — Ajudan Wali Kota") in seating
    cards = texts["namecards"]
    assert len(cards) == 15  # everyone of the welcome, one page each
    assert squash(cards[0]).count("Rahmad Mas'ud") == 2 and squash(cards[0]).count("Wali Kota Balikpapan") == 2
    rundown = squash(" ".join(texts["rundown"]))
    assert "Yang terhormat Bapak Wali Kota Balikpapan, Bapak Rahmad Mas'ud; Yang kami hormati Bapak Wali Kota " \
           "Pontianak, Bapak Edi Rusdi Kamtono;" in rundown
    assert in_order(rundown, ["09.00–09.01" if lang == "id" else "09:00–09:01", "Indonesia Raya",
                              "09.29–09.30" if lang == "id" else "09:29–09:30"])
    assert ("Sambutan selamat datang tuan rumah, yang akan disampaikan oleh Bapak Wali Kota Pontianak, "
            "Bapak Edi Rusdi Kamtono" if lang == "id" else "Welcome address by the host, by Bapak Wali Kota Pontianak, "
            "Bapak Edi Rusdi Kamtono") in rundown


LONG_NAME = "Prof. Dr. Ir. Hj. Andi Nurhayati Sulistyowati Rahmadani, M.Si."


def test_a_sixty_character_name_stays_inside_its_card():
    name = (LONG_NAME + " Ph.D")[:60]
    assert len(name) == 60
    position = "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Balikpapan"
    (name_size, name_lines), (pos_size, pos_lines) = prints.card_layout(name, position)
    inner = prints.CARD_WIDTH - 2 * prints.CARD_PAD
    assert " ".join(name_lines) == name and " ".join(pos_lines) == position
    assert all(stringWidth(line, BOLD, name_size) <= inner for line in name_lines)
    assert all(stringWidth(line, REGULAR, pos_size) <= inner for line in pos_lines)
    assert name_size >= prints.NAME_SMALLEST
    block = len(name_lines) * name_size * 1.15 + len(pos_lines) * pos_size * 1.2 + 3 * 72 / 25.4
    assert block < prints.FACE_HEIGHT
    person = p.ProtocolPerson("guest:x", p.Side.GUEST, name, position)
    welcome = p.WelcomeProtocol(host=r.Host("Pemerintah Kota Pontianak"),
                                visit=r.Visit("V", "Kunjungan", "i", date(2026, 1, 9), date(2026, 1, 9)),
                                institution=r.Institution("i", "Pemkot"), welcome=None, site=None,
                                office=p.default_office(), protocol=p.VisitProtocol("V", (person,)))
    text = pages_text(prints.build_namecards(welcome))
    assert len(text) == 1 and bare(text[0]).count(bare(name)) == 2


def test_an_unknown_visit_is_one_line(office, tmp_path, capsys):
    assert _cli(office, "report", "seating", "--visit", "NOPE", "--out", str(tmp_path / "x.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "NOPE" in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_protocol_travels_in_the_exchange_file(office, tmp_path):
    db = office
    from studitiru.errors import ExchangeFileError
    from studitiru.services import exchange
    from studitiru.services.exchange_export import export_bytes

    service.confirm_rank(db, VISIT, "guest:Ahmad Fauzi", "K-m")
    service.move_seat(db, VISIT, "guest:Siti Rahmawati", p.Seat(p.Row.GUEST, 0))
    stored = service.get_protocol(db, VISIT)
    items = list(p.DEFAULT_RUNDOWN)
    items[2] = replace(items[2], person="Ustaz Abdul Halim")
    service.save_protocol(db, replace(stored, rundown=tuple(items), version=0))
    office = service.get_office(db)
    service.save_office(db, replace(office, rundown=p.DEFAULT_RUNDOWN[:-1]))
    first = export_bytes(db)
    assert first == export_bytes(db)  # deterministic
    document = __import__("json").loads(first)
    assert [x["visit"] for x in document["protocols"]] == [VISIT]
    assert document["protocols"][0]["moves"] == [{"ref": "guest:Siti Rahmawati", "seat": "guest:0"}]
    assert len(document["protocol_settings"]["order"]) == len(p.default_table().ranks)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        exchange.import_document(other, document, "office.json")
        assert export_bytes(other) == first
        moved = service.welcome_protocol(other, VISIT)
        assert _names(moved.plan().guest_side)[0] == "Siti Rahmawati"
        assert moved.rundown().lines[2].speakers == ("Ustaz Abdul Halim",)
        assert len(service.get_office(other).rundown) == len(p.DEFAULT_RUNDOWN) - 1
        # a protocol of a visit that is nowhere refuses the whole import, nothing written
        bad = dict(document, protocols=[dict(document["protocols"][0], visit="ST-9999-001")])
        before = export_bytes(other)
        with pytest.raises(ExchangeFileError, match=r"protocols\[0\] \(ST-9999-001\)"):
            exchange.import_document(other, bad, "bad.json")
        bad_seat = dict(document, protocols=[dict(document["protocols"][0], moves=[{"ref": "x", "seat": "stage:1"}])])
        with pytest.raises(ExchangeFileError, match="protocols"):
            exchange.import_document(other, bad_seat, "bad.json")
        assert export_bytes(other) == before
    finally:
        other.dispose()


def test_a_position_corrected_on_the_participants_tab_shows_after_a_protocol_save(office):
    from studitiru.services import visits

    service.confirm_rank(office, VISIT, "guest:Ahmad Fauzi", "K-m")
    visit = visits.get_visit(office, VISIT)
    participants = tuple(replace(x, position="Kepala Bagian Umum") if x.name == "Lina Marlina" else x
                         for x in visit.participants)
    visits.set_participants(office, VISIT, participants)
    lina = next(i for i in service.welcome_protocol(office, VISIT).ranked() if i.person.name == "Lina Marlina")
    assert lina.person.position == "Kepala Bagian Umum"  # her institution, a Bagian, is not repeated
    assert lina.rank.code == "K-l"


def _constructed(people: tuple[p.ProtocolPerson, ...]) -> p.WelcomeProtocol:
    from datetime import datetime

    session = r.Session("V-1", "V", datetime(2026, 1, 9, 9), datetime(2026, 1, 9, 9, 45), "Penerimaan <rombongan> & ramah tamah",
                        r.SessionKind.RECEPTION, "bk")
    visit = r.Visit("V", "Studi tiru & <pelayanan> publik", "i", date(2026, 1, 9), date(2026, 1, 9), sessions=(session,))
    return p.WelcomeProtocol(r.Host("Pemerintah Kota Pontianak"), visit, r.Institution("i", "Pemkot A & B"), session,
                             r.Site("bk", "Balai <Kota>"), p.default_office(), p.VisitProtocol("V", people))


def test_hostile_text_prints_as_typed_and_the_plan_is_landscape_on_f4():
    from pypdf import PdfReader
    import io

    people = (p.ProtocolPerson("guest:a", p.Side.GUEST, "A & <B> Sitorus 😀", "Wali Kota <Balikpapan>", "Bapak"),
              p.ProtocolPerson("host:b", p.Side.HOST, "Dra. Hj. Ümmü Kalsum", "Sekretaris Daerah & Kota", "Ibu"))
    welcome = _constructed(people)
    seating = prints.build_seating(welcome, "id", "F4")
    page = PdfReader(io.BytesIO(seating)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height and round(width / 72 * 25.4) == 330 and round(height / 72 * 25.4) == 215
    for data in (seating, prints.build_namecards(welcome), prints.build_rundown(welcome)):
        text = squash(" ".join(pages_text(data)))
        assert "A & <B> Sitorus" in text and "Dra. Hj. Ümmü Kalsum" in text
    assert "Yang terhormat Bapak Wali Kota <Balikpapan>, Bapak A & <B> Sitorus" in squash(" ".join(pages_text(prints.build_rundown(welcome))))
