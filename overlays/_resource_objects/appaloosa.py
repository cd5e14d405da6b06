"""`overlays.appaloosa`'s resource objects, created on first use there: they subclass the
generated `Resources`, and so import the generated package."""

from __future__ import annotations

from appaloosa_client import AuthenticatedClient
from appaloosa_client.resources import AsyncResources, Resources

from .._facade import AsyncFacade, SyncFacade
from ..appaloosa import _Connect

__all__ = ["Appaloosa", "AsyncAppaloosa"]


class Appaloosa(_Connect, SyncFacade[AuthenticatedClient], Resources):
    """Every Appaloosa operation as a method, one attribute per tag:
    `Appaloosa(52, "KEY").users.get(1)`."""

    __module__ = "overlays.appaloosa"  # where users import it from


class AsyncAppaloosa(_Connect, AsyncFacade[AuthenticatedClient], AsyncResources):
    """The async `Appaloosa`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    __module__ = "overlays.appaloosa"  # where users import it from
