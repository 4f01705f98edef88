"""The layers of juryapp, checked on its source (no tool outside the repository needed):

- the domain knows nothing of Qt: no module outside juryapp.gui imports PySide6, neither when
  imported nor anywhere in its source;
- no import cycle between juryapp's top-level parts (juryapp.storage, juryapp.exchange,
  juryapp.files…): each depends on the others one way only;
- the windows (juryapp.gui) and the command line (juryapp.cli) reach storage, exchange and
  documents only through the application layer (juryapp.operations); the windows never import
  the command line.

Imports are read with `ast`, all of them: at the top of a module, inside functions, under
`if TYPE_CHECKING`.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import juryapp

PACKAGE_DIR = Path(juryapp.__file__).parent
LOWER_PARTS = {"storage", "exchange", "documents"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. juryapp.gui.main_window
    line: int
    target: str  # the imported module, absolute, e.g. juryapp.storage.store

    def __str__(self) -> str:
        return f"{self.module}:{self.line} → {self.target}"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports_of(path: Path) -> list[Import]:
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend(Import(module, node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            # `from juryapp import storage` imports the part itself, `from juryapp.x import y` imports x
            for alias in node.names:
                target = f"{origin}.{alias.name}" if origin == "juryapp" else origin
                found.append(Import(module, node.lineno, target))
    return found


def _all_imports() -> list[Import]:
    found = {imp for path in PACKAGE_DIR.rglob("*.py") for imp in _imports_of(path)}
    return sorted(found, key=lambda imp: (imp.module, imp.line, imp.target))


def _part(module: str) -> str | None:
    """The top-level part of juryapp a module belongs to: juryapp.storage.store → storage."""
    bits = module.split(".")
    if bits[0] != "juryapp":
        return None
    return bits[1] if len(bits) > 1 else "__init__"


def _is_gui(module: str) -> bool:
    return module == "juryapp.gui" or module.startswith("juryapp.gui.")


def _is_qt(target: str) -> bool:
    return target.split(".")[0] in ("PySide6", "shiboken6")


# -- the domain knows nothing of Qt ------------------------------------------------------------


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(juryapp.__path__, prefix="juryapp."):
        if _is_gui(info.name):
            continue
        names.append(info.name)
    return sorted(names)


def test_core_modules_are_found():
    modules = _core_modules()
    assert "juryapp.rules.engine" in modules and "juryapp.storage.store" in modules
    assert "juryapp.cli" in modules


def test_no_core_module_imports_pyside6():
    modules = [m for m in _core_modules() if m != "juryapp.__main__"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Qt imported by the core: {done.stdout.strip()}"


def test_no_core_source_imports_pyside6_even_inside_a_function():
    """The check above sees only what importing loads; this one reads every import of the source."""
    bad = [str(imp) for imp in _all_imports() if _is_qt(imp.target) and not _is_gui(imp.module)]
    assert bad == [], "Qt imported outside juryapp.gui:\n" + "\n".join(bad)


# -- no cycle between parts ----------------------------------------------------------------------


def _part_graph() -> dict[str, dict[str, list[Import]]]:
    """part → part it imports → the imports that make the edge."""
    graph: dict[str, dict[str, list[Import]]] = {}
    for imp in _all_imports():
        source, target = _part(imp.module), _part(imp.target)
        if source is None or target is None or source == target or target == "__init__":
            continue
        graph.setdefault(source, {}).setdefault(target, []).append(imp)
    return graph


def _cycles(graph: dict[str, dict[str, list[Import]]]) -> list[list[str]]:
    """The strongly connected groups of more than one part (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in graph.get(node, {}):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_the_part_graph_is_read():
    graph = _part_graph()
    assert "errors" in graph["storage"] and "model" in graph["rules"]
    assert "operations" in graph["gui"]


def test_the_cycle_finder_finds_a_cycle():
    edge = [Import("juryapp.a", 1, "juryapp.b")]
    graph = {"a": {"b": edge}, "b": {"c": edge}, "c": {"a": edge}, "d": {"a": edge}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycle_between_parts():
    graph = _part_graph()
    cycles = _cycles(graph)
    lines = []
    for group in cycles:
        for source in group:
            for target in group:
                lines.extend(f"  {imp}" for imp in graph.get(source, {}).get(target, []))
    assert cycles == [], f"import cycles between juryapp's parts {cycles}:\n" + "\n".join(lines)


# -- the windows and the command line go through the application layer --------------------------


def test_gui_and_cli_reach_storage_exchange_documents_only_through_operations():
    bad = []
    for imp in _all_imports():
        target = _part(imp.target)
        if _is_gui(imp.module):
            if target in LOWER_PARTS or target == "cli":
                bad.append(str(imp))
        elif (imp.module == "juryapp.cli" or imp.module.startswith("juryapp.cli.")) and target in LOWER_PARTS:
            bad.append(str(imp))
    assert bad == [], "imports to route through juryapp.operations:\n" + "\n".join(bad)
