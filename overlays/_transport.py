"""The httpx transport every overlay client sends through, for sync and async clients alike.

Layers, outermost first:

1. `OverlayTransport`: checks constrained uploads, picks the retry policy of the request
   from the spec's extensions, turns transport failures into `APIConnectionError` /
   `APITimeoutError` and error responses into `APIStatusError` subclasses;
2. httpx-retries' `RetryTransport`: the retry loop (omitted when `max_retries` is 0);
3. `_LoggedAttempts`: one attempt: sends, reads the body within its bounds (size, deadline;
   `_reading.py`), logs one DEBUG line on the "overlays" logger;
4. the network transport (`_network.Network`, created on first use), or one given for tests.

Working at the transport level means every generated function, in all four call styles,
gets the same behaviour with no per-endpoint code.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
from httpx_retries import RetryTransport

from ._error_format import ErrorFormat, failed, status_error
from ._network import Network, attempt_deadline
from ._reading import ACCEPT_ENCODING, UNDECODABLE, BodyTooLarge, aread, read
from ._redact import install_log_filter, redact_url
from ._retry import RetryRules, Sleep
from ._spec import OPERATION, spec_operations
from ._uploads import check_image
from ._validation import ResponseSchemas, SchemaMismatch, parse_json
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    scrub,
)

if TYPE_CHECKING:
    from ._drift_observer import Observer

logger = logging.getLogger("overlays")
install_log_filter()

_ATTEMPT = "overlays.attempt"
ATTEMPT_TIMEOUT = "attempt_timeout"
"""The request extension the generated clients stamp with a number `timeout` (seconds): the
bound of each attempt as a whole (see `_network.py`)."""

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


class _LoggedAttempts(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One attempt of a request: sends it, reads the whole answer within its bounds (at most
    `limit` bytes once decoded; the `attempt_timeout` the request carries, as a whole), logs
    it at DEBUG.

    Reading here, inside the retry loop, makes a reset or a stall mid-body a transport
    failure like any other (retried when the request is idempotent, mapped to
    `APIConnectionError` / `APITimeoutError`), not a bare httpx error raised later by httpx.
    """

    def __init__(self, inner: AnyTransport, limit: int) -> None:
        self._inner = inner
        self._limit = limit

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
        seconds = request.extensions.get(ATTEMPT_TIMEOUT)
        deadline = None if seconds is None else time.monotonic() + seconds
        bound = attempt_deadline.set(deadline)  # the network's sockets keep it (_network.py)
        try:
            response = read(self._inner.handle_request(request), self._limit, deadline)
        except Exception as exc:
            self._log(request, type(exc).__name__, attempt, start)
            raise
        finally:
            attempt_deadline.reset(bound)
        self._log(request, str(response.status_code), attempt, start)
        return response

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._inner, httpx.AsyncBaseTransport):
            raise TypeError(f"{self._inner!r} is sync only; async clients need an async transport")
        return await aread(await self._inner.handle_async_request(request), self._limit)

    async def _bounded_attempt(self, request: httpx.Request, seconds: float) -> httpx.Response:
        """`_attempt` within `seconds` in all, whatever the transport (a cancel scope)."""
        scope = asyncio.timeout(seconds)
        try:
            async with scope:
                return await self._attempt(request)
        except TimeoutError as exc:
            if not scope.expired():
                raise
            message = f"the attempt took longer than its timeout of {seconds:g} s"
            raise httpx.ReadTimeout(message, request=request) from exc

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = self._begin(request)
        start = time.perf_counter()
        seconds = request.extensions.get(ATTEMPT_TIMEOUT)
        try:
            if seconds is None:
                response = await self._attempt(request)
            else:
                response = await self._bounded_attempt(request, seconds)
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
        max_response_bytes: int,
        drift: Observer | None = None,
    ) -> None:
        self.drift = drift  # what the spec does not say, recorded (overlays/drift.py)
        self._operations = spec_operations(package)
        self._schemas = ResponseSchemas(package) if validate_responses else None
        self._errors = errors
        self._rules = RetryRules(max_retries, sleep)
        self._limit = max_response_bytes
        network = transport if transport is not None else Network(http_backend)
        logged = _LoggedAttempts(network, max_response_bytes)
        self._send: RetryTransport | _LoggedAttempts = logged
        if max_retries:
            self._send = RetryTransport(transport=logged, retry=self._rules.repeatable)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} max_retries={self._rules.repeatable.total}>"

    def _prepare(self, request: httpx.Request) -> Mapping[str, Any]:
        # Only the codings `_reading` can inflate within the size limit.
        request.headers["Accept-Encoding"] = ACCEPT_ENCODING
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
        if not 200 <= response.status_code < 300 or UNDECODABLE in response.extensions:
            return True
        if self._errors.failure_flag is not None or self._validator(request, response):
            return True
        if self.drift is not None:  # not read here: its status and headers are looked at
            self.drift.observe(request.extensions.get(OPERATION, "request"), response)
        return False

    def _inspect(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Raise the right `overlays.errors` exception for a read answer, or return it."""
        response.request = request  # httpx sets it only after the transport returns
        operation = request.extensions.get(OPERATION, "request")
        if not 200 <= response.status_code < 300:
            if self.drift is not None:
                self.drift.observe(operation, response)
            raise status_error(response, self._errors)
        if UNDECODABLE in response.extensions:
            cause = httpx.DecodingError(response.extensions[UNDECODABLE])
            raise APIResponseValidationError(operation, response, cause)
        validator = self._validator(request, response)
        try:
            body = parse_json(response.content)
        except ValueError as exc:
            if validator is None:
                if self.drift is not None:
                    self.drift.observe(operation, response)
                return response  # not JSON, and not expected to be
            raise APIResponseValidationError(operation, response, exc) from exc
        if failed(body, self._errors):
            raise status_error(response, self._errors)
        checked = self.drift is not None and self.drift.observe(operation, response, body)
        if validator is not None and self._schemas is not None and not checked:
            try:
                self._schemas.check(operation, response.status_code, body)
            except SchemaMismatch as exc:
                raise APIResponseValidationError(operation, response, exc) from exc
        _keep_parsed(response, body)
        return response

    def _too_large(self, request: httpx.Request, exc: BodyTooLarge) -> ResponseTooLargeError:
        return ResponseTooLargeError(self._limit, request=request, status_code=exc.status_code)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = self._prepare(request)
        if "image_upload" in operation:
            request.read()
            self._check_upload(request, operation)
        try:
            response = self._send.handle_request(request)  # body read (_LoggedAttempts)
        except _TRANSPORT_FAILURES as exc:
            raise _connection_error(request, exc) from exc
        except BodyTooLarge as exc:
            raise self._too_large(request, exc) from None
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
        except BodyTooLarge as exc:
            raise self._too_large(request, exc) from None
        if not self._needs_body(request, response):
            return response
        return self._inspect(request, response)

    def close(self) -> None:
        self._send.close()

    async def aclose(self) -> None:
        await self._send.aclose()
