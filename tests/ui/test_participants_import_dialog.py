"""Participants from a spreadsheet in the window: the preview with problems, import with undo, exports."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from studitiru.domain import records as r
from studitiru.services import visits
from studitiru.ui.visit_editor.import_dialog import ParticipantsImportDialog
from studitiru.ui.visit_editor.participants_tab import ParticipantsTab
from tests.ui.helpers import fill_small_office, make_context


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    yield context
    context.db.dispose()


@pytest.fixture
def tab(qtbot, context):
    key = fill_small_office(context)
    tab = ParticipantsTab(context)
    qtbot.addWidget(tab)
    tab.set_visit(visits.get_visit(context.db, key))
    context.changes.changed.connect(lambda *_: tab.set_visit(visits.get_visit(context.db, key)))
    return tab


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


GOOD = [["Nama", "Jabatan", "Peran", "Keterangan"], ["Siti Aminah", "Kabag Organisasi", "anggota", "x"],
        ["Sufrianor", "Pj Sekretaris Daerah", "ketua", ""]]
BAD = [["nama", "jabatan", "peran"], ["Siti Aminah", "Kabag", "anggota"], ["", "Staf", ""], ["Budi", "Staf", "bos"]]


def test_the_dialog_lists_rows_and_problems(qtbot, context, tmp_path):
    path = _csv(tmp_path / "bad.csv", BAD)
    parsed = ParticipantsImportDialog.read(None, context, path)
    dialog = ParticipantsImportDialog(context, "ST-2025-014", path, parsed)
    qtbot.addWidget(dialog)
    texts = [[dialog.table.item(row, col).text() for col in range(8)] for row in range(dialog.table.rowCount())]
    assert any(row[0] == "3" and "nama" in row[7] for row in texts)
    assert any(row[0] == "4" and "bos" in row[7] for row in texts)
    assert any(row[1] == "Siti Aminah" for row in texts)
    assert not dialog.import_button.isEnabled()
    assert "2" in dialog.summary.text()


def test_an_unknown_column_is_only_ignored(qtbot, context, tmp_path):
    path = _csv(tmp_path / "good.csv", GOOD)
    parsed = ParticipantsImportDialog.read(None, context, path)
    dialog = ParticipantsImportDialog(context, "ST-2025-014", path, parsed)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    assert any("Keterangan" in dialog.table.item(row, 7).text() for row in range(dialog.table.rowCount()))


def test_import_adds_new_people_once_and_undoes(qtbot, tab, context, tmp_path, monkeypatch):
    monkeypatch.setattr(ParticipantsImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    path = _csv(tmp_path / "good.csv", GOOD)
    before = tab.rows()
    assert tab.import_file(str(path))
    names = [p.name for p in tab.rows()]
    assert names == ["Sufrianor", "Siti Aminah"]  # Sufrianor was already in the visit
    assert "1" in tab.import_note.text()
    context.undo_stack.undo()
    assert tab.rows() == before
    context.undo_stack.redo()
    assert [p.name for p in tab.rows()] == ["Sufrianor", "Siti Aminah"]


def test_import_is_refused_while_a_row_is_refused(qtbot, tab, tmp_path, monkeypatch):
    monkeypatch.setattr(ParticipantsImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = tab.rows()
    assert not tab.import_file(str(_csv(tmp_path / "bad.csv", BAD)))
    assert tab.rows() == before


def test_import_button_asks_for_a_file(qtbot, tab, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(ParticipantsImportDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    tab.import_button.click()
    assert not asked


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_keeps_formula_looking_text_as_text(qtbot, tab, context, tmp_path, monkeypatch, suffix):
    key = tab._visit.key
    visits.set_participants(context.db, key, (r.Participant("=1+2", "@SUM(A1)"), r.Participant("Budi", "-Staf")))
    tab.set_visit(visits.get_visit(context.db, key))
    out = tmp_path / f"people{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.export_button.click()
    if suffix == ".xlsx":
        sheet = load_workbook(out).active
        assert sheet["A2"].value == "=1+2" and sheet["A2"].data_type == "s"
        assert sheet["B2"].value == "@SUM(A1)" and sheet["B3"].value == "-Staf"
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert "\"'=1+2\"" in text and "\"'@SUM(A1)\"" in text
    from studitiru.reports.spreadsheets import read_participants

    assert [p.name for p in read_participants(out).participants] == ["=1+2", "Budi"]
