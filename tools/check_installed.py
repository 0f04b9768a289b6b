"""Check an installed Studi Tiru as a user gets it: a wheel in a fresh virtual environment, or the
one-folder bundle (`make bundle`). Every command runs with a fresh HOME (no settings, no data).

    python tools/check_installed.py PATH/TO/studitiru [--work DIR]

Checks, each through the `studitiru` executable given: `--version` (the package's version), `demo`
(and a second `demo` that adds nothing), `import`/`export` of `tests/data/example.json`, `check
--json`, every report kind in both languages with its fonts embedded (`pdffonts`), a letter as PDF
and .docx, `gui --selftest --lang id` (exit 0, no Qt warning, the window's titles in Indonesian;
with no database named, the demo, never a question), and the opening of an older schema
(`tests/data/schema-0001.sqlite3`), migrated with its backup first. `tests/test_packaging.py` runs
it against a freshly built wheel; `.ci/run` against the bundle. Exit 0 when all passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT_KINDS = ("itinerary", "summary", "attendance", "annual")
PAGE_WORD = {"id": "Halaman", "en": "Page"}


class CheckFailed(AssertionError):
    pass


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def fresh_environment(home: Path) -> dict[str, str]:
    """The environment of a user who never ran the program: HOME and the XDG folders in `home`."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("STUDITIRU_", "PYTHON", "VIRTUAL_ENV", "XDG_", "QT_"))}
    for name, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "runtime")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    (home / "runtime").chmod(0o700)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return env


class Program:
    """Runs the executable with a fresh HOME and records what it did."""

    def __init__(self, executable: Path, work: Path, log=print) -> None:  # noqa: ANN001
        self.executable = Path(executable)
        self.work = work
        self.home = work / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = fresh_environment(self.home)
        self.log = log

    def run(self, *args: str, expect: tuple[int, ...] = (0,), env: dict[str, str] | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        done = subprocess.run([str(self.executable), *args], cwd=self.work, env={**self.env, **(env or {})},
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)
        self.log(f"  studitiru {' '.join(args)} -> {done.returncode} ({time.perf_counter() - started:.1f} s)")
        if done.returncode not in expect:
            raise CheckFailed(f"studitiru {' '.join(args)} exited {done.returncode}\n"
                              f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-4000:]}")
        return done


def _pdf_fonts(pdf: Path) -> list[str]:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    if not rows:
        raise CheckFailed(f"{pdf.name}: no font at all")
    for row in rows:
        # name type encoding emb sub uni object ID: 'emb' is the fourth column from the end but three
        fields = row.split()
        if fields[-5] != "yes":
            raise CheckFailed(f"{pdf.name}: the font {fields[0]} is not embedded")
    return [row.split()[0] for row in rows]


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


#: Qt modules the program never uses: a bundle that holds one of their libraries is too big.
UNUSED_QT = ("WebEngine", "Qt63D", "Qt6Quick", "Qt6Qml", "Multimedia", "Qt6Charts", "DataVisualization",
             "VirtualKeyboard", "Qt6Designer", "Qt6Sql")


def check_bundle_contents(folder: Path) -> None:
    """The one-folder bundle holds only the Qt modules the program uses."""
    unused = sorted({path.name for path in folder.rglob("*") if path.is_file() and "Qt" in path.name
                     and any(tag in path.name for tag in UNUSED_QT)})
    if unused:
        raise CheckFailed(f"the bundle holds Qt modules the program does not use: {unused[:10]}")


def check_program(executable: Path, work: Path, log=print) -> None:  # noqa: ANN001
    """Every check; raises CheckFailed on the first that fails."""
    if (executable.parent / "_internal").is_dir():  # PyInstaller's one-folder bundle
        check_bundle_contents(executable.parent)
    program = Program(executable, work, log)
    version = program.run("--version").stdout.strip()
    if version != f"studitiru {project_version()}":
        raise CheckFailed(f"--version printed {version!r}, expected 'studitiru {project_version()}'")

    # No database named, a fresh HOME: the selftest never asks the first-start question; it shows the demo.
    fresh = program.run("gui", "--selftest", "--lang", "id", env={"STUDITIRU_SELFTEST_TITLES": "1"})
    if fresh.stderr.strip() or "Demo" not in fresh.stdout.splitlines()[0]:
        raise CheckFailed(f"gui --selftest on a new installation: {fresh.stdout[:300]} {fresh.stderr[-1000:]}")

    demo = str(work / "demo.sqlite3")
    first = program.run("--db", demo, "demo").stdout
    if "ditambahkan" not in first:
        raise CheckFailed(f"demo said {first!r}")
    again = program.run("--db", demo, "demo").stdout
    if "tidak ada" not in again.lower():
        raise CheckFailed(f"a second demo said {again!r} (expected: nothing added)")

    imported = str(work / "imported.sqlite3")
    program.run("--db", imported, "import", str(ROOT / "tests" / "data" / "example.json"))
    program.run("--db", imported, "export", "--out", str(work / "exported.json"))
    exported = json.loads((work / "exported.json").read_text(encoding="utf-8"))
    if not exported.get("visits"):
        raise CheckFailed("the export of example.json holds no visit")
    findings = json.loads(program.run("--db", imported, "check", "--json", expect=(0, 1)).stdout)
    if not isinstance(findings, list):
        raise CheckFailed("check --json printed no JSON array")

    program.run("--db", demo, "export", "--out", str(work / "demo.json"))
    visits = json.loads((work / "demo.json").read_text(encoding="utf-8"))["visits"]
    visit = next(v for v in visits if v.get("sessions"))
    year = visit["starts_on"][:4]
    for kind in REPORT_KINDS:
        for lang in ("id", "en"):
            pdf = work / f"{kind}-{lang}.pdf"
            where = ("--year", year) if kind == "annual" else ("--visit", visit["key"])
            program.run("--db", demo, "report", kind, *where, "--lang", lang, "--out", str(pdf))
            fonts = _pdf_fonts(pdf)
            if not all("DejaVu" in font for font in fonts):
                raise CheckFailed(f"{pdf.name}: fonts {fonts}")
            if PAGE_WORD[lang] not in _pdf_text(pdf):
                raise CheckFailed(f"{pdf.name}: no {PAGE_WORD[lang]!r} on its pages")

    # A letter as PDF and as .docx (python-docx's and docxtpl's templates are part of the program).
    for suffix in ("pdf", "docx"):
        letter = work / f"reply.{suffix}"
        number = program.run("--db", demo, "letter", "reply", "--visit", visit["key"], "--out", str(letter)).stdout.strip()
        if not number or not letter.is_file() or letter.stat().st_size == 0:
            raise CheckFailed(f"letter reply --out {letter.name} wrote nothing (number {number!r})")
    listing = subprocess.run(["pdffonts", str(work / "reply.pdf")], capture_output=True, text=True, check=True).stdout
    if "DejaVuSans" not in listing:
        raise CheckFailed(f"reply.pdf: no DejaVu font embedded:\n{listing}")

    shown = program.run("--db", demo, "gui", "--selftest", "--lang", "id", env={"STUDITIRU_SELFTEST_TITLES": "1"})
    if shown.stderr.strip():
        raise CheckFailed(f"gui --selftest wrote to stderr: {shown.stderr[-2000:]}")
    lines = shown.stdout.splitlines()
    if not lines or not lines[0].startswith("01-home") or "Beranda" not in lines[0]:
        raise CheckFailed(f"gui --selftest --lang id: the window does not speak Indonesian: {lines[:3]}")
    if not any("Pengaturan" in line for line in lines):
        raise CheckFailed(f"gui --selftest --lang id: no 'Pengaturan' page: {lines}")

    old = work / "old-office.sqlite3"
    shutil.copyfile(ROOT / "tests" / "data" / "schema-0001.sqlite3", old)
    program.run("--db", str(old), "export", "--out", str(work / "old.json"))
    kept = [path for path in work.iterdir() if path.name.startswith(old.name) and path != old
            and not path.name.endswith(("-wal", "-shm", ".lock"))]
    if not kept:
        raise CheckFailed("opening an older schema made no backup copy before migrating it")
    program.run("--db", str(old), "check", "--json", expect=(0, 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path, help="the studitiru executable to check")
    parser.add_argument("--work", type=Path, help="a folder for the checks' files (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="studitiru-check-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        print(f"checking {args.executable} (work folder {work})")
        try:
            check_program(args.executable.resolve(), work)
        except CheckFailed as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
