"""The Markdown the project documents itself in (README.md, CONTRIBUTING.md, docs/) and the
code blocks in it, for the tests that run and check them (tests/docs/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
DOCS = REPO / "docs"


def pages() -> list[Path]:
    """README.md, CONTRIBUTING.md and every page of the site, in a stable order."""
    return [README, REPO / "CONTRIBUTING.md", *sorted(DOCS.rglob("*.md"))]


def page(relative: str) -> str:
    """A page of the site by its path under docs/ (`clients/drift.md`)."""
    return (DOCS / relative).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    language: str
    code: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(REPO)}:{self.line}"

    @property
    def module_name(self) -> str:
        """A file name of its own for this block (mypy, pytest): `docs_clients_index_L42`."""
        stem = re.sub(r"\W", "_", str(self.path.relative_to(REPO).with_suffix("")))
        return f"{stem}_L{self.line}"

    @property
    def defines_tests(self) -> bool:
        """A pytest test file as a user would write it (run under pytest, not executed)."""
        return re.search(r"^(async )?def test_", self.code, re.M) is not None


_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")


def blocks(path: Path) -> list[Block]:
    """The top-level fenced blocks of a Markdown file (a fence inside a longer fence is text)."""
    found = []
    fence = None
    start = 0
    language = ""
    lines: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fence is None:
            opened = _FENCE.match(line)
            if opened:
                fence, language, start, lines = opened.group(1), opened.group(2), number, []
        elif line.strip() == fence or (line.startswith(fence) and not line[len(fence) :].strip()):
            found.append(Block(path, start, language, "\n".join(lines) + "\n"))
            fence = None
        else:
            lines.append(line)
    assert fence is None, f"{path}:{start}: a code block is never closed"
    return found


def python_blocks(paths: list[Path] | None = None) -> list[Block]:
    """Every Python block (```python or ```py) of the given pages (default: all of them)."""
    return [
        block
        for path in (pages() if paths is None else paths)
        for block in blocks(path)
        if block.language in ("python", "py", "python3")
    ]
