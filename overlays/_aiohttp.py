"""The opt-in aiohttp network transport for async clients: `http_backend="aiohttp"`.

httpx's async connection pool spends its CPU on bookkeeping when many requests are in
flight (encode/httpx#3215); aiohttp's does not. httpx-aiohttp (what the Stainless SDKs
offer as `DefaultAioHttpClient`) runs httpx requests on an `aiohttp.ClientSession`, so it
slots in as the network transport under the overlays' retries, error mapping, validation
and redaction, which stay the same. Sync requests of such a client still go through httpx.

httpx-aiohttp maps aiohttp's exceptions loosely (a dropped connection becomes
`httpx.ConnectTimeout`, which would make a POST look safe to send again); `_Remapped`
maps them as httpx's own transport would, since the retry rules depend on the difference
between "never connected" and "connected, then lost".
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

INSTALL_HINT = (
    'http_backend="aiohttp" needs the httpx-aiohttp package: '
    "pip install 'app-management-clients[aiohttp]'"
)


def check_http_backend(name: str) -> str:
    """`name` if it is a backend that can run here; checked when the client is made, not at
    its first request."""
    if name not in ("httpx", "aiohttp"):
        raise ValueError(f'http_backend must be "httpx" or "aiohttp", not {name!r}')
    from importlib.util import find_spec  # here: most clients never ask

    if name == "aiohttp" and find_spec("httpx_aiohttp") is None:
        raise ImportError(INSTALL_HINT)
    return name


def aiohttp_transport(verify: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    """An httpx-aiohttp transport (imported here: aiohttp costs ~60 ms to import)."""
    from httpx_aiohttp import AiohttpTransport

    return _Remapped(AiohttpTransport(verify=verify))


def _httpx_error(exc: BaseException) -> type[httpx.TransportError] | None:
    """The httpx exception class httpx's own transport raises for an aiohttp failure."""
    import aiohttp

    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    table: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
        (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
        (aiohttp.ClientConnectorError, httpx.ConnectError),
        (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError, httpx.ReadError),
        (aiohttp.ClientOSError, httpx.ReadError),
        (aiohttp.ClientConnectionError, httpx.ReadError),
    )
    for aiohttp_class, httpx_class in table:
        if isinstance(cause, aiohttp_class):
            return httpx_class
    return None


@contextmanager
def _remapped() -> Iterator[None]:
    try:
        yield
    except (httpx.TransportError, OSError, TimeoutError) as exc:
        mapped = _httpx_error(exc)
        if mapped is None or type(exc) is mapped:
            raise
        raise mapped(str(exc.__cause__ or exc) or mapped.__name__) from exc


class _RemappedStream(httpx.AsyncByteStream):
    """The response body, with failures while reading it mapped the same way."""

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _remapped():
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        with _remapped():
            await self._inner.aclose()


class _Remapped(httpx.AsyncBaseTransport):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with _remapped():
            response: httpx.Response = await self._inner.handle_async_request(request)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _RemappedStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
