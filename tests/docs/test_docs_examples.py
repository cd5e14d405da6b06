"""Every Python block of README.md, CONTRIBUTING.md and docs/ runs as it is, and passes
`mypy --strict` with no escape hatch. So the examples cannot drift from the clients.

- A block that defines pytest tests (`def test_...`) is a user's test file: all of them run
  in one pytest process in a scratch directory, with the fakes' fixtures coming from the
  installed plugin (the `pytest11` entry point), nothing from this repository.
- Any other block runs as a script, in a scratch working directory, against a fake network
  that answers every operation with the spec's own examples (tests/helpers/network.py): a
  path holding `999` gets the documented 404, a credential `WRONG` the documented 401 (403
  for Tulip). Blocks that bring their own transport (a fake's, an `httpx2.MockTransport`)
  use it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.docs import README, REPO, Block, blocks, python_blocks
from tests.helpers.network import FakeNetwork

BLOCKS = python_blocks()
SCRIPTS = [block for block in BLOCKS if not block.defines_tests]
TEST_FILES = [block for block in BLOCKS if block.defines_tests]
README_BLOCKS = python_blocks([README])


def _ids(found: list[Block]) -> list[str]:
    return [block.where for block in found]


@pytest.fixture
def logging_restored() -> Iterator[None]:
    """A block may configure logging (a handler, a level): undone after it."""
    loggers = [logging.getLogger(), *map(logging.getLogger, list(logging.root.manager.loggerDict))]
    saved = [(lg, lg.level, list(lg.handlers), lg.propagate, lg.disabled) for lg in loggers]
    yield
    for lg, level, handlers, propagate, disabled in saved:
        lg.setLevel(level)
        lg.handlers[:] = handlers
        lg.propagate, lg.disabled = propagate, disabled


@pytest.mark.parametrize("block", SCRIPTS, ids=_ids(SCRIPTS))
@pytest.mark.usefixtures("logging_restored")
def test_script_block_runs(
    block: Block, network: FakeNetwork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a block may write a file (drift-findings.jsonl)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(block.code, block.where, "exec"), {"__name__": "__docs__"})
    assert output.getvalue().strip(), f"{block.where}: the example printed nothing"
    if block.path == README:
        assert network.requests, f"{block.where}: the example sent no request"


@pytest.fixture(scope="module")
def test_file_outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Every test-file block as a user's test file, run by one pytest process: the outcome
    of each test, by block."""
    folder = tmp_path_factory.mktemp("doc_tests")
    for block in TEST_FILES:
        (folder / f"test_{block.module_name}.py").write_text(block.code, encoding="utf-8")
    report = folder / "report.xml"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}",
         str(folder)],
        capture_output=True, text=True, cwd=folder, timeout=600, check=False,
    )  # fmt: skip
    assert report.exists(), result.stdout[-3000:] + result.stderr[-2000:]
    outcomes: dict[str, list[str]] = {block.module_name: [] for block in TEST_FILES}
    for case in ElementTree.parse(report).iter("testcase"):
        module = case.get("classname", "").removeprefix("test_")
        failed = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
        outcomes.setdefault(module, []).append(failed[0] if failed else "passed")
    if any(o != "passed" for found in outcomes.values() for o in found):
        print(result.stdout[-6000:])  # shown with the failing test
    return outcomes


@pytest.mark.parametrize("block", TEST_FILES, ids=_ids(TEST_FILES))
def test_test_file_block_passes_under_pytest(
    block: Block, test_file_outcomes: dict[str, list[str]]
) -> None:
    found = test_file_outcomes[block.module_name]
    assert found, f"{block.where}: pytest collected no test from it"
    assert set(found) == {"passed"}, f"{block.where}: {found}"


def test_every_python_block_passes_mypy_strict(tmp_path: Path) -> None:
    """Each block as a user would type-check it: strict, and with no escape hatches."""
    for block in BLOCKS:
        for hatch in ("assert isinstance", "cast(", "type: ignore"):
            assert hatch not in block.code, f"{block.where}: {hatch}"
        (tmp_path / f"{block.module_name}.py").write_text(block.code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path)],
        capture_output=True, text=True, check=False, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_block_is_python_or_says_what_it_is() -> None:
    """A block without a language is output or a diagram; a Python block is always marked
    `python`, so that no example escapes the runs above."""
    for path in [README, *sorted((REPO / "docs").rglob("*.md"))]:
        for block in blocks(path):
            if block.language in ("", "text"):
                python = re.search(r"^(from \w+ import|import \w+$|def \w+\()", block.code, re.M)
                assert not python, f"{block.where}: mark it ```python"


# --- the README: short, the two commands first, one example per provider ---------------------


def test_the_readme_is_at_most_15_kb() -> None:
    size = len(README.read_bytes())
    assert size <= 15_000, f"README.md is {size} bytes: move the detail to docs/"


def test_the_readme_starts_with_the_two_commands() -> None:
    first = blocks(README)[0]
    commands = [line.split("#")[0].strip() for line in first.code.splitlines() if line.strip()]
    assert commands[:2] == ["make demo", "make test"], commands


def test_the_readme_has_a_resource_object_example_per_provider() -> None:
    from overlays._registry import PROVIDERS
    from tests.helpers.spec_calls import house

    text = "\n".join(block.code for block in README_BLOCKS if not block.defines_tests)
    for name, provider in PROVIDERS.items():
        if not house(name):  # a provider added by `make new-provider`: its adder documents it
            continue
        assert f"{name}.{provider.class_name}(" in text, name
    assert "except errors." in text
    assert any(block.defines_tests and "fake_" in block.code for block in README_BLOCKS)


def test_the_readme_links_into_the_docs() -> None:
    text = README.read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\((docs/[^)#]+)", text))
    for part in ("clients/index.md", "testing/index.md", "pipeline/index.md"):
        assert f"docs/{part}" in linked, part
