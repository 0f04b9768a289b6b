"""The Protokol tab with real widgets on the demo programme: a rank chosen for an unknown position
and saved, a person dragged with the mouse onto the head table (the broken rule shown under the
plan), a rundown item's minutes typed in the table; each an undoable step. Screenshots in both
languages."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from studitiru.domain import protocol as p
from studitiru.services import protocol as service
from studitiru.services.demo import load_demo
from studitiru.ui import translations
from studitiru.ui.pages.visits import VisitsPage
from tests.ui.helpers import make_context

VISIT = "ST-2026-001"


@pytest.fixture
def translated(request, qapp):
    previous = QLocale()
    translations.install(request.param)
    yield request.param
    translations.uninstall()
    QLocale.setDefault(previous)


@pytest.fixture
def shown(qtbot, tmp_path, translated):
    context = make_context(tmp_path, lang=translated)
    load_demo(context.db)
    page = VisitsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.open_visit(VISIT)
    editor = page.editor
    editor.tabs.setCurrentIndex(editor.PROTOCOL)
    tab = editor.protocol
    qtbot.waitUntil(lambda: tab.welcome() is not None)
    yield tab, context
    context.undo_stack.clear()
    context.db.dispose()


def _shot(widget, name: str, lang: str) -> None:
    folder = os.environ.get("STUDITIRU_SCREENSHOTS")
    if folder:
        widget.window().grab().save(os.path.join(folder, f"protocol-{name}-{lang}.png"))


@pytest.mark.parametrize("translated", ["id", "en"], indirect=True)
def test_a_rank_chosen_for_an_unknown_position(shown, qtbot, translated):
    tab, context = shown
    assert ("Penerimaan: " if translated == "id" else "Welcome: ") in tab.welcome_label.text()
    assert "Balai Kota Pontianak" in tab.welcome_label.text()
    assert "Ahmad Fauzi" in tab.unknown_label.text()
    tab.select_person("guest:Ahmad Fauzi")
    assert tab.position.text() == "Ajudan Wali Kota"
    tab.rank.setCurrentIndex(tab.rank.findData("K-m"))
    tab.honorific.setCurrentIndex(tab.honorific.findData("Bapak"))
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    fauzi = next(i for i in service.welcome_protocol(context.db, VISIT).ranked() if i.person.name == "Ahmad Fauzi")
    assert (fauzi.rank.code, fauzi.confirmed, fauzi.person.honorific) == ("K-m", True, "Bapak")
    assert "Ahmad Fauzi" not in tab.unknown_label.text()
    assert tab.rank.currentData() == "K-m" and tab.honorific.currentData() == "Bapak"  # the form shows what was saved
    _shot(tab, "people", translated)
    context.undo_stack.undo()
    again = next(i for i in service.welcome_protocol(context.db, VISIT).ranked() if i.person.name == "Ahmad Fauzi")
    assert again.rank is None and "Ahmad Fauzi" in tab.unknown_label.text()
    context.undo_stack.redo()
    assert next(x for x in service.get_protocol(context.db, VISIT).people if x.ref == "guest:Ahmad Fauzi").rank == "K-m"


@pytest.mark.parametrize("translated", ["id", "en"], indirect=True)
def test_a_person_dragged_onto_the_head_table(shown, qtbot, translated):
    tab, context = shown
    tab.inner.setCurrentIndex(1)
    view = tab.seating
    qtbot.waitExposed(view)
    seats = {(seat.row, seat.index): (rect, item) for seat, rect, item in view.seats()}
    host_seat = next(rect for (row, _), (rect, item) in seats.items()
                     if row is p.Row.HEAD and item and item.person.name == "Edi Rusdi Kamtono")
    siti = next(rect for (row, _), (rect, item) in seats.items() if item and item.person.name == "Siti Rahmawati")
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=siti.center().toPoint())
    qtbot.mouseMove(view, pos=QPoint(int(host_seat.center().x()), int(host_seat.center().y())))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=host_seat.center().toPoint())
    stored = service.get_protocol(context.db, VISIT)
    assert stored.moves == (p.Move("guest:Siti Rahmawati", p.Seat(p.Row.HEAD, 1)),)
    text = tab.breaches_label.toPlainText()
    assert ("Pasal 13" if translated == "id" else "Article 13") in text and "Siti Rahmawati" in text
    _shot(tab, "seating", translated)
    context.undo_stack.undo()
    assert service.get_protocol(context.db, VISIT).moves == () and tab.breaches_label.toPlainText() == ""


@pytest.mark.parametrize("translated", ["id"], indirect=True)
def test_minutes_typed_in_the_rundown(shown, qtbot, translated):
    tab, context = shown
    tab.inner.setCurrentIndex(2)
    row = next(r for r in range(tab.rundown.rowCount()) if tab.rundown.item(r, tab.RUN_TITLE).text().startswith("Sambutan selamat"))
    tab.rundown.item(row, tab.RUN_MINUTES).setText("8")
    items = service.welcome_protocol(context.db, VISIT).rundown_items()
    assert items[row].minutes == 8
    # paparan and diskusi give the time back: the rundown still ends with the welcome
    assert tab.rundown.item(tab.rundown.rowCount() - 1, tab.RUN_TIME).text().endswith("09.30")
    _shot(tab, "rundown", translated)
    context.undo_stack.undo()
    assert service.welcome_protocol(context.db, VISIT).protocol.rundown is None
    assert tab.rundown.item(row, tab.RUN_MINUTES).text() == "5"


@pytest.mark.parametrize("kind, words", [("seating", "TATA TEMPAT PENERIMAAN KUNJUNGAN"), ("namecards", "Rahmad Mas'ud"),
                                         ("rundown", "SUSUNAN ACARA PENERIMAAN KUNJUNGAN")])
def test_the_reports_page_makes_the_three_protocol_prints(qtbot, tmp_path, monkeypatch, kind, words):
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QFileDialog

    from studitiru.ui.pages.reports import ReportsPage
    from tests.reports.pdf_helpers import pages_text, squash

    context = make_context(tmp_path)
    load_demo(context.db)
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    out = tmp_path / f"{kind}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    page.choose(kind, visit=VISIT, lang="id")
    page.save_button.click()
    qtbot.waitUntil(out.exists, timeout=30000)
    assert words in squash(" ".join(pages_text(out.read_bytes())))
    QThreadPool.globalInstance().waitForDone()
    context.db.dispose()


@pytest.mark.parametrize("translated", ["id"], indirect=True)
def test_a_spouse_added_by_hand_takes_the_officials_rank(shown, qtbot, translated):
    from tests.ui.modal import when_modal
    from studitiru.ui.visit_editor.protocol_person_dialog import PersonDialog

    tab, context = shown

    def empty_then_fill(dialog):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no name: refused in the dialog
        assert dialog.isVisible() and dialog.problem.text()
        dialog.name.setText("Yanti Kamtono")
        dialog.spouse_of.setCurrentIndex(dialog.spouse_of.findData("host:walikota"))
        assert dialog.side.currentData() == "host"
        dialog.honorific.setCurrentIndex(dialog.honorific.findData("Ibu"))
        _shot(dialog, "person-dialog", translated)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    answered = when_modal(qtbot, PersonDialog, empty_then_fill)
    qtbot.mouseClick(tab.add_person_button, Qt.MouseButton.LeftButton)
    assert answered
    ranked = service.welcome_protocol(context.db, VISIT).ranked()
    names = [item.person.name for item in ranked]
    assert names.index("Yanti Kamtono") == names.index("Edi Rusdi Kamtono") + 1
    yanti = ranked[names.index("Yanti Kamtono")]
    assert yanti.via_spouse and yanti.rank.code == "K-a" and yanti.person.ref == "extra:1"
    assert tab.remove_person_button.isEnabled()
    qtbot.mouseClick(tab.remove_person_button, Qt.MouseButton.LeftButton)
    assert "Yanti Kamtono" not in [x.name for x in service.get_protocol(context.db, VISIT).people]
    context.undo_stack.undo()
    assert "Yanti Kamtono" in [x.name for x in service.get_protocol(context.db, VISIT).people]


@pytest.mark.parametrize("translated", ["id", "en"], indirect=True)
def test_the_office_edits_its_order_of_precedence_in_the_settings(qtbot, tmp_path, translated):
    from studitiru.ui.pages.settings import SettingsPage
    from studitiru.ui.protocol_settings_dialog import ProtocolSettingsDialog
    from tests.ui.modal import when_modal

    context = make_context(tmp_path, lang=translated)
    load_demo(context.db)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    def perbup(dialog):
        table = dialog.ranks.table
        codes = [table.item(r, 0).text() for r in range(table.rowCount())]
        table.selectRow(codes.index("K-d"))  # a Perbup that puts the Ketua DPRD right after the Wali Kota
        dialog.ranks.up_button.click()
        dialog.ranks.up_button.click()
        row = codes.index("K-j")
        table.item(row, 4).setText(table.item(row, 4).text() + " ; ajudan(")  # a broken pattern is named
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible() and "ajudan(" in dialog.problem.text()
        table.item(row, 4).setText(table.item(row, 4).text().replace(" ; ajudan(", " ; ajudan\\b"))
        _shot(dialog, "settings", translated)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    answered = when_modal(qtbot, ProtocolSettingsDialog, perbup)
    qtbot.mouseClick(page.protocol_settings_button, Qt.MouseButton.LeftButton)
    assert answered
    office = service.get_office(context.db)
    local = [r.code for r in office.table.ranks if r.scope is p.Scope.LOCAL]
    assert local[:3] == ["K-a", "K-d", "K-b"]
    fauzi = next(i for i in service.welcome_protocol(context.db, VISIT).ranked() if i.person.name == "Ahmad Fauzi")
    assert fauzi.rank.code == "K-j"  # 'Ajudan Wali Kota' now suggested by the office's own pattern
    context.undo_stack.undo()
    assert service.get_office(context.db).table == p.default_table()
    context.undo_stack.redo()
    assert [r.code for r in service.get_office(context.db).table.ranks if r.scope is p.Scope.LOCAL][:3] == ["K-a", "K-d", "K-b"]
    context.db.dispose()


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_every_suggested_rank_confirmed_at_once(shown, qtbot, translated):
    tab, context = shown
    qtbot.mouseClick(tab.confirm_all_button, Qt.MouseButton.LeftButton)
    ranked = service.welcome_protocol(context.db, VISIT).ranked()
    assert all(item.confirmed for item in ranked if item.rank is not None)
    assert sorted(i.person.name for i in ranked if i.rank is None) == ["Ahmad Fauzi", "Lina Marlina", "Rizky Pratama",
                                                                       "Yuliana Sari"]  # still to ask
    context.undo_stack.undo()
    assert not any(item.confirmed for item in service.welcome_protocol(context.db, VISIT).ranked())


@pytest.mark.parametrize("translated", ["id"], indirect=True)
def test_a_long_delegation_takes_rows_behind_and_every_seat_is_on_screen(shown, qtbot, translated):
    tab, context = shown
    protocol = service.get_protocol(context.db, VISIT)
    extra = tuple(p.ProtocolPerson(f"extra:{n}", p.Side.GUEST, f"Peserta Tambahan {n}", "Staf Pelaksana", rank="K-m")
                  for n in range(1, 31))
    service.save_protocol(context.db, replace(protocol, people=protocol.people + extra))
    tab.inner.setCurrentIndex(1)
    tab.load()
    view = tab.seating
    area = view.rect()
    rects = [rect for _, rect, _ in view.seats()]
    assert len(rects) == len(view.seats()) and all(area.contains(rect.toRect()) for rect in rects)
    assert len({rect.left() for seat, rect, _ in view.seats() if seat.row is p.Row.GUEST}) >= 2
    _shot(tab, "seating-long", translated)


@pytest.mark.parametrize("translated", ["id"], indirect=True)
def test_who_leads_the_prayer_typed_in_the_rundown_and_an_item_added(shown, qtbot, translated):
    tab, context = shown
    tab.inner.setCurrentIndex(2)
    titles = [tab.rundown.item(r, tab.RUN_TITLE).text() for r in range(tab.rundown.rowCount())]
    prayer = titles.index("Pembacaan doa")
    tab.rundown.item(prayer, tab.RUN_WHO).setText("Ustaz Abdul Halim")
    welcome = service.welcome_protocol(context.db, VISIT)
    assert welcome.rundown().lines[prayer].speakers == ("Ustaz Abdul Halim",)
    tab.rundown.selectRow(titles.index("Foto bersama"))
    qtbot.mouseClick(tab.add_item_button, Qt.MouseButton.LeftButton)
    assert tab.rundown.item(titles.index("Foto bersama") + 1, tab.RUN_TITLE).text() == "Acara baru"
    items = service.welcome_protocol(context.db, VISIT).rundown_items()
    assert len(items) == len(titles) + 1
    # the new item's 5 minutes come out of paparan and diskusi: the welcome still ends on time
    assert tab.rundown.item(tab.rundown.rowCount() - 1, tab.RUN_TIME).text().endswith("09.30")
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert service.welcome_protocol(context.db, VISIT).protocol.rundown is None
