"""The network under every overlay client: httpx's connection pools, one per client, made on
first use, and the deadline that bounds an attempt as a whole.

httpx's timeouts are per phase: a read timeout of 2 s is met by a server that sends one
byte every 0.2 s, in a header that never ends or in a body, for as long as it likes. When
`timeout` is a number, each attempt also gets a deadline (`attempt_deadline`):

- sync: the pool's sockets are ours (an httpcore network backend), and each connect, read
  and write waits at most until the deadline; past it, `httpcore.ReadTimeout` (and so
  `httpx.ReadTimeout`), or `ConnectTimeout` while connecting;
- async: the attempt runs under `asyncio.timeout` (see `_transport.py`), whatever the
  transport, so this module only carries the deadline for sync calls.

The deadline travels in a context variable, set by the attempt around its own send and read:
threads and tasks sharing one client each have their own.
"""

from __future__ import annotations

import contextlib
import functools
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from ._aiohttp import aiohttp_transport

attempt_deadline: ContextVar[float | None] = ContextVar("overlays_attempt_deadline", default=None)
"""`time.monotonic()` past which the current sync attempt fails (None: no deadline)."""

# httpx's own pool limits (httpx.DEFAULT_LIMITS).
_MAX_CONNECTIONS = 100
_MAX_KEEPALIVE = 20
_KEEPALIVE_EXPIRY = 5.0


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: building one (loading the CA bundle) takes tens of
    milliseconds, and a context is safe to share."""
    return httpx.create_ssl_context()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout`, shortened to what is left before the attempt's deadline."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt took longer than its timeout")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait ends at the attempt's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync sockets, each wait bounded by the attempt's deadline."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# httpcore's exceptions as httpx raises them (most specific first).
_AS_HTTPX: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for httpcore_class, httpx_class in _AS_HTTPX:
            if isinstance(exc, httpcore_class):
                raise httpx_class(str(exc)) from exc
        raise


class _Body(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class DeadlineTransport(httpx.BaseTransport):
    """httpx's `HTTPTransport`, on a pool whose sockets keep the attempt's deadline."""

    def __init__(self, verify: ssl.SSLContext) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=verify,
            max_connections=_MAX_CONNECTIONS,
            max_keepalive_connections=_MAX_KEEPALIVE,
            keepalive_expiry=_KEEPALIVE_EXPIRY,
            network_backend=_DeadlineBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(request.stream, httpx.SyncByteStream):
            raise TypeError("a sync request needs a sync body")
        url = request.url
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = self._pool.handle_request(core_request)
        if not isinstance(response.stream, Iterable):
            raise TypeError("httpcore answered a sync request with an async body")
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class Network(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The network transports of one client, created on first use (most clients are only
    sync or async).

    Creation is locked: threads sharing one client must share one connection pool, not each
    build one (all but one would leak). The async pool is built without awaiting, so the lock
    is never held across an await.
    """

    def __init__(self, http_backend: str = "httpx") -> None:
        self._sync: DeadlineTransport | None = None
        self._async: httpx.AsyncBaseTransport | None = None
        self._http_backend = http_backend
        self._lock = threading.Lock()

    def _sync_pool(self) -> DeadlineTransport:
        with self._lock:
            if self._sync is None:
                self._sync = DeadlineTransport(ssl_context())
            return self._sync

    def _async_pool(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async is None:
                self._async = (
                    aiohttp_transport(ssl_context())
                    if self._http_backend == "aiohttp"
                    else httpx.AsyncHTTPTransport(verify=ssl_context())
                )
            return self._async

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._sync or self._sync_pool()
        return pool.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._async or self._async_pool()
        return await pool.handle_async_request(request)

    def close(self) -> None:
        with self._lock:
            pool, self._sync = self._sync, None
        if pool is not None:
            pool.close()

    async def aclose(self) -> None:
        with self._lock:
            pool, self._async = self._async, None
        if pool is not None:
            await pool.aclose()
