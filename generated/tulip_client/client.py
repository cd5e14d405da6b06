import ssl
import threading
from collections.abc import Callable
from typing import Any, Self

import httpx2
from attrs import define, evolve, field
from overlays._runtime import ClientBase, Policy, Session, lend

from .errors import ResponseValidationError


def _lent(httpx_args: dict[str, Any]) -> dict[str, Any]:
    """`httpx_args` for a copy: the same transport, borrowed rather than owned."""
    if httpx_args.get("transport") is None:
        return httpx_args
    return {**httpx_args, "transport": lend(httpx_args["transport"])}


def _checked_timeout(
    timeout: httpx2.Timeout | float | None,
) -> httpx2.Timeout | float | None:
    """`timeout` as kept: an httpx2.Timeout (per phase), seconds as a float (every phase, and
    each attempt as a whole) or None."""
    if timeout is None or isinstance(timeout, httpx2.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not timeout > 0
    ):
        raise ValueError(
            f"timeout must be an httpx2.Timeout or a positive number of seconds, not {timeout!r}"
        )
    return float(timeout)


def _as_timeout(timeout: httpx2.Timeout | float | None) -> httpx2.Timeout:
    if timeout is None:
        return httpx2.Timeout(None)
    return timeout if isinstance(timeout, httpx2.Timeout) else httpx2.Timeout(timeout)


@define
class Client(ClientBase):
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take: an httpx2.Timeout (per phase),
        or seconds (every phase, and each attempt as a whole). API functions will raise
        httpx2.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments for the ``httpx2.Client`` and
        ``httpx2.AsyncClient`` constructors. Its ``transport`` is what every call sends through;
        any other argument makes the calls go through an httpx2 client, which honours it.

        ``policy``: What the overlays add: credentials, retries, typed errors, validation
        (``overlays._runtime.Policy``; the overlay factories set it).


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx2.Timeout | float | None = field(
        default=None, kw_only=True, alias="timeout", converter=_checked_timeout
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx2.Client | None = field(default=None, init=False)
    _async_client: httpx2.AsyncClient | None = field(default=None, init=False)
    _given_clients: bool = field(default=False, init=False, repr=False, eq=False)
    _lock: threading.Lock = field(
        factory=threading.Lock, init=False, repr=False, eq=False
    )
    _session: Session | None = field(default=None, init=False, repr=False, eq=False)
    response_validation_error: Callable[[str, Any, Exception], Exception] = field(
        default=ResponseValidationError, kw_only=True, repr=False
    )
    policy: Policy = field(factory=Policy, kw_only=True)

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

    def with_timeout(self, timeout: httpx2.Timeout | float) -> "Client":
        """Get a new client matching this one with a new timeout, an httpx2.Timeout or seconds
        (this one is unchanged; the copy shares its connection pool, and closing the copy
        leaves the pool open)"""
        return evolve(self, timeout=timeout, httpx_args=_lent(self._httpx_args))

    def _request_headers(self) -> dict[str, str]:
        """Headers sent with every request: `headers`"""
        return dict(self._headers)

    def _httpx_kwargs(
        self, transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport
    ) -> dict[str, Any]:
        """An httpx2 client's arguments: what every call sends (credentials included), over
        `transport`."""
        session = self.session()
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": session.headers,
            "auth": session.query_auth(),
            "timeout": _as_timeout(self._timeout),
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
            "transport": transport,
        }

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Manually set the underlying httpx2.Client: every sync call then goes through it

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        self._given_clients = True
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """Get the underlying httpx2.Client, constructing a new one if not previously set:
        for raw requests, sent as the calls are (credentials, retries, bounds, typed errors)"""
        if self._client is None:
            kwargs = self._httpx_kwargs(
                self.session().judged()
            )  # before the lock: the session takes it
            with self._lock:
                if self._client is None:
                    self._client = httpx2.Client(**kwargs)
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager: the connection pool is closed on exit"""
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Close the connection pool (when this client owns it) and the httpx2 client"""
        if self._client is not None:
            self._client.close()
        self.close()

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Manually set the underlying httpx2.AsyncClient: every async call then goes through it

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        self._given_clients = True
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """Get the underlying httpx2.AsyncClient, constructing a new one if not previously set:
        for raw requests, sent as the calls are (credentials, retries, bounds, typed errors)"""
        if self._async_client is None:
            kwargs = self._httpx_kwargs(
                self.session().judged()
            )  # before the lock: the session takes it
            with self._lock:
                if self._async_client is None:
                    self._async_client = httpx2.AsyncClient(**kwargs)
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter an async context manager: the connection pool is closed on exit"""
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Close the async connection pool (when this client owns it) and the httpx2 client"""
        if self._async_client is not None:
            await self._async_client.aclose()
        await self.aclose()


@define
class AuthenticatedClient(ClientBase):
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take: an httpx2.Timeout (per phase),
        or seconds (every phase, and each attempt as a whole). API functions will raise
        httpx2.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments for the ``httpx2.Client`` and
        ``httpx2.AsyncClient`` constructors. Its ``transport`` is what every call sends through;
        any other argument makes the calls go through an httpx2 client, which honours it.

        ``policy``: What the overlays add: credentials, retries, typed errors, validation
        (``overlays._runtime.Policy``; the overlay factories set it).


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication (never shown by repr()); leave it empty when the policy's credentials authenticate
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx2.Timeout | float | None = field(
        default=None, kw_only=True, alias="timeout", converter=_checked_timeout
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx2.Client | None = field(default=None, init=False)
    _async_client: httpx2.AsyncClient | None = field(default=None, init=False)
    _given_clients: bool = field(default=False, init=False, repr=False, eq=False)
    _lock: threading.Lock = field(
        factory=threading.Lock, init=False, repr=False, eq=False
    )
    _session: Session | None = field(default=None, init=False, repr=False, eq=False)
    response_validation_error: Callable[[str, Any, Exception], Exception] = field(
        default=ResponseValidationError, kw_only=True, repr=False
    )
    policy: Policy = field(factory=Policy, kw_only=True)

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

    def with_timeout(self, timeout: httpx2.Timeout | float) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout, an httpx2.Timeout or seconds
        (this one is unchanged; the copy shares its connection pool, and closing the copy
        leaves the pool open)"""
        return evolve(self, timeout=timeout, httpx_args=_lent(self._httpx_args))

    def _request_headers(self) -> dict[str, str]:
        """Headers sent with every request: `headers`, plus the token's header when there is a token"""
        if not self.token:
            return dict(self._headers)
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def _httpx_kwargs(
        self, transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport
    ) -> dict[str, Any]:
        """An httpx2 client's arguments: what every call sends (credentials included), over
        `transport`."""
        session = self.session()
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": session.headers,
            "auth": session.query_auth(),
            "timeout": _as_timeout(self._timeout),
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
            "transport": transport,
        }

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Manually set the underlying httpx2.Client: every sync call then goes through it

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        self._given_clients = True
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """Get the underlying httpx2.Client, constructing a new one if not previously set:
        for raw requests, sent as the calls are (credentials, retries, bounds, typed errors)"""
        if self._client is None:
            kwargs = self._httpx_kwargs(
                self.session().judged()
            )  # before the lock: the session takes it
            with self._lock:
                if self._client is None:
                    self._client = httpx2.Client(**kwargs)
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager: the connection pool is closed on exit"""
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Close the connection pool (when this client owns it) and the httpx2 client"""
        if self._client is not None:
            self._client.close()
        self.close()

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Manually set the underlying httpx2.AsyncClient: every async call then goes through it

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        self._given_clients = True
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """Get the underlying httpx2.AsyncClient, constructing a new one if not previously set:
        for raw requests, sent as the calls are (credentials, retries, bounds, typed errors)"""
        if self._async_client is None:
            kwargs = self._httpx_kwargs(
                self.session().judged()
            )  # before the lock: the session takes it
            with self._lock:
                if self._async_client is None:
                    self._async_client = httpx2.AsyncClient(**kwargs)
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter an async context manager: the connection pool is closed on exit"""
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Close the async connection pool (when this client owns it) and the httpx2 client"""
        if self._async_client is not None:
            await self._async_client.aclose()
        await self.aclose()
