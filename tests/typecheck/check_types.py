"""The types a user of the clients sees, checked by `mypy --strict` in `make lint`; never run.

Each `assert_type` fails the lint when a type drifts; each `# type: ignore[...]` line proves
an error exists (mypy's warn_unused_ignores, part of --strict, fails it otherwise).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx2
import tulip_client as tulip_client_module
from app47_client.models import App, AppResponse
from appaloosa_client import AuthenticatedClient
from appaloosa_client.api.groups import list_group_users
from appaloosa_client.api.users import get_user, list_users
from appaloosa_client.models import (
    CreateUserRequest,
    GroupMember,
    UserCreate,
    UserList,
    UserResponse,
    UserSummary,
)
from appaloosa_client.types import Response
from appush_client.models import Application
from push_express_client.models import AppGroup
from tulip_client.models import AppGroup as TulipAppGroup

from overlays import app47, appaloosa, appush, errors, push_express, tulip


def generated_functions(client: AuthenticatedClient) -> None:
    # Success types only: an error status raises, so no `Error | None` to narrow away.
    assert_type(get_user.sync(1, client=client), UserResponse)
    assert_type(get_user.sync_detailed(1, client=client), Response[UserResponse])
    assert_type(get_user.sync_detailed(1, client=client).parsed, UserResponse)
    assert_type(list_users.sync(client=client, per=20), UserList)


def typed_paging(client: AuthenticatedClient) -> None:
    assert_type(appaloosa.paginate(list_users, client=client, per=20), Iterator[UserSummary])
    assert_type(
        appaloosa.apaginate(list_users, client=client, concurrency=4),
        AsyncIterator[UserSummary],
    )
    assert_type(
        appaloosa.paginate(list_group_users, "7", client=client, max_pages=2),
        Iterator[GroupMember],
    )
    appaloosa.paginate(list_users, client=client, prer=20)  # type: ignore[call-arg]
    appaloosa.paginate(get_user, 1, client=client)  # type: ignore[arg-type]
    for user in appaloosa.paginate(list_users, client=client):
        user.emial  # type: ignore[attr-defined]  # noqa: B018


def resource_objects() -> None:
    api = appaloosa.Appaloosa(52, "KEY")
    assert_type(api.users.get(1), UserResponse)
    assert_type(api.users.list(per=20), Iterator[UserSummary])
    assert_type(api.users.list(per=20, max_pages=1, concurrency=2), Iterator[UserSummary])
    assert_type(api.groups.list_users("7"), Iterator[GroupMember])
    body = CreateUserRequest(user=UserCreate(email="a@b.c", first_name="A", last_name="B"))
    assert_type(api.users.create(body=body), UserResponse)
    assert_type(api.users.delete(1), None)
    assert_type(api.users.with_raw_response.get(1), Response[UserResponse])
    assert_type(api.users.with_raw_response.list(per=20), Response[UserList])
    assert_type(api.with_options(timeout=5, max_retries=0), appaloosa.Appaloosa)
    assert_type(api.client, AuthenticatedClient)
    api.users.list(prer=20)  # type: ignore[call-arg]
    api.users.get()  # type: ignore[call-arg]
    with appaloosa.Appaloosa(52, "KEY") as scoped:
        assert_type(scoped, appaloosa.Appaloosa)

    assert_type(push_express.PushExpress("T").app_groups.get(17), AppGroup)
    assert_type(app47.App47("T").apps.list(), Iterator[App])
    assert_type(app47.App47("T").apps.get("5"), AppResponse)
    assert_type(appush.APPush("T", "S").applications.list(), list[str])
    assert_type(appush.APPush("T", "S").applications.get("P9"), Application)
    tulip_api = tulip.Tulip("K", "S", base_url="https://acme.tulip.co/api/v3")
    assert_type(tulip_api.app_groups.list(), list[TulipAppGroup])


async def async_resource_objects() -> None:
    async with appaloosa.AsyncAppaloosa(52, "KEY") as api:
        assert_type(await api.users.get(1), UserResponse)
        assert_type(api.users.list(per=20, concurrency=4), AsyncIterator[UserSummary])
        assert_type(await api.users.with_raw_response.get(1), Response[UserResponse])
        async for user in api.users.list(per=20):
            assert_type(user, UserSummary)
    assert_type(await app47.AsyncApp47("T").apps.get("5"), AppResponse)
    assert_type(await appush.AsyncAPPush("T", "S").applications.list(), list[str])


def error_requests(error: errors.APIError, status: errors.NotFoundError) -> None:
    # Every error keeps the masked request (None where no single request failed).
    assert_type(error.request, httpx2.Request | None)
    assert_type(status.request, httpx2.Request | None)
    assert_type(status.response.request, httpx2.Request)


def fakes_are_typed_per_provider() -> None:
    """A fake's client, resource objects and credentials are its provider's: a typo in a
    method name or a missing credential is a type error (issue 21)."""
    fake = tulip.fake()
    assert_type(fake.client(), tulip_client_module.AuthenticatedClient)
    assert_type(fake.api(), tulip.Tulip)
    assert_type(fake.aapi(), tulip.AsyncTulip)
    assert_type(fake.credentials, tulip.Credentials)
    assert_type(fake.api().app_groups.list(), list[TulipAppGroup])
    tulip.Tulip(**fake.credentials, base_url="https://x.test/api/v3", transport=fake.transport)
    fake.api().app_groups.lst()  # type: ignore[attr-defined]
    tulip.Tulip(key_id="k", secret="s", transport=fake.transport)  # type: ignore[call-arg]
    appaloosa_fake = appaloosa.fake()
    assert_type(appaloosa_fake.api(), appaloosa.Appaloosa)
    assert_type(appaloosa_fake.client(), AuthenticatedClient)
