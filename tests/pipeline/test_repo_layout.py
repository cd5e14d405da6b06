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


def _places() -> tuple[list[str], list[str]]:
    """The required and optional places of CONTRIBUTING.md's "Add a provider" table."""
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Add a provider", 1)[1].split("\n## ", 1)[0]
    required, optional = [], []
    for line in section.splitlines():
        if line.startswith("| `"):
            place = line.split("`")[1]
            (required if line.rstrip().endswith("required |") else optional).append(place)
    return required, optional


def test_the_add_a_provider_list_is_complete() -> None:
    """Every provider has the required places, and no provider source file lies outside the
    list (tests, docs and the generated package aside)."""
    import subprocess

    from overlays._registry import PROVIDERS

    required, optional = _places()
    assert "overlays/_registry.py" in required
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in PROVIDERS:
        places = {p.replace("<name>", name) for p in required + optional}
        for place in required:
            assert (REPO / place.replace("<name>", name)).is_file(), place
        assert f'"{name}"' in (REPO / "overlays" / "_registry.py").read_text(encoding="utf-8")
        own = [
            path
            for path in tracked
            # a file named after the provider (`petstore`, not `petstore3`'s)
            if Path(path).stem.lstrip("_") == name
            and not path.startswith(("tests/", "docs/", "generated/"))
        ]
        assert set(own) <= places, set(own) - places
