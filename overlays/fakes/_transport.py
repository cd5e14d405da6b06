"""The in-process door: an httpx2 transport for sync and async clients alike.

What an HTTP server would refuse before the API sees it (a head or body too large, a
`Content-Length` that is not the body's) is refused here too, with the served door's
status (see `_server.py`): the request never reaches the pipeline, and nothing but the
injected faults and `FakeSpecViolation` is raised.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable

import httpx2

from ._engine import (
    MAX_BODY_BYTES,
    MAX_HEADERS,
    MAX_LINE_BYTES,
    Engine,
    Exchange,
    body_length,
    too_large,
)
from ._fault_doors import in_process
from ._messages import FakeRequest, FakeResponse, Refusal


def _path(request: httpx2.Request) -> str:
    return request.url.raw_path.decode("ascii").split("?", 1)[0]


def _fake_request(request: httpx2.Request, body: bytes) -> FakeRequest:
    url = request.url
    origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
    return FakeRequest(
        method=request.method,
        path=_path(request),
        query=url.query.decode("ascii"),
        headers={name.lower(): value for name, value in request.headers.items()},
        body=body,
        origin=origin,
    )


def _check_head(request: httpx2.Request) -> int | None:
    """The body length the head declares (None: chunked), or `Refusal` as the served fake
    would answer the same head on the wire."""
    line = len(request.method) + len(request.url.raw_path) + len(" HTTP/1.1\r\n") + 1
    if line > MAX_LINE_BYTES:
        raise Refusal(414, "the request line is too long")
    fields = request.headers.raw
    if len(fields) > MAX_HEADERS or any(len(k) + len(v) + 4 > MAX_LINE_BYTES for k, v in fields):
        raise Refusal(431, "the request's header fields are too large")
    return body_length(
        request.headers.get_list("content-length"), request.headers.get_list("transfer-encoding")
    )


def _check_body(declared: int | None, body: bytes) -> bytes:
    if declared is not None and declared != len(body):
        raise Refusal(400, "the body is not as long as its Content-Length")
    return body


def _keep(request: httpx2.Request, chunks: list[bytes]) -> None:
    """Put the body read back as a stream that can be read again: by a retry, and by
    `request.read()`, which the transport then does (so `request.content` is there)."""
    request.stream = httpx2.ByteStream(b"".join(chunks))


def _read(request: httpx2.Request) -> bytes:
    """The body, read no further than `MAX_BODY_BYTES` (413 beyond)."""
    assert isinstance(request.stream, Iterable)
    chunks, size = [], 0
    for chunk in request.stream:
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise too_large()
        chunks.append(chunk)
    _keep(request, chunks)
    return request.read()


async def _aread(request: httpx2.Request) -> bytes:
    assert isinstance(request.stream, AsyncIterable)
    chunks, size = [], 0
    async for chunk in request.stream:
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise too_large()
        chunks.append(chunk)
    _keep(request, chunks)
    return await request.aread()


def _response(exchange: Exchange, request: httpx2.Request) -> httpx2.Response:
    answer = exchange.response
    if exchange.fault is not None and (broken := in_process(exchange.fault, answer, request)):
        return broken
    return _plain(answer, request)


def _plain(answer: FakeResponse, request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        answer.status, headers=answer.headers, content=answer.body, request=request
    )


class FakeTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Hands each request to the fake's engine; nothing touches the network."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _refused(self, request: httpx2.Request, refusal: Refusal) -> httpx2.Response:
        return _plain(self._engine.refuse(request.method, _path(request), refusal), request)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        try:
            declared = _check_head(request)  # before the body: a 413 is not read
            body = _check_body(declared, _read(request))
        except Refusal as refusal:
            return self._refused(request, refusal)
        return _response(self._engine.handle(_fake_request(request, body)), request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        try:
            declared = _check_head(request)
            body = _check_body(declared, await _aread(request))
        except Refusal as refusal:
            return self._refused(request, refusal)
        return _response(self._engine.handle(_fake_request(request, body)), request)
