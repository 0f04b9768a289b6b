"""Where the program's own files are (fonts, compiled translations, icons), in every kind of install.

The repository keeps them in `resources/` at its top level. Building the package copies them
into the package as `studitiru/resources/` (`setup.py`: the fonts and icons as they are, the
translations compiled to `.qm`), and the one-folder bundle puts them at the same place
(`packaging/studitiru.spec`). So:

- a wheel or the bundle: `importlib.resources.files("studitiru") / "resources"`;
- a checkout (editable install, or run from the tree): `resources/` beside the package, where
  the translations are still `.ts` sources, compiled on first use (`ui/translations.py`).

Only this module knows the two places; everything else asks `resource_path`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import studitiru

PACKAGED = "resources"


def _packaged_root() -> Path | None:
    try:
        root = resources.files(studitiru.__name__) / PACKAGED
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - the package always exists here
        return None
    path = Path(str(root))
    return path if path.is_dir() else None


def _checkout_root() -> Path | None:
    path = Path(studitiru.__file__).resolve().parent.parent / "resources"
    return path if path.is_dir() else None


def resources_root() -> Path:
    """The folder holding `fonts/`, `translations/` and `icons/` (the package's copy first)."""
    root = _packaged_root() or _checkout_root()
    if root is None:
        raise FileNotFoundError(
            f"The program's resources (fonts, translations, icons) are missing: neither "
            f"{Path(studitiru.__file__).resolve().parent / PACKAGED} nor the checkout's resources/ exists.")
    return root


def is_checkout() -> bool:
    """True when running from the repository's tree (the translations may need compiling)."""
    return _packaged_root() is None and _checkout_root() is not None


def resource_path(*parts: str) -> Path:
    """A file or folder of the resources, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)
