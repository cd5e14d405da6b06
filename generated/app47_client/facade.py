"""The typed entry points of `overlays.app47` (App47 APIv2 apps): generated
from its descriptor (overlays/_registry.py) and its spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, Unpack

from overlays._facade import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncResourceObject,
    Options,
    SyncResourceObject,
    TimeoutTypes,
    build_client,
)
from overlays._pagination import apaginate, paginate
from overlays._registry import PROVIDERS

from .client import AuthenticatedClient
from .resources import AsyncResources, Resources

if TYPE_CHECKING:
    from overlays.fakes import Fake

PROVIDER = PROVIDERS["app47"]
BASE_URL = "https://cirrus.app47.com/api/v2"
"""The API root `client()` uses by default."""
ERRORS = PROVIDER.errors
"""Where this API's error bodies keep their message, code and request id."""


class Credentials(TypedDict):
    """The credentials `client()` takes, by name (what `fake.credentials` holds)."""

    token: str


def client(
    token: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """App47 APIv2 apps: a client for every `app47_client.api` function."""
    credentials = {"token": token}
    return build_client(
        PROVIDER,
        AuthenticatedClient,
        base_url,
        timeout,
        max_retries,
        options,
        credentials,
    )


class App47(SyncResourceObject[AuthenticatedClient], Resources):
    """Every App47 APIv2 apps operation as a method, one attribute per tag."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(token, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


class AsyncApp47(AsyncResourceObject[AuthenticatedClient], AsyncResources):
    """The async `App47`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(token, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


def fake(
    token: str = "fake-app47-token",
    *,
    seed: int | None = None,
) -> Fake[AuthenticatedClient, App47, AsyncApp47, Credentials]:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from overlays.fakes import make_fake

    credentials = {"token": token}
    return make_fake(PROVIDER, credentials, seed, factories=(client, App47, AsyncApp47))


__all__ = [
    "BASE_URL",
    "ERRORS",
    "App47",
    "AsyncApp47",
    "Credentials",
    "apaginate",
    "client",
    "fake",
    "paginate",
]
