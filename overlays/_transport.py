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
import time
from collections.abc import Mapping
from typing import Any

import httpx
from httpx_retries import RetryTransport

from ._aiohttp import aiohttp_transport
from ._error_format import ErrorFormat, failed, status_error
from ._redact import install_log_filter, redact_text, redact_url
from ._retry import RetryRules, Sleep
from ._spec import spec_operations
from ._uploads import check_image
from ._validation import ResponseSchemas, SchemaMismatch
from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError

logger = logging.getLogger("overlays")
install_log_filter()

OPERATION = "openapi_operation"  # request extension set by the generated code
_ATTEMPT = "overlays.attempt"

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: building one (loading the CA bundle) takes tens of
    milliseconds, and a context is safe to share."""
    return httpx.create_ssl_context()


class _Network(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's network transports, created on first use (most clients are only sync or async)."""

    def __init__(self, http_backend: str = "httpx") -> None:
        self._sync: httpx.HTTPTransport | None = None
        self._async: httpx.AsyncBaseTransport | None = None
        self._http_backend = http_backend

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport(verify=_ssl_context())
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = (
                aiohttp_transport(_ssl_context())
                if self._http_backend == "aiohttp"
                else httpx.AsyncHTTPTransport(verify=_ssl_context())
            )
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = None


class _LoggedAttempts(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts the attempts of each request and logs each one at DEBUG."""

    def __init__(self, inner: AnyTransport) -> None:
        self._inner = inner

    def _begin(self, request: httpx.Request) -> int:
        attempt: int = request.extensions.get(_ATTEMPT, 0) + 1
        request.extensions[_ATTEMPT] = attempt
        return attempt

    def _log(self, request: httpx.Request, outcome: str, attempt: int, start: float) -> None:
        elapsed_ms = (time.perf_counter() - start) * 1000
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method, redact_url(request.url), outcome, attempt, elapsed_ms,
        )  # fmt: skip

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport), "a sync transport is needed"
        attempt = self._begin(request)
        if not logger.isEnabledFor(logging.DEBUG):
            return self._inner.handle_request(request)
        start = time.perf_counter()
        try:
            response = self._inner.handle_request(request)
        except Exception as exc:
            self._log(request, type(exc).__name__, attempt, start)
            raise
        self._log(request, str(response.status_code), attempt, start)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport), "an async transport is needed"
        attempt = self._begin(request)
        if not logger.isEnabledFor(logging.DEBUG):
            return await self._inner.handle_async_request(request)
        start = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
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


def _connection_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    message = redact_text(str(exc)) or type(exc).__name__
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
            request.method, idempotent=bool(operation.get("idempotent"))
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
            response = self._send.handle_request(request)
        except httpx.TransportError as exc:
            raise _connection_error(request, exc) from exc
        if not self._needs_body(request, response):
            return response
        response.read()
        return self._inspect(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation = self._prepare(request)
        if "image_upload" in operation:
            await request.aread()
            self._check_upload(request, operation)
        try:
            response: httpx.Response = await self._send.handle_async_request(request)
        except httpx.TransportError as exc:
            raise _connection_error(request, exc) from exc
        if not self._needs_body(request, response):
            return response
        await response.aread()
        return self._inspect(request, response)

    def close(self) -> None:
        self._send.close()

    async def aclose(self) -> None:
        await self._send.aclose()
