"""Faults on demand in the fakes (`fail_next`, `chaos`), met through the overlay clients.

One case per fault, sync and async, in-process (`fake.transport`) and served (loopback):
the `overlays.errors` class the client raises (or success), how many requests reached the
fake (more than one: it retried) and whether the state changed (applied or not).
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
import pytest
from appaloosa_client.api.users import create_user, get_user, list_users
from appaloosa_client.models import CreateUserRequest, UserCreate
from push_express_client.api.app_groups import create_app_group, list_app_groups
from push_express_client.models import SelectedAppsGroupInput

from overlays import appaloosa, errors, push_express
from overlays._registry import names
from tests.helpers.spec_calls import argless_get

TIMEOUT = 0.3  # served `slow` holds the answer until the client gives up: keep it short
USER = {"email": "olivier@dupont.com", "first_name": "Olivier", "last_name": "Dupont"}
STATUSES = ["status:500", "status:502", "status:503", "status:504", "status:408"]


@dataclass(frozen=True)
class Expected:
    error: type[errors.APIError] | None  # None: the call succeeds
    requests: int  # requests the fake received for the call (2: retried once)
    applied: bool  # whether the resource exists afterwards


# A plain POST (create_user): retried only when certainly not processed (refused in-process,
# 429); every other fault is final, and the resource exists exactly when the fault came
# after the state changed.
CREATE = {
    **{fault: Expected(errors.InternalServerError, 1, False) for fault in STATUSES[:4]},
    "status:408": Expected(errors.APIStatusError, 1, False),
    "rate_limit": Expected(None, 2, True),
    "refused": Expected(None, 2, True),
    "reset": Expected(errors.APIConnectionError, 1, False),
    "lost_response": Expected(errors.APIConnectionError, 1, True),
    "truncated": Expected(errors.APIConnectionError, 1, True),
    "slow": Expected(errors.APITimeoutError, 1, True),
}
# Over a real socket, `refused` resets a connection the request already went out on: the
# client cannot know it was not processed, so a plain POST is (rightly) not retried.
CREATE_SERVED = {**CREATE, "refused": Expected(errors.APIConnectionError, 1, False)}


def no_sleep(seconds: float) -> None:
    WAITS.append(seconds)


WAITS: list[float] = []


@pytest.fixture(autouse=True)
def _fresh_waits() -> None:
    WAITS.clear()


@dataclass
class Door:
    """Where a test's fake and client come from: in-process, or one served fake per
    provider for the whole module (a server takes half a second to stop), reset per test."""

    name: str
    _served: dict[str, tuple[Any, str]] = field(default_factory=dict)
    _stack: ExitStack = field(default_factory=ExitStack)

    def fake(self, provider: str = "appaloosa") -> Any:
        module = importlib.import_module(f"overlays.{provider}")
        if self.name == "in-process":
            return module.fake()
        if provider not in self._served:
            fake = module.fake()
            self._served[provider] = (fake, self._stack.enter_context(fake.serve()))
        fake = self._served[provider][0]
        fake.reset()
        return fake

    def client(self, fake: Any, **options: Any) -> Any:
        """A client of `fake` through this door, never really sleeping."""
        options = {"sleep": no_sleep, "timeout": TIMEOUT, **options}
        if self.name == "in-process":
            return fake.client(**options)
        factory = importlib.import_module(f"overlays.{fake.provider}").client
        return factory(**fake.credentials, base_url=self._served[fake.provider][1], **options)


@pytest.fixture(scope="module", params=["in-process", "served"])
def door(request: pytest.FixtureRequest) -> Iterator[Door]:
    opened = Door(request.param)
    with opened._stack:
        yield opened


@pytest.fixture(scope="module")
def served() -> Iterator[Door]:
    opened = Door("served")
    with opened._stack:
        yield opened


def outcome(call: Callable[[], Any]) -> type[errors.APIError] | None:
    try:
        call()
    except errors.APIError as exc:
        return type(exc)
    return None


def invoke(module: Any, mode: str, **kwargs: Any) -> Callable[[], Any]:
    if mode == "sync":
        return lambda: module.sync(**kwargs)
    return lambda: asyncio.run(module.asyncio(**kwargs))


def new_user() -> CreateUserRequest:
    return CreateUserRequest(user=UserCreate(**USER))


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", sorted(CREATE))
def test_a_fault_on_a_plain_post_is_never_applied_twice(fault: str, door: Door, mode: str) -> None:
    fake = door.fake()
    expected = (CREATE if door.name == "in-process" else CREATE_SERVED)[fault]
    fake.fail_next(fault, operation="create_user")
    client = door.client(fake)
    got = outcome(invoke(create_user, mode, client=client, body=new_user()))
    assert got is expected.error
    assert [e.operation for e in fake.log] == ["create_user"] * expected.requests
    assert fake.log[0].fault == fault
    assert sum(e.changed for e in fake.log) == int(expected.applied)
    assert len(fake.items("users")) == int(expected.applied)
    if fault == "rate_limit":
        assert WAITS == [1.0]  # the fake's Retry-After: 1, honoured


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", sorted(CREATE))
def test_an_idempotent_get_is_retried_through_any_fault(fault: str, door: Door, mode: str) -> None:
    fake = door.fake()
    user = fake.insert("users", USER)
    fake.fail_next(fault, operation="get_user")
    call = invoke(get_user, mode, user_id=user["id"], client=door.client(fake))
    got: dict[str, Any] = {}
    assert outcome(lambda: got.setdefault("answer", call())) is None
    assert got["answer"].user.email == USER["email"]
    assert [(e.operation, e.fault) for e in fake.log] == [("get_user", fault), ("get_user", None)]
    assert not any(e.changed for e in fake.log)
    assert fake.items("users") == [user]


def test_status_faults_come_times_times_then_normal_answers() -> None:
    fake = appaloosa.fake()
    fake.insert("users", USER)
    fake.fail_next("status:503", times=2, operation="list_users")
    client = fake.client(sleep=no_sleep)  # two retries by default: the third attempt passes
    assert len(list_users.sync(client=client).users) == 1
    assert [e.status for e in fake.log] == [503, 503, 200]
    assert [e.fault for e in fake.log] == ["status:503", "status:503", None]


def test_a_fault_for_one_operation_leaves_the_others_alone() -> None:
    fake = appaloosa.fake()
    fake.fail_next("lost_response", operation="create_user")
    client = fake.client(max_retries=0)
    assert list_users.sync(client=client).users == []
    assert outcome(invoke(create_user, "sync", client=client, body=new_user())) is (
        errors.APIConnectionError
    )
    assert [(e.operation, e.fault) for e in fake.log] == [
        ("list_users", None),
        ("create_user", "lost_response"),
    ]


def test_truncated_cuts_the_body_in_the_middle_with_a_content_length_that_lies(
    served: Door,
) -> None:
    fake = served.fake()
    fake.insert("users", USER)
    fake.fail_next("truncated")
    base_url = served.client(fake).get_httpx_client().base_url
    with httpx2.Client() as raw:
        url = f"{str(base_url).rstrip('/')}/users?api_key=fake-appaloosa-key"
        with raw.stream("GET", url) as response:
            declared = int(response.headers["Content-Length"])
            with pytest.raises(httpx2.RemoteProtocolError):
                response.read()
    assert declared > 0
    assert [(e.operation, e.fault) for e in fake.log] == [("list_users", "truncated")]


PROVIDER_LISTS = {
    "push_express": ("push_express_client.api.app_groups.list_app_groups", "list_app_groups"),
    "appaloosa": ("appaloosa_client.api.users.list_users", "list_users"),
    "app47": ("app47_client.api.apps.list_apps", "list_apps"),
    "appush": ("appush_client.api.applications.list_applications", "list_applications"),
    "tulip": ("tulip_client.api.app_groups.list_app_groups", "list_app_groups"),
}
PROVIDER_LISTS.update(  # a provider added by `make new-provider`: its first argument-less GET
    {
        name: found
        for name in names()
        if name not in PROVIDER_LISTS and (found := argless_get(name)) is not None
    }
)


@pytest.mark.parametrize("fault", [*STATUSES, "rate_limit"])
@pytest.mark.parametrize("provider", sorted(PROVIDER_LISTS))
def test_injected_statuses_are_in_the_providers_error_format(
    provider: str, fault: str, served: Door
) -> None:
    """Most of these statuses are undocumented: the fake's answer check accepts them in the
    provider's error format (Tulip's errorCode, APPush's HTML page...), the client maps them."""
    module_name, operation = PROVIDER_LISTS[provider]
    fake = served.fake(provider)
    fake.fail_next(fault, operation=operation)
    with pytest.raises(errors.APIStatusError) as caught:
        importlib.import_module(module_name).sync(client=served.client(fake, max_retries=0))
    status = 429 if fault == "rate_limit" else int(fault.split(":")[1])
    assert caught.value.status_code == status
    assert [(e.fault, e.status) for e in fake.log] == [(fault, status)]


def test_fail_next_refuses_what_it_cannot_do() -> None:
    fake = appaloosa.fake()
    with pytest.raises(ValueError, match="unknown fault 'status:418'"):
        fake.fail_next("status:418")
    with pytest.raises(ValueError, match="unknown operation 'create_users'"):
        fake.fail_next("reset", operation="create_users")
    with pytest.raises(ValueError, match="times"):
        fake.fail_next("reset", times=0)
    with pytest.raises(ValueError, match="rate"):
        fake.chaos(rate=1.5, seed=1)


def faults_met(seed: int, rate: float = 0.5, calls: int = 60) -> list[str | None]:
    fake = appaloosa.fake()
    fake.chaos(rate=rate, seed=seed)
    client = fake.client(max_retries=0, timeout=TIMEOUT)
    for _ in range(calls):
        outcome(invoke(list_users, "sync", client=client))
    return [e.fault for e in fake.log]


def test_chaos_is_reproducible_for_a_seed_and_covers_the_table() -> None:
    first = faults_met(seed=7)
    assert first == faults_met(seed=7)
    assert first != faults_met(seed=8)
    met = {f.split(":")[0] for f in first if f}
    assert met == {"status", "rate_limit", "refused", "reset", "lost_response", "truncated", "slow"}
    assert 0.3 < sum(f is not None for f in first) / len(first) < 0.7


def test_chaos_rate_zero_turns_it_off_and_reset_drops_planned_faults() -> None:
    fake = appaloosa.fake()
    fake.chaos(rate=1.0, seed=3)
    fake.chaos(rate=0.0)
    fake.fail_next("reset")
    fake.reset()
    client = fake.client(max_retries=0)
    for _ in range(20):
        list_users.sync(client=client)
    assert all(e.fault is None for e in fake.log)


def test_the_served_fake_takes_a_burst_of_connections_without_dropping_any() -> None:
    """Twenty tasks of one async client connect at once; socketserver's default backlog of
    5 dropped the rest (their SYNs retried a second later: connect timeouts). Nothing
    accepts here, so only the backlog holds the connections."""
    import socket

    from overlays.fakes._server import LoopbackServer

    server = LoopbackServer(appaloosa.fake()._engine)  # listening, not yet accepting
    port = server.server_address[1]
    opened: list[socket.socket] = []
    try:
        for _ in range(64):
            opened.append(socket.create_connection(("127.0.0.1", port), timeout=0.5))
    finally:
        for sock in opened:
            sock.close()
        server.server_close()
    assert len(opened) == 64


def test_tulip_rate_limit_says_rate_limit_in_tulips_error_format() -> None:
    """Tulip's documentation gives no errorCode for a 429 (it documents none): the fake's
    says what happened, not `InternalServerError`, and still follows Tulip's Error schema."""
    import jsonschema
    from tulip_client.api.app_groups import list_app_groups

    from overlays import tulip
    from scripts.build.speclib import REPO, load_yaml

    fake = tulip.fake()
    fake.fail_next("rate_limit")
    with pytest.raises(errors.RateLimitError) as caught:
        list_app_groups.sync(client=fake.client(max_retries=0))
    assert caught.value.code == "TooManyRequests"
    assert caught.value.message == "Rate limit exceeded"
    spec = load_yaml(REPO / "specs" / "tulip.yaml")
    schema = {**spec["components"]["schemas"]["Error"], "components": spec["components"]}
    jsonschema.validate(caught.value.body, schema)


# --- each fault on a create, in both doors (what the client meets, what was applied) ----

BODY = SelectedAppsGroupInput(name="Android apps", all_apps=False, app_ids=[101])

# fault -> (error the client meets without retries, applied?)
TABLE = {
    "status:503": (errors.InternalServerError, False),
    "status:408": (errors.APIStatusError, False),
    "rate_limit": (errors.RateLimitError, False),
    "refused": (errors.APIConnectionError, False),
    "reset": (errors.APIConnectionError, False),
    "lost_response": (errors.APIConnectionError, True),
    "truncated": (errors.APIConnectionError, True),
    "slow": (errors.APITimeoutError, True),
}


@contextmanager
def opened(fake, served: bool, **options):
    if not served:
        yield fake.client(**options)
        return
    with fake.serve() as base_url:
        yield push_express.client(**fake.credentials, base_url=base_url, **options)


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
@pytest.mark.parametrize("fault", sorted(TABLE))
def test_each_fault_on_a_create(fault, served):
    error, applied = TABLE[fault]
    fake = push_express.fake()
    fake.fail_next(fault, operation="create_app_group")
    with opened(fake, served, max_retries=0, timeout=0.5) as client, pytest.raises(error):
        create_app_group.sync(client=client, body=BODY)
    assert len(fake.items("app_groups")) == (1 if applied else 0)
    assert [(e.fault, e.changed) for e in fake.log] == [(fault, applied)]


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
def test_a_get_is_retried_through_503s_then_answers(served):
    fake = push_express.fake()
    fake.insert("app_groups", {"name": "G", "all_apps": True})
    fake.fail_next("status:503", times=2, operation="list_app_groups")
    with opened(fake, served, sleep=lambda seconds: None) as client:
        assert len(list_app_groups.sync(client=client)) == 1
    assert [e.fault for e in fake.log] == ["status:503", "status:503", None]


def test_async_clients_meet_the_same_faults():
    fake = push_express.fake()
    fake.fail_next("reset")
    client = fake.client(max_retries=0)
    with pytest.raises(errors.APIConnectionError):
        asyncio.run(create_app_group.asyncio(client=client, body=BODY))
    assert fake.items("app_groups") == []


def test_unknown_faults_are_refused():
    fake = push_express.fake()
    with pytest.raises(ValueError, match="unknown fault"):
        fake.fail_next("status:418")
    with pytest.raises(ValueError, match="rate"):
        fake.chaos(rate=2)
