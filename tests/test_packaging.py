"""The program as a user installs it: the version from the package metadata, the resources found in
every kind of install, and (slow) an sdist and a wheel built from the project's files alone,
the wheel installed (not editable) into a fresh virtual environment and run there with a fresh
HOME: `--version`, `demo`, import/export, `check`, every report kind in both languages with its
fonts embedded, `gui --selftest --lang id` speaking Indonesian, an older schema migrated
(`tools/check_installed.py`). The one-folder bundle gets the same checks in `.ci/run`."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from importlib.metadata import version as metadata_version
from pathlib import Path

import pytest

from studitiru import cli, resource_files, version

ROOT = Path(__file__).resolve().parent.parent
#: What the sdist is built from: the project's files alone (no .venv, no build output, no .qm).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "Makefile", "main.py",
           "studitiru", "resources", "packaging", "docs", "tests", "tools", "benchmarks")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info", "build", "dist", ".pytest_cache",
                                 ".hypothesis", "*.sqlite3-wal", "*.sqlite3-shm")


def _check_installed():
    spec = importlib.util.spec_from_file_location("check_installed", ROOT / "tools" / "check_installed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_comes_from_the_package_metadata(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"studitiru {metadata_version('studitiru')}\n"
    assert version() == metadata_version("studitiru") == _check_installed().project_version()


def test_help_says_which_command_opens_the_window_and_which_database_is_used(capsys):
    assert cli.main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "no other command opens it" in text and "perintah lain tidak membuka jendela" in text
    assert "Without --db or --database-url: $STUDITIRU_DB if set, else studitiru.sqlite3 in the per-user data folder" in text


def test_the_readme_links_only_what_a_clone_has():
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = [link for link in re.findall(r"\]\(([^)]+)\)", text) if not link.startswith(("#", "http"))]
    assert links and all((ROOT / link).exists() and ".." not in Path(link).parts for link in links), links
    assert "docs/CLI.md" in links


def test_resources_are_found_in_a_checkout():
    assert resource_files.is_checkout()
    assert resource_files.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_files.resource_path("translations", "studitiru_id.ts").is_file()
    assert resource_files.resource_path("icons", "studitiru.ico").is_file()


def test_the_packaged_resources_come_first(tmp_path, monkeypatch):
    """A wheel or the bundle: `studitiru/resources/` inside the package wins over any checkout."""
    import studitiru

    package = tmp_path / "site" / "studitiru"
    (package / "resources" / "fonts").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    monkeypatch.setattr(studitiru, "__file__", str(package / "__init__.py"))
    monkeypatch.setattr(resource_files.resources, "files", lambda name: package)
    assert resource_files.resources_root() == package / "resources"
    assert not resource_files.is_checkout()
    shutil.rmtree(package / "resources")
    with pytest.raises(FileNotFoundError, match="resources"):
        resource_files.resources_root()


def _fresh_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "STUDITIRU_"))}
    (tmp_path / "tmp").mkdir(exist_ok=True)
    env["TMPDIR"] = str(tmp_path / "tmp")  # build's isolated environments go here, not to /tmp
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


@pytest.mark.slow
@pytest.mark.sqlite_only  # the same on every engine: run once, not again in the PostgreSQL pass
def test_the_wheel_installs_and_runs_in_a_fresh_environment(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=IGNORED)
        elif path.is_file():
            shutil.copy2(path, source / name)
    env = _fresh_env(tmp_path)
    dist = tmp_path / "dist"
    # The sdist, then the wheel built from the unpacked sdist (what `pip install studitiru-X.tar.gz` does).
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(source)], env=env, check=True,
                   capture_output=True, timeout=900)
    [sdist] = dist.glob("studitiru-*.tar.gz")
    [wheel] = dist.glob("studitiru-*.whl")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("setup.py", "LICENSE", "resources/fonts/DejaVuSans.ttf", "resources/translations/studitiru_id.ts",
                   "resources/icons/studitiru.ico", "packaging/studitiru.spec", "tests/data/example.json"):
        assert needed in names, needed
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for needed in ("studitiru/resources/fonts/DejaVuSans.ttf", "studitiru/resources/fonts/DejaVuSans-Bold.ttf",
                   "studitiru/resources/translations/studitiru_id.qm", "studitiru/resources/translations/studitiru_en.qm",
                   "studitiru/resources/icons/studitiru.ico", "studitiru/resources/icons/studitiru-256.png",
                   "studitiru/spec/exchange.schema.json", "studitiru/db/migrations/env.py",
                   "studitiru/db/migrations/versions/0001_initial_schema.py"):
        assert needed in names, needed
    assert not any(name.endswith(".ts") for name in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], env=env, check=True, timeout=300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], env=env, check=True,
                   capture_output=True, timeout=900)

    # Run from elsewhere than the checkout: nothing may come from it.
    home = tmp_path / "check" / "home"
    home.mkdir(parents=True)
    probe = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
         "from studitiru import resource_files; from studitiru.ui import translations;"
         "assert not resource_files.is_checkout(), resource_files.resources_root();"
         "assert translations.install('id');"
         "print(translations.compiled('id')); print(QCoreApplication.translate('MainWindow', '&File'))"],
        cwd=home, env={**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr
    qm, file_menu = probe.stdout.splitlines()
    assert Path(qm).is_relative_to(venv) and file_menu == "&Berkas"

    lines: list[str] = []
    _check_installed().check_program(bin_dir / "studitiru", tmp_path / "check", log=lines.append)
    assert any("gui --selftest" in line for line in lines)
