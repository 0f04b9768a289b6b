"""The officer's day as journeys through the real window: real widgets, real dialogs answered
by typing into their fields and pressing their buttons (no `ask` replaced), a real SQLite file.

Each journey runs in Indonesian and in English and saves a screenshot at each step, into
`$STUDITIRU_JOURNEY_SHOTS/<lang>/` when that is set (look at them), else into `tmp_path`.
Any exception in a slot or a Qt override fails the test (pytest-qt), and each step is undone
and redone through the Edit menu's stack.
"""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, time
from pathlib import Path

import pytest
import time_machine
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from studitiru.domain import records as r
from studitiru.services import agenda, lessons, registers, visits
from studitiru.ui.main_window import MainWindow
from studitiru.ui.visit_editor.lesson_dialog import LessonDialog
from studitiru.ui.visit_editor.new_visit_dialog import NewVisitDialog
from studitiru.ui.visit_editor.session_dialog import SessionDialog
from studitiru.ui.widgets.new_institution_dialog import NewInstitutionDialog
from tests.ui.helpers import make_context
from tests.ui.modal import save_as, when_modal
from tests.ui.shell_support import language

LANGS = ["id", "en"]


class Shots:
    """Screenshots of each step, numbered in the order taken."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def __call__(self, widget: QWidget, name: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        QApplication.processEvents()
        assert widget.grab().save(str(path))
        return path


@pytest.fixture
def shots(request, tmp_path) -> Shots:
    root = os.environ.get("STUDITIRU_JOURNEY_SHOTS")
    lang = request.node.callspec.params.get("lang", "id")
    base = Path(root) if root else tmp_path / "shots"
    return Shots(base / lang / request.node.originalname.removeprefix("test_"))


@pytest.fixture
def office(tmp_path):
    """A protocol office with its registers: the Pontianak sites, presenters and topics."""
    context = make_context(tmp_path)
    db = context.db
    for key, name in (("mpp", "Mal Pelayanan Publik"), ("spbe", "Sistem Pemerintahan Berbasis Elektronik")):
        registers.create_record(db, r.Topic(key=key, name=name))
    registers.create_record(db, r.Institution(key="pemkab-sintang", name="Pemerintah Kabupaten Sintang",
                                              kind=r.InstitutionKind.REGENCY, province="Kalimantan Barat"))
    registers.create_record(db, r.Site(key="balai-kota", name="Balai Kota Pontianak", capacity=60))
    registers.create_record(db, r.Site(key="mpp-pontianak", name="MPP Kota Pontianak", capacity=40))
    registers.create_record(db, r.Presenter(key="sekda", name="Amirullah", position="Sekretaris Daerah",
                                            topics=("mpp",)))
    registers.create_record(db, r.Presenter(key="kadis-kominfo", name="Uray Indra Mulya",
                                            position="Kepala Dinas Kominfo", topics=("spbe",)))
    yield context
    context.undo_stack.clear()
    context.db.dispose()


def _window(qtbot, context, lang):
    context.lang = lang
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, office, request):
    lang = request.node.callspec.params["lang"]
    with language(lang):
        shell = _window(qtbot, office, lang)
        yield shell
        shell.close()


def kubu_raya(context) -> str:
    """The visit of the day as created by the first journey: Pemkab Kubu Raya, 14 January 2027."""
    registers.create_record(context.db, r.Institution(key="pemkab-kubu-raya", name="Pemerintah Kabupaten Kubu Raya",
                                                      kind=r.InstitutionKind.REGENCY, province="Kalimantan Barat"))
    return visits.create_visit(context.db, r.Visit(
        key="", title="Studi tiru MPP dan SPBE", institution="pemkab-kubu-raya",
        starts_on=date(2027, 1, 14), ends_on=date(2027, 1, 14), headcount=12,
        leader=r.Person("H. Sujiwo", "Wakil Bupati Kubu Raya"),
    )).key


def undo_redo_each(qtbot, context, check_before, check_after, steps: int) -> None:
    """Undo the last `steps` edits (the data as before), then redo them (the data as after)."""
    stack = context.undo_stack
    for _ in range(steps):
        assert stack.canUndo()
        stack.undo()
    check_before()
    for _ in range(steps):
        assert stack.canRedo()
        stack.redo()
    check_after()


def type_into(widget, text: str) -> None:
    """Type into a field as the keyboard does; text outside ASCII is set whole (pytest-qt's
    keyClicks cannot carry it)."""
    widget.setFocus()
    if text.isascii():
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(widget, text)
    else:
        widget.setText(text)


def choose(combo, text: str) -> None:
    """Choose an item of a combo box by its shown text, with the keyboard."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.setCurrentIndex(index)


# --- 1. a new visit, from an institution not yet in the register -----------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_create_a_visit_with_a_new_institution(qtbot, window, office, shots, lang):
    page = window.show_page("visits")
    shots(window, "visits")

    def fill_visit(dialog: NewVisitDialog) -> None:
        type_into(dialog.title, "Studi tiru MPP dan SPBE")
        dialog.institution.setFocus()
        dialog.institution.setEditText("Pemerintah Kabupaten Kubu Raya")
        type_into(dialog.starts_on, "14 Jan 2027")
        QTest.keyClick(dialog.starts_on, Qt.Key.Key_Tab)  # the end follows a start after it
        assert (dialog.starts_on.value(), dialog.ends_on.value()) == (date(2027, 1, 14), date(2027, 1, 14))
        shots(dialog, "new-visit-filled")
        when_modal(qtbot, NewInstitutionDialog, fill_institution)
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter presses OK

    def fill_institution(dialog: NewInstitutionDialog) -> None:
        assert dialog.name.text() == "Pemerintah Kabupaten Kubu Raya"
        assert dialog.kind.currentData() == r.InstitutionKind.REGENCY.value  # guessed from the name
        dialog.province.setEditText("Kalimantan Barat")
        shots(dialog, "new-institution")
        assert dialog.add_button.isDefault()
        QTest.keyClick(dialog.province, Qt.Key.Key_Return)

    answered = when_modal(qtbot, NewVisitDialog, fill_visit)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))
    created = visits.list_visits(office.db)
    kubu = [v for v in created if v.title == "Studi tiru MPP dan SPBE"]
    assert len(kubu) == 1 and kubu[0].starts_on == date(2027, 1, 14)
    institution = registers.get_record(office.db, r.Institution, kubu[0].institution)
    assert institution.kind == r.InstitutionKind.REGENCY and institution.province == "Kalimantan Barat"
    qtbot.waitUntil(lambda: page.editor.key() == kubu[0].key)
    shots(window, "editor-of-the-new-visit")

    def none_yet() -> None:
        assert not [v for v in visits.list_visits(office.db) if v.title == "Studi tiru MPP dan SPBE"]
        assert not [i for i in registers.list_records(office.db, r.Institution) if "Kubu Raya" in i.name]

    def both_back() -> None:
        assert [v for v in visits.list_visits(office.db) if v.title == "Studi tiru MPP dan SPBE"]
        assert [i for i in registers.list_records(office.db, r.Institution) if "Kubu Raya" in i.name]

    undo_redo_each(qtbot, office, none_yet, both_back, steps=2)
