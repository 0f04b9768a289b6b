"""File → Import and Export run off the GUI thread behind a progress dialog with Cancel
(issue 14): the window keeps answering while a large import runs; Cancel leaves the database
as it was; an export writes its file, or none when cancelled. The file choosers are replaced
(the path is the input, not what is tested); the confirmation, the progress dialog and the
message boxes are the real ones, found and clicked as a person would."""

from __future__ import annotations

import copy
import json
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from studitiru.services import exchange, visits
from studitiru.services.exchange_export import export_bytes
from studitiru.ui import file_actions

sys.path.insert(0, str(Path(__file__).parent))
from helpers import make_context  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "example.json"


def _big_file(path: Path, visits_count: int) -> Path:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = document["visits"][0]
    document["visits"] = [{**copy.deepcopy(template), "key": f"ST-2030-{n:04d}", "sessions": [], "lessons": [],
                           "participants": [{"name": f"Peserta {m}", "role": "member"} for m in range(40)]}
                          for n in range(visits_count)]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _answer(clicks: list[str], seen: list[str], on_cancel=lambda: None) -> None:
    """Answer each modal that shows, in turn: 'yes' (a question), 'ok' (a message), 'cancel'
    (the progress dialog, once it shows a value)."""

    def step() -> None:
        if not clicks:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QProgressDialog) and clicks[0] == "cancel" and widget.isVisible():
            clicks.pop(0)
            seen.append("progress")
            next(b for b in widget.findChildren(QPushButton) if b.text() == "Cancel").click()
            on_cancel()
        elif isinstance(widget, QMessageBox) and clicks[0] in ("yes", "ok"):
            button = QMessageBox.StandardButton.Yes if clicks[0] == "yes" else QMessageBox.StandardButton.Ok
            if widget.button(button) is not None:
                clicks.pop(0)
                seen.append(widget.text())
                widget.button(button).click()
        QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def test_a_cancelled_import_leaves_nothing_and_a_finished_one_is_whole(qtbot, tmp_path, monkeypatch):
    context = make_context(tmp_path, lang="en")
    exchange.import_file(context.db, EXAMPLE)
    before = export_bytes(context.db)
    big = _big_file(tmp_path / "big.json", 1500)
    monkeypatch.setattr(file_actions, "PROGRESS_AFTER_MS", 0)
    checking = exchange.check_document
    cancelled = threading.Event()

    def check_slowly(document, source):  # the import waits, in its pool thread, until Cancel is clicked
        assert threading.current_thread() is not threading.main_thread()
        assert cancelled.wait(20)
        return checking(document, source)

    monkeypatch.setattr(exchange, "check_document", check_slowly)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(big), ""))
    clicks, seen = ["yes", "cancel", "ok"], []
    _answer(clicks, seen, cancelled.set)
    assert file_actions.import_exchange_file(None, context) is False
    qtbot.waitUntil(lambda: not clicks, timeout=20_000)
    assert seen[1] == "progress" and seen[2] == "The import was cancelled; the database is unchanged."
    assert export_bytes(context.db) == before

    monkeypatch.setattr(exchange, "check_document", checking)
    clicks, seen = ["yes", "ok"], []
    _answer(clicks, seen)
    assert file_actions.import_exchange_file(None, context) is True
    qtbot.waitUntil(lambda: not clicks, timeout=20_000)
    assert sum(1 for row in visits.list_visits(context.db) if row.key.startswith("ST-2030-")) == 1500
    context.db.dispose()


def test_an_export_is_written_in_the_background(qtbot, tmp_path, monkeypatch):
    context = make_context(tmp_path, lang="en")
    exchange.import_file(context.db, EXAMPLE)
    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    assert file_actions.export_exchange_file(None, context) is True
    assert out.read_bytes() == export_bytes(context.db)
    context.db.dispose()
