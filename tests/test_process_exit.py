"""After the window, the process ends at once: output and log flushed, the exit code kept."""

from __future__ import annotations

import subprocess
import sys

from studitiru import process_exit


def test_without_allow_the_code_is_returned():
    assert process_exit.finish(3) == 3  # a command of the command line, or a test: no early exit


def test_allowed_the_process_ends_with_its_output_and_log_written(tmp_path):
    log = tmp_path / "studitiru.log"
    probe = (
        "import logging, sys\n"
        "from studitiru import process_exit\n"
        f"logging.basicConfig(filename={str(log)!r}, level=logging.INFO)\n"
        "logging.getLogger('studitiru').info('ditutup / closed')\n"
        "print('01-home 55 ms', end='')\n"
        "sys.stderr.write('peringatan / warning')\n"
        "process_exit.allow()\n"
        "process_exit.finish(1)\n"
        "print('never printed')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (1, "01-home 55 ms", "peringatan / warning")
    assert "ditutup / closed" in log.read_text()


def test_the_window_command_ends_the_process_after_putting_everything_away(tmp_path):
    """`studitiru gui --selftest` through the entry point: its lines, its code, its lock removed."""
    import os

    from studitiru.ui.db_lock import lock_path

    database = tmp_path / "kantor.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "studitiru.launch", "--db", str(database), "gui", "--selftest",
                           "--only", "home,settings"], capture_output=True, text=True, timeout=120, env=env,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["01-home", "11-settings"]
    assert database.exists() and not lock_path(database).exists()
