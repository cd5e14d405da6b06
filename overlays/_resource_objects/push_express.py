"""`overlays.push_express`'s resource objects, created on first use there: they subclass the
generated `Resources`, and so import the generated package."""

from __future__ import annotations

from push_express_client import AuthenticatedClient
from push_express_client.resources import AsyncResources, Resources

from .._facade import AsyncFacade, SyncFacade
from ..push_express import _Connect

__all__ = ["AsyncPushExpress", "PushExpress"]


class PushExpress(_Connect, SyncFacade[AuthenticatedClient], Resources):
    """Every Push.Express operation as a method, one attribute per tag:
    `PushExpress("YOUR_API_TOKEN").app_groups.get(17)`."""

    __module__ = "overlays.push_express"  # where users import it from


class AsyncPushExpress(_Connect, AsyncFacade[AuthenticatedClient], AsyncResources):
    """The async `PushExpress`: `await api.<tag>.<method>(...)`, `async for` over listings."""

    __module__ = "overlays.push_express"  # where users import it from
