"""Each layer faces one way, read from the source (every import, including those inside
functions, so a cycle cannot hide behind a late import).

    commands            the command line (above everything)
    gui                 the window
    app                 choosing and opening the database for both
    core, typeset, export   headless; within the core's database code, from the bottom:
        errors, locks, location, words, changes < scratch < files, models < crypto, authorship,
        registry < connection < schema, integrity, server, change_notices < backup < passphrase, db
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.helpers import REPO_ROOT

PACKAGE = REPO_ROOT / "brst_desktop"

#: The database code from the bottom up: a module may import only modules of a lower rank.
DATABASE_LAYERS = [
    {
        "brst_desktop.errors",
        "brst_desktop.core.locks",
        "brst_desktop.core.location",
        "brst_desktop.core.words",
        "brst_desktop.core.changes",
        "brst_desktop.core.session_passwords",
    },
    {"brst_desktop.core.scratch"},
    {
        "brst_desktop.resources",
        "brst_desktop.core.files",
        "brst_desktop.core.schema_version",
        "brst_desktop.core.models",
    },
    {"brst_desktop.core.crypto", "brst_desktop.core.authorship", "brst_desktop.core.registry"},
    {"brst_desktop.core.history"},
    {"brst_desktop.core.connection"},
    {
        "brst_desktop.core.schema",
        "brst_desktop.core.integrity",
        "brst_desktop.core.server",
        "brst_desktop.core.change_notices",
    },
    {"brst_desktop.core.backup"},
    {"brst_desktop.core.passphrase", "brst_desktop.core.db"},
]
HEADLESS = ("brst_desktop.core", "brst_desktop.typeset", "brst_desktop.export")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imported(name: str, path: Path, modules: set[str]) -> Iterator[str]:
    """Every module ``name`` imports, by absolute name."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                # "from a.b import c" imports module a.b.c if there is one, else a name of a.b.
                submodule = f"{base}.{alias.name}"
                yield submodule if submodule in modules else base


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {
            target
            for target in _imported(name, path, set(modules))
            if (target in modules and target != name) or target.startswith("PySide6")
        }
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_graph_reader_sees_late_imports_and_cycles() -> None:
    graph = _graph()
    # db imports Alembic's command module inside migrate(); the models at the top.
    assert "brst_desktop.core.models" in graph["brst_desktop.core.db"]
    # gui.launch imports the window inside run_gui.
    assert "brst_desktop.gui.main_window" in graph["brst_desktop.gui.launch"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_its_way_back_to_itself() -> None:
    assert _cycles(_graph()) == []


def test_the_database_code_imports_only_downwards() -> None:
    graph = _graph()
    rank = {name: level for level, names in enumerate(DATABASE_LAYERS) for name in names}
    assert set(rank) <= set(graph), set(rank) - set(graph)
    wrong = [
        f"{name} (layer {rank[name]}) imports {target} (layer {rank.get(target, 'above')})"
        for name in rank
        for target in graph[name]
        if target.startswith("brst_desktop")
        and rank.get(target, len(DATABASE_LAYERS)) >= rank[name]
    ]
    assert wrong == []


def test_the_headless_layers_import_no_window_and_no_command_line() -> None:
    graph = _graph()
    above = ("brst_desktop.commands", "brst_desktop.gui", "brst_desktop.app")
    forbidden = (*above, "PySide6.QtWidgets", "PySide6.QtGui")
    wrong = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name.startswith(HEADLESS)
        for target in targets
        if target.startswith(forbidden)
    ]
    assert wrong == []


def test_only_the_command_line_imports_the_command_line_and_the_gui_is_below_it() -> None:
    graph = _graph()
    wrong = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        for target in targets
        if (
            target.startswith("brst_desktop.commands")
            and not name.startswith(("brst_desktop.commands", "brst_desktop.__main__"))
        )
        or (
            target.startswith("brst_desktop.gui")
            and not name.startswith(("brst_desktop.gui", "brst_desktop.commands"))
        )
    ]
    assert wrong == []
    # The command line reaches the window only through gui.launch.
    gui_from_commands = {
        target
        for name, targets in graph.items()
        if name.startswith("brst_desktop.commands")
        for target in targets
        if target.startswith("brst_desktop.gui")
    }
    assert gui_from_commands == {"brst_desktop.gui.launch"}
