"""The backups panel lists backups newest first with sizes and asks for a restore by signal."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from studitiru.services.backups import backup_name
from studitiru.ui.backups_panel import BackupsPanel, _size
from tests.ui.shell_support import language


def test_lists_backups_and_requests_a_restore(qtbot, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in (1, 2):
        (folder / backup_name(Path("studitiru.sqlite3"), datetime(2026, 3, day, 9))).write_bytes(b"x" * 2048 * day)
    with language("en"):
        panel = BackupsPanel(folder, confirm=False)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 2 and panel.table.item(0, 0).text() == "02-03-2026 09:00:00"
    assert panel.table.item(0, 1).text() == "4.0 KB" and not panel.restore_button.isEnabled()
    panel.table.selectRow(1)
    with qtbot.waitSignal(panel.restore_requested) as signal:
        panel.restore_button.click()
    assert signal.args == [folder / "studitiru-20260301-090000.sqlite3"]


def test_sizes_are_written_as_each_language_writes_them(qapp):
    with language("id"):
        assert _size(240 * 1024) == "240,0 KB" and _size(512) == "512 B"
        assert _size(int(2.5 * 1024 * 1024)) == "2,5 MB"
    with language("en"):
        assert _size(240 * 1024) == "240.0 KB" and _size(int(2.5 * 1024 * 1024)) == "2.5 MB"
