"""aiohttp's connection pool as an httpx2 async transport: the default async network core.

With many requests in flight, httpcore2's pool spends its CPU on bookkeeping; aiohttp's does
not (docs/project/benchmarks.md). This adapter takes the `httpx2.Request` the runtime built and
answers an `httpx2.Response` whose body is read from aiohttp, so everything above it
(retries, deadlines, bounds, typed errors) is the same whatever the core.

- Bodies come raw (`auto_decompress=False`): the runtime inflates them within its limit.
- No cookie jar, no redirects, no default headers: the runtime's request says everything.
- aiohttp's failures become the httpx2 exceptions httpx2's own transport raises for the same
  event: the retry rules depend on "never connected" (`ConnectError`, `ConnectTimeout`)
  versus "connected, then lost" (`ReadError`, `RemoteProtocolError`).
- An aiohttp session belongs to the event loop it was made in: one per loop, made on first
  use there.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from typing import Any

import aiohttp
import httpx2
from multidict import CIMultiDict
from yarl import URL

_CHUNK = 64 * 1024
_CONNECTIONS = 100  # httpx2's default pool size


async def _closing(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    """Closes `session` when closed itself (by `loop.shutdown_asyncgens()`, or collected)."""
    try:
        yield
    finally:
        await session.close()


def _httpx2_error(exc: BaseException) -> type[httpx2.TransportError] | None:
    """The httpx2 exception class httpx2's own transport raises for an aiohttp failure."""
    table: tuple[tuple[type[BaseException], type[httpx2.TransportError]], ...] = (
        (aiohttp.ConnectionTimeoutError, httpx2.ConnectTimeout),
        (aiohttp.SocketTimeoutError, httpx2.ReadTimeout),
        (aiohttp.ServerTimeoutError, httpx2.ReadTimeout),
        (aiohttp.ClientConnectorError, httpx2.ConnectError),
        (aiohttp.ServerDisconnectedError, httpx2.RemoteProtocolError),
        (aiohttp.ClientPayloadError, httpx2.RemoteProtocolError),
        (aiohttp.ClientResponseError, httpx2.RemoteProtocolError),
        (aiohttp.ClientOSError, httpx2.ReadError),
        (aiohttp.ClientConnectionError, httpx2.ReadError),
        (asyncio.TimeoutError, httpx2.ReadTimeout),
        (OSError, httpx2.ReadError),
    )
    for aiohttp_class, httpx2_class in table:
        if isinstance(exc, aiohttp_class):
            return httpx2_class
    return None


@contextlib.contextmanager
def _mapped(request: httpx2.Request) -> Iterator[None]:
    try:
        yield
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        mapped = _httpx2_error(exc)
        if mapped is None:
            raise
        raise mapped(str(exc) or type(exc).__name__, request=request) from exc


class _Body(httpx2.AsyncByteStream):
    """An aiohttp response's body, chunk by chunk, failures mapped as above."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx2.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._request):
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """Sends httpx2 requests on an aiohttp session (one per event loop)."""

    def __init__(self, verify: ssl.SSLContext) -> None:
        self._ssl = verify
        self._sessions: dict[asyncio.AbstractEventLoop, aiohttp.ClientSession] = {}
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self._closers: dict[asyncio.AbstractEventLoop, AsyncGenerator[None, None]] = {}

    async def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            for gone in [old for old in self._sessions if old.is_closed()]:
                del self._sessions[gone]  # their sessions died with their loops
                self._closers.pop(gone, None)
            connector = aiohttp.TCPConnector(ssl=self._ssl, limit=_CONNECTIONS, limit_per_host=0)
            session = self._sessions[loop] = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding"),
                timeout=aiohttp.ClientTimeout(total=None),
            )
            # A client that is never closed still lets its session go when its event loop
            # ends: asyncio closes the async generators still open (`asyncio.run` does,
            # `loop.shutdown_asyncgens()`), and this one closes the session as it goes.
            closer = self._closers[loop] = _closing(session)
            await anext(closer)
        return session

    def _timeout(self, request: httpx2.Request) -> aiohttp.ClientTimeout:
        phases = request.extensions.get("timeout", {})
        key = (phases.get("connect"), phases.get("read"), phases.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            connect, read, pool = key
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, connect=pool, sock_connect=connect, sock_read=read
            )
        return timeout

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        session = await self._session()
        body = await request.aread()
        with _mapped(request):
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=CIMultiDict(request.headers.multi_items()),
                data=body or None,
                allow_redirects=False,
                timeout=self._timeout(request),
            )
        return httpx2.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
        )

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        self._closers.pop(loop, None)
        session = self._sessions.pop(loop, None)
        if session is not None:
            await session.close()
