"""End to end against Prism: every operation of every spec, through its overlay client.

Prism (`node_modules/.bin/prism`, pinned in package-lock.json) is started once for the
module, for all five specs, on 127.0.0.1 (`scripts.prism.mockservers.running_mocks`). Started with
`--errors`, it validates each request against its spec and answers a request that breaks
it with an error status, which the overlay raises: a call that passes here sent a request
the spec allows and parsed the spec's own example answer. `Prefer: code=<status>` makes it
answer a documented error, for the error mapping.

Prism checks that credentials are present, not that they are right, and keeps no state. It
reads a multipart form as one text value per field name, the last one: an array field (a
repeated part) validates only with a `style: form` encoding in the spec, and Prism sees only
its last item (test_contract_requests.py judges the whole form).
"""

from __future__ import annotations

import contextlib
import html
import re
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest

from overlays import errors
from scripts.build.speclib import Provider
from scripts.prism import mockservers
from scripts.prism.mockservers import PrismServer, running_mocks
from tests.helpers.overlay_cases import expected_error_class
from tests.helpers.spec_calls import (
    SpecCall,
    all_operations,
    call_with,
    example_call,
    first_example,
    house,
    operation,
    overlay_client,
    resolve,
    spec,
    success_body,
    success_key,
)

OPERATIONS = all_operations()
PROVIDERS = sorted({provider for provider, _ in OPERATIONS})


# --- the mock servers ------------------------------------------------------------------------


@dataclass
class Mocks:
    urls: dict[str, str]  # what each client factory takes as base_url
    servers: list[PrismServer]
    events: list[tuple[str, str]]  # ("start" | "ready", provider), in order
    boot_seconds: float


@contextlib.contextmanager
def started(names: Sequence[str] | None = None) -> Iterator[Mocks]:
    """`running_mocks()`, keeping hold of the Prism processes it starts (to check that they
    are gone afterwards) and of the order in which they were started and found ready."""
    servers: list[PrismServer] = []
    events: list[tuple[str, str]] = []
    start, wait = mockservers.start_prism, mockservers.wait_ready

    def start_prism(provider: Provider, log_dir: Path) -> PrismServer:
        events.append(("start", provider.name))
        servers.append(start(provider, log_dir))
        return servers[-1]

    def wait_ready(server: PrismServer, timeout: float = mockservers.START_TIMEOUT) -> None:
        wait(server, timeout)
        events.append(("ready", server.provider.name))

    began = time.monotonic()
    with contextlib.ExitStack() as stack:
        with pytest.MonkeyPatch.context() as patch:  # only while they start
            patch.setattr(mockservers, "start_prism", start_prism)
            patch.setattr(mockservers, "wait_ready", wait_ready)
            urls = stack.enter_context(running_mocks(names))
        yield Mocks(urls, servers, events, time.monotonic() - began)


def accepts_connections(url: str) -> bool:
    address = httpx2.URL(url)
    with (
        contextlib.suppress(OSError),
        socket.create_connection((address.host, address.port or 80), timeout=1.0),
    ):
        return True
    return False


def assert_stopped(mocks: Mocks) -> None:
    for server in mocks.servers:
        assert server.process.poll() is not None, f"Prism for {server.provider.name} still runs"
        assert not accepts_connections(server.url), f"{server.url} still accepts connections"
    for name, url in mocks.urls.items():  # Appaloosa's is the path-stripping proxy
        assert not accepts_connections(url), f"{name}: {url} still accepts connections"


@pytest.fixture(scope="module")
def mocks() -> Iterator[Mocks]:
    """Prism for every spec, started once for the module and stopped at its end (the
    `with` stops them when a test fails too); then checks that they are gone."""
    with started() as running:
        yield running
    assert_stopped(running)


def client(mocks: Mocks, provider: str) -> Any:
    """The provider's overlay client (its public factory) aimed at the mock, no retries."""
    return overlay_client(provider, mocks.urls[provider], max_retries=0)


@pytest.fixture(scope="module")
def clients(mocks: Mocks) -> Iterator[Callable[..., Any]]:
    """`clients(provider, headers)`: a fresh sync client for one test.

    Each is a `with_headers()` copy of one factory-made client per provider; the copies share
    its transport, so connections to Prism stay alive and the TLS context (~40 ms to build)
    is built once. The originals are never used themselves: the generated `with_headers()`
    also adds the headers to the httpx client of the client it copies, once that exists.
    """
    originals = {provider: client(mocks, provider) for provider in PROVIDERS}

    def fresh(provider: str, headers: dict[str, str] | None = None) -> Any:
        return originals[provider].with_headers(headers or {})

    yield fresh
    for original in originals.values():
        original.get_httpx_client().close()  # closes the shared transport


def violations(exc: errors.APIStatusError) -> str:
    """What Prism found wrong with the request (its `sl-violations` header)."""
    return str(exc.response.headers.get("sl-violations", "(no sl-violations header)"))


# --- the servers themselves ------------------------------------------------------------------


def test_the_five_mocks_boot_in_parallel_on_loopback(
    mocks: Mocks, record_property: Callable[[str, object], None]
) -> None:
    record_property("prism_boot_seconds", round(mocks.boot_seconds, 1))
    assert sorted(mocks.urls) == PROVIDERS
    assert {httpx2.URL(url).host for url in mocks.urls.values()} == {"127.0.0.1"}
    # Every Prism is started before the first one is waited for.
    kinds = [kind for kind, _ in mocks.events]
    assert kinds == ["start"] * len(PROVIDERS) + ["ready"] * len(PROVIDERS)
    assert all(server.process.poll() is None for server in mocks.servers)


def test_each_mock_listens_on_the_port_the_kernel_gave_it(mocks: Mocks) -> None:
    # Started with `--port 0` (no port chosen before Prism binds it: nothing to race for);
    # the port is the one Prism's log names.
    for server in mocks.servers:
        assert server.port == mockservers.listening_port(server.log())
        assert server.port not in (None, 0, 4010)
    assert len({server.port for server in mocks.servers}) == len(mocks.servers)


def test_the_port_is_read_from_prism_s_log_colours_and_all() -> None:
    line = "[CLI] \x1b[32m▶  start\x1b[39m     Prism is listening on http://127.0.0.1:40123\n"
    assert mockservers.listening_port("[CLI] …  awaiting  Starting Prism…\n") is None
    assert mockservers.listening_port(line) == 40123


def test_the_mocks_are_stopped_when_the_body_raises() -> None:
    seen: list[Mocks] = []

    def a_failing_test() -> None:
        with started(["appaloosa"]) as running:  # Prism, and the proxy in front of it
            seen.append(running)
            assert all(accepts_connections(url) for url in running.urls.values())
            raise RuntimeError("a failing test")

    with pytest.raises(RuntimeError, match="a failing test"):
        a_failing_test()
    (running,) = seen
    assert len(running.servers) == 1
    assert_stopped(running)


def test_prism_ignores_the_server_path_so_the_proxy_strips_the_store_id(mocks: Mocks) -> None:
    (prism,) = [s for s in mocks.servers if s.provider.name == "appaloosa"]
    with httpx2.Client(trust_env=False) as http:
        direct = http.get(f"{prism.url}/52/users", params={"api_key": "k"})
        proxied = http.get(f"{mocks.urls['appaloosa']}/52/users", params={"api_key": "k"})
    assert direct.status_code == 404
    assert proxied.status_code == 200
    assert "users" in proxied.json()


def test_the_proxy_forwards_a_streamed_body(mocks: Mocks) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
        yield b'{"category": '
        yield b'{"label": "Financial"}}'

    url = f"{mocks.urls['appaloosa']}/52/categories?api_key=k"
    with httpx2.Client(trust_env=False) as http:
        streamed = http.post(url, content=chunks(), headers={"Content-Type": "application/json"})
        empty = http.post(url, content=iter([b"{}"]), headers={"Content-Type": "application/json"})
    assert streamed.request.headers["Transfer-Encoding"] == "chunked"
    assert streamed.status_code == 201, streamed.headers.get("sl-violations")
    assert empty.status_code == 422  # and Prism judged what was streamed
    assert "property 'category'" in empty.headers["sl-violations"]


# --- Prism really rejects requests that break the spec ---------------------------------------


def test_prism_rejects_a_request_without_credentials(mocks: Mocks) -> None:
    with httpx2.Client(trust_env=False) as http:
        response = http.get(f"{mocks.urls['push_express']}/app/groups")
    assert response.status_code == 401
    assert "security" in response.headers["sl-violations"]


def test_prism_rejects_a_body_without_a_required_field(mocks: Mocks) -> None:
    with httpx2.Client(trust_env=False) as http:
        response = http.post(
            f"{mocks.urls['push_express']}/app/groups",
            headers={"Authorization": "Bearer any"},
            json={"all_apps": True},
        )
    assert response.status_code == 400
    assert "required property 'name'" in response.headers["sl-violations"]


def test_prism_rejects_an_icon_that_is_not_image_png(mocks: Mocks) -> None:
    with httpx2.Client(trust_env=False) as http:
        response = http.put(
            f"{mocks.urls['appush']}/application/P9haDs2EjJmyuYwEpxio2KPZ4SH/icon",
            auth=("token", "secret"),
            content=b"GIF89a",
            headers={"Content-Type": "image/gif"},
        )
    assert response.status_code == 415
    assert "image/png" in response.headers["sl-violations"]


def test_a_request_that_breaks_the_spec_fails_through_the_overlay(
    clients: Callable[..., Any],
) -> None:
    # The generated model does not check minLength: the overlay sends it, Prism refuses it.
    call = call_with("push_express", "create_app_group", {}, {"name": "", "all_apps": True})
    with pytest.raises(errors.BadRequestError) as caught:
        call.sync(clients("push_express"))
    assert "name" in violations(caught.value)


# --- every operation, with the spec's examples -----------------------------------------------


def refused(exc: errors.APIStatusError) -> str:
    return f"Prism refused the request: {exc}\nviolations: {violations(exc)}"


def skip_without_success(provider: str, operation_id: str) -> None:
    """A published spec's operation that documents no success: Prism can only answer one of
    the statuses it documents, an error."""
    if success_key(operation(provider, operation_id)) is None:
        pytest.skip(f"{operation_id} documents no success: Prism answers a documented error")


def fail_or_skip(provider: str, exc: errors.APIStatusError) -> None:
    """Fail: Prism refused the request. Unless, for a published spec, Prism only refused its
    own answer: made up from a schema without example, it may break the schema (a `pattern`
    it cannot meet), and the request, which is what this test judges, was fine."""
    found = violations(exc)
    if not house(provider) and '"location":["request"' not in found and '"response"' in found:
        pytest.skip(f"Prism's own answer breaks the spec (no example to answer with): {found}")
    pytest.fail(refused(exc))


def check(call: SpecCall, response: Any) -> None:
    assert response.status_code == call.expected_status
    if success_body(call.provider, operation(call.provider, call.operation_id)):
        assert response.parsed is not None


@pytest.mark.parametrize(
    ("provider", "operation_id"), OPERATIONS, ids=[f"{p}.{o}" for p, o in OPERATIONS]
)
def test_every_operation_sync(
    clients: Callable[..., Any], provider: str, operation_id: str
) -> None:
    skip_without_success(provider, operation_id)
    call = example_call(provider, operation_id)
    try:
        response = call.sync(clients(provider))
    except errors.APIStatusError as exc:
        fail_or_skip(provider, exc)
    check(call, response)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("provider", "operation_id"), OPERATIONS, ids=[f"{p}.{o}" for p, o in OPERATIONS]
)
async def test_every_operation_async(mocks: Mocks, provider: str, operation_id: str) -> None:
    skip_without_success(provider, operation_id)
    call = example_call(provider, operation_id)
    # A client of its own: async connections belong to the test's event loop.
    async with client(mocks, provider) as own:
        try:
            response = await call.asyncio(own)
        except errors.APIStatusError as exc:
            fail_or_skip(provider, exc)
    check(call, response)


# --- error mapping: every documented error status, with `Prefer: code=...` -------------------


def page_text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", page)).split())


# Where each provider's documented error bodies keep the message (APPush: HTML pages).
MESSAGE: dict[str, Callable[[Any], str]] = {
    "push_express": lambda body: body["error"],
    "appaloosa": lambda body: body["errors"] if "errors" in body else body["error"]["message"],
    "app47": lambda body: body["results"]["message"],
    "appush": page_text,
    "tulip": lambda body: body["details"],
}


def documented_errors() -> list[tuple[str, str, int, Any]]:
    """(provider, operationId, status, the first example body) of every documented error."""
    found = []
    for provider, operation_id in OPERATIONS:
        document = spec(provider)
        for status, response in operation(provider, operation_id).spec["responses"].items():
            if str(status).startswith("2") or not str(status).isdigit():
                continue  # `default` and `4XX` name no status to ask Prism for
            contents = resolve(document, response).get("content") or {}
            media: dict[str, Any] = next(iter(contents.values()), {})
            try:
                body = first_example(media, document)
            except LookupError:
                body = None  # Prism makes one up: only a message is expected
            found.append((provider, operation_id, int(status), body))
    return found


ERRORS = documented_errors()


def test_every_provider_and_the_usual_error_statuses_are_covered() -> None:
    # Every spec of ours documents errors; a published one may document none.
    assert {provider for provider, *_ in ERRORS} >= {p for p in PROVIDERS if house(p)}
    assert {400, 401, 403, 404, 415, 422, 500, 502} <= {status for _, _, status, _ in ERRORS}


@pytest.mark.parametrize(
    ("provider", "operation_id", "status", "body"),
    ERRORS,
    ids=[f"{p}.{o}.{s}" for p, o, s, _ in ERRORS],
)
def test_a_documented_error_raises_its_class_with_the_message(
    clients: Callable[..., Any], provider: str, operation_id: str, status: int, body: Any
) -> None:
    call = example_call(provider, operation_id)
    with pytest.raises(errors.APIStatusError) as caught:
        call.sync(clients(provider, {"Prefer": f"code={status}"}))
    exc = caught.value
    assert type(exc) is expected_error_class(status)
    assert exc.status_code == status
    assert exc.message
    if body is not None and provider in MESSAGE:  # a new provider's: its descriptor's guess
        assert exc.message == MESSAGE[provider](body)
    if isinstance(body, str):  # APPush's pages are served as HTML, not JSON
        assert exc.response.headers["content-type"].startswith("text/html")
