"""Refresh the translation sources from the window's code: `python tools/update_translations.py`.

Runs PySide6's lupdate over every module of `studitiru/ui/` into
`resources/translations/studitiru_id.ts` (Indonesian, the default) and `studitiru_en.ts`.
Safe to re-run as pages add strings: existing translations are kept, new strings are added
as unfinished, strings no longer in the code are marked vanished (kept for reuse, not compiled).
With `--report` it lists the Indonesian strings that still need a translation.
The `.qm` files are compiled at start-up (`studitiru/ui/translations.py`), never committed.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "studitiru" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id", "en")


def lupdate_executable() -> str:
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / "lupdate", package / "lupdate.exe", package / "Qt" / "libexec" / "lupdate"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if found is None:
        raise SystemExit("lupdate not found: install PySide6")
    return found


def sources() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if "__pycache__" not in path.parts)


def _translate_aliases(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers like `def _t(text): return QCoreApplication.translate("Ctx", text)`: name -> context."""
    aliases = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for inner in ast.walk(node):
            if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "translate"
                    and len(inner.args) >= 2 and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[1], ast.Name) and inner.args[1].id == parameter):
                aliases[node.name] = inner.args[0].value
    return aliases


def alias_strings(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every `_t("literal")` call through such a helper (lupdate cannot see them)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = _translate_aliases(tree)
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in aliases
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((aliases[node.func.id], node.args[0].value))
    return found


def _alias_module(folder: Path) -> Path:
    """A generated module that spells the helpers' strings as QT_TRANSLATE_NOOP, for lupdate."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for path in sources():
        for context, text in alias_strings(path):
            lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    module = folder / "translate_aliases.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in sources()]
    with tempfile.TemporaryDirectory() as folder:
        files.append(str(_alias_module(Path(folder))))
        for lang in LANGUAGES:
            ts = TRANSLATIONS / f"studitiru_{lang}.ts"
            command = [lupdate_executable(), "-silent", "-locations", "none", "-target-language", _locale(lang), *files,
                       "-ts", str(ts)]
            subprocess.run(command, check=True, cwd=ROOT)


def _locale(lang: str) -> str:
    return {"id": "id_ID", "en": "en_GB"}[lang]


def fill_identity(lang: str = "en") -> int:
    """English is the source language: give every unfinished English message its source text."""
    path = TRANSLATIONS / f"studitiru_{lang}.ts"
    tree = ElementTree.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(lang: str = "id") -> list[tuple[str, str]]:
    """(context, source) of the messages still without a translation."""
    tree = ElementTree.parse(TRANSLATIONS / f"studitiru_{lang}.ts")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind == "unfinished" or translation is None or not (translation.text or "").strip():
                if kind not in ("vanished", "obsolete"):
                    missing.append((name, message.findtext("source")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="list the Indonesian strings still untranslated")
    args = parser.parse_args(argv)
    update()
    if fill_identity("en"):
        update()  # let lupdate write the file back in its own layout
    if args.report:
        for context, source in unfinished("id"):
            print(f"{context}\t{source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
