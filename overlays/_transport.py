"""The httpx transport every overlay client sends through, for sync and async clients alike.

Layers, outermost first:

1. `OverlayTransport`: checks constrained uploads, picks the retry policy of the request
   from the spec's extensions, turns transport failures into `APIConnectionError` /
   `APITimeoutError` and error responses into `APIStatusError` subclasses;
2. httpx-retries' `RetryTransport`: the retry loop (omitted when `max_retries` is 0);
3. `_LoggedAttempts`: one DEBUG line per attempt on the "overlays" logger;
4. the network transport (httpx's own, created on first use), or one given for tests.

Working at the transport level means every generated function, in all four call styles,
gets the same behaviour with no per-endpoint code.
"""

from __future__ import annotations

import functools
import json
import logging
import ssl
import threading
import time
from collections.abc import Mapping
from typing import Any

import httpx
from httpx_retries import RetryTransport

from ._aiohttp import aiohttp_transport
from ._error_format import ErrorFormat, failed, status_error
from ._redact import install_log_filter, redact_url
from ._retry import RetryRules, Sleep
from ._spec import OPERATION, spec_operations
from ._uploads import check_image
from ._validation import ResponseSchemas, SchemaMismatch
from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError, scrub

logger = logging.getLogger("overlays")
install_log_filter()

_ATTEMPT = "overlays.attempt"

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: building one (loading the CA bundle) takes tens of
    milliseconds, and a context is safe to share."""
    return httpx.create_ssl_context()


class _Network(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's network transports, created on first use (most clients are only sync or async).

    Creation is locked: threads sharing one client must share one connection pool, not each
    build one (all but one would leak). The async pool is built without awaiting, so the lock
    is never held across an await.
    """

    def __init__(self, http_backend: str = "httpx") -> None:
        self._sync: httpx.HTTPTransport | None = None
        self._async: httpx.AsyncBaseTransport | None = None
        self._http_backend = http_backend
        self._lock = threading.Lock()

    def _sync_pool(self) -> httpx.HTTPTransport:
        with self._lock:
            if self._sync is None:
                self._sync = httpx.HTTPTransport(verify=_ssl_context())
            return self._sync

    def _async_pool(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async is None:
                self._async = (
                    aiohttp_transport(_ssl_context())
                    if self._http_backend == "aiohttp"
                    else httpx.AsyncHTTPTransport(verify=_ssl_context())
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


def _read_body(response: httpx.Response) -> None:
    """Read the whole body now, inside the retry loop: a reset or a stall mid-body is then a
    transport failure like any other (retried when the request is idempotent, mapped to
    `APIConnectionError` / `APITimeoutError`), not a bare httpx error raised later by httpx."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread_body(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


class _LoggedAttempts(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One attempt of a request: sends it, reads the whole answer, logs it at DEBUG."""

    def __init__(self, inner: AnyTransport) -> None:
        self._inner = inner

    def _begin(self, request: httpx.Request) -> int:
        attempt: int = request.extensions.get(_ATTEMPT, 0) + 1
        request.extensions[_ATTEMPT] = attempt
        return attempt

    def _log(self, request: httpx.Request, outcome: str, attempt: int, start: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed_ms = (time.perf_counter() - start) * 1000
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method, redact_url(request.url), outcome, attempt, elapsed_ms,
        )  # fmt: skip

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.BaseTransport):
            raise TypeError(f"{self._inner!r} is async only; a sync client needs a sync transport")
        attempt = self._begin(request)
        start = time.perf_counter()
        try:
            response = self._inner.handle_request(request)
            _read_body(response)
        except Exception as exc:
            self._log(request, type(exc).__name__, attempt, start)
            raise
        self._log(request, str(response.status_code), attempt, start)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError(f"{self._inner!r} is sync only; async clients need an async transport")
        attempt = self._begin(request)
        start = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
            await _aread_body(response)
        except Exception as exc:
            self._log(request, type(exc).__name__, attempt, start)
            raise
        self._log(request, str(response.status_code), attempt, start)
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


# What can fail once the request is handed to httpx: the connection, the exchange, and
# decoding a compressed body (httpx.DecodingError is not a TransportError).
_TRANSPORT_FAILURES = (httpx.TransportError, httpx.DecodingError)


def _connection_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    scrub(exc)  # a traceback shows the chained httpx error too
    message = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"timed out ({type(exc).__name__}): {message}", request=request)
    return APIConnectionError(f"{type(exc).__name__}: {message}", request=request)


def _keep_parsed(response: httpx.Response, body: Any) -> None:
    """Let `response.json()` return the body parsed here instead of parsing it again.

    The generated code calls `response.json()` right after this transport returns; parsing
    a 100-item page twice costs more than validating it. The generated `from_dict` copies
    what it pops, so handing over the same object is safe.
    """

    def parsed(**kwargs: Any) -> Any:
        return body if not kwargs else httpx.Response.json(response, **kwargs)

    setattr(response, "json", parsed)  # noqa: B010 (an instance attribute, on purpose)


class OverlayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Spec-driven retries, upload checks, error mapping and response validation around a
    network transport.

    `package` is the generated package, whose spec extensions (per operation) and response
    schemas drive everything; `errors` says how the provider's error bodies look.
    """

    def __init__(
        self,
        package: str,
        errors: ErrorFormat,
        *,
        max_retries: int = 2,
        validate_responses: bool = True,
        sleep: Sleep | None = None,
        transport: AnyTransport | None = None,
        http_backend: str = "httpx",
    ) -> None:
        self._operations = spec_operations(package)
        self._schemas = ResponseSchemas(package) if validate_responses else None
        self._errors = errors
        self._rules = RetryRules(max_retries, sleep)
        logged = _LoggedAttempts(transport if transport is not None else _Network(http_backend))
        self._send: RetryTransport | _LoggedAttempts = logged
        if max_retries:
            self._send = RetryTransport(transport=logged, retry=self._rules.repeatable)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} max_retries={self._rules.repeatable.total}>"

    def _prepare(self, request: httpx.Request) -> Mapping[str, Any]:
        operation = self._operations.get(request.extensions.get(OPERATION, ""), {})
        request.extensions["retry"] = self._rules.for_request(
            request.method,
            idempotent=bool(operation.get("idempotent")),
            final_statuses=frozenset(operation.get("final_statuses", ())),
        )
        return operation

    def _check_upload(self, request: httpx.Request, operation: Mapping[str, Any]) -> None:
        check_image(request.extensions[OPERATION], request.content, operation["image_upload"])

    def _validator(self, request: httpx.Request, response: httpx.Response) -> Any:
        operation = request.extensions.get(OPERATION)
        if self._schemas is None or not operation:
            return None
        return self._schemas.validator(operation, response.status_code)

    def _needs_body(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether the answer must be read here, before the generated code parses it."""
        if not 200 <= response.status_code < 300:
            return True
        return self._errors.failure_flag is not None or self._validator(request, response)

    def _inspect(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Raise the right `overlays.errors` exception for a read answer, or return it."""
        response.request = request  # httpx sets it only after the transport returns
        if not 200 <= response.status_code < 300:
            raise status_error(response, self._errors)
        validator = self._validator(request, response)
        try:
            body = json.loads(response.content)
        except ValueError as exc:
            if validator is None:
                return response  # not JSON, and not expected to be
            raise APIResponseValidationError(request.extensions[OPERATION], response, exc) from exc
        if failed(body, self._errors):
            raise status_error(response, self._errors)
        if validator is not None and self._schemas is not None:
            try:
                self._schemas.check(request.extensions[OPERATION], response.status_code, body)
            except SchemaMismatch as exc:
                raise APIResponseValidationError(
                    request.extensions[OPERATION], response, exc
                ) from exc
        _keep_parsed(response, body)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = self._prepare(request)
        if "image_upload" in operation:
            request.read()
            self._check_upload(request, operation)
        try:
            response = self._send.handle_request(request)  # body read (see _read_body)
        except _TRANSPORT_FAILURES as exc:
            raise _connection_error(request, exc) from exc
        if not self._needs_body(request, response):
            return response
        return self._inspect(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation = self._prepare(request)
        if "image_upload" in operation:
            await request.aread()
            self._check_upload(request, operation)
        try:
            response: httpx.Response = await self._send.handle_async_request(request)
        except _TRANSPORT_FAILURES as exc:
            raise _connection_error(request, exc) from exc
        if not self._needs_body(request, response):
            return response
        return self._inspect(request, response)

    def close(self) -> None:
        self._send.close()

    async def aclose(self) -> None:
        await self._send.aclose()
