"""`make new-provider` (issue 20): a sixth provider from a spec nobody here wrote, in one
command, in a copy of the repository (this interpreter, the repository's node_modules).

The fixture spec (tests/fixtures/widgets-openapi.yaml) is OpenAPI 3.0 in the style of a
published one: camelCase operationIds, one hyphenated, one missing, a tag `class`, `default`
responses, a body-less operation, bearer auth, a server URL with a variable. The new
provider is then called through its client and its fake in a child process in the copy, and
its generated package passes `mypy --strict`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "widgets-openapi.yaml"
# The name the fixture is added under: one no provider of this repository has (a provider
# added later, even from this very fixture, is then no obstacle).
NAME = "acme_widgets"
LEFT_OUT = {".venv", "node_modules", ".git", ".mypy_cache", ".pytest_cache", ".ruff_cache",
            ".generate-cache", ".hypothesis", "__pycache__", "dist", ".bench-venv"}  # fmt: skip


def _copy(target: Path) -> Path:
    """The repository without its environments and caches; node_modules linked (Spectral)."""
    shutil.copytree(REPO, target, ignore=lambda _, names: [n for n in names if n in LEFT_OUT])
    if (REPO / "node_modules").is_dir():
        (target / "node_modules").symlink_to(REPO / "node_modules")
    return target


def _env(root: Path) -> dict[str, str]:
    """The copy's packages first (the editable install points at this repository)."""
    return {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{root / 'generated'}"}


def _run(root: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=root, env=_env(root), capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for folder in ("specs", "config", "overlays", "generated")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    } | {"pyproject.toml": (root / "pyproject.toml").read_bytes()}


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    root = _copy(tmp_path_factory.mktemp("newprov") / "repo")
    # The command the issue names, on this interpreter (`-o install`: the copy has no .venv
    # of its own, and PYTHONPATH puts the copy first).
    command = ["make", "--no-print-directory", "-o", "install", "new-provider", f"NAME={NAME}",
               f"SPEC={FIXTURE}", f"PY={sys.executable}"]  # fmt: skip
    done = subprocess.run(
        command, cwd=root, env=_env(root), capture_output=True, text=True, timeout=240,
        check=False,
    )  # fmt: skip
    return root, done


def test_it_adds_the_provider_and_says_what_it_derived_and_what_it_cannot(copy) -> None:
    root, done = copy
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "derived: base URL: https://eu.widgets.example.com/v1" in out
    assert "derived: credentials: token, sent as `Authorization: Bearer` (bearerAuth)" in out
    assert "derived: error format: from the error schemas: message /message, code /code" in out
    assert "no x-fake" in out  # warnings, not refusals
    assert "looks like a paged listing" in out
    for place in (f"specs/{NAME}.yaml", f"config/{NAME}.yaml", f"overlays/{NAME}.py",
                  f"generated/{NAME}_client/facade.py"):  # fmt: skip
        assert (root / place).is_file(), place
    registry = (root / "overlays" / "_registry.py").read_text(encoding="utf-8")
    assert f'Provider(\n        "{NAME}",' in registry
    assert 'auth=Bearer("token")' in registry
    assert f'"generated/{NAME}_client",' in (root / "pyproject.toml").read_text(encoding="utf-8")
    spec = (root / "specs" / f"{NAME}.yaml").read_text(encoding="utf-8")
    assert "\nx-house-style:" not in spec  # published: our lint gives it warnings


def test_names_from_any_style_become_python_names(copy) -> None:
    root, _ = copy
    api = root / "generated" / f"{NAME}_client" / "api"
    assert sorted(p.name for p in (api / "widgets").glob("*.py")) == [
        "__init__.py", "create_widget.py", "delete_widget.py", "get_widget.py",
        "list_widgets.py", "post_widgets_widget_id_ping.py",
    ]  # fmt: skip
    assert (api / "class_" / "list_classes.py").is_file()  # the tag `class`
    resource = (root / "generated" / f"{NAME}_client" / "resources" / "class_.py").read_text()
    assert "class Class_:" in resource


def test_the_new_provider_works_through_its_client_and_its_fake(copy) -> None:
    root, _ = copy
    script = textwrap.dedent(
        """
        import asyncio
        from overlays import errors, acme_widgets
        from overlays.fakes import pytest_plugin
        from acme_widgets_client.api.widgets import list_widgets, post_widgets_widget_id_ping
        from acme_widgets_client.models import NewWidget

        assert hasattr(pytest_plugin, "fake_acme_widgets")
        fake = acme_widgets.fake()
        api = fake.api()
        page = api.widgets.list()
        assert page.items[0].name == "Sprocket", page
        assert api.widgets.get("w-1").name
        assert api.widgets.create(body=NewWidget(name="Gear")).id == "w-2"
        assert api.widgets.delete("w-1") is None  # a 204: no body
        assert api.widgets.post_widget_id_ping("w-1").ok is True  # only a `default` response
        assert [c.code for c in api.class_.list_classes()] == ["ABC"]  # made from the schema
        assert api.class_.get_health().status.value == "ok"
        wrong = acme_widgets.client("not-the-token", transport=fake.transport, max_retries=0)
        try:
            list_widgets.sync(client=wrong)
        except errors.AuthenticationError:
            pass
        else:
            raise AssertionError("a wrong token was accepted")
        try:
            list_widgets.sync(client=fake.client(), limit=1000)  # beyond the schema's maximum
        except errors.BadRequestError:
            pass
        else:
            raise AssertionError("a request the spec forbids was answered")
        with fake.serve() as base_url:
            client = acme_widgets.client(**fake.credentials, base_url=base_url)
            assert post_widgets_widget_id_ping.sync("w-1", client=client).ok

            async def both():
                credentials = {**fake.credentials, "base_url": base_url}
                async with acme_widgets.AsyncAcmeWidgets(**credentials) as aapi:
                    return (await aapi.widgets.list()).items

            assert asyncio.run(both())
        print("ok", len(fake.log))
        """
    )
    done = _run(root, "-c", script, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("ok")


def test_the_generated_package_passes_mypy_strict(copy, tmp_path: Path) -> None:
    root, _ = copy
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
         "-p", f"{NAME}_client"],
        cwd=root / "generated", env=_env(root), capture_output=True, text=True, timeout=240,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout


def test_the_repository_stays_consistent(copy) -> None:
    """Regenerating changes nothing (the other packages' inputs are untouched) and the
    written Python passes the lint."""
    root, _ = copy
    done = _run(root, "-m", "scripts.build")
    assert done.returncode == 0, done.stderr
    assert all("unchanged" in line for line in done.stdout.splitlines()[:-1]), done.stdout
    lint = _run(root, "-m", "ruff", "check", "--quiet", "overlays")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    formatted = _run(root, "-m", "ruff", "format", "--check", "--quiet", "overlays")
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


@pytest.mark.parametrize(
    ("name", "spec", "says"),
    [
        ("tulip", "tests/fixtures/widgets-openapi.yaml", "a provider named 'tulip' already exists"),
        ("2fa-api", "tests/fixtures/widgets-openapi.yaml", "is not a valid provider name"),
        ("class", "tests/fixtures/widgets-openapi.yaml", "is not a valid provider name"),
        ("errors", "tests/fixtures/widgets-openapi.yaml", "overlays/errors.py exists"),
        ("gadgets", "tests/fixtures/no-such-spec.yaml", "no spec at"),
        ("", "", "NAME and SPEC are both required"),
    ],
)
def test_a_refused_name_or_spec_is_one_line_exit_2_and_writes_nothing(
    copy, name: str, spec: str, says: str
) -> None:
    root, _ = copy
    before = _tree(root)
    done = _run(root, "-m", "scripts.new_provider", name, spec)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert _tree(root) == before


def test_a_failure_after_writing_rolls_everything_back(copy, tmp_path: Path) -> None:
    """Two operationIds that make one Python name: a one-line error naming both, and the
    repository exactly as it was."""
    root, _ = copy
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "operationId: getHealth", "operationId: list_classes"
    )
    clash = tmp_path / "clash.json"  # JSON, converted to YAML on the way in
    import json

    import yaml

    clash.write_text(json.dumps(yaml.safe_load(text), default=str), encoding="utf-8")
    before = _tree(root)
    done = _run(root, "-m", "scripts.new_provider", "gadgets", str(clash))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "GET /classes (listClasses) and GET /health (list_classes) both become" in done.stderr
    assert "Traceback" not in done.stderr
    assert all(line.startswith("new-provider: ") for line in done.stderr.splitlines())
    assert _tree(root) == before
