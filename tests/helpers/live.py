"""The live calls: one read-only operation per provider, credentials from the environment."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from app47_client.api.apps import list_apps
from app47_client.models import AppListResponse
from appaloosa_client.api.users import list_users
from appaloosa_client.models import UserList
from appush_client.api.applications import list_applications
from push_express_client.api.app_groups import list_app_groups
from tulip_client.api.app_groups import list_app_groups as list_tulip_app_groups

from overlays import app47, appaloosa, appush, push_express, tulip

pytestmark = pytest.mark.live


def push_express_call(env: dict[str, str]) -> Any:
    client = push_express.client(env["PUSH_EXPRESS_TOKEN"])
    return list_app_groups.sync_detailed(client=client), list


def appaloosa_call(env: dict[str, str]) -> Any:
    client = appaloosa.client(env["APPALOOSA_STORE_ID"], env["APPALOOSA_API_KEY"])
    return list_users.sync_detailed(client=client, page=1, per=1), UserList


def app47_call(env: dict[str, str]) -> Any:
    client = app47.client(env["APP47_TOKEN"])
    return list_apps.sync_detailed(client=client), AppListResponse


def appush_call(env: dict[str, str]) -> Any:
    client = appush.client(env["APPUSH_ROOT_TOKEN"], env["APPUSH_ROOT_SECRET"])
    return list_applications.sync_detailed(client=client), list


def tulip_call(env: dict[str, str]) -> Any:
    client = tulip.client(
        env["TULIP_KEY_ID"],
        env["TULIP_SECRET"],
        base_url=env["TULIP_BASE_URL"],
        key_type=env.get("TULIP_KEY_TYPE") or "apikey.2",  # the factory's default
    )
    return list_tulip_app_groups.sync_detailed(client=client), list


@dataclass(frozen=True)
class LiveCall:
    name: str
    operation: str
    required: tuple[str, ...]
    call: Callable[[dict[str, str]], tuple[Any, type]]  # (the response, the parsed type)
    optional: tuple[str, ...] = ()


LIVE = [
    LiveCall("Push.Express", "list_app_groups", ("PUSH_EXPRESS_TOKEN",), push_express_call),
    LiveCall(
        "Appaloosa", "list_users", ("APPALOOSA_STORE_ID", "APPALOOSA_API_KEY"), appaloosa_call
    ),
    LiveCall("App47", "list_apps", ("APP47_TOKEN",), app47_call),
    LiveCall(
        "APPush", "list_applications", ("APPUSH_ROOT_TOKEN", "APPUSH_ROOT_SECRET"), appush_call
    ),
    LiveCall(
        "Tulip",
        "list_app_groups",
        ("TULIP_BASE_URL", "TULIP_KEY_ID", "TULIP_SECRET"),
        tulip_call,
        optional=("TULIP_KEY_TYPE",),
    ),
]


def names(variables: list[str]) -> str:
    return (
        variables[0] if len(variables) == 1 else f"{', '.join(variables[:-1])} and {variables[-1]}"
    )


def credentials(live: LiveCall) -> dict[str, str]:
    """The provider's variables from the environment; skips the test when one is missing."""
    missing = [name for name in live.required if not os.environ.get(name)]
    if missing:
        pytest.skip(f"set {names(missing)} to run the live {live.name} test")
    return {
        name: os.environ[name] for name in (*live.required, *live.optional) if name in os.environ
    }
