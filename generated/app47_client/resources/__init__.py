"""Every operation of the API as a method, one attribute per tag (`Resources(client).<tag>`).

Generated from the spec; the module functions underneath are
`app47_client.api.<tag>.<operation>`. Each tag's module is imported on first use of its
attribute.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .apps import Apps, AsyncApps


class Resources:
    """The operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def apps(self) -> Apps:
        """Operations tagged `apps`: create, get, update, delete, list."""
        from .apps import Apps

        return Apps(self._client)


class AsyncResources:
    """The async operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def apps(self) -> AsyncApps:
        """Operations tagged `apps`: create, get, update, delete, list."""
        from .apps import AsyncApps

        return AsyncApps(self._client)


__all__ = ["AsyncResources", "Resources"]
