"""The typed entry points of `overlays.appush` (APPush application resource): generated
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
from overlays._registry import PROVIDERS

from .client import AuthenticatedClient
from .resources import AsyncResources, Resources

if TYPE_CHECKING:
    from overlays.fakes import Fake

PROVIDER = PROVIDERS["appush"]
BASE_URL = "https://appush.com/api"
"""The API root `client()` uses by default."""
ERRORS = PROVIDER.errors
"""Where this API's error bodies keep their message, code and request id."""


class Credentials(TypedDict):
    """The credentials `client()` takes, by name (what `fake.credentials` holds)."""

    root_token: str
    root_secret: str


def client(
    root_token: str,
    root_secret: str,
    *,
    base_url: str = BASE_URL,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **options: Unpack[Options],
) -> AuthenticatedClient:
    """APPush application resource: a client for every `appush_client.api` function."""
    credentials = {"root_token": root_token, "root_secret": root_secret}
    return build_client(
        PROVIDER,
        AuthenticatedClient,
        base_url,
        timeout,
        max_retries,
        options,
        credentials,
    )


class APPush(SyncResourceObject[AuthenticatedClient], Resources):
    """Every APPush application resource operation as a method, one attribute per tag."""

    def __init__(
        self,
        root_token: str,
        root_secret: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(
                root_token, root_secret, base_url=base_url, **settings
            ),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


class AsyncAPPush(AsyncResourceObject[AuthenticatedClient], AsyncResources):
    """The async `APPush`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    def __init__(
        self,
        root_token: str,
        root_secret: str,
        *,
        base_url: str = BASE_URL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        **options: Unpack[Options],
    ) -> None:
        """The same arguments as `client()`."""
        generated = self._connect(
            lambda **settings: client(
                root_token, root_secret, base_url=base_url, **settings
            ),
            timeout,
            max_retries,
            options,
        )
        self.__init_resources__(generated)


def fake(
    root_token: str = "fake-root-token",
    root_secret: str = "fake-root-secret",
    *,
    seed: int | None = None,
) -> Fake[AuthenticatedClient, APPush, AsyncAPPush, Credentials]:
    """A stateful in-memory fake of this API that accepts these credentials (see
    `overlays.fakes`); `seed` makes its ids reproducible. Imported on first use."""
    from overlays.fakes import make_fake

    credentials = {"root_token": root_token, "root_secret": root_secret}
    return make_fake(
        PROVIDER, credentials, seed, factories=(client, APPush, AsyncAPPush)
    )


__all__ = [
    "BASE_URL",
    "ERRORS",
    "APPush",
    "AsyncAPPush",
    "Credentials",
    "client",
    "fake",
]
