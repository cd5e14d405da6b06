"""`overlays.appush`'s resource objects, created on first use there: they subclass the
generated `Resources`, and so import the generated package."""

from __future__ import annotations

from appush_client import AuthenticatedClient
from appush_client.resources import AsyncResources, Resources

from .._facade import AsyncFacade, SyncFacade
from ..appush import _Connect

__all__ = ["APPush", "AsyncAPPush"]


class APPush(_Connect, SyncFacade[AuthenticatedClient], Resources):
    """Every APPush operation as a method, one attribute per tag:
    `APPush("TOKEN", "SECRET").applications.list()`."""

    __module__ = "overlays.appush"  # where users import it from


class AsyncAPPush(_Connect, AsyncFacade[AuthenticatedClient], AsyncResources):
    """The async `APPush`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    __module__ = "overlays.appush"  # where users import it from
