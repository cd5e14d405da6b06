"""Every operation of the API as a method, one attribute per tag (`Resources(client).<tag>`).

Generated from the spec; the module functions underneath are
`appaloosa_client.api.<tag>.<operation>`. Each tag's module is imported on first use of its
attribute.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .categories import AsyncCategories, Categories
    from .devices import AsyncDevices, Devices
    from .groups import AsyncGroups, Groups
    from .mobile_application_updates import (
        AsyncMobileApplicationUpdates,
        MobileApplicationUpdates,
    )
    from .mobile_applications import AsyncMobileApplications, MobileApplications
    from .users import AsyncUsers, Users


class Resources:
    """The operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def mobile_application_updates(self) -> MobileApplicationUpdates:
        """Operations tagged `mobile_application_updates`: get, update, upload, list_comments,
        publish_to_google_play, list."""
        from .mobile_application_updates import MobileApplicationUpdates

        return MobileApplicationUpdates(self._client)

    @cached_property
    def mobile_applications(self) -> MobileApplications:
        """Operations tagged `mobile_applications`: list_updates."""
        from .mobile_applications import MobileApplications

        return MobileApplications(self._client)

    @cached_property
    def users(self) -> Users:
        """Operations tagged `users`: create, search, get, delete, update, list_devices, list."""
        from .users import Users

        return Users(self._client)

    @cached_property
    def groups(self) -> Groups:
        """Operations tagged `groups`: create, create_from_groups, get, delete, update, list_users,
        add_users, remove_users, list."""
        from .groups import Groups

        return Groups(self._client)

    @cached_property
    def devices(self) -> Devices:
        """Operations tagged `devices`: get, delete, list."""
        from .devices import Devices

        return Devices(self._client)

    @cached_property
    def categories(self) -> Categories:
        """Operations tagged `categories`: create, delete, update, list."""
        from .categories import Categories

        return Categories(self._client)


class AsyncResources:
    """The async operations of the API, by tag, around a generated `client`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient | Client:
        """The generated client every call goes through."""
        return self._client

    @cached_property
    def mobile_application_updates(self) -> AsyncMobileApplicationUpdates:
        """Operations tagged `mobile_application_updates`: get, update, upload, list_comments,
        publish_to_google_play, list."""
        from .mobile_application_updates import AsyncMobileApplicationUpdates

        return AsyncMobileApplicationUpdates(self._client)

    @cached_property
    def mobile_applications(self) -> AsyncMobileApplications:
        """Operations tagged `mobile_applications`: list_updates."""
        from .mobile_applications import AsyncMobileApplications

        return AsyncMobileApplications(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        """Operations tagged `users`: create, search, get, delete, update, list_devices, list."""
        from .users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def groups(self) -> AsyncGroups:
        """Operations tagged `groups`: create, create_from_groups, get, delete, update, list_users,
        add_users, remove_users, list."""
        from .groups import AsyncGroups

        return AsyncGroups(self._client)

    @cached_property
    def devices(self) -> AsyncDevices:
        """Operations tagged `devices`: get, delete, list."""
        from .devices import AsyncDevices

        return AsyncDevices(self._client)

    @cached_property
    def categories(self) -> AsyncCategories:
        """Operations tagged `categories`: create, delete, update, list."""
        from .categories import AsyncCategories

        return AsyncCategories(self._client)


__all__ = ["AsyncResources", "Resources"]
