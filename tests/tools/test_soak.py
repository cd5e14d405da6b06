"""`make soak` in its small form: a few hundred operations per provider against the served
fakes with chaos on, every must-be-0 row at 0 (the script's exit status says so)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from overlays._registry import names

ROOT = Path(__file__).resolve().parents[2]


def test_small_soak_finds_nothing_lost_doubled_untyped_or_leaked():
    done = subprocess.run(
        [sys.executable, "-m", "scripts.soak", "--small"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    for provider in names():  # every registered provider
        assert f"### {provider}" in done.stdout
    assert "faults injected" in done.stdout
    assert "every must-be-0 row is 0" in done.stdout


def test_the_capture_counts_credentials_from_any_logger_and_basic_header_values():
    from scripts.soak import runner as soak

    header = soak.secrets_of("appush")[-1]  # base64(root_token:root_secret)
    with soak.captured_logs() as capture:
        capture.secrets = soak.secrets_of("appush")
        logging.getLogger("somebody.else").debug("sent Authorization: Basic %s", header)
        logging.getLogger("somebody.else").debug("nothing to see")
    assert capture.records == 2
    assert capture.found == {"log somebody.else": 1}


def test_a_post_applied_by_two_requests_of_one_call_is_counted():
    from overlays.fakes import LogEntry
    from scripts.soak import runner as soak

    with soak.captured_logs() as capture:
        run = soak.Soak(soak.WORKLOADS["push_express"], 10, seed=1, capture=capture)
    post = {"operation": "create_app_group", "method": "POST", "path": "/app/groups"}
    run.observed.by_call["once"] = [LogEntry(**post, status=None, fault="reset")]
    run.observed.by_call["twice"] = [
        LogEntry(**post, status=None, fault="lost_response", changed=True),
        LogEntry(**post, status=201, changed=True),
    ]
    run.observed.by_call["put"] = [
        LogEntry("update_app_group", "PUT", "/app/groups/1", None, "lost_response", True),
        LogEntry("update_app_group", "PUT", "/app/groups/1", 204, None, True),
    ]
    assert [found.split(":")[0] for found in soak.applied_twice(run)] == ["twice"]


def test_the_soak_page_and_docstring_say_the_soak_adds_the_api_key_the_fake_never_sends():
    """The served Appaloosa fake's `Link` URLs carry no `api_key` (tests/fakes/test_fakes.py);
    the soak puts one there itself, so a log line printing response headers unmasked leaks.
    The soak's page and its module docstring must say which of the two does it."""
    from scripts.soak import runner

    for text in ((ROOT / "docs" / "project" / "soak.md").read_text(encoding="utf-8"),
                 runner.__doc__ or ""):  # fmt: skip
        assert "fake echoes the `api_key`" not in text
        assert "the soak adds the `api_key`" in " ".join(text.split())
