"""The runtime under every generated function: one call, from the request it describes to
the answer it parses.

    generated function ──kwargs──▶ Session.send / asend ──httpx2.Request──▶ network transport
                       ◀──Answer──  credentials, the request built once, retries and the
                                    attempt's deadline, reading within bounds, decoding,
                                    spec validation, error mapping

A generated client (`<package>.client.Client`, `AuthenticatedClient`) inherits `ClientBase`:
its fields are the settings, its `session()` the `Session` made from them on first use.
What the overlays add (credentials, retries, typed errors, validation) is its `policy`; a
client made without one sends each request once and hands every status to the generated
code (which raises its `errors.UnexpectedStatus`), as the plain generated client always has.

Why one module: a call's path through our code is what a reader follows, so it stays in
one place: the generated function, this module, the network (httpx2's, or the sync core
below, whose sockets keep the deadline), back here, then the generated parsing. Pieces off
that path live beside it: retry rules (`_retry`), error bodies (`_error_format`), credentials
(`_auth`), masking (`_redact`), the aiohttp core (`_aiohttp`), pagination (`_pagination`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import json
import logging
import re
import ssl
import threading
import time
import zlib
from collections.abc import Generator, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, urlencode

import httpcore2
import httpx2

from ._error_format import UNDECODABLE, status_error
from ._redact import install_log_filter, redact_url
from ._spec import OPERATION
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    scrub,
)

if TYPE_CHECKING:
    from ._auth import Credentials
    from ._descriptor import ErrorFormat
    from ._drift_observer import Expected, Observer
    from ._retry import RetryRules, Sleep

logger = logging.getLogger("overlays")
install_log_filter()  # no credential in any record of the loggers that print requests

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""32 MiB, once decompressed: the largest body a client reads unless told otherwise."""
HttpBackend = Literal["aiohttp", "httpx2"]
DEFAULT_HTTP_BACKEND: HttpBackend = "aiohttp"
"""The async network core: aiohttp's pool, 2-4x httpx2's at 64 requests in flight
(docs/project/benchmarks.md). Sync calls always use httpcore2's pool (`SocketTransport`)."""
ACCEPT_ENCODING = "gzip, deflate"
"""Only what `_Decoder` inflates within the size limit is asked for."""
_RAW_ALLOWANCE = 64 * 1024
_STEP = 256 * 1024
"""zlib inflates at most this much per call: a 64 KiB chunk of a bomb can inflate to 64 MiB,
and zlib builds its output in blocks joined at the end (twice the size at its peak)."""
_MAX_JOINED_PATHS = 256

_AnyTransport = httpx2.BaseTransport | httpx2.AsyncBaseTransport


# --- what the overlays add to a client ------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """Everything an overlay factory adds to a generated client; `Policy()` adds nothing."""

    credentials: Credentials | None = None
    """Headers and a query parameter sent with every request (never shown by repr())."""
    max_retries: int = 0
    sleep: Sleep | None = None
    errors: ErrorFormat | None = None
    """The provider's error format: error statuses raise `overlays.errors` classes. None:
    they are handed to the generated code, which raises `errors.UnexpectedStatus`."""
    validate: bool = False
    """Check 2xx JSON bodies against the spec's response schemas."""
    package: str | None = None
    """The generated package whose spec data (extensions, response schemas) applies."""
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    http_backend: HttpBackend = DEFAULT_HTTP_BACKEND
    drift: Observer | None = None
    """Records what answers show that the spec does not say (`overlays.drift`)."""

    def __repr__(self) -> str:  # the credentials show themselves masked
        return (
            f"Policy(credentials={self.credentials!r}, max_retries={self.max_retries}, "
            f"package={self.package!r}, http_backend={self.http_backend!r})"
        )


class ClientBase:
    """What the runtime reads of a generated client (its attrs fields), and its session."""

    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx2.Timeout | float | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _httpx_args: dict[str, Any]
    _given_clients: bool
    _lock: threading.Lock
    _session: Session | None
    policy: Policy

    def _request_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def get_httpx_client(self) -> httpx2.Client:
        raise NotImplementedError  # the generated client's

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        raise NotImplementedError  # the generated client's

    def _httpx_kwargs(self, transport: _AnyTransport) -> dict[str, Any]:
        raise NotImplementedError  # the generated client's

    def session(self) -> Session:
        """The `Session` every call of this client goes through, made on first use."""
        session = self._session
        if session is None:
            with self._lock:
                if self._session is None:
                    self._session = Session(self)
                session = self._session
        return session

    def close(self) -> None:
        """Close the connections: the transport this client sends through, unless it was
        lent (a copy's never closes its original's)."""
        session = self.session()
        if session._http is not None:
            session._http.close()
        if isinstance(transport := session.sender, httpx2.BaseTransport):
            transport.close()

    async def aclose(self) -> None:
        """Close the async connections, as `close()` does the sync ones."""
        session = self.session()
        if session._ahttp is not None:
            await session._ahttp.aclose()
        if isinstance(transport := session.sender, httpx2.AsyncBaseTransport):
            await transport.aclose()


# --- the answer a generated function parses --------------------------------------------------


class Answer:
    """A response read whole: what the generated `_parse_response` reads (`status_code`,
    `headers`, `content`, `text`, `json()`). `json()` returns the body the runtime already
    parsed (and checked against the spec) when there is one."""

    __slots__ = ("_body", "content", "extensions", "headers", "request", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: httpx2.Headers,
        content: bytes,
        request: httpx2.Request,
        extensions: Mapping[str, Any],
        body: Any = ...,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.request = request
        self.extensions = extensions
        self._body = body

    def json(self) -> Any:
        if self._body is ...:
            self._body = json.loads(self.content)
        return self._body

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def response(self) -> httpx2.Response:
        """The answer as an `httpx2.Response` (what errors keep as `.response`)."""
        return httpx2.Response(
            self.status_code,
            headers=self.headers,
            content=self.content,
            request=self.request,
            extensions=dict(self.extensions),
        )

    def __repr__(self) -> str:
        return f"<Answer [{self.status_code}]>"


# --- the session: one client's settings, resolved once ---------------------------------------


def attempt_seconds(timeout: httpx2.Timeout | float | None) -> float | None:
    """The bound of each attempt as a whole: a number `timeout`; None for an `httpx2.Timeout`
    (per phase) or no timeout."""
    return timeout if isinstance(timeout, float) else None


def phase_timeouts(timeout: httpx2.Timeout | float | None) -> dict[str, float | None]:
    if timeout is None:
        return {"connect": None, "read": None, "write": None, "pool": None}
    return (timeout if isinstance(timeout, httpx2.Timeout) else httpx2.Timeout(timeout)).as_dict()


_CLIENT_LAYER_ARGS = frozenset({"transport"})
"""httpx_args the runtime honours itself; any other (auth, proxy, event_hooks...) sends
through httpx2's Client layer, which implements them."""


class Session:
    """A client's settings, resolved once: where requests go, what they carry, how they are
    sent and retried, and what is checked of their answers."""

    def __init__(self, client: ClientBase) -> None:
        policy = client.policy
        self.policy = policy
        self.base_url = client._base_url.rstrip("/")
        headers = {
            "Accept": "*/*",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": "app-management-clients",
            **client._request_headers(),
        }
        if client._cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in client._cookies.items())
        self.query: dict[str, str] = {}
        if policy.credentials is not None:
            headers.update(policy.credentials.headers())
            self.query = policy.credentials.query()
        self.headers = headers
        self.timeouts = phase_timeouts(client._timeout)
        self.seconds = attempt_seconds(client._timeout)
        given = client._httpx_args.get("transport")
        self.network = given if isinstance(given, Network) else Network(policy.http_backend)
        self.transport: _AnyTransport | None = None if isinstance(given, Network) else given
        self.sender: _AnyTransport = self.transport or self.network
        """What this client's calls go through (and what closing it closes)."""
        layered = client._follow_redirects or set(client._httpx_args) - _CLIENT_LAYER_ARGS
        self._owner = client
        self._layered = bool(layered)  # or the owner's httpx2 clients were set by hand
        self._http: httpx2.Client | None = None
        self._ahttp: httpx2.AsyncClient | None = None
        self._urls: dict[str, tuple[httpx2.URL, str]] = {}
        self._queries: dict[tuple[tuple[str, type, Any], ...], str] = {}
        self._validators: dict[tuple[str, int], Any] = {}
        self._expected: dict[tuple[str, int], Expected] = {}
        self._schemas: Any = None
        self.operations: Mapping[str, Mapping[str, Any]] = {}
        if policy.package is not None:
            from ._spec import spec_operations

            self.operations = spec_operations(policy.package)
        if policy.max_retries:
            from ._retry import RetryRules

            self.retries: RetryRules | None = RetryRules(policy.max_retries, policy.sleep)
        else:
            self.retries = None

    def __repr__(self) -> str:
        return f"<Session {self.base_url} {self.policy!r}>"

    def query_auth(self) -> httpx2.Auth | None:
        """The query credentials as an `httpx2.Auth`, for the httpx2 clients of
        `get_httpx_client()` (httpx2's client `params` would replace a URL's own query)."""
        return _QueryCredentials(self.query) if self.query else None

    # -- the request ----------------------------------------------------------------------

    def _url(self, path: str) -> tuple[httpx2.URL, str]:
        """The base URL joined with `path`, kept with its text (a client requests the same
        paths again and again; those of a `get` by id differ by id, so at most
        `_MAX_JOINED_PATHS`)."""
        joined = self._urls.get(path)
        if joined is None:
            if len(self._urls) >= _MAX_JOINED_PATHS:
                self._urls.clear()
            url = httpx2.URL(self.base_url + path)
            joined = self._urls[path] = (url, str(url))
        return joined

    def _query(self, params: Mapping[str, Any]) -> str:
        """`params` encoded, kept: a client sends the same few queries again and again (a
        listing's differ by page: at most `_MAX_JOINED_PATHS` are kept)."""
        try:  # the types too: True == 1, but they are written "true" and "1"
            key = tuple((name, type(value), value) for name, value in params.items())
            return self._queries[key]
        except TypeError:  # a list value: not kept
            return _encoded(params)
        except KeyError:
            if len(self._queries) >= _MAX_JOINED_PATHS:
                self._queries.clear()
            query = self._queries[key] = _encoded(params)
            return query

    def request(self, kwargs: Mapping[str, Any]) -> httpx2.Request:
        """The request a generated `_get_kwargs()` describes, with the client's settings.

        The query is encoded here as httpx2 encodes it (`urlencode`, JSON-style booleans) and
        the URL parsed once: httpx2's `params=` would parse it, then again with the query."""
        params = kwargs.get("params")
        if self.query:
            params = {**(params or {}), **self.query}
        url, text = self._url(kwargs["url"])
        target: httpx2.URL | str = f"{text}?{self._query(params)}" if params else url
        headers = self.headers
        if "headers" in kwargs:
            headers = {**headers, **kwargs["headers"]}
        extensions = {**kwargs.get("extensions", {}), "timeout": self.timeouts}
        return httpx2.Request(
            kwargs["method"].upper(),
            target,
            headers=headers,
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            json=kwargs.get("json"),
            cookies=kwargs.get("cookies"),
            extensions=extensions,
        )

    # -- sending --------------------------------------------------------------------------

    def send(self, kwargs: Mapping[str, Any]) -> Answer:
        """One call, sync: the answer to the request `kwargs` describes, retried as the
        policy says; with an overlay policy, an `overlays.errors` exception for every
        failure."""
        return self.dispatch(self.request(kwargs))

    async def asend(self, kwargs: Mapping[str, Any]) -> Answer:
        """The async `send`."""
        return await self.adispatch(self.request(kwargs))

    def judged(self) -> Judged:
        """An httpx2 transport that sends raw requests as calls are sent (retries, bounds,
        typed errors): the transport of the clients `get_httpx_client()` returns."""
        return Judged(self)

    def dispatch(self, request: httpx2.Request) -> Answer:
        """`send` for a request already built."""
        operation = self._prepare(request)
        try:
            try:
                answer = self._attempt(request)
            except _RETRYABLE as first:
                if self.retries is None:
                    raise
                answer = self.retries.retry(
                    request, operation, first, lambda: self._attempt(request)
                )
        except _RetryableStatus as last:
            answer = last.answer
        except httpx2.TransportError as exc:
            raise self._connection_error(request, exc) from exc
        return self._judge(request, answer)

    async def adispatch(self, request: httpx2.Request) -> Answer:
        """The async `dispatch`."""
        operation = self._prepare(request)
        try:
            try:
                answer = await self._aattempt(request)
            except _RETRYABLE as first:
                if self.retries is None:
                    raise
                answer = await self.retries.aretry(
                    request, operation, first, lambda: self._aattempt(request)
                )
        except _RetryableStatus as last:
            answer = last.answer
        except httpx2.TransportError as exc:
            raise self._connection_error(request, exc) from exc
        return self._judge(request, answer)

    def _connection_error(self, request: httpx2.Request, exc: httpx2.TransportError) -> Exception:
        """A transport failure that ends a call: `APIConnectionError` / `APITimeoutError` with
        an overlay policy; the httpx2 error itself for a plain client."""
        return exc if self.policy.errors is None else connection_error(request, exc)

    def _prepare(self, request: httpx2.Request) -> Mapping[str, Any]:
        operation = self.operations.get(request.extensions.get(OPERATION, ""), _NOTHING)
        if "image_upload" in operation:
            from ._uploads import check_image

            request.read()
            check_image(request.extensions[OPERATION], request.content, operation["image_upload"])
        return operation

    def _attempt(self, request: httpx2.Request) -> Answer:
        """One attempt: send, read within the bounds, raise `_RetryableStatus` for an answer
        the policy may retry."""
        start = time.perf_counter()
        deadline = None if self.seconds is None else time.monotonic() + self.seconds
        bound = _deadline.set(deadline)  # the sync core's sockets keep it
        try:
            response = self._sync_send(request)
            answer = _read(request, response, self.policy.max_response_bytes, deadline)
        except _TooLarge as exc:
            _log(request, "ResponseTooLargeError", start)
            raise exc.error(request) from None
        except Exception as exc:
            _log(request, type(exc).__name__, start)
            raise
        finally:
            _deadline.reset(bound)
        _log(request, str(answer.status_code), start)
        return self._check_status(answer)

    async def _aattempt(self, request: httpx2.Request) -> Answer:
        start = time.perf_counter()
        try:
            if self.seconds is None:
                answer = await self._aread(request)
            else:
                answer = await self._abounded(request, self.seconds)
        except _TooLarge as exc:
            _log(request, "ResponseTooLargeError", start)
            raise exc.error(request) from None
        except Exception as exc:
            _log(request, type(exc).__name__, start)
            raise
        _log(request, str(answer.status_code), start)
        return self._check_status(answer)

    async def _aread(self, request: httpx2.Request) -> Answer:
        response = await self._async_send(request)
        return await _aread(request, response, self.policy.max_response_bytes)

    async def _abounded(self, request: httpx2.Request, seconds: float) -> Answer:
        """`_aread` within `seconds` in all, whatever the transport (a cancel scope)."""
        scope = asyncio.timeout(seconds)
        try:
            async with scope:
                return await self._aread(request)
        except TimeoutError as exc:
            if not scope.expired():
                raise
            message = f"the attempt took longer than its timeout of {seconds:g} s"
            raise httpx2.ReadTimeout(message, request=request) from exc

    def _sync_send(self, request: httpx2.Request) -> httpx2.Response:
        if self._layered or self._owner._given_clients:
            return self._layer().send(request, stream=True)
        transport = self.transport or self.network.sync_core()
        if not isinstance(transport, httpx2.BaseTransport):
            raise TypeError(f"{transport!r} is async only; a sync call needs a sync transport")
        return transport.handle_request(request)

    async def _async_send(self, request: httpx2.Request) -> httpx2.Response:
        if self._layered or self._owner._given_clients:
            return await self._alayer().send(request, stream=True)
        transport = self.transport or self.network.async_core()
        if not isinstance(transport, httpx2.AsyncBaseTransport):
            raise TypeError(f"{transport!r} is sync only; an async call needs an async transport")
        return await transport.handle_async_request(request)

    def _layer(self) -> httpx2.Client:
        """httpx2's Client layer over the transport, for what only it does (auth flows,
        proxies, hooks, redirects), or the client the user set."""
        if self._owner._given_clients:
            return self._owner.get_httpx_client()
        if self._http is None:
            self._http = httpx2.Client(**self._owner._httpx_kwargs(self.sender))
        return self._http

    def _alayer(self) -> httpx2.AsyncClient:
        if self._owner._given_clients:
            return self._owner.get_async_httpx_client()
        if self._ahttp is None:
            self._ahttp = httpx2.AsyncClient(**self._owner._httpx_kwargs(self.sender))
        return self._ahttp

    def _check_status(self, answer: Answer) -> Answer:
        """Raise `_RetryableStatus` for an answer a retry may mend (the retry rules decide
        whether it is, for this request: `_retry.RetryRules.retryable`)."""
        status = answer.status_code
        if self.retries is not None and (status >= 500 or status in _RETRIED_STATUSES):
            raise _RetryableStatus(answer)
        return answer

    # -- the answer -------------------------------------------------------------------------

    def _judge(self, request: httpx2.Request, answer: Answer) -> Answer:
        """The answer, its JSON body parsed and checked against the spec (and looked at for
        drift); or the `overlays.errors` exception it calls for."""
        policy = self.policy
        errors = policy.errors
        operation = request.extensions.get(OPERATION, "request")
        if not 200 <= answer.status_code < 300:
            if errors is None:
                return answer  # the generated code raises UnexpectedStatus
            if policy.drift is not None:
                policy.drift.observe(operation, answer)
            raise status_error(answer.response, errors)
        if errors is None and not policy.validate:
            return answer
        if UNDECODABLE in answer.extensions:
            undecodable = httpx2.DecodingError(answer.extensions[UNDECODABLE])
            raise APIResponseValidationError(operation, answer.response, undecodable)
        validator = self._validator(operation, answer.status_code) if policy.validate else None
        if validator is None and (errors is None or errors.failure_flag is None):
            self._look(operation, answer, None)
            return answer  # the generated code parses what it expects
        try:
            body = parse_json(answer.content)
        except ValueError as exc:
            if validator is None:
                self._look(operation, answer, None)
                return answer  # not JSON, and not expected to be
            raise APIResponseValidationError(operation, answer.response, exc) from exc
        if errors is not None and errors.failure_flag is not None and errors.failed(body):
            raise status_error(answer.response, errors)
        strictly_valid = self._look(operation, answer, body)
        if validator is not None and not strictly_valid and not _valid(validator, body):
            from ._validation import mismatch

            cause = mismatch(validator, body)
            raise APIResponseValidationError(operation, answer.response, cause)
        answer._body = body
        return answer

    def _look(self, operation: str, answer: Answer, body: Any) -> bool:
        """Look at a 2xx answer for drift; True when its body is known to match its schema
        strictly (the spec check is then done). Inline while the answer is what the spec
        says; the observer (`_drift_observer`) is called only for one that is not."""
        drift = self.policy.drift
        if drift is None:
            return False
        key = (operation, answer.status_code)
        expected = self._expected.get(key)
        if expected is None:
            expected = self._expected[key] = drift.expected(operation, answer.status_code)
        clean = expected.documented is not None and all(
            name.lower() in expected.allowed or name.lower().startswith(expected.prefixes)
            for name, _ in answer.headers.raw
        )
        clean = clean and all(name in answer.headers for name in expected.required)
        if clean and body is not None and expected.strict is not None:
            try:
                if expected.strict.is_valid(body):
                    return True
            except (ValueError, RecursionError, OverflowError):
                pass  # the spec check says why
        elif clean:
            return False
        from ._drift_observer import NOTHING

        return drift.observe(operation, answer, NOTHING if body is None else body)

    def _validator(self, operation: str, status: int) -> Any:
        key = (operation, status)
        try:
            return self._validators[key]
        except KeyError:
            pass
        if self._schemas is None and self.policy.package is not None:
            from ._validation import ResponseSchemas

            self._schemas = ResponseSchemas(self.policy.package)
        found = None if self._schemas is None else self._schemas.validator(operation, status)
        self._validators[key] = found
        return found


_NOTHING: Mapping[str, Any] = {}


def _text(value: Any) -> str:
    """A query value as httpx2 writes it (`primitive_value_to_str`)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def _encoded(params: Mapping[str, Any]) -> str:
    """`params` as httpx2's `QueryParams` encodes them: a list is one pair per value."""
    pairs = []
    for name, value in params.items():
        if isinstance(value, list | tuple):
            pairs += [(name, _text(item)) for item in value]
        else:
            pairs.append((name, _text(value)))
    return urlencode(pairs)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
"""A `\\ud800`-`\\udfff` escape: only then can a string hold a lone surrogate."""
_RETRIED_STATUSES = frozenset({408, 429})  # and every 5xx: `_retry.RETRIED_STATUSES`


class _QueryCredentials(httpx2.Auth):
    """Adds the credentials' query parameters to each request, keeping the URL's own."""

    def __init__(self, query: Mapping[str, str]) -> None:
        self._query = dict(query)

    def auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        # Appended as text: re-encoding the URL's query would change what the caller wrote.
        pairs = urlencode(self._query, quote_via=quote).encode("ascii")
        query = request.url.query
        request.url = request.url.copy_with(query=query + b"&" + pairs if query else pairs)
        yield request

    def __repr__(self) -> str:
        return f"<query credentials {sorted(self._query)}: '***'>"


def _valid(validator: Any, body: Any) -> bool:
    try:
        return bool(validator.is_valid(body))
    except (ValueError, RecursionError, OverflowError):
        return False  # what jsonschema-rs cannot take (`_validation.mismatch` says why)


# --- failures ------------------------------------------------------------------------------


class _RetryableStatus(Exception):
    """An answer whose status the retry rules may retry (429, 5xx...)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.status_code)
        self.answer = answer


# What can fail once a request is handed to the network, and what a retry may mend.
_RETRYABLE = (httpx2.TransportError, _RetryableStatus)


def connection_error(request: httpx2.Request, exc: httpx2.TransportError) -> APIConnectionError:
    """The `overlays.errors` exception for a transport failure that ends a call."""
    scrub(exc)  # a traceback shows the chained httpx2 error too
    message = str(exc) or type(exc).__name__
    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(f"timed out ({type(exc).__name__}): {message}", request=request)
    return APIConnectionError(f"{type(exc).__name__}: {message}", request=request)


def _log(request: httpx2.Request, outcome: str, start: float) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    attempt = request.extensions.get("overlays.attempt", 1)
    elapsed_ms = (time.perf_counter() - start) * 1000
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms)",
        request.method, redact_url(request.url), outcome, attempt, elapsed_ms,
    )  # fmt: skip


# --- decoding ------------------------------------------------------------------------------


def parse_json(content: bytes) -> Any:
    """The JSON body `content` decodes to; `ValueError` for every way it cannot be text and
    JSON: malformed, not UTF-8, nested too deep to parse, integers past Python's 4300 digits,
    strings holding a lone surrogate (an escape such as `\\ud800` alone, which no UTF-8 text
    can hold: it breaks whatever later encodes it)."""
    collecting = gc.isenabled()
    if collecting:
        # A hostile body nests until the interpreter's recursion limit: a collection there
        # would run finalizers (`__del__`) at that depth, and they would fail in turn.
        gc.disable()
    try:
        body = json.loads(content)
    except RecursionError:
        raise ValueError("the JSON body is nested too deep to parse") from None
    finally:
        if collecting:
            gc.enable()
    if b"\\" in content and _SURROGATE_ESCAPE.search(content) and _holds_lone_surrogate(body):
        raise ValueError("a string in the JSON body holds a lone surrogate (\\ud800-\\udfff)")
    return body


def _holds_lone_surrogate(body: Any) -> bool:
    """Rare (an escape of a surrogate is in the text): checked by encoding the whole body."""
    try:
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except RecursionError:
        return False
    return False


# --- reading a body within its bounds ---------------------------------------------------------


class _TooLarge(Exception):
    def __init__(self, limit: int, status_code: int | None) -> None:
        super().__init__(f"the response body is larger than {limit} bytes")
        self.limit = limit
        self.status_code = status_code

    def error(self, request: httpx2.Request) -> ResponseTooLargeError:
        return ResponseTooLargeError(self.limit, request=request, status_code=self.status_code)


class _Overflow(Exception):
    """An inflater would give more than the limit allows."""


class _Inflater:
    """One `gzip` or `deflate` coding, inflated `_STEP` bytes at a time, `limit` in all."""

    def __init__(self, coding: str, limit: int) -> None:
        self._deflate = coding == "deflate"
        # deflate is zlib-wrapped by the RFC, raw by many servers: httpx tries both too.
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS if self._deflate else zlib.MAX_WBITS | 16)
        self._first = True
        self._left = limit

    def _fail(self, exc: zlib.error) -> httpx2.DecodingError:
        name = "deflate" if self._deflate else "gzip"
        return httpx2.DecodingError(f"the body is not valid {name}: {exc}")

    def _count(self, out: bytes) -> bytes:
        self._left -= len(out)
        if self._left < 0:
            raise _Overflow
        return out

    def feed(self, data: bytes) -> list[bytes]:
        first, self._first = self._first, False
        pieces = []
        try:
            while data:
                pieces.append(self._count(self._zlib.decompress(data, _STEP)))
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            if not (first and self._deflate and not pieces):
                raise self._fail(exc) from exc
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.feed(data)
        return pieces

    def flush(self) -> bytes:
        try:
            return self._count(self._zlib.flush())
        except zlib.error as exc:
            raise self._fail(exc) from exc


class _Decoder:
    """A body's raw chunks, its `Content-Encoding` codings undone in reverse order, kept
    within a limit (the raw bytes too: an endless compressed stream inflating to little
    would never end otherwise)."""

    def __init__(self, response: httpx2.Response, limit: int) -> None:
        self.status_code = response.status_code
        codings = response.headers.get_list("content-encoding", True)
        self._inflaters = [
            _Inflater("gzip" if coding == "x-gzip" else coding, limit)
            for coding in (c.strip().lower() for c in reversed(codings))
            if coding in ("gzip", "x-gzip", "deflate")
        ]
        self.limit = limit
        self.size = 0
        self.raw = 0
        self.parts: list[bytes] = []

    def too_large(self) -> _TooLarge:
        return _TooLarge(self.limit, self.status_code)

    def check_declared(self, headers: httpx2.Headers) -> None:
        """Refuse at once a body whose declared length already passes the limit."""
        declared = headers.get("content-length", "")
        allowance = _RAW_ALLOWANCE if self._inflaters else 0
        if declared.isdigit() and int(declared) > self.limit + allowance:
            raise self.too_large()

    def feed(self, chunk: bytes) -> None:
        self.raw += len(chunk)
        if self.raw > self.limit + _RAW_ALLOWANCE:
            raise self.too_large()
        if not self._inflaters:
            self._keep(chunk)
            return
        try:
            self._through([chunk], self._inflaters)
        except _Overflow:
            raise self.too_large() from None

    def finish(self) -> bytes:
        try:
            for index, inflater in enumerate(self._inflaters):
                self._through([inflater.flush()], self._inflaters[index + 1 :])
        except _Overflow:
            raise self.too_large() from None
        return self.parts[0] if len(self.parts) == 1 else b"".join(self.parts)

    def _through(self, pieces: list[bytes], inflaters: list[_Inflater]) -> None:
        for inflater in inflaters:
            pieces = [out for piece in pieces for out in inflater.feed(piece)]
        for piece in pieces:
            self._keep(piece)

    def _keep(self, data: bytes) -> None:
        if data:
            self.size += len(data)
            if self.size > self.limit:
                raise self.too_large()
            self.parts.append(data)


def _answer(
    request: httpx2.Request, response: httpx2.Response, body: bytes, undecodable: str | None
) -> Answer:
    """The answer, its body decoded: without `Content-Encoding` (and with a `Content-Length`
    that matches); one that could not be decoded comes out empty, marked `UNDECODABLE`."""
    extensions = response.extensions
    if undecodable is not None:
        extensions = {**extensions, UNDECODABLE: undecodable}
    headers = response.headers
    if "content-encoding" in headers:
        headers = httpx2.Headers(
            [
                (name, value)
                for name, value in headers.raw
                if name.lower() not in (b"content-encoding", b"content-length")
            ]
            + [(b"content-length", str(len(body)).encode())]
        )
    return Answer(response.status_code, headers, body, request, extensions)


def _already_read(request: httpx2.Request, response: httpx2.Response, limit: int) -> Answer:
    if len(response.content) > limit:
        raise _TooLarge(limit, response.status_code)
    headers, content = response.headers, response.content
    return Answer(response.status_code, headers, content, request, response.extensions)


def _read(
    request: httpx2.Request, response: httpx2.Response, limit: int, deadline: float | None
) -> Answer:
    """The whole answer, at most `limit` bytes once decoded, before `deadline`
    (`time.monotonic()`; None: none). The response is closed either way."""
    try:
        if response.is_stream_consumed:  # built by an in-process transport, already read
            return _already_read(request, response, limit)
        decoder = _Decoder(response, limit)
        decoder.check_declared(response.headers)
        try:
            # The stream itself (public, `Response.stream`): the body is read once, here, so
            # httpx2's bookkeeping around `iter_raw` is not needed.
            stream = response.stream
            if not isinstance(stream, httpx2.SyncByteStream):
                raise TypeError("a sync transport answered with an async body")
            for chunk in stream:
                decoder.feed(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise httpx2.ReadTimeout("the attempt took longer than its timeout")
            return _answer(request, response, decoder.finish(), None)
        except httpx2.DecodingError as exc:
            return _answer(request, response, b"", str(exc))
    finally:
        response.close()


async def _aread(request: httpx2.Request, response: httpx2.Response, limit: int) -> Answer:
    """The async `_read` (the deadline is the caller's `asyncio.timeout`)."""
    try:
        if response.is_stream_consumed:  # built by an in-process transport, already read
            return _already_read(request, response, limit)
        decoder = _Decoder(response, limit)
        decoder.check_declared(response.headers)
        try:
            stream = response.stream
            if not isinstance(stream, httpx2.AsyncByteStream):
                raise TypeError("an async transport answered with a sync body")
            async for chunk in stream:
                decoder.feed(chunk)
            return _answer(request, response, decoder.finish(), None)
        except httpx2.DecodingError as exc:
            return _answer(request, response, b"", str(exc))
    finally:
        await response.aclose()


# --- the network: one pool per client, sync sockets that keep the attempt's deadline -----------

_deadline: ContextVar[float | None] = ContextVar("overlays_attempt_deadline", default=None)
"""`time.monotonic()` past which the current sync attempt fails (None: no deadline). Threads
and tasks sharing a client each have their own."""


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: building one (loading the CA bundle) takes tens of
    milliseconds, and a context is safe to share."""
    return httpx2.create_ssl_context()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout`, shortened to what is left before the attempt's deadline."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt took longer than its timeout")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore2.NetworkStream):
    """A socket stream whose every wait ends at the attempt's deadline: httpx2's timeouts
    are per phase, and a server sending one byte every 0.2 s meets a 2 s read timeout for
    as long as it likes."""

    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore2.NetworkBackend):
    """httpcore2's sync sockets, each wait bounded by the attempt's deadline."""

    def __init__(self) -> None:
        self._inner = httpcore2.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        bounded = _bounded(timeout, httpcore2.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# httpcore2's exceptions as httpx2 raises them (most specific first).
_AS_HTTPX2: tuple[tuple[type[Exception], type[httpx2.TransportError]], ...] = (
    (httpcore2.ConnectTimeout, httpx2.ConnectTimeout),
    (httpcore2.ReadTimeout, httpx2.ReadTimeout),
    (httpcore2.WriteTimeout, httpx2.WriteTimeout),
    (httpcore2.PoolTimeout, httpx2.PoolTimeout),
    (httpcore2.TimeoutException, httpx2.TimeoutException),
    (httpcore2.ConnectError, httpx2.ConnectError),
    (httpcore2.ReadError, httpx2.ReadError),
    (httpcore2.WriteError, httpx2.WriteError),
    (httpcore2.NetworkError, httpx2.NetworkError),
    (httpcore2.ProxyError, httpx2.ProxyError),
    (httpcore2.UnsupportedProtocol, httpx2.UnsupportedProtocol),
    (httpcore2.LocalProtocolError, httpx2.LocalProtocolError),
    (httpcore2.RemoteProtocolError, httpx2.RemoteProtocolError),
    (httpcore2.ProtocolError, httpx2.ProtocolError),
)


@contextlib.contextmanager
def _as_httpx2_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for httpcore2_class, httpx2_class in _AS_HTTPX2:
            if isinstance(exc, httpcore2_class):
                raise httpx2_class(str(exc)) from exc
        raise


class _Body(httpx2.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx2_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class SocketTransport(httpx2.BaseTransport):
    """httpx2's `HTTPTransport` on httpcore2's pool, with sockets that keep the attempt's
    deadline (`_DeadlineBackend`); httpx2's own takes no network backend."""

    def __init__(self, verify: ssl.SSLContext) -> None:
        limits = httpx2.Limits()  # httpx2's defaults: 100 connections, 20 kept alive 5 s
        self._pool = httpcore2.ConnectionPool(
            ssl_context=verify,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not isinstance(request.stream, httpx2.SyncByteStream):
            raise TypeError("a sync request needs a sync body")
        url = request.url
        core_request = httpcore2.Request(
            method=request.method,
            url=httpcore2.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx2_errors():
            response = self._pool.handle_request(core_request)
        if not isinstance(response.stream, Iterable):
            raise TypeError("httpcore2 answered a sync request with an async body")
        return httpx2.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


@dataclass
class _Pools:
    """The network cores of one client and its copies, made on first use (most clients are
    only sync or async), under a lock: threads sharing a client share one pool."""

    http_backend: HttpBackend
    sync: SocketTransport | None = None
    asynchronous: httpx2.AsyncBaseTransport | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class Network(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """The connection pools of a client: the sync core (`SocketTransport`) and the async one
    (`http_backend`). A copy of a client (`with_options`, `with_headers`) borrows them
    (`lend()`): it sends through them and never closes them."""

    def __init__(self, http_backend: HttpBackend = DEFAULT_HTTP_BACKEND) -> None:
        self._pools = _Pools(http_backend)
        self.owner = True

    def lend(self) -> Network:
        borrowed = Network.__new__(Network)
        borrowed._pools = self._pools
        borrowed.owner = False
        return borrowed

    @property
    def http_backend(self) -> HttpBackend:
        return self._pools.http_backend

    def sync_core(self) -> SocketTransport:
        pools = self._pools
        if pools.sync is None:
            with pools.lock:
                if pools.sync is None:
                    pools.sync = SocketTransport(ssl_context())
        return pools.sync

    def async_core(self) -> httpx2.AsyncBaseTransport:
        pools = self._pools
        if pools.asynchronous is None:
            with pools.lock:  # built without awaiting: the lock never spans an await
                if pools.asynchronous is None:
                    pools.asynchronous = _async_core(pools.http_backend)
        return pools.asynchronous

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self.sync_core().handle_request(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return await self.async_core().handle_async_request(request)

    def close(self) -> None:
        if not self.owner:
            return
        with self._pools.lock:
            pool, self._pools.sync = self._pools.sync, None
        if pool is not None:
            pool.close()

    async def aclose(self) -> None:
        if not self.owner:
            return
        with self._pools.lock:
            pool, self._pools.asynchronous = self._pools.asynchronous, None
        if pool is not None:
            await pool.aclose()

    def __repr__(self) -> str:
        role = "" if self.owner else " (borrowed)"
        return f"<Network http_backend={self.http_backend!r}{role}>"


class Judged(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Raw requests (`client.get_httpx_client().get(...)`) sent as the client's calls are:
    credentials, retries, bounds and, with an overlay policy, typed errors. Closing it
    closes what the client sends through (a copy's is only lent)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self._session.dispatch(request).response

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return (await self._session.adispatch(request)).response

    def close(self) -> None:
        if isinstance(sender := self._session.sender, httpx2.BaseTransport):
            sender.close()

    async def aclose(self) -> None:
        if isinstance(sender := self._session.sender, httpx2.AsyncBaseTransport):
            await sender.aclose()


class Borrowed(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """A transport lent by the client a copy was made from: used, never closed, by the copy."""

    def __init__(self, transport: _AnyTransport) -> None:
        self.transport = transport

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not isinstance(self.transport, httpx2.BaseTransport):
            raise TypeError(f"{self.transport!r} is not a sync transport")
        return self.transport.handle_request(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if not isinstance(self.transport, httpx2.AsyncBaseTransport):
            raise TypeError(f"{self.transport!r} is not an async transport")
        return await self.transport.handle_async_request(request)

    def close(self) -> None:
        """The owner closes the transport, not the copy."""

    async def aclose(self) -> None:
        """The owner closes the transport, not the copy."""

    def __repr__(self) -> str:
        return f"<borrowed {self.transport!r}>"


def lend(transport: _AnyTransport) -> _AnyTransport:
    """`transport` for a copy of the client that owns it: the same connections, never
    closed by the copy (a `Network` lends its pools, so the copy keeps the fast path)."""
    if isinstance(transport, Borrowed):
        return transport
    if isinstance(transport, Network):
        return transport if not transport.owner else transport.lend()
    return Borrowed(transport)


def _async_core(http_backend: HttpBackend) -> httpx2.AsyncBaseTransport:
    if http_backend == "aiohttp":
        from ._aiohttp import AiohttpTransport  # here: aiohttp costs ~60 ms to import

        return AiohttpTransport(ssl_context())
    return httpx2.AsyncHTTPTransport(verify=ssl_context())


def check_http_backend(name: object) -> HttpBackend:
    if name == "aiohttp":
        return "aiohttp"
    if name == "httpx2":
        return "httpx2"
    raise ValueError(f'http_backend must be "aiohttp" or "httpx2", not {name!r}')


__all__ = [
    "Answer",
    "Borrowed",
    "ClientBase",
    "Network",
    "Policy",
    "Session",
    "SocketTransport",
    "check_http_backend",
    "connection_error",
    "lend",
]
