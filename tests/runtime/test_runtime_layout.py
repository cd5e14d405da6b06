"""The runtime's shape (issue 18): dependencies point down only (generated -> runtime ->
transport), no import circle anywhere in `overlays/`, nothing patched at run time."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OVERLAYS = REPO / "overlays"


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    """Every module `path` imports, at the top, inside functions and under TYPE_CHECKING."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            # `from . import _auth` imports the module `_auth`; `from .x import y`, module `x`
            found += [f"{base}.{alias.name}" for alias in node.names]
            found.append(base)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in OVERLAYS.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        targets = {target for target in _imports(path) if target in modules and target != name}
        # A package is imported before any of its modules: that edge is not a dependency.
        graph[name] = {t for t in targets if not name.startswith(f"{t}.")}
    return graph


def test_no_import_circle_in_overlays() -> None:
    graph = _graph()
    assert len(graph) > 20
    circles = []
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert circles == []


def test_the_runtime_imports_no_generated_package() -> None:
    """Only the public provider modules (`overlays/<name>.py`, for type checkers) name a
    generated package; the runtime gets what it needs from the spec as data."""
    offenders = []
    for path in OVERLAYS.rglob("*.py"):
        public_provider = path.parent == OVERLAYS and not path.name.startswith("_")
        for target in _imports(path):
            if re.match(r"^[a-z0-9_]+_client(\.|$)", target) and not public_provider:
                offenders.append(f"{path.relative_to(REPO)}: {target}")
    assert offenders == []


def test_nothing_is_patched_at_run_time() -> None:
    """No method of a third-party object replaced on an instance, no private attribute of a
    dependency used: in the runtime and in the templates the generated code comes from."""
    sources = [*OVERLAYS.rglob("*.py"), *(REPO / "config" / "templates").rglob("*.jinja")]
    patterns = {
        "response.json replaced": r"setattr\(\s*response\s*,\s*[\"']json",
        "httpx's private _merge_url": r"_merge_url",
        "a private module of httpx2/httpcore2": r"\b(httpx2|httpcore2)\._[a-z]",
        "a URL's private parts": r"_uri_reference",
    }
    found = [
        f"{path.relative_to(REPO)}: {what}"
        for path in sources
        for what, pattern in patterns.items()
        if re.search(pattern, path.read_text(encoding="utf-8"))
    ]
    assert found == []
