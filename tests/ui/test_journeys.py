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
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

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
@time_machine.travel(datetime(2026, 11, 23, 12, 0), tick=True)  # the journey's day: 14 January 2027 lies ahead
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


# --- 2. the agenda on three sites, one of them new --------------------------------------------

def session_filler(shots, title: str, starts: str, ends: str, kind: r.SessionKind, site: str,
                   presenters: tuple[str, ...] = (), topics: tuple[str, ...] = ()):
    """Fill the session dialog as an officer types: the title, the times as typed ("08.30",
    "10:00", "1430"), then the kind and the site by their names, then tick presenters and topics."""
    from studitiru.ui import labels

    def fill(dialog: SessionDialog) -> None:
        type_into(dialog.title, title)
        type_into(dialog.starts, starts)
        QTest.keyClick(dialog.starts, Qt.Key.Key_Tab)
        type_into(dialog.ends, ends)
        QTest.keyClick(dialog.ends, Qt.Key.Key_Tab)
        choose(dialog.kind, labels.session_kind(kind))
        choose(dialog.site, site)
        for picker, keys in ((dialog.presenters, presenters), (dialog.topics, topics)):
            for row in range(picker.count()):
                item = picker.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in keys:
                    item.setCheckState(Qt.CheckState.Checked)
        shots(dialog, f"session-{title.split()[0].lower()}")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter presses OK

    return fill


def add_session_by_dialog(qtbot, tab, fill) -> None:
    answered = when_modal(qtbot, SessionDialog, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))


@pytest.mark.parametrize("lang", LANGS)
def test_plan_the_agenda_on_three_sites_with_a_new_site(qtbot, window, office, shots, lang):
    key = kubu_raya(office)
    sites_page = window.show_page("sites")
    qtbot.mouseClick(sites_page._new_button, Qt.MouseButton.LeftButton)
    name = sites_page.name_edit()
    assert name.hasFocus() or QApplication.focusWidget() is name
    type_into(name, "RSUD Sultan Syarif Mohamad Alkadrie")
    QTest.keyClick(name, Qt.Key.Key_Tab)  # leaving the name field adds the site
    qtbot.waitUntil(lambda: any(s.name.startswith("RSUD Sultan") for s in registers.list_sites(office.db)))
    shots(window, "new-site")
    hospital = next(s for s in registers.list_sites(office.db) if s.name.startswith("RSUD Sultan"))

    visits_page = window.show_page("visits")
    visits_page.open_visit(key)
    editor = visits_page.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    tab = editor.agenda
    add_session_by_dialog(qtbot, tab, session_filler(
        shots, "Penerimaan rombongan", "08.30", "9:30", r.SessionKind.RECEPTION, "Balai Kota Pontianak",
        presenters=("sekda",)))
    add_session_by_dialog(qtbot, tab, session_filler(
        shots, "Paparan MPP", "1000", "11.30", r.SessionKind.PRESENTATION, "MPP Kota Pontianak",
        presenters=("sekda",), topics=("mpp",)))
    add_session_by_dialog(qtbot, tab, session_filler(
        shots, "Peninjauan SPBE di rumah sakit", "13", "14.30 WIB", r.SessionKind.SITE_TOUR, hospital.name,
        presenters=("kadis-kominfo",), topics=("spbe",)))
    shots(window, "agenda")

    def planned() -> list[tuple]:
        return [(s.title, s.starts_at, s.ends_at, s.kind, s.site, s.presenters, s.topics)
                for s in visits.get_visit(office.db, key).sessions]

    day = date(2027, 1, 14)
    expected = [
        ("Penerimaan rombongan", datetime.combine(day, time(8, 30)), datetime.combine(day, time(9, 30)),
         r.SessionKind.RECEPTION, "balai-kota", ("sekda",), ()),
        ("Paparan MPP", datetime.combine(day, time(10)), datetime.combine(day, time(11, 30)),
         r.SessionKind.PRESENTATION, "mpp-pontianak", ("sekda",), ("mpp",)),
        ("Peninjauan SPBE di rumah sakit", datetime.combine(day, time(13)), datetime.combine(day, time(14, 30)),
         r.SessionKind.SITE_TOUR, hospital.key, ("kadis-kominfo",), ("spbe",)),
    ]
    assert planned() == expected
    assert all(type(s.kind) is r.SessionKind for s in visits.get_visit(office.db, key).sessions)
    assert tab.model.rowCount() == 3

    # Change one session's kind and time in its dialog: Ctrl+A and a typed time replace the old one.
    from studitiru.ui import labels

    def change(dialog: SessionDialog) -> None:
        dialog.starts.setFocus()
        QTest.keyClick(dialog.starts, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.starts, "0900")
        QTest.keyClick(dialog.starts, Qt.Key.Key_Tab)
        choose(dialog.kind, labels.session_kind(r.SessionKind.DISCUSSION))
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)

    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    answered = when_modal(qtbot, SessionDialog, change)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))
    changed = [(title, start, kind) for title, start, _, kind, *_ in planned()]
    assert changed[0] == ("Penerimaan rombongan", datetime.combine(day, time(9)), r.SessionKind.DISCUSSION)

    undo_redo_each(qtbot, office, lambda: assert_no_sessions(office, key),
                   lambda: assert_changed_first(office, key, day), steps=4)


def assert_no_sessions(office, key) -> None:
    assert visits.get_visit(office.db, key).sessions == ()


def assert_changed_first(office, key, day) -> None:
    sessions = visits.get_visit(office.db, key).sessions
    assert [s.title for s in sessions] == ["Penerimaan rombongan", "Paparan MPP", "Peninjauan SPBE di rumah sakit"]
    assert (sessions[0].starts_at, sessions[0].kind) == (datetime.combine(day, time(9)), r.SessionKind.DISCUSSION)


# --- 3. lessons: every status, with topics and sessions ---------------------------------------

def planned_visit(office) -> str:
    """The Kubu Raya visit with its three sessions, as the agenda journey leaves it."""
    key = kubu_raya(office)
    day = date(2027, 1, 14)
    for title, start, end, kind, site, presenters, topics in (
        ("Penerimaan rombongan", time(8, 30), time(9, 30), r.SessionKind.RECEPTION, "balai-kota", ("sekda",), ()),
        ("Paparan MPP", time(10), time(11, 30), r.SessionKind.PRESENTATION, "mpp-pontianak", ("sekda",), ("mpp",)),
        ("Paparan SPBE", time(13), time(14, 30), r.SessionKind.PRESENTATION, "balai-kota", ("kadis-kominfo",),
         ("spbe",)),
    ):
        agenda.add_session(office.db, r.Session(
            key="", visit=key, starts_at=datetime.combine(day, start), ends_at=datetime.combine(day, end),
            title=title, kind=kind, site=site, presenters=presenters, topics=topics))
    return key


@pytest.mark.parametrize("lang", LANGS)
def test_record_lessons_with_every_status_topic_and_session(qtbot, window, office, shots, lang):
    from studitiru.ui import labels

    key = planned_visit(office)
    visits_page = window.show_page("visits")
    visits_page.open_visit(key)
    editor = visits_page.editor
    editor.tabs.setCurrentWidget(editor.lessons)
    tab = editor.lessons
    sessions = visits.get_visit(office.db, key).sessions
    cases = [
        (r.LessonStatus.NOTED, "Mal Pelayanan Publik", sessions[1].title, "Satu loket untuk 12 layanan perizinan."),
        (r.LessonStatus.PLANNED, "Sistem Pemerintahan Berbasis Elektronik", sessions[2].title,
         "Aplikasi tanda tangan elektronik untuk surat dinas."),
        (r.LessonStatus.IN_PROGRESS, None, None, "Antrean daring lewat WhatsApp — mulai dirintis."),
        (r.LessonStatus.ADOPTED, "Mal Pelayanan Publik", sessions[0].title, "Ruang laktasi di ruang tunggu."),
        (r.LessonStatus.DROPPED, "Sistem Pemerintahan Berbasis Elektronik", None, "Pusat data sendiri (terlalu mahal)."),
    ]
    for number, (status, topic, session, observation) in enumerate(cases, start=1):
        def fill(dialog: LessonDialog, status=status, topic=topic, session=session, observation=observation) -> None:
            dialog.observation.setFocus()
            dialog.observation.setPlainText(observation)  # not ASCII: set whole, as a paste would
            if topic:
                choose(dialog.topic, topic)
            if session:
                choose(dialog.session, session)
            type_into(dialog.owner, "Bagian Organisasi")
            choose(dialog.status, labels.lesson_status(status))
            dialog.follow_up_on.check.setChecked(True)
            type_into(dialog.follow_up_on.edit, "14 Apr 2027")
            QTest.keyClick(dialog.follow_up_on.edit, Qt.Key.Key_Tab)
            shots(dialog, f"lesson-{status.value}")
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

        answered = when_modal(qtbot, LessonDialog, fill)
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(answered))
        assert len(visits.get_visit(office.db, key).lessons) == number  # saved at once, one by one
    shots(window, "lessons")

    def recorded() -> list[tuple]:
        stored = visits.get_visit(office.db, key)
        titles = {s.key: s.title for s in stored.sessions}
        names = {t.key: t.name for t in registers.list_topics(office.db)}
        return [(lesson.status, names.get(lesson.topic), titles.get(lesson.session), lesson.observation,
                 lesson.owner, lesson.follow_up_on) for lesson in stored.lessons]

    assert recorded() == [(status, topic, session, observation, "Bagian Organisasi", date(2027, 4, 14))
                          for status, topic, session, observation in cases]
    assert all(type(lesson.status) is r.LessonStatus for lesson in visits.get_visit(office.db, key).lessons)
    assert tab.model.rowCount() == 5
    assert editor.tabs.tabText(editor.tabs.indexOf(tab)).endswith("(5)")
    undo_redo_each(qtbot, office, lambda: recorded() == [] or pytest.fail("lessons left after undo"),
                   lambda: len(recorded()) == 5 or pytest.fail("lessons not back after redo"), steps=5)
    assert [status for status, *_ in recorded()] == [case[0] for case in cases]


def test_a_bug_in_an_edit_is_raised_and_leaves_no_undo_step(qtbot, office):
    """An exception that is not a refusal reaches the caller (the bug dialog, or a failed test)
    and the undo stack holds only the steps that happened."""
    from studitiru.ui.undo import run_edit

    def broken():
        raise RuntimeError("a bug in a service")

    with pytest.raises(RuntimeError, match="a bug in a service"):
        run_edit(office, "broken step", broken, lambda: None, frozenset())
    assert office.undo_stack.count() == 0 and not office.undo_stack.canUndo()


# --- 4. participants pasted and imported, the visit confirmed, every report and the calendar --

def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang", LANGS)
def test_participants_confirm_and_print_every_report(qtbot, window, office, shots, lang, tmp_path):
    from studitiru.ui.visit_editor.import_dialog import ParticipantsImportDialog

    key = planned_visit(office)
    visits_page = window.show_page("visits")
    visits_page.open_visit(key)
    editor = visits_page.editor
    tab = editor.participants
    editor.tabs.setCurrentWidget(tab)

    # Pasted from a spreadsheet: three rows copied with their header.
    QGuiApplication.clipboard().setText(
        "Nama\tJabatan\tInstansi\tPeran\n"
        "H. Sujiwo\tWakil Bupati Kubu Raya\tPemkab Kubu Raya\tKetua\n"
        "Yusran Anizam\tSekretaris Daerah\tPemkab Kubu Raya\tAnggota\n"
        "Ir. Maria Ulfah\tKepala Bagian Organisasi\tSetda Kubu Raya\tAnggota\n")
    qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in visits.get_visit(office.db, key).participants] == [
        "H. Sujiwo", "Yusran Anizam", "Ir. Maria Ulfah"]

    # Imported from a .csv file (nine more, one already pasted): the real file dialog, the real preview.
    sheet = tmp_path / "peserta kubu raya.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["nama", "jabatan", "instansi", "telepon"])
        writer.writerow(["Yusran Anizam", "Sekretaris Daerah", "Pemkab Kubu Raya", ""])
        for number in range(1, 10):
            writer.writerow([f"Peserta {number}", "Staf", "Pemkab Kubu Raya", f"0812000000{number}"])

    def preview(dialog: ParticipantsImportDialog) -> None:
        shots(dialog, "import-preview")
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, QFileDialog, save_as(sheet))
    answered = when_modal(qtbot, ParticipantsImportDialog, preview)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))
    people = visits.get_visit(office.db, key).participants
    assert len(people) == 12 and people[0].role == r.ParticipantRole.LEADER
    shots(window, "participants")

    # Confirmed: the status button, then every report of the visit saved as PDF, and the calendar.
    confirm = editor.findChild(QWidget, "status-confirmed")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert visits.get_visit(office.db, key).status == r.VisitStatus.CONFIRMED
    reports = window.show_page("reports")
    for kind in ("itinerary", "summary", "attendance"):
        reports.choose(kind, visit=key, lang=lang)
        target = tmp_path / f"{kind}-{lang}.pdf"
        answered = when_modal(qtbot, QFileDialog, save_as(target))
        qtbot.mouseClick(reports.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda target=target: target.exists(), timeout=30_000)
        text = pdf_text(target)
        assert "Kubu Raya" in text, kind
        if kind == "itinerary":
            assert ("14 Januari 2027" if lang == "id" else "14 January 2027") in text
            assert ("08.30" if lang == "id" else "08:30") in text and "Paparan MPP" in text
        if kind == "attendance":
            assert "Peserta 9" in text and "H. Sujiwo" in text
    shots(window, "reports")
    calendar = tmp_path / f"{key}.ics"
    when_modal(qtbot, QFileDialog, save_as(calendar))
    qtbot.mouseClick(reports.ics_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(calendar.exists)
    ics = calendar.read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 3 and "Paparan MPP" in ics

    def before() -> None:  # the confirmation, the import and the paste undone
        assert visits.get_visit(office.db, key).participants == ()
        assert visits.get_visit(office.db, key).status == r.VisitStatus.REQUESTED

    def after() -> None:
        assert len(visits.get_visit(office.db, key).participants) == 12
        assert visits.get_visit(office.db, key).status == r.VisitStatus.CONFIRMED

    undo_redo_each(qtbot, office, before, after, steps=3)


# --- 5. held, reported, and the follow-up months later ----------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_complete_report_and_follow_up_months_later(qtbot, window, office, shots, lang):
    from studitiru.ui.registers.lessons_model import LessonsModel

    key = planned_visit(office)
    visits.change_status(office.db, key, r.VisitStatus.CONFIRMED)
    sessions = visits.get_visit(office.db, key).sessions
    lesson = lessons.add_lesson(office.db, r.Lesson(
        key="", visit=key, observation="Satu loket untuk 12 layanan perizinan.", topic="mpp",
        session=sessions[1].key, owner="Bagian Organisasi", follow_up_on=date(2027, 4, 14)))

    with time_machine.travel(datetime(2027, 1, 15, 9, 0), tick=True):  # the day after the visit
        visits_page = window.show_page("visits")
        visits_page.open_visit(key)
        editor = visits_page.editor
        qtbot.mouseClick(editor.findChild(QWidget, "status-completed"), Qt.MouseButton.LeftButton)
        assert visits.get_visit(office.db, key).status == r.VisitStatus.COMPLETED  # no question: it has ended
        qtbot.waitUntil(lambda: editor.findChild(QWidget, "status-reported") is not None)
        qtbot.mouseClick(editor.findChild(QWidget, "status-reported"), Qt.MouseButton.LeftButton)
        assert visits.get_visit(office.db, key).status == r.VisitStatus.REPORTED
        shots(window, "reported")

    with time_machine.travel(datetime(2027, 4, 20, 9, 0), tick=True):  # three months on: the follow-up is due
        page = window.show_page("lessons")
        page.refresh()
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() >= 1)
        row = next(i for i in range(model.rowCount()) if model.record(i).lesson.key == lesson.key)
        index = model.index(row, LessonsModel.STATUS)
        page.view.setCurrentIndex(index)
        page.view.edit(index)
        editor_widget = QApplication.focusWidget()
        from studitiru.ui import labels
        editor_widget.setCurrentIndex(editor_widget.findText(labels.lesson_status(r.LessonStatus.ADOPTED)))
        QTest.keyClick(editor_widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lessons_status(office, key) == r.LessonStatus.ADOPTED)
        shots(window, "follow-up")
        undo_redo_each(qtbot, office, lambda: lessons_status(office, key) == r.LessonStatus.NOTED or pytest.fail(),
                       lambda: lessons_status(office, key) == r.LessonStatus.ADOPTED or pytest.fail(), steps=1)


def lessons_status(office, key) -> r.LessonStatus:
    return visits.get_visit(office.db, key).lessons[0].status
