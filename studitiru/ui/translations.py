"""Loading the interface language: our compiled `.qm` files, and Qt's own.

An installed program (a wheel, the one-folder bundle) carries the `.qm` files, compiled when
the package was built (`setup.py`), in its resources (`studitiru.resource_files`); nothing is
compiled at run time. A checkout has only the committed `.ts` sources (`resources/translations/`):
there, each `.ts` whose `.qm` is missing or older is compiled with the `lrelease` that PySide6
ships, beside the `.ts` if that folder is writable, else in the per-user cache folder. So a fresh
checkout shows Indonesian from the first start too.

Qt does not ship an Indonesian `qtbase` translation; the texts of Qt's standard dialog buttons
(Simpan, Batal, Ya, Tidak...) are therefore translated in our own file, in the contexts Qt looks
them up in ("QPlatformTheme", "QUndoStack"): see `qt_strings.py`.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from studitiru import resource_files
from studitiru.ui.paths import APPLICATION, ORGANISATION

log = logging.getLogger(__name__)

PREFIX = "studitiru_"
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translations_dir() -> Path:
    """The translations of the resources (`.qm` when installed, `.ts` sources in a checkout)."""
    return resource_files.resource_path("translations")


def lrelease_executable() -> str | None:
    """The `lrelease` PySide6 ships (next to the package), else one on PATH."""
    import PySide6

    package = Path(PySide6.__file__).parent
    names = ("lrelease.exe", "lrelease") if os.name == "nt" else ("lrelease",)
    for folder in (package, package / "Qt" / "libexec", package / "Qt" / "bin"):
        for name in names:
            if (folder / name).is_file():
                return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _cache_dir() -> Path:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / "translations"


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def compile_ts(ts: Path, qm: Path) -> None:
    """Run lrelease on one file, writing through a temporary name (two starts never see half a file)."""
    tool = lrelease_executable()
    if tool is None:
        raise FileNotFoundError("lrelease (from PySide6) was not found")
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", temporary], check=True, capture_output=True, timeout=60)
        os.replace(temporary, qm)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def compiled(lang: str, folder: Path | None = None) -> Path | None:
    """The up-to-date `.qm` for a language, compiling it if needed (a checkout); None if there is
    neither a `.qm` shipped with the program nor a `.ts` to compile."""
    folder = folder or translations_dir()
    ts = folder / f"{PREFIX}{lang}.ts"
    if not ts.is_file():  # an installed program: the .qm compiled when the package was built
        shipped = folder / f"{PREFIX}{lang}.qm"
        return shipped if shipped.is_file() else None
    beside, cached = folder / f"{PREFIX}{lang}.qm", _cache_dir() / f"{PREFIX}{lang}.qm"
    for qm in (beside, cached):
        if _fresh(qm, ts):
            return qm
    target = beside if _writable(folder) else cached
    try:
        compile_ts(ts, target)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot compile %s: %s", ts, error)
        return beside if beside.is_file() else cached if cached.is_file() else None
    return target


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def uninstall() -> None:
    """Remove the translators `install` put in (tests, and before installing another language)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def install(lang: str, folder: Path | None = None) -> bool:
    """Replace the installed translators by those of `lang`; True if ours was loaded."""
    app = QCoreApplication.instance()
    assert app is not None, "install translators after the QApplication exists"
    uninstall()
    QLocale.setDefault(locale_for(lang))
    loaded = False
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"qtbase_{lang}", qt_folder), (None, None)):
        translator = QTranslator(app)
        if name is not None:
            ok = os.path.isfile(os.path.join(where, name + ".qm")) and translator.load(name, where)
        else:
            qm = compiled(lang, folder)
            ok = qm is not None and translator.load(str(qm))
            loaded = ok
        if ok:
            app.installTranslator(translator)  # installed last = looked up first: ours wins
            _installed.append(translator)
    return loaded
