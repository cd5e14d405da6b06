"""The Makefile's targets say what they do, and the package's version changes with its
content: a rebuilt wheel of a changed tree never installs as the one before."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _target_comments() -> dict[str, str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return dict(re.findall(r"^([\w-]+):[^\n]*?##\s*(.*)$", text, re.M))


def test_the_demo_target_says_it_runs_the_fakes() -> None:
    comment = _target_comments()["demo"]
    assert "Prism" not in comment, comment
    assert "fake" in comment, comment
