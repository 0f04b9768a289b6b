"""`studitiru gui --selftest`: every page in turn, a line per page, screenshots, exit 1 on a problem."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from studitiru.db.schema import open_database
from studitiru.ui import selftest
from studitiru.ui.context import AppContext
from studitiru.ui.main_window import MainWindow
from tests.ui.helpers import fill_small_office, make_context
from tests.ui.shell_support import language

LINE = re.compile(r"^(\d\d)-([a-z-]+) (\d+) ms$")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def context(tmp_path):
    context = make_context(tmp_path)
    fill_small_office(context)
    yield context
    context.db.dispose()


def _window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    return window


def test_selftest_shows_every_page_and_saves_screenshots(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDITIRU_WINDOW_SIZE", "1280x800")
    lines: list[str] = []
    with language("id"):
        window = _window(qtbot, context)
        code = selftest.run_selftest(window, tmp_path / "shots", out=lines.append)
    assert code == 0
    assert lines and all(LINE.match(line) for line in lines)
    names = [LINE.match(line).group(2) for line in lines]
    assert names[0] == "home" and names[-1] == "settings"
    expected = [name for _, name, key in selftest.STEPS if key in window.page_keys()]
    assert [name for name in names if name != "visit-editor"] == [name for name in expected if name != "visit-editor"]
    shots = sorted(path.name for path in (tmp_path / "shots").glob("*.png"))
    assert shots == sorted(f"{LINE.match(line).group(1)}-{LINE.match(line).group(2)}.png" for line in lines)
    assert all((tmp_path / "shots" / name).stat().st_size > 1000 for name in shots)
    assert not window.isVisible()


def test_window_size_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("STUDITIRU_WINDOW_SIZE", "1920x1080")
    assert selftest.window_size() == (1920, 1080)
    monkeypatch.setenv("STUDITIRU_WINDOW_SIZE", "nonsense")
    assert selftest.window_size() == selftest.DEFAULT_SIZE


def test_a_qt_warning_fails_the_selftest(qtbot, context, capsys):
    window = _window(qtbot, context)

    def out(line: str) -> None:
        if line.startswith("01-"):
            qWarning("something is wrong with a page")

    assert selftest.run_selftest(window, None, out=out) == 1
    assert "something is wrong with a page" in capsys.readouterr().err


def test_an_exception_fails_the_selftest(qtbot, context, capsys):
    window = _window(qtbot, context)

    def out(line: str) -> None:
        raise RuntimeError("a page broke")

    assert selftest.run_selftest(window, None, out=out) == 1
    assert "a page broke" in capsys.readouterr().err


def test_the_command_runs_the_selftest(tmp_path):
    database = tmp_path / "kantor.sqlite3"
    db = open_database(database)
    fill_small_office(AppContext(db=db))
    db.dispose()
    shots = tmp_path / "shots"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDITIRU_WINDOW_SIZE": "1280x800"}
    done = subprocess.run(
        [sys.executable, "-m", "studitiru.cli", "--db", str(database), "gui", "--selftest", "--screenshots", str(shots)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all(LINE.match(line) for line in lines), done.stdout
    assert lines[0].startswith("01-home ")
    assert len(list(shots.glob("*.png"))) == len(lines)


def test_only_shows_the_named_pages(tmp_path):
    """`gui --selftest --only visit-editor,timetable,letters`: those steps, in their order, and no other."""
    database = tmp_path / "kantor.sqlite3"
    db = open_database(database)
    fill_small_office(AppContext(db=db))
    db.dispose()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "gui", "--selftest",
         "--only", "timetable,visit-editor,letters"],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert [LINE.match(line).group(1, 2) for line in done.stdout.splitlines()] == [
        ("03", "visit-editor"), ("04", "timetable"), ("12", "letters")]


@pytest.mark.parametrize("arguments", [["--selftest", "--only", "home,agenda"], ["--only", "home"]])
def test_only_refuses_an_unknown_page_or_no_selftest(tmp_path, arguments):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "kantor.sqlite3"), "gui",
                           *arguments], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert ("agenda" in done.stderr and "visit-editor" in done.stderr) or "--selftest" in done.stderr
    assert not (tmp_path / "kantor.sqlite3").exists()  # nothing opened, nothing made


def test_only_starts_the_window_on_the_first_named_page(qtbot, context):
    window = MainWindow(context, remember_state=False, start_page=selftest.start_page(("timetable",)))
    qtbot.addWidget(window)
    assert window.current_key() == "timetable"
    assert "home" not in window._pages  # noqa: SLF001 - the point: no other page was built first
