"""A fake network answering every operation with the spec's own examples (where a published
spec has none, a value of its schema: `spec_calls.sample`): the network of the examples in
README.md and docs/ (tests/docs/test_docs_examples.py) and of the resource tests."""

from __future__ import annotations

import base64
import re

import httpx2
import pytest

from overlays import _runtime
from scripts.build.speclib import Operation, operations
from tests.helpers.pngs import png
from tests.helpers.spec_calls import (
    PROVIDERS,
    first_example,
    house,
    operation,
    resolve,
    sample,
    server_root,
    spec,
    success_key,
)


def _host_pattern(provider: str) -> re.Pattern[str]:
    url = str((spec(provider).get("servers") or [{"url": ""}])[0]["url"])
    if "//" not in url:  # a relative server: the descriptor's base URL
        url = server_root(provider)
    host = url.split("//", 1)[1].split("/", 1)[0]
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


def _template(path: str) -> str:
    return re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))


def _routed(provider: str, request: httpx2.Request) -> Operation:
    """The operation a request without an operationId (a raw request through
    `get_httpx_client()`) is for, by its method and path."""
    root = _template(str(spec(provider)["servers"][0]["url"]).split("//", 1)[1].split("/", 1)[1])
    for op in operations(spec(provider)):
        if op.method == request.method and re.fullmatch(
            "/" + root + _template(op.path), request.url.path
        ):
            return op
    raise AssertionError(f"no {provider} operation for {request.method} {request.url.path}")


def fake_network(request: httpx2.Request) -> httpx2.Response:
    provider = next(name for name, host in HOSTS.items() if host.match(request.url.host))
    operation_id = request.extensions.get("openapi_operation")
    op = operation(provider, operation_id) if operation_id else _routed(provider, request)
    responses = op.spec["responses"]
    if _wrong_credentials(request):
        status = REJECTED_KEY_STATUS.get(provider, "401")
    elif "999" in request.url.path:
        status = "404"
    else:
        status = success_key(op) or "204"  # no success documented: a body-less one
    key = status if status in responses else "default"
    response = resolve(spec(provider), responses.get(key, {}))
    code = int(status) if status.isdigit() else 200
    content = response.get("content") or {}
    if not content:
        return httpx2.Response(code)
    media, holder = next(((m, c) for m, c in content.items() if "json" in m),
                         next(iter(content.items())))  # fmt: skip
    if media == "image/png":
        return httpx2.Response(code, content=png(57, 57), headers={"content-type": media})
    if not house(provider):
        value = sample(provider, holder, request=False)
        if isinstance(value, str) and "json" not in media:
            return httpx2.Response(code, text=value, headers={"content-type": media})
        return httpx2.Response(code, json=value)
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


def installed(monkeypatch: pytest.MonkeyPatch) -> FakeNetwork:
    """A `FakeNetwork` under every client's network cores, for the test's duration."""
    fake = FakeNetwork()
    # Every client's network cores: the examples' default network is this fake one.
    monkeypatch.setattr(_runtime.Network, "sync_core", lambda self: fake)
    monkeypatch.setattr(_runtime.Network, "async_core", lambda self: fake)
    return fake
