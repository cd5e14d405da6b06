"""The repository's shape (issue 18): tests grouped by area, helpers shared through
`tests/helpers` (no test module imports another), tools run with `python -m`."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
AREAS = {"runtime", "paging", "clients", "fakes", "contract", "pipeline", "tools", "docs"}


def test_test_modules_live_in_their_area() -> None:
    assert not list(TESTS.glob("test_*.py")), "a test module belongs in an area folder"
    folders = {p.parent.name for p in TESTS.rglob("test_*.py")}
    assert folders <= AREAS, folders - AREAS


def test_no_test_module_imports_another() -> None:
    offenders = []
    for path in TESTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name.rsplit(".", 1)[-1].startswith("test_"):
                    offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert offenders == []
