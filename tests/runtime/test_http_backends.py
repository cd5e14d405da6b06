"""Async overlay behaviour over real loopback HTTP, the same for both network backends:
aiohttp's pool (the default) and `http_backend="httpx2"` (httpcore2's).

A small scripted server on 127.0.0.1 answers each request with the next scripted action: a
JSON body, a status, a dropped connection (the request arrived, the answer never left), or a
slow answer. The overlays' retries, error classes and redaction must not depend on which
backend carries the bytes.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from appaloosa_client.api.users import create_user, search_users
from appaloosa_client.models.create_user_request import CreateUserRequest
from appaloosa_client.models.user_create import UserCreate

from overlays import appaloosa, errors

KEY = "sekrit-key-123"
USER = {"id": 1, "first_name": "Ada", "last_name": "L", "email": "a@x.io"}
CREATED = {"user": {**USER, "group_ids": []}}

BACKENDS = pytest.mark.parametrize("backend", ["httpx2", "aiohttp"])
pytestmark = pytest.mark.anyio


class Script:
    """The actions the server takes, one per request, and the request targets it saw."""

    def __init__(self) -> None:
        self.actions: list[tuple[str, Any]] = []
        self.seen: list[str] = []
        self.lock = threading.Lock()

    def next(self, target: str) -> tuple[str, Any]:
        with self.lock:
            self.seen.append(target)
            return self.actions.pop(0) if self.actions else ("json", {"users": [USER]})


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            kind, value = script.next(self.path)
            if kind == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if kind == "slow":
                time.sleep(value)
                kind, value = "json", {"users": [USER]}
            status, body = (200, value) if kind == "json" else value
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up first (the timeout test)

        do_GET = do_POST = _answer

    return Handler


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Script]]:
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def script(server: tuple[str, Script]) -> Script:
    server[1].actions.clear()
    server[1].seen.clear()
    return server[1]


def _client(server: tuple[str, Script], backend: str, **options: Any) -> Any:
    options.setdefault("sleep", lambda seconds: None)
    return appaloosa.client(52, KEY, base_url=server[0], http_backend=backend, **options)


def _new_user() -> CreateUserRequest:
    return CreateUserRequest(user=UserCreate(email="a@x.io", first_name="Ada", last_name="L"))


@BACKENDS
async def test_a_call_is_authenticated_and_parsed(server, script, backend) -> None:
    client = _client(server, backend)
    async with client:
        result = await search_users.asyncio(client=client)
    assert result.users[0].first_name == "Ada"
    assert f"api_key={KEY}" in script.seen[0]


@BACKENDS
async def test_a_retryable_status_is_retried(server, script, backend) -> None:
    script.actions = [("status", (503, {"error": "busy"})), ("json", {"users": [USER]})]
    client = _client(server, backend)
    async with client:
        result = await search_users.asyncio(client=client)
    assert result.users[0].id == 1
    assert len(script.seen) == 2


@BACKENDS
async def test_an_error_status_raises_its_class_without_the_key(server, script, backend) -> None:
    script.actions = [("status", (404, {"error": {"message": "no such user"}}))]
    client = _client(server, backend)
    async with client:
        with pytest.raises(errors.NotFoundError) as caught:
            await search_users.asyncio(client=client)
    assert caught.value.status_code == 404
    assert KEY not in str(caught.value)


@BACKENDS
async def test_a_lost_answer_to_a_get_is_retried(server, script, backend) -> None:
    script.actions = [("drop", None), ("json", {"users": [USER]})]
    client = _client(server, backend)
    async with client:
        result = await search_users.asyncio(client=client)
    assert result.users[0].id == 1
    assert len(script.seen) == 2


@BACKENDS
async def test_a_lost_answer_to_a_plain_post_is_not_sent_again(server, script, backend) -> None:
    script.actions = [("drop", None), ("json", CREATED)]
    client = _client(server, backend)
    async with client:
        with pytest.raises(errors.APIConnectionError) as caught:
            await create_user.asyncio(client=client, body=_new_user())
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert len(script.seen) == 1
    assert KEY not in str(caught.value)


@BACKENDS
async def test_a_refused_connection_is_retried_then_raises(backend) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    calls: list[float] = []
    client = appaloosa.client(
        52, KEY, base_url=f"http://127.0.0.1:{port}", http_backend=backend, sleep=calls.append
    )
    async with client:
        with pytest.raises(errors.APIConnectionError) as caught:
            await search_users.asyncio(client=client)
    assert len(calls) == 2  # two retries, then the error
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert KEY not in str(caught.value)


@BACKENDS
async def test_a_slow_answer_times_out(server, script, backend) -> None:
    script.actions = [("slow", 1.0)]
    client = _client(server, backend, timeout=0.2, max_retries=0)
    async with client:
        with pytest.raises(errors.APITimeoutError):
            await search_users.asyncio(client=client)


def test_an_unknown_backend_is_refused_when_the_client_is_made() -> None:
    with pytest.raises(ValueError, match='http_backend must be "aiohttp" or "httpx2"'):
        appaloosa.client(52, KEY, http_backend="curl")  # type: ignore[typeddict-item]


@pytest.mark.anyio
async def test_an_async_resource_object_sends_through_the_backend_it_was_given(
    server, script
) -> None:
    import httpx2

    from overlays._aiohttp import AiohttpTransport

    for backend, core in (("aiohttp", AiohttpTransport), ("httpx2", httpx2.AsyncHTTPTransport)):
        async with appaloosa.AsyncAppaloosa(
            52, KEY, base_url=server[0], http_backend=backend
        ) as api:
            names = [user.first_name async for user in api.users.search(max_pages=1)]
            pool = api.client.session().network.async_core()  # the pool it built and owns
        assert names == ["Ada"]
        assert isinstance(pool, core)
