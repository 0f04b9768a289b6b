"""The visits page: the list filters as you type, by status and by year, without asking the
database; a visit is created from the list, opened with Enter and deleted with undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, insert, select

from studitiru.db import models as m
from studitiru.domain import records as r
from studitiru.errors import NotFoundError
from studitiru.services import visits
from studitiru.ui.visit_editor.list_model import ROW_ROLE, VisitListModel
from studitiru.ui.visit_editor.new_visit_dialog import NewVisitDialog
from tests.ui.visit_fixtures import context, editor, errors, page, visit_key  # noqa: F401 - fixtures


def shown_keys(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data(ROW_ROLE).key for row in range(proxy.rowCount())]


@pytest.fixture
def more_visits(context, visit_key):
    db = context.db
    visits.create_visit(db, r.Visit(key="ST-2026-001", title="Studi tiru MPP", institution="pemkab-balangan",
                                    starts_on=date(2026, 1, 9), ends_on=date(2026, 1, 10),
                                    leader=r.Person("Rahmad Mas'ud", "Wali Kota")))
    created = visits.create_visit(db, r.Visit(key="ST-2024-007", title="Benchmarking SPBE", institution="pemkab-balangan",
                                              starts_on=date(2024, 5, 2), ends_on=date(2024, 5, 3)))
    visits.change_status(db, created.key, r.VisitStatus.CONFIRMED)


def test_the_list_shows_visits_newest_first(page, more_visits):
    page.refresh()
    assert shown_keys(page) == ["ST-2026-001", "ST-2025-014", "ST-2024-007"]
    assert page.page_title() == "Visits"
    page.table.sortByColumn(VisitListModel.KEY, Qt.SortOrder.AscendingOrder)
    assert shown_keys(page) == ["ST-2024-007", "ST-2025-014", "ST-2026-001"]


def test_filter_by_text_status_and_year(qtbot, page, more_visits):
    page.refresh()
    page.focus_filter()
    qtbot.keyClicks(page.filter, "spbe")
    assert shown_keys(page) == ["ST-2024-007"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "rahmad")  # the leader
    assert shown_keys(page) == ["ST-2026-001"]
    page.filter.setText("Balangan zona")  # institution and title, every word must match
    assert shown_keys(page) == ["ST-2025-014"]
    page.filter.clear()
    page.status.setCurrentIndex(page.status.findData(r.VisitStatus.CONFIRMED))
    assert shown_keys(page) == ["ST-2024-007"]
    page.status.setCurrentIndex(0)
    assert [page.year.itemData(i) for i in range(page.year.count())] == [None, 2026, 2025, 2024]
    page.year.setCurrentIndex(page.year.findData(2025))
    assert shown_keys(page) == ["ST-2025-014"]
    assert page.count.text() == "1 of 3 visits shown"


def test_enter_opens_the_editor_and_escape_goes_back(qtbot, page, visit_key):
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.key() == visit_key
    qtbot.keyClick(page.editor.tabs, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0


def test_create_a_visit_from_the_list_with_undo(qtbot, page, context, monkeypatch):
    asked = r.Visit(key="", title="Studi tiru SPBE", institution="pemkab-balangan",
                    starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 3))
    monkeypatch.setattr(NewVisitDialog, "ask", classmethod(lambda cls, parent, ctx, lookups: asked))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.key() == "ST-2026-001"
    assert visits.get_visit(context.db, "ST-2026-001").title == "Studi tiru SPBE"
    assert context.undo_stack.undoText() == "add visit 'Studi tiru SPBE'"

    context.undo_stack.undo()
    with pytest.raises(NotFoundError):
        visits.get_visit(context.db, "ST-2026-001")
    assert page.stack.currentIndex() == 0  # the editor's visit is gone: back to the list
    assert shown_keys(page) == ["ST-2025-014"]

    context.undo_stack.redo()
    assert visits.get_visit(context.db, "ST-2026-001").title == "Studi tiru SPBE"
    assert shown_keys(page) == ["ST-2026-001", "ST-2025-014"]


def test_new_visit_dialog_refuses_an_end_before_the_start(qtbot, context, visit_key):
    from studitiru.ui.visit_editor.lookups import load_lookups

    dialog = NewVisitDialog(None, context, load_lookups(context.db))
    qtbot.addWidget(dialog)
    dialog.title.setText("Studi tiru")
    dialog.institution.set_key("pemkab-balangan")
    dialog.starts_on.set_value(date(2026, 3, 5))
    dialog.ends_on.set_value(date(2026, 3, 4))
    assert dialog.problem() == "The visit cannot end before it starts."
    dialog._on_buttons_accepted()
    assert dialog.error.text() == "The visit cannot end before it starts."
    assert dialog.result() == 0


def test_delete_a_visit_with_undo(qtbot, page, editor, context, visit_key, monkeypatch):
    before = visits.get_visit(context.db, visit_key)
    monkeypatch.setattr("studitiru.ui.messages.confirm", lambda parent, title, text: True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFoundError):
        visits.get_visit(context.db, visit_key)
    assert page.stack.currentIndex() == 0
    assert shown_keys(page) == []
    context.undo_stack.undo()
    assert visits.get_visit(context.db, visit_key) == before
    assert shown_keys(page) == [visit_key]
    context.undo_stack.redo()
    assert shown_keys(page) == []


def test_a_change_elsewhere_reloads_the_list_and_keeps_the_selection(page, context, more_visits):
    page.refresh()
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    assert page.selected_key() == "ST-2025-014"
    visits.create_visit(context.db, r.Visit(key="ST-2027-001", title="Baru", institution="pemkab-balangan",
                                            starts_on=date(2027, 1, 1), ends_on=date(2027, 1, 1)))
    context.changes.announce("visits")
    assert shown_keys(page)[0] == "ST-2027-001"
    assert page.selected_key() == "ST-2025-014"


def test_a_hidden_page_only_marks_itself_stale(qtbot, page, context):
    page.hide()
    visits.create_visit(context.db, r.Visit(key="ST-2027-001", title="Baru", institution="pemkab-balangan",
                                            starts_on=date(2027, 1, 1), ends_on=date(2027, 1, 1)))
    context.changes.announce("visits")
    assert page.model.rowCount() == 1
    page.show()
    assert page.model.rowCount() == 2


def _five_thousand(context) -> None:
    with context.db.engine.begin() as connection:
        institution = connection.scalar(select(m.Institution.id))
        start = date(2010, 1, 1)
        connection.execute(insert(m.Visit.__table__), [
            {"key": f"ST-{2010 + i // 400}-{i % 400 + 100:03d}", "title": f"Studi tiru nomor {i}",
             "institution_id": institution, "status": "requested", "starts_on": start + timedelta(days=i),
             "ends_on": start + timedelta(days=i), "leader_name": f"Pimpinan {i}"}
            for i in range(5000)
        ])


def test_five_thousand_visits_filter_in_the_proxy_not_the_database(qtbot, page, context):
    _five_thousand(context)
    page.refresh()
    assert page.model.rowCount() == 5001
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(context.db.engine, "before_cursor_execute", listener)
    try:
        page.focus_filter()
        qtbot.keyClicks(page.filter, "nomor 4999")
        assert shown_keys(page) == ["ST-2022-299"]
        year = (date(2010, 1, 1) + timedelta(days=4999)).year
        page.year.setCurrentIndex(page.year.findData(year))
        page.status.setCurrentIndex(page.status.findData(r.VisitStatus.REQUESTED))
        assert shown_keys(page) == ["ST-2022-299"]
        page.filter.clear()
        assert page.proxy.rowCount() == sum((date(2010, 1, 1) + timedelta(days=i)).year == year for i in range(5000))
        page.table.sortByColumn(VisitListModel.TITLE, Qt.SortOrder.AscendingOrder)
    finally:
        event.remove(context.db.engine, "before_cursor_execute", listener)
    assert statements == []  # every keystroke, status and year: filtered by the proxy


def test_the_shown_list_exports_to_excel_and_csv(page, more_visits, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    visits.update_visit(page._context.db, replace(visits.get_visit(page._context.db, "ST-2024-007"),
                                                   title="=SUM(A1:A9) bukan rumus"))
    page.refresh()
    page.filter.setText("2026 2024")  # every word must match: nothing
    page.filter.setText("")
    page.status.setCurrentIndex(page.status.findData(r.VisitStatus.CONFIRMED))
    assert shown_keys(page) == ["ST-2024-007"]
    target = tmp_path / "daftar.xlsx"
    monkeypatch.setattr("studitiru.ui.pages.visits.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "Excel workbooks (*.xlsx)"))
    page.export_button.click()
    sheet = load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == page.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert len(rows) == 2 and rows[1][0] == "ST-2024-007"
    title_cell = next(cell for cell in sheet[2] if cell.value == "=SUM(A1:A9) bukan rumus")
    assert title_cell.data_type == "s"  # text, never a formula
    assert page.export_list(str(tmp_path / "daftar"), as_csv=True)
    assert "ST-2024-007" in (tmp_path / "daftar.csv").read_text(encoding="utf-8-sig")
