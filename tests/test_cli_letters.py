"""`studitiru letter KIND …` and `studitiru letters` (spec/CLI.md): the number on stdout, one
running sequence across kinds, the same letter's number reused, refusals in one line with exit 2
and nothing numbered, the register as a table or JSON in number order."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from studitiru.cli import main
from tests.reports.pdf_helpers import pages_text, squash

EXAMPLE = Path(__file__).parent / "data" / "example.json"
YEAR = date.today().year  # the frozen clock's (conftest)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def office(tmp_path, capsys) -> Path:
    database = tmp_path / "office.sqlite3"
    assert _run(capsys, "--db", str(database), "import", str(EXAMPLE))[0] == 0
    return database


def test_letters_are_numbered_in_one_sequence_and_rewritten_with_their_number(office, tmp_path, capsys):
    db = ("--db", str(office))
    code, out, err = _run(capsys, *db, "letter", "reply", "--visit", "ST-2025-014", "--out", str(tmp_path / "balasan.pdf"))
    assert (code, err, out) == (0, "", f"400.14.5.1/0001/Prokopim/{YEAR}\n")
    text = squash("\n".join(pages_text((tmp_path / "balasan.pdf").read_bytes())))
    assert f"400.14.5.1/0001/Prokopim/{YEAR}" in text and "Bupati Balangan" in text and "Senin, 1 Desember 2025" in text
    assert _run(capsys, *db, "letter", "assignment", "--visit", "ST-2025-014", "--out", str(tmp_path / "st.docx"))[1] \
        == f"800.1.11.1/0002/Prokopim/{YEAR}\n"
    assert (tmp_path / "st.docx").read_bytes()[:2] == b"PK"
    code, out, _ = _run(capsys, *db, "letter", "presenter-request", "--visit", "ST-2025-014", "--presenter", "dir-rsud",
                        "--out", str(tmp_path / "nd.pdf"))
    assert (code, out) == (0, f"400.14.5.1/0003/Prokopim/{YEAR}\n")
    # The same letter again, in English and as .docx: the same number.
    code, out, _ = _run(capsys, *db, "letter", "reply", "--visit", "ST-2025-014", "--out", str(tmp_path / "reply.docx"),
                        "--lang", "en")
    assert (code, out) == (0, f"400.14.5.1/0001/Prokopim/{YEAR}\n")

    code, out, _ = _run(capsys, *db, "letters", "--json")
    entries = json.loads(out)
    assert [e["number"] for e in entries] == [f"400.14.5.1/0001/Prokopim/{YEAR}", f"800.1.11.1/0002/Prokopim/{YEAR}",
                                              f"400.14.5.1/0003/Prokopim/{YEAR}"]
    assert [e["kind"] for e in entries] == ["reply", "assignment", "presenter-request"]
    assert entries[0] | {"date": "-"} == {
        "number": f"400.14.5.1/0001/Prokopim/{YEAR}", "date": "-", "kind": "reply", "visit": "ST-2025-014",
        "addressee": "Regent of Balangan", "subject": "Approval of the Study Visit", "status": "issued",
        "year": YEAR, "sequence": 1, "replaces": None,
    }
    assert entries[2]["addressee"] == "Kepala RSUD Sultan Syarif Mohamad Alkadrie"
    code, out, _ = _run(capsys, *db, "letters")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["Nomor", "Tanggal", "Jenis"]
    assert "Surat tugas" in out and "terbit" in out and out.rstrip().endswith("3 surat, 0 batal.")
    assert _run(capsys, *db, "letters", "--year", str(YEAR - 1), "--lang", "en")[1] == "No letters.\n"


@pytest.mark.parametrize(("argv", "words"), [
    (["letter", "presenter-request", "--visit", "ST-2025-014"], "--presenter"),
    (["letter", "presenter-request", "--visit", "ST-2025-014", "--presenter", "nobody"], "nobody"),
    (["letter", "reply", "--visit", "ST-1999-404"], "ST-1999-404"),
    (["letter", "memo", "--visit", "ST-2025-014"], "invalid"),
], ids=["ambiguous-presenter", "unknown-presenter", "unknown-visit", "unknown-kind"])
def test_refusals_are_one_line_and_number_nothing(office, tmp_path, capsys, argv, words):
    out = tmp_path / "surat.pdf"
    code, stdout, err = _run(capsys, "--db", str(office), *argv, "--out", str(out))
    assert code == 2 and stdout == "" and words in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert _run(capsys, "--db", str(office), "letters", "--json")[1] == "[]\n"


def test_a_file_that_is_neither_pdf_nor_docx_is_refused(office, tmp_path, capsys):
    code, _, err = _run(capsys, "--db", str(office), "letter", "reply", "--visit", "ST-2025-014",
                        "--out", str(tmp_path / "surat.odt"))
    assert code == 2 and ".pdf" in err and ".docx" in err


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_demo_letters_carry_the_demo_offices_signature_block(tmp_path, capsys, lang):
    """`studitiru demo` fills the letter settings (through the settings service): a demo letter
    prints its kop, the signatory's position, name, rank and NIP, and the office's number format."""
    db = ("--db", str(tmp_path / "demo.sqlite3"))
    assert _run(capsys, *db, "demo")[0] == 0
    out_file = tmp_path / "balasan.pdf"
    code, out, err = _run(capsys, *db, "letter", "reply", "--visit", "ST-2026-001", "--out", str(out_file), "--lang", lang)
    assert (code, err, out) == (0, "", f"400.14.5.1/0001/Prokopim/{YEAR}\n")
    text = squash("\n".join(pages_text(out_file.read_bytes())))
    assert "PEMERINTAH KOTA PONTIANAK" in text and "Jalan Rahadi Usman No. 3, Pontianak" in text
    block = "a.n. Wali Kota Pontianak Sekretaris Daerah, Dr. H. Ahmad Syarifuddin, M.Si. Pembina Utama Madya (IV/d) NIP 196805121994031007"
    assert block in text


def test_the_demo_keeps_letter_settings_an_officer_has_set(tmp_path, capsys):
    from dataclasses import replace

    from studitiru.db.schema import open_database
    from studitiru.domain.letters import Signatory
    from studitiru.services import letters

    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    ours = replace(letters.get_settings(db), city="Sungai Raya",
                   signatory=Signatory(position="Kepala Bagian Umum", name="Siti Aminah"))
    letters.update_settings(db, ours)
    assert _run(capsys, "--db", str(path), "demo")[0] == 0
    kept = letters.get_settings(db)
    assert (kept.city, kept.signatory.name) == ("Sungai Raya", "Siti Aminah")
