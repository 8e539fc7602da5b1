"""No import circles among the project's modules (issue 22, part 4).

The graph is read from the source (every `import` and `from ... import`, at the top of a module or inside a function,
since a circle closed by a function-level import still ties the two modules together); its strongly connected
components of more than one module are the circles.
"""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
NOT_PROJECT = {"tests", "bench", "docs", "media"}
# The circles issue 22 named, each broken: the CMS stream's shared names moved to `cms.stream_context` and the
# selectors read the page models from the app registry; the ledger's statements import nothing from its services;
# the metrics read the worker's job list from `marketplace.worker_jobs`, not from the command.
NAMED_CIRCLES = [
    {"cms.blocks", "cms.models", "cms.selectors"},
    {"ledger.services", "ledger.statements"},
    {"marketplace.management.commands.worker", "marketplace.metrics"},
]


def project_modules() -> dict[str, tuple[Path, bool]]:
    modules = {}
    for init in PROJECT.glob("*/__init__.py"):
        if init.parent.name in NOT_PROJECT:
            continue
        for path in init.parent.rglob("*.py"):
            parts = list(path.relative_to(PROJECT).with_suffix("").parts)
            if "migrations" in parts:
                continue
            is_package = parts[-1] == "__init__"
            modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return modules


def import_graph(modules: dict[str, tuple[Path, bool]]) -> dict[str, set[str]]:
    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [known(alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    package = name.split(".") if is_package else name.split(".")[:-1]
                    package = package[: len(package) - node.level + 1]
                    base = ".".join(package + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                targets = [known(f"{base}.{alias.name}") or known(base) for alias in node.names]
            else:
                continue
            graph[name] |= {target for target in targets if target and target != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components, keeping those of more than one module."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = lowest[module] = len(index)
        stack.append(module)
        for imported in graph[module]:
            if imported not in index:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in stack:
                lowest[module] = min(lowest[module], index[imported])
        if lowest[module] == index[module]:
            component = set()
            while not component or module not in component:
                component.add(stack.pop())
            if len(component) > 1:
                found.append(component)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_the_project_has_no_import_circle():
    assert circles(import_graph(project_modules())) == []


def test_none_of_the_modules_once_in_a_circle_is_in_one():
    graph = import_graph(project_modules())

    for circle in NAMED_CIRCLES:
        assert all(module in graph for module in circle)  # the test reads the modules it names
        assert not [found for found in circles(graph) if found & circle]


def test_a_circle_closed_by_an_import_inside_a_function_is_found(tmp_path):
    (tmp_path / "services.py").write_text("from .statements import statement_csv\n")
    (tmp_path / "statements.py").write_text("def statement_csv():\n    from ledger.services import line_total\n")
    modules = {
        "ledger": (tmp_path / "__init__.py", True),
        "ledger.services": (tmp_path / "services.py", False),
        "ledger.statements": (tmp_path / "statements.py", False),
    }
    (tmp_path / "__init__.py").write_text("")

    assert circles(import_graph(modules)) == [{"ledger.services", "ledger.statements"}]
