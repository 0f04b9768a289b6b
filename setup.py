"""Building the package: the metadata is in pyproject.toml; this file only adds the resources.

`resources/` stays at the top of the repository. Building a wheel (or installing from an
sdist) copies it into the package as `studitiru/resources/`: the fonts and icons as they are,
and the translations compiled from `.ts` to `.qm` with the `lrelease` that PySide6 ships (a
build requirement, pyproject.toml), so that an installed program never needs `lrelease`.
An editable install keeps using the checkout's `resources/` (`studitiru/resource_files.py`),
where the window compiles the translations on first use.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
COPIED = ("fonts", "icons")  # shipped as they are


def find_lrelease() -> str:
    """PySide6's `lrelease` (in the build environment), else one on PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None  # noqa: N806
    if PySide6 is not None:
        package = Path(PySide6.__file__).parent
        for folder in (package, package / "Qt" / "libexec", package / "Qt" / "bin"):
            for name in ("lrelease.exe", "lrelease"):
                if (folder / name).is_file():
                    return str(folder / name)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("lrelease was not found: the package's translations cannot be compiled "
                       "(install PySide6-Essentials in the build environment)")


class BuildWithResources(build_py):
    """build_py, then the resources copied (and compiled) into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/
        target = Path(self.build_lib) / "studitiru" / "resources"
        for name in COPIED:
            source = RESOURCES / name
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True)
        translations = target / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        sources = sorted((RESOURCES / "translations").glob("*.ts"))
        if not sources:
            raise RuntimeError("resources/translations/ holds no .ts file")
        tool = find_lrelease()
        for ts in sources:
            qm = translations / (ts.stem + ".qm")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(f"lrelease wrote no {qm.name}")
            self.announce(f"compiled {ts.name} -> {qm}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:  # noqa: FBT001, FBT002
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "studitiru" / "resources"
        if target.is_dir():
            outputs += [str(path) for path in target.rglob("*") if path.is_file()]
        return outputs


if __name__ == "__main__":  # setuptools runs this file as __main__; the bundle's spec imports find_lrelease
    setup(cmdclass={"build_py": BuildWithResources})
