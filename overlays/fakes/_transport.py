"""The in-process door: an httpx transport for sync and async clients alike."""

from __future__ import annotations

import httpx

from ._engine import Engine, Exchange
from ._fault_doors import in_process
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


def _response(exchange: Exchange, request: httpx.Request) -> httpx.Response:
    answer = exchange.response
    if exchange.fault is not None and (broken := in_process(exchange.fault, answer, request)):
        return broken
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
