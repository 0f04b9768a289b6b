"""Participants from and to .xlsx and .csv."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook, load_workbook

import sample_records as s
from studitiru.domain.records import Participant, ParticipantRole
from studitiru.errors import ExchangeFileError
from studitiru.reports.spreadsheets import (
    read_participants,
    write_participants_csv,
    write_participants_xlsx,
    write_rows_csv,
    write_rows_xlsx,
)

TRICKY = (
    Participant(name="=SUM(A1:A9)", position="+62 812 000", institution="-minus", phone="@home",
                email="a@b.id", role=ParticipantRole.LEADER),
    Participant(name="Nguyễn Thị Minh Khai", position="Email <a@b.id>", institution="A & B"),
    Participant(name="محمد", position="’quoted“"),
)


@pytest.mark.parametrize("writer, suffix", [(write_participants_xlsx, ".xlsx"), (write_participants_csv, ".csv")])
def test_round_trip(tmp_path, writer, suffix):
    path = tmp_path / f"peserta{suffix}"
    participants = s.PARTICIPANTS + TRICKY
    writer(path, participants)
    parsed = read_participants(path)
    assert parsed.problems == []
    assert tuple(parsed.participants) == participants
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_formula_looking_text_stays_text_in_xlsx(tmp_path):
    path = tmp_path / "list.xlsx"
    write_rows_xlsx(path, ["Nama", "Jumlah"], [["=1+1", 3], ["@cmd", None], ["-2", 2.5]])
    sheet = load_workbook(path).active
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"
    assert sheet["A3"].data_type == "s"
    assert sheet["A4"].value == "-2" and sheet["A4"].data_type == "s"
    assert sheet["B2"].value == 3 and sheet["B4"].value == 2.5
    assert sheet["B3"].value is None


def test_formula_looking_text_is_quoted_in_csv(tmp_path):
    path = tmp_path / "list.csv"
    write_rows_csv(path, ["Nama"], [["=1+1"], ["biasa"]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows == [["Nama"], ["'=1+1"], ["biasa"]]


def test_indonesian_headers_semicolon_bom_mixed_case_reordered(tmp_path):
    path = tmp_path / "peserta.csv"
    text = (" PERAN ;Nama; instansi ;Jabatan;Telepon;EMAIL\r\n"
            "Ketua;H. Abdul Hadi;Pemkab Balangan;Bupati;0812;a@b.id\r\n"
            "anggota;Rahmadi;RSUD Balangan;Direktur;;\r\n"
            ";Siti Aminah;;;;\r\n")
    path.write_bytes(text.encode("utf-8-sig"))
    parsed = read_participants(path)
    assert parsed.problems == []
    assert parsed.participants == [
        Participant("H. Abdul Hadi", "Bupati", "Pemkab Balangan", "0812", "a@b.id", ParticipantRole.LEADER),
        Participant("Rahmadi", "Direktur", "RSUD Balangan", None, None, ParticipantRole.MEMBER),
        Participant("Siti Aminah"),
    ]


def test_csv_without_bom_and_commas(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("name,role\nAmirullah,LEADER\n", encoding="utf-8")
    assert read_participants(path).participants == [Participant("Amirullah", role=ParticipantRole.LEADER)]


def test_refused_rows_name_row_and_column(tmp_path):
    path = tmp_path / "p.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "Peran", "Hobi"])
    sheet.append(["Baik", "anggota", "x"])
    sheet.append([None, "anggota", "y"])        # row 3: missing name
    sheet.append(["Budi", "bos", None])         # row 4: unknown role
    sheet.append([None, None, None])            # row 5: empty, skipped
    sheet.append(["x" * 20_001, None, None])    # row 6: too long
    sheet.append([12345, None, None])           # a number as a name is read as text
    workbook.save(path)
    parsed = read_participants(path)
    assert [p.name for p in parsed.participants] == ["Baik", "12345"]
    where = [(p.row, p.column) for p in parsed.problems]
    assert where == [(1, "Hobi"), (3, "name"), (4, "role"), (6, "name")]
    assert "Kolom C" in parsed.problems[0].message("id") and "Column C" in parsed.problems[0].message("en")
    assert "Baris 3" in parsed.problems[1].message("id") and "Row 3" in parsed.problems[1].message("en")
    assert "'bos'" in parsed.problems[2].message("id") and "leader or member" in parsed.problems[2].message("en")
    assert "20001" in parsed.problems[3].message("en")


def test_missing_name_column(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("jabatan;instansi\nStaf;Pemkab\n", encoding="utf-8")
    parsed = read_participants(path)
    assert parsed.participants == []
    assert parsed.problems[-1].column == "name"


@pytest.mark.parametrize("name, content", [
    ("peserta.txt", b"name\nA\n"),
    ("peserta.xlsx", b"this is not a zip file"),
    ("peserta.csv", b"\xff\xfe\x00bad"),
    ("kosong.csv", b""),
])
def test_unreadable_files_are_refused_naming_the_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExchangeFileError) as caught:
        read_participants(path)
    assert name in str(caught.value)
    assert name in caught.value.message("en")


def test_missing_file(tmp_path):
    with pytest.raises(ExchangeFileError):
        read_participants(tmp_path / "nothing.xlsx")


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("old", encoding="utf-8")

    def rows():
        yield ["a"]
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        write_rows_csv(path, ["h"], rows())
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]
