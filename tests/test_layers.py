"""The arrows of the architecture (STYLE.md): only ui/ imports Qt; domain/ and reports/ know
no database; domain/ knows no reports; services/ and db/ know no window; the window knows no
database either (only its composition root, ui/app.py, opens one); and no module depends on
itself through others. Every import counts, those inside functions too (only those under
`if TYPE_CHECKING:` are for types alone); relative imports are resolved."""

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
    "ui": ("sqlalchemy", "alembic", "studitiru.db"),
}
#: The files of a layer allowed what the layer is not: the window's composition root opens the database.
ALLOWED = {"ui": ("ui/app.py",)}


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Modules a file imports at run time, at the top or inside a function (imports under
    `if TYPE_CHECKING:` are for types only), relative ones resolved; `from a import b` names
    both `a` and `a.b` (b may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            names.add(source)
            names.update(f"{source}.{alias.name}" for alias in node.names)
    return names


def _files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_only_what_it_may(layer):
    allowed = {PACKAGE / name for name in ALLOWED.get(layer, ())}
    wrong = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py")) if path not in allowed
        for name in sorted(_imports(path))
        if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN[layer])
    ]
    assert wrong == []


def _graph() -> dict[str, set[str]]:
    modules = {_module(path): path for path in _files()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path):
            while imported and imported not in modules:  # `a.b.name` of a function or class: its module
                imported = imported.rpartition(".")[0]
            if imported and imported != name and imported != "studitiru":
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as one cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_not_even_through_imports_inside_functions():
    assert _cycles(_graph()) == []


def test_the_cycle_check_finds_a_cycle_through_a_function():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    tree_of = _imports(PACKAGE / "ui" / "app.py")
    assert "studitiru.db.schema" in tree_of  # imported inside a function: counted
