"""Every path the documentation names under tests/, scripts/, overlays/ or docs/ exists: a
moved file cannot leave a page pointing at nothing. Placeholders (`overlays/<name>.py`,
`tests/<area>`) are not paths."""

from __future__ import annotations

import re

from tests.helpers.docs import REPO, pages

PATH = re.compile(r"(?<![\w./-])((?:tests|scripts|overlays|docs)/[^\s`'\"()\[\]|,;]*)")


def named_paths() -> list[tuple[str, str]]:
    found = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for match in PATH.finditer(text):
            path = match.group(1).rstrip(".:")
            if any(mark in path for mark in "<>{}*$") or path.endswith("..."):
                continue
            line = text.count("\n", 0, match.start()) + 1
            found.append((f"{page.relative_to(REPO)}:{line}", path.split("#")[0]))
    return found


def test_the_docs_name_paths() -> None:
    assert len(named_paths()) > 50


def test_every_path_the_docs_name_exists() -> None:
    missing = [f"{where}: {path}" for where, path in named_paths() if not (REPO / path).exists()]
    assert missing == []
