import ssl
import threading
import weakref
from collections.abc import Callable
from typing import Any, Self, TypeVar

import httpx
from attrs import define, evolve, field

from .errors import ResponseValidationError


class _BorrowedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport lent by the client a copy was made from: used, never closed, by the copy."""

    def __init__(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    ) -> None:
        self.transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.transport, httpx.BaseTransport):
            raise TypeError(f"{self.transport!r} is not a sync transport")
        return self.transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.transport, httpx.AsyncBaseTransport):
            raise TypeError(f"{self.transport!r} is not an async transport")
        return await self.transport.handle_async_request(request)

    def close(self) -> None:
        """The owner closes the transport, not the copy."""

    async def aclose(self) -> None:
        """The owner closes the transport, not the copy."""

    def __repr__(self) -> str:
        return f"<borrowed {self.transport!r}>"


def _lent(httpx_args: dict[str, Any]) -> dict[str, Any]:
    """`httpx_args` for a copy: the same transport, borrowed rather than owned."""
    transport = httpx_args.get("transport")
    if transport is None or isinstance(transport, _BorrowedTransport):
        return httpx_args
    return {**httpx_args, "transport": _BorrowedTransport(transport)}


ATTEMPT_TIMEOUT = "attempt_timeout"
"""The request extension holding the seconds a number `timeout` allows each attempt in all."""


def _checked_timeout(
    timeout: httpx.Timeout | float | None,
) -> httpx.Timeout | float | None:
    """`timeout` as kept: an httpx.Timeout, a positive number of seconds (a float) or None."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not timeout > 0
    ):
        raise ValueError(
            f"timeout must be an httpx.Timeout or a positive number of seconds, not {timeout!r}"
        )
    return float(timeout)


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    """What httpx gets: a number is every phase's timeout (and, stamped on each request, the
    whole attempt's: see `_httpx_args`)."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _httpx_args(
    httpx_args: dict[str, Any],
    timeout: httpx.Timeout | float | None,
    asynchronous: bool,
) -> dict[str, Any]:
    """`httpx_args`, plus a request hook stamping `ATTEMPT_TIMEOUT` when `timeout` is a number."""
    if not isinstance(timeout, float):
        return httpx_args
    seconds = timeout

    def stamp(request: httpx.Request) -> None:
        request.extensions[ATTEMPT_TIMEOUT] = seconds

    async def astamp(request: httpx.Request) -> None:
        stamp(request)

    hooks = dict(httpx_args.get("event_hooks") or {})
    hooks["request"] = [*hooks.get("request", ()), astamp if asynchronous else stamp]
    return {**httpx_args, "event_hooks": hooks}


_MAX_JOINED_PATHS = 256
_HttpxClient = TypeVar("_HttpxClient", httpx.Client, httpx.AsyncClient)


class _JoinedPaths:
    """An httpx client's base URL joined with each path the operations request, kept.

    httpx parses the path and then the joined URL afresh on every request (two URL parses,
    several percent of a small call), and a client requests the same few paths again and
    again. Forgotten when `base_url` changes; at most `_MAX_JOINED_PATHS` paths (those of a
    `get` by id differ by id). Threads sharing a client at worst join a path twice.
    """

    __slots__ = ("_client", "_joined")

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = weakref.ref(client)  # the client holds this: no reference cycle
        self._joined: tuple[httpx.URL | None, dict[str, httpx.URL]] = (None, {})

    def __call__(self, url: httpx.URL | str) -> httpx.URL:
        client = self._client()
        if (
            client is None
        ):  # only the client calls this, so never; but never wrongly either
            raise ReferenceError("the httpx client is gone")
        if not (isinstance(url, str) and url.startswith("/")):
            return type(client)._merge_url(client, url)
        base = client.base_url
        joined_to, urls = self._joined
        if joined_to is not base:  # httpx replaces the object when base_url is set
            urls = {}
            self._joined = (base, urls)
        merged = urls.get(url)
        if merged is None:
            if len(urls) >= _MAX_JOINED_PATHS:
                urls.clear()
            merged = urls[url] = type(client)._merge_url(client, url)
        return merged


def _joining_paths_once(client: _HttpxClient) -> _HttpxClient:
    """`client`, joining each operation's path to its base URL once (see `_JoinedPaths`)."""
    # An instance attribute, found before httpx's own method, which it calls to join.
    client._merge_url = _JoinedPaths(client)  # type: ignore[method-assign]
    return client


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take: an httpx.Timeout (per phase),
        or seconds (every phase, and stamped on each request as `attempt_timeout` for a transport
        that bounds the attempt as a whole). API functions will raise httpx.TimeoutException if
        this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(
        default=None, kw_only=True, alias="timeout", converter=_checked_timeout
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _lock: threading.Lock = field(
        factory=threading.Lock, init=False, repr=False, eq=False
    )
    response_validation_error: Callable[[str, httpx.Response, Exception], Exception] = (
        field(default=ResponseValidationError, kw_only=True, repr=False)
    )

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers (this one is unchanged;
        the copy shares its connection pool, and closing the copy leaves the pool open)"""
        return evolve(
            self,
            headers={**self._headers, **headers},
            httpx_args=_lent(self._httpx_args),
        )

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies (this one is unchanged;
        the copy shares its connection pool, and closing the copy leaves the pool open)"""
        return evolve(
            self,
            cookies={**self._cookies, **cookies},
            httpx_args=_lent(self._httpx_args),
        )

    def with_timeout(self, timeout: httpx.Timeout | float) -> "Client":
        """Get a new client matching this one with a new timeout, an httpx.Timeout or seconds
        (this one is unchanged; the copy shares its connection pool, and closing the copy
        leaves the pool open)"""
        return evolve(self, timeout=timeout, httpx_args=_lent(self._httpx_args))

    def _request_headers(self) -> dict[str, str]:
        """Headers of the httpx clients: `headers`"""
        return dict(self._headers)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = _joining_paths_once(
                        httpx.Client(
                            base_url=self._base_url,
                            cookies=self._cookies,
                            headers=self._request_headers(),
                            timeout=_as_timeout(self._timeout),
                            verify=self._verify_ssl,
                            follow_redirects=self._follow_redirects,
                            **_httpx_args(
                                self._httpx_args, self._timeout, asynchronous=False
                            ),
                        )
                    )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            with self._lock:
                if self._async_client is None:
                    self._async_client = _joining_paths_once(
                        httpx.AsyncClient(
                            base_url=self._base_url,
                            cookies=self._cookies,
                            headers=self._request_headers(),
                            timeout=_as_timeout(self._timeout),
                            verify=self._verify_ssl,
                            follow_redirects=self._follow_redirects,
                            **_httpx_args(
                                self._httpx_args, self._timeout, asynchronous=True
                            ),
                        )
                    )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take: an httpx.Timeout (per phase),
        or seconds (every phase, and stamped on each request as `attempt_timeout` for a transport
        that bounds the attempt as a whole). API functions will raise httpx.TimeoutException if
        this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication (never shown by repr()); leave it empty when an httpx.Auth in httpx_args authenticates
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(
        default=None, kw_only=True, alias="timeout", converter=_checked_timeout
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _lock: threading.Lock = field(
        factory=threading.Lock, init=False, repr=False, eq=False
    )
    response_validation_error: Callable[[str, httpx.Response, Exception], Exception] = (
        field(default=ResponseValidationError, kw_only=True, repr=False)
    )

    token: str = field(default="", repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers (this one is unchanged;
        the copy shares its connection pool, and closing the copy leaves the pool open)"""
        return evolve(
            self,
            headers={**self._headers, **headers},
            httpx_args=_lent(self._httpx_args),
        )

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies (this one is unchanged;
        the copy shares its connection pool, and closing the copy leaves the pool open)"""
        return evolve(
            self,
            cookies={**self._cookies, **cookies},
            httpx_args=_lent(self._httpx_args),
        )

    def with_timeout(self, timeout: httpx.Timeout | float) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout, an httpx.Timeout or seconds
        (this one is unchanged; the copy shares its connection pool, and closing the copy
        leaves the pool open)"""
        return evolve(self, timeout=timeout, httpx_args=_lent(self._httpx_args))

    def _request_headers(self) -> dict[str, str]:
        """Headers of the httpx clients: `headers`, plus the token's header when there is a token"""
        if not self.token:
            return dict(self._headers)
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = _joining_paths_once(
                        httpx.Client(
                            base_url=self._base_url,
                            cookies=self._cookies,
                            headers=self._request_headers(),
                            timeout=_as_timeout(self._timeout),
                            verify=self._verify_ssl,
                            follow_redirects=self._follow_redirects,
                            **_httpx_args(
                                self._httpx_args, self._timeout, asynchronous=False
                            ),
                        )
                    )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            with self._lock:
                if self._async_client is None:
                    self._async_client = _joining_paths_once(
                        httpx.AsyncClient(
                            base_url=self._base_url,
                            cookies=self._cookies,
                            headers=self._request_headers(),
                            timeout=_as_timeout(self._timeout),
                            verify=self._verify_ssl,
                            follow_redirects=self._follow_redirects,
                            **_httpx_args(
                                self._httpx_args, self._timeout, asynchronous=True
                            ),
                        )
                    )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
