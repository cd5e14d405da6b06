"""`overlays.tulip`'s resource objects, created on first use there: they subclass the
generated `Resources`, and so import the generated package."""

from __future__ import annotations

from tulip_client import AuthenticatedClient
from tulip_client.resources import AsyncResources, Resources

from .._facade import AsyncFacade, SyncFacade
from ..tulip import _Connect

__all__ = ["AsyncTulip", "Tulip"]


class Tulip(_Connect, SyncFacade[AuthenticatedClient], Resources):
    """Every Tulip operation as a method, one attribute per tag:
    `Tulip("KEY_ID", "SECRET", base_url=...).app_groups.list()`."""

    __module__ = "overlays.tulip"  # where users import it from


class AsyncTulip(_Connect, AsyncFacade[AuthenticatedClient], AsyncResources):
    """The async `Tulip`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    __module__ = "overlays.tulip"  # where users import it from
