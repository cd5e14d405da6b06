"""The in-process door: an httpx transport for sync and async clients alike.

Injected faults surface as what httpx raises for them on a real network: `ConnectError`
(refused), `ReadError` (a reset), `ReadTimeout` (slow), and a body that ends early
(truncated: `RemoteProtocolError` while it is read).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from ._engine import Engine, Exchange
from ._messages import FakeRequest


def _fake_request(request: httpx.Request) -> FakeRequest:
    url = request.url
    origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
    return FakeRequest(
        method=request.method,
        path=url.raw_path.decode("ascii").split("?", 1)[0],
        query=url.query.decode("ascii"),
        headers={name.lower(): value for name, value in request.headers.items()},
        body=request.content,
        origin=origin,
    )


class _CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The first half of a body, then the connection closes (a truncated answer)."""

    def __init__(self, body: bytes, request: httpx.Request) -> None:
        self._part = body[: len(body) // 2]
        self._request = request

    def _cut(self) -> httpx.RemoteProtocolError:
        message = "peer closed connection without sending complete message body (injected)"
        return httpx.RemoteProtocolError(message, request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        yield self._part
        raise self._cut()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._part
        raise self._cut()


def _response(exchange: Exchange, request: httpx.Request) -> httpx.Response:
    answer, fault = exchange.response, exchange.fault
    if fault == "refused":
        raise httpx.ConnectError("connection refused (injected)", request=request)
    if fault in ("reset", "lost_response"):
        raise httpx.ReadError("connection reset by peer (injected)", request=request)
    if fault == "slow":
        raise httpx.ReadTimeout("timed out waiting for the answer (injected)", request=request)
    if fault == "truncated":
        headers = {**answer.headers, "Content-Length": str(len(answer.body))}
        stream = _CutBody(answer.body, request)
        return httpx.Response(answer.status, headers=headers, stream=stream, request=request)
    return httpx.Response(
        answer.status, headers=answer.headers, content=answer.body, request=request
    )


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands each request to the fake's engine; nothing touches the network."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return _response(self._engine.handle(_fake_request(request)), request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return _response(self._engine.handle(_fake_request(request)), request)
