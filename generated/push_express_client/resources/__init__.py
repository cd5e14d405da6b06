"""Every operation of the API as a method, one attribute per tag (`Resources(client).<tag>`).

Generated from the spec; the module functions underneath are
`push_express_client.api.<tag>.<operation>`. Each tag's module is imported on first use of its
attribute.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .app_groups import AppGroups, AsyncAppGroups


class Resources:
    """The operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def app_groups(self) -> AppGroups:
        """Operations tagged `app_groups`: create, get, update, delete, archive, unarchive, list."""
        from .app_groups import AppGroups

        return AppGroups(self._client)


class AsyncResources:
    """The async operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def app_groups(self) -> AsyncAppGroups:
        """Operations tagged `app_groups`: create, get, update, delete, archive, unarchive, list."""
        from .app_groups import AsyncAppGroups

        return AsyncAppGroups(self._client)


__all__ = ["AsyncResources", "Resources"]
