"""The interface language: Indonesian by default from a fresh checkout, English on request,
Qt's own buttons translated, and every string of the window translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from studitiru.ui import app as app_module
from studitiru.ui import preferences, translations
from studitiru.ui.main_window import MainWindow
from tests.ui.helpers import make_context
from tests.ui.shell_support import language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_checkout(tmp_path, monkeypatch):
    """The .ts sources alone, as git gives them: no .qm anywhere."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    for ts in translations.translations_dir().glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    monkeypatch.setattr(translations, "translations_dir", lambda: folder)
    return folder


def test_lrelease_is_found():
    assert translations.lrelease_executable() is not None


def test_a_fresh_checkout_compiles_and_shows_indonesian(qtbot, fresh_checkout, tmp_path):
    assert not list(fresh_checkout.glob("*.qm"))
    context = make_context(tmp_path)
    try:
        with language(app_module.resolve_language(None)):
            assert (fresh_checkout / "studitiru_id.qm").is_file()
            window = MainWindow(context, remember_state=False)
            qtbot.addWidget(window)
            assert window._sidebar.item(0).text() == "Beranda"
            assert window.menus["file"].title() == "&Berkas"
    finally:
        context.db.dispose()


def test_english_on_request(qtbot, fresh_checkout, tmp_path):
    context = make_context(tmp_path, lang="en")
    try:
        with language(app_module.resolve_language("en")):
            window = MainWindow(context, remember_state=False)
            qtbot.addWidget(window)
            assert window._sidebar.item(0).text() == "Home"
            assert window.undo_action.text() == "Undo"
    finally:
        context.db.dispose()


def test_the_settings_choice_is_the_default_language(fresh_checkout):
    assert app_module.resolve_language(None) == "id"
    preferences.set_language("en")
    assert app_module.resolve_language(None) == "en"
    assert app_module.resolve_language("id") == "id"


def test_a_stale_qm_is_compiled_again(fresh_checkout):
    qm = translations.compiled("id")
    ts = fresh_checkout / "studitiru_id.ts"
    stale = qm.stat().st_mtime - 60
    import os

    os.utime(qm, (stale, stale))
    assert translations.compiled("id") == qm
    assert qm.stat().st_mtime >= ts.stat().st_mtime


def test_qt_dialog_buttons_in_indonesian(qtbot, tmp_path):
    with language("id"):
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setText("Simpan perubahan?")
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel
                   | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setStandardButtons(buttons)
        texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Save,
                 QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)}
        assert texts == {"Simpan", "Batal", "Ya", "Tidak"}
        box.show()
        assert box.grab().save(str(tmp_path / "message-box.png"))
        assert QDialogButtonBox(QDialogButtonBox.StandardButton.Ok).button(QDialogButtonBox.StandardButton.Ok).text() == "OK"


def test_undo_action_texts_in_indonesian():
    with language("id"):
        assert QCoreApplication.translate("QUndoStack", "Undo %1") == "Urungkan: %1"
        assert QCoreApplication.translate("QUndoStack", "Redo", "Default text for redo action") == "Ulangi"


def _messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(context.findtext("name"), message.findtext("source"))] = translation
    return found


def test_every_indonesian_string_is_translated():
    untranslated = [key for key, translation in _messages(translations.translations_dir() / "studitiru_id.ts").items()
                    if translation is None or translation.get("type") == "unfinished" or not translation.text]
    assert not untranslated, "run tools/update_translations.py --report and translate: " + repr(untranslated[:20])


def test_the_ts_files_hold_every_string_of_the_window(tmp_path, monkeypatch):
    """lupdate over the code finds nothing the committed .ts lacks (else: run tools/update_translations.py)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    copy = tmp_path / "translations"
    shutil.copytree(update_translations.TRANSLATIONS, copy)
    monkeypatch.setattr(update_translations, "TRANSLATIONS", copy)
    before = set(_messages(copy / "studitiru_id.ts"))
    try:
        update_translations.update()
    except (OSError, subprocess.SubprocessError) as error:  # pragma: no cover
        pytest.fail(f"lupdate failed: {error}")
    after = set(_messages(copy / "studitiru_id.ts"))
    assert after <= before, "strings missing from the .ts files: " + repr(sorted(after - before)[:20])
