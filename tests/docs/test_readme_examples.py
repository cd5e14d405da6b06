"""The README's Python examples run as they are, against a fake network that answers every
operation with the spec's own examples: a path holding `999` gets the documented 404, a
credential `WRONG` the documented 401. So the examples cannot drift from the clients."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.network import FakeNetwork
from tests.helpers.spec_calls import PROVIDERS, house

README = PROVIDERS["tulip"].root / "README.md"
SECTION = re.compile(r"^## Using the clients\n(.*?)^## ", re.S | re.M)
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)

FAKES_SECTION = re.compile(r"^## Test your code against the fakes\n(.*?)^## ", re.S | re.M)


def examples(section_pattern: re.Pattern[str] = SECTION) -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = section_pattern.search(text)
    assert section, f"README has no section matching {section_pattern.pattern!r}"
    return BLOCK.findall(section.group(1))


EXAMPLES = examples()


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_readme_example_runs(code: str, network: FakeNetwork) -> None:
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    assert network.requests, "the example sent no request"
    assert output.getvalue().strip(), "the example printed nothing"


def test_every_python_example_in_the_readme_passes_mypy_strict(tmp_path: Any) -> None:
    """Each example as a user would type-check it: strict, and with no escape hatches."""
    blocks = BLOCK.findall(README.read_text(encoding="utf-8"))
    for number, code in enumerate(blocks):
        assert "assert isinstance" not in code, code
        assert "cast(" not in code, code
        assert "type: ignore" not in code, code
        (tmp_path / f"readme_example_{number}.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=README.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_resource_objects_lead_the_section() -> None:
    text = "\n".join(EXAMPLES)
    for name in ("PushExpress(", "Appaloosa(", "App47(", "APPush(", "Tulip(", "AsyncAppaloosa("):
        assert name in text, name
    assert text.index("Appaloosa(52") < text.index("appaloosa.client(52")


def test_every_provider_has_an_example() -> None:
    """Every provider of ours (a provider added by `make new-provider` is documented in the
    README by whoever adds it; nothing here writes the README)."""
    text = "\n".join(EXAMPLES)
    for name in PROVIDERS:
        if not house(name):
            continue
        assert f"{name}.client(" in text, name
    assert "paginate(" in text
    assert "except errors." in text


FAKE_EXAMPLES = examples(FAKES_SECTION)


@pytest.mark.parametrize(
    "code", FAKE_EXAMPLES, ids=[f"fakes-example-{i}" for i in range(len(FAKE_EXAMPLES))]
)
def test_readme_fake_example_passes_under_pytest(code: str, tmp_path: Path) -> None:
    """Each pytest example of the fakes section, as a user's test file: the fixtures come
    from the installed plugin (the `pytest11` entry point), nothing from this repository."""
    (tmp_path / "test_readme_example.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert re.search(r"\b1 passed\b", result.stdout), result.stdout[-2000:]
