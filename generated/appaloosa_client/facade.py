"""The typed entry points of `overlays.appaloosa` (Appaloosa store API v2): generated
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

PROVIDER = PROVIDERS["appaloosa"]
BASE_URL = "https://www.appaloosa-store.com/api/v2"
"""The API root `client()` uses by default."""
ERRORS = PROVIDER.errors
"""Where this API's error bodies keep their message, code and request id."""


class Credentials(TypedDict):
    """The credentials `client()` takes, by name (what `fake.credentials` holds)."""

    store_id: int | str
    api_key: str


def client(
    store_id: int | str,
    api_key: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """Appaloosa store API v2: a client for every `appaloosa_client.api` function.

    `base_url` is the API root; `/{store_id}` is appended to it here, so no call takes it.
    """
    credentials = {"store_id": store_id, "api_key": api_key}
    return build_client(
        PROVIDER,
        AuthenticatedClient,
        base_url,
        timeout,
        max_retries,
        options,
        credentials,
    )


class Appaloosa(SyncResourceObject[AuthenticatedClient], Resources):
    """Every Appaloosa store API v2 operation as a method, one attribute per tag."""

    def __init__(
        self,
        store_id: int | str,
        api_key: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(store_id, api_key, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


class AsyncAppaloosa(AsyncResourceObject[AuthenticatedClient], AsyncResources):
    """The async `Appaloosa`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    def __init__(
        self,
        store_id: int | str,
        api_key: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(store_id, api_key, base_url=base_url, **settings),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


def fake(
    store_id: int | str = 52,
    api_key: str = "fake-appaloosa-key",
    *,
    seed: int | None = None,
) -> Fake[AuthenticatedClient, Appaloosa, AsyncAppaloosa, Credentials]:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from overlays.fakes import make_fake

    credentials = {"store_id": store_id, "api_key": api_key}
    return make_fake(
        PROVIDER, credentials, seed, factories=(client, Appaloosa, AsyncAppaloosa)
    )


__all__ = [
    "BASE_URL",
    "ERRORS",
    "Appaloosa",
    "AsyncAppaloosa",
    "Credentials",
    "apaginate",
    "client",
    "fake",
    "paginate",
]
