"""Every operation of the API as a method, one attribute per tag (`Resources(client).<tag>`).

Generated from the spec; the module functions underneath are
`appush_client.api.<tag>.<operation>`. Each tag's module is imported on first use of its
attribute.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .applications import Applications, AsyncApplications
    from .icons import AsyncIcons, Icons


class Resources:
    """The operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def applications(self) -> Applications:
        """Operations tagged `applications`: create, get, replace, delete, list."""
        from .applications import Applications

        return Applications(self._client)

    @cached_property
    def icons(self) -> Icons:
        """Operations tagged `icons`: get, put, delete."""
        from .icons import Icons

        return Icons(self._client)


class AsyncResources:
    """The async operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def applications(self) -> AsyncApplications:
        """Operations tagged `applications`: create, get, replace, delete, list."""
        from .applications import AsyncApplications

        return AsyncApplications(self._client)

    @cached_property
    def icons(self) -> AsyncIcons:
        """Operations tagged `icons`: get, put, delete."""
        from .icons import AsyncIcons

        return AsyncIcons(self._client)


__all__ = ["AsyncResources", "Resources"]
