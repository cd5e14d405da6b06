"""What `make soak` does to each provider: one resource kind, its calls, its listing.

A `Workload` describes the calls as `Call`s (a generated endpoint module, its arguments and
how to read the answer), so the soak runs each one the same way sync (`module.sync`) and
async (`await module.asyncio`). Values are unique strings the soak chooses: a name that
identifies the resource a create made, even when its answer was lost.

A provider with no workload written here (one added by `make new-provider`) gets a generic
read-only one (`generic_workload`): the first GET its client can call without arguments,
listed again and again, as Tulip's is; its fake answers it statelessly from the spec, so
there is no state to compare, but every fault, retry, bound and secret is checked alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from app47_client.api.apps import create_app, delete_app, get_app, list_apps, update_app
from app47_client.models import AppUpdate, CreateAppRequest, PrivateAppInput, UpdateAppRequest
from appaloosa_client.api.users import create_user, delete_user, get_user, list_users, update_user
from appaloosa_client.models import CreateUserRequest, UpdateUserRequest, UserCreate, UserUpdate
from appush_client.api.applications import (
    create_application,
    delete_application,
    get_application,
    list_applications,
    replace_application,
)
from appush_client.models import ApplicationInput, Environment
from push_express_client.api.app_groups import (
    create_app_group,
    delete_app_group,
    get_app_group,
    list_app_groups,
    update_app_group,
)
from push_express_client.models import SelectedAppsGroupInput
from tulip_client.api.app_groups import list_app_groups as list_tulip_app_groups

from overlays import app47, appaloosa


@dataclass(frozen=True)
class Call:
    """One call of a generated endpoint: `module.sync(*args, client=..., **kwargs)`."""

    module: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] | None = None
    read: Callable[[Any], Any] = lambda answer: answer


@dataclass(frozen=True)
class Listing:
    """A full listing: `paginate`/`apaginate` over `module` when the API pages, else one
    call whose answer is the whole list; `ids` reads the ids of the items."""

    module: ModuleType
    ids: Callable[[list[Any]], list[Any]]
    pages: tuple[Callable[..., Any], Callable[..., Any]] | None = None
    params: dict[str, Any] | None = None
    per_page: int = 0
    """Items per page (0: not paged), for the time bound of a full listing."""


@dataclass(frozen=True)
class Workload:
    provider: str
    kind: str
    """The resource kind in `fake.items`."""
    field: str
    """The field a create sets and an update changes (the soak's unique values)."""
    listing: Listing
    anchor: Callable[[int], dict[str, Any]]
    """A resource to insert before the soak (never touched: the listings' fixed part)."""
    anchors: int
    create: Callable[[str], Call] | None = None
    get: Callable[[Any], Call] | None = None
    update: Callable[[Any, str], Call] | None = None
    delete: Callable[[Any], Call] | None = None


def _ids(items: list[Any]) -> list[Any]:
    return [item.id for item in items]


def _push_express_group(name: str) -> SelectedAppsGroupInput:
    return SelectedAppsGroupInput(name=name, all_apps=False, app_ids=[])


PUSH_EXPRESS = Workload(
    "push_express",
    "app_groups",
    "name",
    Listing(list_app_groups, _ids),
    lambda n: {"name": f"anchor-{n}", "all_apps": False, "app_ids": []},
    anchors=12,
    create=lambda v: Call(create_app_group, (), {"body": _push_express_group(v)}, lambda a: a.id),
    get=lambda i: Call(get_app_group, (i,), read=lambda a: a.name),
    update=lambda i, v: Call(update_app_group, (i,), {"body": _push_express_group(v)}),
    delete=lambda i: Call(delete_app_group, (i,)),
)

APPALOOSA = Workload(
    "appaloosa",
    "users",
    "first_name",
    Listing(
        list_users,
        _ids,
        (appaloosa.paginate, appaloosa.apaginate),
        {"per": 20},
        per_page=20,
    ),
    lambda n: {"email": f"anchor-{n}@soak.example", "first_name": f"anchor-{n}", "last_name": "A"},
    anchors=45,  # 3 pages of 20
    create=lambda v: Call(
        create_user,
        (),
        {"body": CreateUserRequest(UserCreate(f"{v}@soak.example", first_name=v, last_name="S"))},
        lambda a: a.user.id,
    ),
    get=lambda i: Call(get_user, (i,), read=lambda a: a.user.first_name),
    update=lambda i, v: Call(
        update_user, (i,), {"body": UpdateUserRequest(UserUpdate(first_name=v))}
    ),
    delete=lambda i: Call(delete_user, (i,)),
)

APP47 = Workload(
    "app47",
    "apps",
    "name",
    Listing(list_apps, _ids, (app47.paginate, app47.apaginate), per_page=100),
    lambda n: {"name": f"anchor-{n}", "type": "private"},
    anchors=230,  # 3 pages of 100
    create=lambda v: Call(
        create_app,
        (),
        {"body": CreateAppRequest(app=PrivateAppInput(name=v))},
        lambda a: a.results.app.id,
    ),
    get=lambda i: Call(get_app, (i,), read=lambda a: a.results.app.name),
    update=lambda i, v: Call(update_app, (i,), {"body": UpdateAppRequest(app=AppUpdate(name=v))}),
    delete=lambda i: Call(delete_app, (i,)),
)


def _application(name: str) -> ApplicationInput:
    return ApplicationInput(name=name, env=Environment.DEV)


APPUSH = Workload(
    "appush",
    "applications",
    "name",
    Listing(list_applications, list),
    lambda n: {"name": f"anchor-{n}", "env": "dev"},
    anchors=12,
    create=lambda v: Call(create_application, (), {"body": _application(v)}, lambda a: a.id),
    get=lambda i: Call(get_application, (i,), read=lambda a: a.name),
    update=lambda i, v: Call(replace_application, (i,), {"body": _application(v)}),
    delete=lambda i: Call(delete_application, (i,)),
)

TULIP = Workload(  # read-only: app groups are made in Tulip's UI, so the soak only lists
    "tulip",
    "app_groups",
    "name",
    Listing(list_tulip_app_groups, _ids),
    lambda n: {"name": f"anchor-{n}"},
    anchors=30,
)

HAND_WRITTEN = {w.provider: w for w in (PUSH_EXPRESS, APPALOOSA, APP47, APPUSH, TULIP)}


def _no_ids(items: Any) -> list[Any]:
    return []  # a stateless answer: nothing the soak tracks


def generic_workload(name: str) -> Workload | None:
    """A read-only workload for a provider with none written here: listings of the first
    GET whose generated function needs no argument but the client; None when it has none."""
    import importlib
    import inspect

    from overlays._registry import PROVIDERS
    from overlays._spec import spec_operations
    from overlays.fakes._spec import FakeSpec

    package = f"{name}_client"
    fake_spec = FakeSpec(package)
    auth = PROVIDERS[name].auth
    for operation, entry in spec_operations(package).items():
        if entry["method"] != "GET" or "{" in entry["path"]:
            continue
        if not auth.can_call(fake_spec.operations[operation].security, fake_spec.security_schemes):
            continue  # it wants a scheme the descriptor does not send
        module = importlib.import_module(f"{package}.api.{entry['tag']}.{operation}")
        required = [
            p
            for p in inspect.signature(module.sync).parameters.values()
            if p.default is inspect.Parameter.empty and p.name != "client"
        ]
        if not required:
            return Workload(name, "", "", Listing(module, _no_ids), lambda n: {}, anchors=0)
    return None


def _workloads() -> dict[str, Workload | None]:
    from overlays._registry import PROVIDERS

    return {n: HAND_WRITTEN.get(n) or generic_workload(n) for n in PROVIDERS}


WORKLOADS = _workloads()
"""Every registered provider's workload (None: nothing a read-only soak can call)."""

CREDENTIALS: dict[str, dict[str, Any]] = {
    # Distinctive values, so that finding one in a log line is never a coincidence.
    "push_express": {"token": "soak-pe-token-5f1c9a7e"},
    "appaloosa": {"store_id": 52, "api_key": "soak-appaloosa-key-3b8d"},
    "app47": {"token": "soak-app47-token-9e2f41"},
    "appush": {"root_token": "soak-root-token-77ad", "root_secret": "soak-root-secret-c41e"},
    "tulip": {"key_id": "soakkey6d2b", "secret": "soak-tulip-secret-0a9f", "key_type": "apikey.2"},
}
NOT_SECRET = frozenset({"store_id", "key_type"})
"""Credential arguments that are identifiers shown in every URL or username, not secrets."""


def _made_up_credentials() -> None:
    """Distinctive values for a provider with none above, one per credential."""
    import hashlib

    from overlays._registry import PROVIDERS

    for name, provider in PROVIDERS.items():
        if name not in CREDENTIALS:
            CREDENTIALS[name] = {
                c.name: f"soak-{name}-{c.name}-{hashlib.sha1(c.name.encode()).hexdigest()[:6]}"
                for c in provider.credentials
            }


_made_up_credentials()
