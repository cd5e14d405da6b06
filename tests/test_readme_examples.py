"""The README's Python examples run as they are, against a fake network that answers every
operation with the spec's own examples: a path holding `999` gets the documented 404, a
credential `WRONG` the documented 401. So the examples cannot drift from the clients."""

from __future__ import annotations

import base64
import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest

from overlays import _runtime
from tests.pngs import png
from tests.spec_calls import PROVIDERS, first_example, operation, resolve, spec

README = PROVIDERS["tulip"].root / "README.md"
SECTION = re.compile(r"^## Using the clients\n(.*?)^## ", re.S | re.M)
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


FAKES_SECTION = re.compile(r"^## Test your code against the fakes\n(.*?)^## ", re.S | re.M)


def examples(section_pattern: re.Pattern[str] = SECTION) -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = section_pattern.search(text)
    assert section, f"README has no section matching {section_pattern.pattern!r}"
    return BLOCK.findall(section.group(1))


def _host_pattern(provider: str) -> re.Pattern[str]:
    host = str(spec(provider)["servers"][0]["url"]).split("//", 1)[1].split("/", 1)[0]
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^.]+", re.escape(host)) + "$")


HOSTS = {name: _host_pattern(name) for name in PROVIDERS}


def _wrong_credentials(request: httpx2.Request) -> bool:
    auth = request.headers.get("authorization", "")
    if auth.startswith("Basic "):
        auth = base64.b64decode(auth.removeprefix("Basic ")).decode()
    values = [auth, request.headers.get("access-token", ""), *request.url.params.values()]
    return any("WRONG" in value for value in values)


REJECTED_KEY_STATUS = {"tulip": "403"}
"""What a wrong credential gets where it is not 401: Tulip answers a rejected key 403
AuthenticationFailed (401 AuthenticationRequired is for no key at all)."""


def fake_network(request: httpx2.Request) -> httpx2.Response:
    provider = next(name for name, host in HOSTS.items() if host.match(request.url.host))
    op = operation(provider, request.extensions["openapi_operation"])
    responses = op.spec["responses"]
    if _wrong_credentials(request):
        status = REJECTED_KEY_STATUS.get(provider, "401")
    elif "999" in request.url.path:
        status = "404"
    else:
        status = next(code for code in responses if code.startswith("2"))
    response = resolve(spec(provider), responses[status])
    content = response.get("content") or {}
    if not content:
        return httpx2.Response(int(status))
    media, holder = next(iter(content.items()))
    if media == "image/png":
        return httpx2.Response(int(status), content=png(57, 57), headers={"content-type": media})
    value = first_example(holder, spec(provider))
    if isinstance(value, str):
        return httpx2.Response(int(status), text=value, headers={"content-type": media})
    return httpx2.Response(int(status), json=value)


class FakeNetwork(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        return fake_network(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        self.requests.append(request)
        return fake_network(request)


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> FakeNetwork:
    fake = FakeNetwork()
    # Every client's network cores: the examples' default network is this fake one.
    monkeypatch.setattr(_runtime.Network, "sync_core", lambda self: fake)
    monkeypatch.setattr(_runtime.Network, "async_core", lambda self: fake)
    return fake


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
    text = "\n".join(EXAMPLES)
    for name in PROVIDERS:
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
