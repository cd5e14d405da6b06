"""`make soak` in its small form: a few hundred operations per provider against the served
fakes with chaos on, every must-be-0 row at 0 (the script's exit status says so)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_small_soak_finds_nothing_lost_doubled_untyped_or_leaked():
    done = subprocess.run(
        [sys.executable, "scripts/soak.py", "--small"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    for provider in ("push_express", "appaloosa", "app47", "appush", "tulip"):
        assert f"### {provider}" in done.stdout
    assert "faults injected" in done.stdout
    assert "every must-be-0 row is 0" in done.stdout
