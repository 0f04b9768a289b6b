"""One writer per file: a second lock on the same database fails and names the holder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest

from studitiru.ui.db_lock import acquire_lock, holder, lock_path

HOLDER = r"""
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(["studitiru"])
QCoreApplication.setApplicationName("studitiru-window")
from studitiru.ui.db_lock import acquire_lock
result = acquire_lock(sys.argv[1])
print("held" if result.acquired else "refused", flush=True)
time.sleep(60)
"""


def test_a_second_lock_in_this_process_fails(tmp_path):
    database = tmp_path / "office.sqlite3"
    first = acquire_lock(database)
    assert first.acquired and lock_path(database).exists()
    second = acquire_lock(database)
    assert not second.acquired and second.holder is not None and second.holder.pid == os.getpid()
    first.release()
    assert not lock_path(database).exists()
    third = acquire_lock(database)
    assert third.acquired
    third.release()


def test_another_process_holds_it_and_is_named_then_a_kill_leaves_a_stale_lock(tmp_path):
    database = tmp_path / "office.sqlite3"
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert other.stdout is not None and other.stdout.readline() == "held\n"
        refused = acquire_lock(database)
        assert not refused.acquired
        assert refused.holder is not None
        assert (refused.holder.pid, refused.holder.host) == (other.pid, socket.gethostname())
        assert refused.holder.app  # the program name as Qt records it (on Linux, the process name)
        assert holder(database) == refused.holder
        assert f"process {other.pid}" in refused.message("en") and "read-only" in refused.message("en")
        assert f"proses {other.pid}" in refused.message("id")
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait(timeout=10)
        if other.stdout is not None:
            other.stdout.close()
    assert lock_path(database).exists()  # left behind by the killed program: stale
    taken = acquire_lock(database)
    assert taken.acquired, "a lock whose process is gone must be taken over"
    taken.release()


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root can write in a read-only folder")
def test_a_lock_in_a_read_only_folder_is_explained(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = acquire_lock(folder / "office.sqlite3")
    finally:
        folder.chmod(0o755)
    assert not result.acquired and result.holder is None and "cannot be created" in result.message("en")


def test_the_first_start_locks_a_database_whose_folder_does_not_exist_yet(tmp_path):
    """The default database of a fresh machine lives in a folder nobody has made yet."""
    database = tmp_path / "StudiTiru" / "studitiru" / "studitiru.sqlite3"
    result = acquire_lock(database)
    try:
        assert result.acquired
        assert lock_path(database).exists()
    finally:
        result.release()
