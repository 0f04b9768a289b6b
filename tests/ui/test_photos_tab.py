"""The Dokumentasi tab with real widgets: photos added through Qt's own file dialog (several at
once) and by dropping files, reordered with Ctrl+Down and by a drop, a caption typed in place,
deleted with Delete; each an undoable step. Thumbnails are read only when the tab is shown.
Screenshots in both languages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLineEdit

from studitiru.domain.photos import ReportNotes
from studitiru.services import photos
from studitiru.ui import translations
from studitiru.ui.pages.visits import VisitsPage
from studitiru.ui.visit_editor.photos_tab import KEYS_MIME
from tests.photo_helpers import not_an_image, photo
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.modal import when_modal


@pytest.fixture
def translated(request, qapp):
    previous = QLocale()
    translations.install(request.param)
    yield request.param
    translations.uninstall()
    QLocale.setDefault(previous)


@pytest.fixture
def shown(qtbot, tmp_path, translated, monkeypatch):
    shown_errors = []
    monkeypatch.setattr("studitiru.ui.messages.show_error", lambda parent, error, context=None: shown_errors.append(error))
    context = make_context(tmp_path, lang=translated)
    key = fill_small_office(context)
    page = VisitsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.open_visit(key)
    yield page, context, key, shown_errors
    context.undo_stack.clear()
    context.db.dispose()


def _keys(context, key):
    return [p.key for p in photos.list_photos(context.db, key)]


def _choose_files(paths: list[Path]):
    def fill(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(paths[0].parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(" ".join(f'"{p.name}"' for p in paths))
        dialog.accept()
    return fill


@pytest.mark.parametrize("translated", ["id"], indirect=True)
def test_add_reorder_caption_delete_each_undone(qtbot, tmp_path, shown):
    page, context, key, shown_errors = shown
    editor = page.editor
    tab = editor.photos
    photos.add_photos(context.db, key, [photo(tmp_path / "awal.jpg", (900, 600))])
    assert tab.model.rowCount() == 0  # not read while the tab is hidden
    editor.tabs.setCurrentIndex(editor.PHOTOS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    first = _keys(context, key)[0]

    files = [photo(tmp_path / f"foto-{n}.jpg", (2400, 1600), colour=(50 * n, 90, 90)) for n in range(1, 3)]
    answered = when_modal(qtbot, QFileDialog, _choose_files(files))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert answered and shown_errors == []
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    a, b = _keys(context, key)[1:]
    assert [p.file_name for p in photos.list_photos(context.db, key)] == ["awal.jpg", "foto-1.jpg", "foto-2.jpg"]

    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "seret.png", (640, 480))))])
    assert tab.model.dropMimeData(dropped, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert tab.model.rowCount() == 4
    c = _keys(context, key)[3]

    # Ctrl+Down moves the current photo one place later; a dropped photo takes the drop's row.
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(0))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _keys(context, key) == [a, first, b, c]
    moved = QMimeData()
    moved.setData(KEYS_MIME, c.encode())
    tab.model.dropMimeData(moved, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _keys(context, key) == [c, a, first, b]
    assert [p.key for p in tab.model.rows()] == [c, a, first, b]

    # A caption typed in place (F2), Enter stores it.
    tab.grid.setCurrentIndex(tab.model.index(1))
    qtbot.keyClick(tab.grid, Qt.Key.Key_F2)
    field = tab.grid.viewport().findChild(QLineEdit) or tab.grid.findChild(QLineEdit)
    assert field is not None
    field.setText("Penyambutan rombongan di Balai Kota")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: photos.list_photos(context.db, key)[1].caption == "Penyambutan rombongan di Balai Kota")

    # Delete removes the selected photo.
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(3))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert _keys(context, key) == [c, a, first]
    deleted_data = None

    stack = context.undo_stack
    stack.undo()  # delete
    assert _keys(context, key) == [c, a, first, b]
    stack.undo()  # caption
    assert photos.list_photos(context.db, key)[1].caption is None
    stack.undo()  # the drop's move
    assert _keys(context, key) == [a, first, b, c]
    stack.undo()  # Ctrl+Down
    assert _keys(context, key) == [first, a, b, c]
    stack.undo()  # the dropped file
    assert _keys(context, key) == [first, a, b]
    stack.undo()  # the two from the dialog
    assert _keys(context, key) == [first]
    assert tab.model.rowCount() == 1
    for _ in range(6):
        stack.redo()
    assert _keys(context, key) == [c, a, first]
    assert photos.list_photos(context.db, key)[1].caption == "Penyambutan rombongan di Balai Kota"
    assert tab.model.rowCount() == 3 and deleted_data is None and shown_errors == []


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_a_bad_dropped_file_is_refused_and_nothing_added(qtbot, tmp_path, shown):
    page, context, key, shown_errors = shown
    editor = page.editor
    editor.tabs.setCurrentIndex(editor.PHOTOS)
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "baik.jpg", (640, 480)))),
                     QUrl.fromLocalFile(str(not_an_image(tmp_path / "catatan.jpg")))])
    editor.photos.model.dropMimeData(dropped, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert [e.message("en") for e in shown_errors] == ["No photo was added: catatan.jpg is not a JPEG or PNG photo."]
    assert photos.list_photos(context.db, key) == [] and context.undo_stack.count() == 0


@pytest.mark.parametrize("translated", ["id", "en"], indirect=True)
def test_report_notes_saved_undone_and_screenshot(qtbot, tmp_path, shown, translated):
    page, context, key, _ = shown
    editor = page.editor
    photos.add_photos(context.db, key, [photo(tmp_path / f"f{n}.jpg", (1600, 1200) if n % 2 else (1200, 1600),
                                              colour=(40 * n, 120, 200 - 20 * n)) for n in range(1, 7)],
                      caption="Penyambutan rombongan Kabupaten Balangan")
    editor.tabs.setCurrentIndex(editor.PHOTOS)
    box = editor.photos.notes
    qtbot.waitUntil(lambda: editor.photos.model.rowCount() == 6)
    box.overview.setPlainText("Kunjungan kerja Pemerintah Kabupaten Balangan dalam rangka studi tiru Zona Integritas.")
    box.conclusions.setPlainText("Rombongan akan menerapkan layanan tanpa kelas.")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    stored = photos.report_notes(context.db, key)
    assert stored.overview.startswith("Kunjungan kerja") and stored.obstacles is None
    folder = Path(os.environ.get("STUDITIRU_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(folder / f"dokumentasi-{translated}.png"))
    context.undo_stack.undo()
    assert photos.report_notes(context.db, key) == ReportNotes()
    assert box.overview.toPlainText() == ""


def test_the_reports_page_saves_the_activity_report_with_its_photos(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from studitiru.services.demo import load_demo
    from studitiru.ui.pages.reports import ReportsPage
    from tests.reports.pdf_helpers import pages_text, squash

    context = make_context(tmp_path, lang="id")
    load_demo(context.db)
    photos.add_photos(context.db, "ST-2026-001", [photo(tmp_path / "sambutan.jpg", (1600, 1200))], caption="Foto bersama")
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    out = tmp_path / "laporan-kegiatan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    page.choose("activity", visit="ST-2026-001", lang="id")
    page.save_button.click()
    qtbot.waitUntil(out.exists, timeout=30000)
    text = squash(" ".join(pages_text(out.read_bytes())))
    assert "LAPORAN KEGIATAN" in text and "LAMPIRAN II: DOKUMENTASI" in text and "Foto 1. Foto bersama" in text
    QThreadPool.globalInstance().waitForDone()
    context.db.dispose()


@pytest.mark.parametrize("translated", ["id"], indirect=True)
def test_undoing_a_visit_delete_brings_its_photos_back(qtbot, tmp_path, shown):
    page, context, key, shown_errors = shown
    photos.add_photos(context.db, key, [photo(tmp_path / f"f{n}.jpg", (800, 600), colour=(50 * n, 90, 90)) for n in range(2)],
                      caption="Foto bersama")
    before = photos.list_photos(context.db, key, with_data=True)
    page.editor.delete_visit()
    assert shown_errors == []
    context.undo_stack.undo()
    assert photos.list_photos(context.db, key, with_data=True) == before
    context.undo_stack.redo()
    context.undo_stack.undo()
    assert photos.list_photos(context.db, key, with_data=True) == before


def test_the_reports_page_saves_the_summary_with_its_photos_when_ticked(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from studitiru.services.demo import load_demo
    from studitiru.ui.pages.reports import ReportsPage
    from tests.reports.pdf_helpers import pages_text, squash

    context = make_context(tmp_path, lang="id")
    load_demo(context.db)
    photos.add_photos(context.db, "ST-2026-001", [photo(tmp_path / "sambutan.jpg", (1600, 1200))], caption="Foto bersama")
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.choose("attendance", visit="ST-2026-001", lang="id")
    assert not page.photos_check.isEnabled()
    page.choose("summary", visit="ST-2026-001", lang="id")
    assert page.photos_check.isEnabled()
    for ticked, name in ((False, "tanpa.pdf"), (True, "dengan.pdf")):
        page.photos_check.setChecked(ticked)
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, out=out, **kwargs: (str(out), ""))
        qtbot.waitUntil(page.save_button.isEnabled)
        page.save_button.click()
        qtbot.waitUntil(out.exists, timeout=30000)
        text = squash(" ".join(pages_text(out.read_bytes())))
        assert ("Lampiran: Dokumentasi" in text) is ticked and "Rencana tindak lanjut" in text
    QThreadPool.globalInstance().waitForDone()
    context.db.dispose()


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_photos_added_elsewhere_show_after_a_change_of_anything(qtbot, tmp_path, shown):
    from studitiru.ui.context import ALL_KINDS

    page, context, key, _ = shown
    editor = page.editor
    editor.tabs.setCurrentIndex(editor.PHOTOS)
    photos.add_photos(context.db, key, [photo(tmp_path / "lain.jpg", (800, 600))])  # as another officer would
    assert editor.photos.model.rowCount() == 0
    context.changes.announce(ALL_KINDS)  # what the change poll says when the database moved on
    qtbot.waitUntil(lambda: editor.photos.model.rowCount() == 1)


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_another_officers_change_refuses_a_stale_edit_and_an_undo(qtbot, tmp_path, shown):
    """Budi (a second window on the same file) captions a photo this tab shows at its old version:
    the tab's caption edit is refused with who and when, nothing changes; an undo of
    this window's move after Budi's change is refused too and leaves his order."""
    from studitiru.db.schema import open_database  # noqa: PLC0415
    from studitiru.errors import ChangedByOtherError  # noqa: PLC0415

    page, context, key, shown_errors = shown
    editor = page.editor
    tab = editor.photos
    photos.add_photos(context.db, key, [photo(tmp_path / f"f{n}.jpg", (600, 400), colour=(70 * n, 90, 90)) for n in range(3)])
    editor.tabs.setCurrentIndex(editor.PHOTOS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    first, second, third = _keys(context, key)
    budi = open_database(context.db.path)
    try:
        photos.set_caption(budi, first, "Foto bersama", photos.list_photos(budi, key)[0].version)
        tab.set_caption(first, "Penyambutan")  # from the version the tab shows
        assert len(shown_errors) == 1 and isinstance(shown_errors[0], ChangedByOtherError)
        assert f"Photo {first} was changed by " in shown_errors[0].message("en")
        assert photos.list_photos(context.db, key)[0].caption == "Foto bersama"
        tab.load()
        tab.grid.setFocus()
        tab.grid.setCurrentIndex(tab.model.index(2))
        qtbot.keyClick(tab.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert _keys(context, key) == [first, third, second]
        photos.set_caption(budi, third, "Paparan", photos.list_photos(budi, key)[1].version)
        refused = []
        context.changes.refused.connect(refused.append)
        context.undo_stack.undo()  # the move back: the third photo changed since
        assert refused and isinstance(refused[0], ChangedByOtherError)
        assert _keys(context, key) == [first, third, second]
        assert photos.list_photos(context.db, key)[1].caption == "Paparan"
    finally:
        budi.dispose()
