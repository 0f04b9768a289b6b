"""The arrows of the architecture (STYLE.md): only ui/ imports Qt; domain/ and reports/ know
no database; domain/ knows no reports; services/ and db/ know no window."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "studitiru"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "studitiru.db", "studitiru.services", "studitiru.ui", "studitiru.reports", "reportlab"),
    "reports": ("PySide6", "sqlalchemy", "alembic", "studitiru.db", "studitiru.services", "studitiru.ui"),
    "services": ("PySide6", "studitiru.ui"),
    "db": ("PySide6", "studitiru.ui", "studitiru.services", "studitiru.reports"),
}


def _imports(path: Path) -> set[str]:
    """Modules a file imports at run time (imports under `if TYPE_CHECKING:` are for types only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_only_what_it_may(layer):
    wrong = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in sorted(_imports(path))
        if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN[layer])
    ]
    assert wrong == []
