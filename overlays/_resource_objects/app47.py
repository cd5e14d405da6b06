"""`overlays.app47`'s resource objects, created on first use there: they subclass the
generated `Resources`, and so import the generated package."""

from __future__ import annotations

from app47_client import AuthenticatedClient
from app47_client.resources import AsyncResources, Resources

from .._facade import AsyncFacade, SyncFacade
from ..app47 import _Connect

__all__ = ["App47", "AsyncApp47"]


class App47(_Connect, SyncFacade[AuthenticatedClient], Resources):
    """Every App47 operation as a method, one attribute per tag:
    `App47("TOKEN").apps.list()`."""

    __module__ = "overlays.app47"  # where users import it from


class AsyncApp47(_Connect, AsyncFacade[AuthenticatedClient], AsyncResources):
    """The async `App47`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    __module__ = "overlays.app47"  # where users import it from
