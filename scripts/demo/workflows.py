"""`make demo`: every provider's workflow through its overlay client, against its fake.

Serves each provider's stateful fake (`overlays.fakes`) on 127.0.0.1 and makes the calls a
user makes: create, get, list, paginate to the natural end of the listing, update, delete;
then a get of what was deleted, caught as `NotFoundError`, and a wrong credential, caught as
the provider's documented error class (401 `AuthenticationError`; Tulip answers a rejected
key with 403 `PermissionDeniedError`). Listings are filled with `fake.insert` first, so that
there are pages to walk. Prints one line per step; exits 1 if a step did not go as expected.

A provider with no workflow written here (one added by `make new-provider`) gets a generic
read-only one (`generic_steps`): each GET its client can call without arguments, answered by
its fake from the spec, then one with a wrong credential, caught as `AuthenticationError`.

Run it with `make demo` or `.venv/bin/python -m scripts.demo`. No network beyond loopback.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, TypeVar

from app47_client.api.apps import create_app, delete_app, get_app, list_apps, update_app
from app47_client.models import (
    AppListResponse,
    AppResponse,
    AppUpdate,
    CreateAppRequest,
    PrivateAppInput,
    UpdateAppRequest,
)
from appaloosa_client.api.users import (
    create_user,
    delete_user,
    get_user,
    list_users,
    update_user,
)
from appaloosa_client.models import (
    CreateUserRequest,
    UpdateUserRequest,
    UserCreate,
    UserList,
    UserResponse,
    UserUpdate,
)
from appush_client.api.applications import (
    create_application,
    delete_application,
    get_application,
    list_applications,
    replace_application,
)
from appush_client.models import Application, ApplicationInput, CreatedApplication, Environment
from push_express_client.api.app_groups import (
    archive_app_group,
    create_app_group,
    delete_app_group,
    get_app_group,
    list_app_groups,
    update_app_group,
)
from push_express_client.models import AppGroup, CreatedAppGroup, SelectedAppsGroupInput
from tulip_client.api.app_groups import list_app_groups as list_tulip_app_groups

from overlays import app47, appaloosa, appush, errors, push_express, tulip
from overlays.fakes import Fake

T = TypeVar("T")


@dataclass
class Step:
    provider: str
    operation: str
    run: Callable[[], str]  # makes the call; returns a short description of the answer
    raises: type[errors.APIError] | None = None  # the error this step expects


def answer(value: object, kind: type[T]) -> T:
    """The parsed 2xx answer: the overlay raises on every error status, so it is one."""
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def requests_to(fake: Fake, operation: str, since: int) -> int:
    return sum(1 for entry in fake.log[since:] if entry.operation == operation)


def push_express_steps(fake: Fake, url: str) -> list[Step]:
    client = push_express.client(**fake.credentials, base_url=url)
    wrong = push_express.client("not-the-token", base_url=url, max_retries=0)
    fake.insert("app_groups", {"name": "Everything", "all_apps": True, "app_ids": []})
    made: dict[str, int] = {}

    def create() -> str:
        body = SelectedAppsGroupInput(name="Android apps", all_apps=False, app_ids=[101, 102])
        made["id"] = answer(create_app_group.sync(client=client, body=body), CreatedAppGroup).id
        return f"created group {made['id']}"

    def get() -> str:
        group = answer(get_app_group.sync(made["id"], client=client), AppGroup)
        return f"group {group.id} {group.name!r}, apps {group.app_ids}"

    def listing() -> str:
        groups = answer(list_app_groups.sync(client=client), list)
        return f"{len(groups)} groups: " + ", ".join(repr(g.name) for g in groups)

    def update() -> str:
        body = SelectedAppsGroupInput(name="Android apps (EU)", all_apps=False, app_ids=[101])
        update_app_group.sync_detailed(made["id"], client=client, body=body)
        archive_app_group.sync_detailed(made["id"], client=client)
        archived = answer(list_app_groups.sync(client=client, archived=True), list)
        return f"renamed, then archived: {[g.name for g in archived]} in the archived listing"

    def delete() -> str:
        delete_app_group.sync_detailed(made["id"], client=client)
        return f"deleted group {made['id']}"

    return [
        Step("push_express", "create_app_group", create),
        Step("push_express", "get_app_group", get),
        Step("push_express", "list_app_groups", listing),
        Step("push_express", "update_app_group, archive", update),
        Step("push_express", "delete_app_group", delete),
        Step(
            "push_express",
            "get_app_group",
            lambda: str(get_app_group.sync(made["id"], client=client)),
            errors.NotFoundError,
        ),
        Step(
            "push_express",
            "list_app_groups (wrong token)",
            lambda: str(list_app_groups.sync(client=wrong)),
            errors.AuthenticationError,
        ),
    ]


def appaloosa_steps(fake: Fake, url: str) -> list[Step]:
    client = appaloosa.client(**fake.credentials, base_url=url)  # the store id goes in the path
    wrong = appaloosa.client(fake.credentials["store_id"], "not-the-key", base_url=url)
    for i in range(44):
        fake.insert(
            "users", {"email": f"user{i}@example.com", "first_name": "User", "last_name": f"N{i}"}
        )
    made: dict[str, int] = {}

    def create() -> str:
        new = UserCreate(email="olivier@dupont.com", first_name="Olivier", last_name="Dupont")
        user = answer(
            create_user.sync(client=client, body=CreateUserRequest(user=new)), UserResponse
        )
        made["id"] = user.user.id
        return f"created user {user.user.id} <{user.user.email}>"

    def get() -> str:
        user = answer(get_user.sync(made["id"], client=client), UserResponse).user
        return f"user {user.id} {user.first_name} {user.last_name}"

    def listing() -> str:
        page = answer(list_users.sync(client=client, per=5), UserList)
        return f"page 1: {len(page.users)} users, {page.users[0].email}..."

    def every_page() -> str:
        since = len(fake.log)
        users = list(appaloosa.paginate(list_users, client=client, per=20))
        pages = requests_to(fake, "list_users", since)
        return f"{len(users)} users in {pages} pages; ends at Link rel=last"

    def update() -> str:
        body = UpdateUserRequest(user=UserUpdate(first_name="Olive"))
        user = answer(update_user.sync(made["id"], client=client, body=body), UserResponse).user
        return f"user {user.id} is now {user.first_name} {user.last_name}"

    def delete() -> str:
        delete_user.sync_detailed(made["id"], client=client)
        return f"deleted user {made['id']}"

    return [
        Step("appaloosa", "create_user", create),
        Step("appaloosa", "get_user", get),
        Step("appaloosa", "list_users", listing),
        Step("appaloosa", "paginate(list_users, per=20)", every_page),
        Step("appaloosa", "update_user", update),
        Step("appaloosa", "delete_user", delete),
        Step(
            "appaloosa",
            "get_user",
            lambda: str(get_user.sync(made["id"], client=client)),
            errors.NotFoundError,
        ),
        Step(
            "appaloosa",
            "list_users (wrong api_key)",
            lambda: str(list_users.sync(client=wrong)),
            errors.AuthenticationError,
        ),
    ]


def app47_steps(fake: Fake, url: str) -> list[Step]:
    client = app47.client(**fake.credentials, base_url=url)
    wrong = app47.client("not-the-token", base_url=url)
    for i in range(249):
        fake.insert("apps", {"name": f"App {i:03}", "type": "Private"})
    made: dict[str, str] = {}

    def create() -> str:
        body = CreateAppRequest(app=PrivateAppInput(name="New Name"))
        app = answer(create_app.sync(client=client, body=body), AppResponse).results.app
        made["id"] = app.id
        return f"created app {app.id} {app.name!r}"

    def get() -> str:
        app = answer(get_app.sync(made["id"], client=client), AppResponse).results.app
        return f"app {app.name!r} ({app.type_})"

    def listing() -> str:
        results = answer(list_apps.sync(client=client), AppListResponse).results
        return f"{results.count} of {results.total} apps (skip {results.skip})"

    def every_page() -> str:
        since = len(fake.log)
        apps = list(app47.paginate(list_apps, client=client))
        pages = requests_to(fake, "list_apps", since)
        return f"{len(apps)} apps in {pages} requests; ends when `total` is reached"

    def update() -> str:
        body = UpdateAppRequest(app=AppUpdate(name="Renamed"))
        app = answer(update_app.sync(made["id"], client=client, body=body), AppResponse)
        return f"app {app.results.app.id} is now {app.results.app.name!r}"

    def delete() -> str:
        done = delete_app.sync(made["id"], client=client)
        return str(getattr(getattr(done, "results", None), "message", done))

    return [
        Step("app47", "create_app", create),
        Step("app47", "get_app", get),
        Step("app47", "list_apps", listing),
        Step("app47", "paginate(list_apps)", every_page),
        Step("app47", "update_app", update),
        Step("app47", "delete_app", delete),
        Step(
            "app47",
            "get_app",
            lambda: str(get_app.sync(made["id"], client=client)),
            errors.NotFoundError,
        ),
        Step(
            "app47",
            "list_apps (wrong token)",
            lambda: str(list_apps.sync(client=wrong)),
            errors.AuthenticationError,
        ),
    ]


def appush_steps(fake: Fake, url: str) -> list[Step]:
    client = appush.client(**fake.credentials, base_url=url)
    wrong = appush.client(fake.credentials["root_token"], "not-the-secret", base_url=url)
    made: dict[str, str] = {}

    def create() -> str:
        body = ApplicationInput(name="My New Application", env=Environment.DEV)
        created = answer(create_application.sync(client=client, body=body), CreatedApplication)
        made["id"] = created.id
        return f"created application {created.id}"

    def get() -> str:
        app = answer(get_application.sync(made["id"], client=client), Application)
        return f"{app.name!r} ({app.status}), {app.active_devices} active devices"

    def listing() -> str:
        ids = answer(list_applications.sync(client=client), list)
        return f"{len(ids)} application: {', '.join(ids)}"

    def replace() -> str:
        body = ApplicationInput(name="Renamed Application", env=Environment.PROD)
        replace_application.sync_detailed(made["id"], client=client, body=body)
        app = answer(get_application.sync(made["id"], client=client), Application)
        return f"now {app.name!r} ({app.status})"

    def delete() -> str:
        delete_application.sync_detailed(made["id"], client=client)
        return f"deleted application {made['id']}"

    return [
        Step("appush", "create_application", create),
        Step("appush", "get_application", get),
        Step("appush", "list_applications", listing),
        Step("appush", "replace_application", replace),
        Step("appush", "delete_application", delete),
        Step(
            "appush",
            "get_application",
            lambda: str(get_application.sync(made["id"], client=client)),
            errors.NotFoundError,
        ),
        Step(
            "appush",
            "list_applications (wrong secret)",
            lambda: str(list_applications.sync(client=wrong)),
            errors.AuthenticationError,
        ),
    ]


def tulip_steps(fake: Fake, url: str) -> list[Step]:
    # Tulip's only operation is a read: its app groups are filled directly.
    fake.insert("app_groups", {"name": "Plant 1", "contents": []})
    fake.insert(
        "app_groups",
        {
            "name": "MFG Apps",
            "apps": [{"id": "D9Gvdd9S9xgX81md7", "name": "Frame Assembly", "type": "app"}],
        },
    )
    client = tulip.client(**fake.credentials, base_url=url)
    wrong = tulip.client(fake.credentials["key_id"], "not-the-secret", base_url=url)

    def listing() -> str:
        groups = answer(list_tulip_app_groups.sync(client=client), list)
        return f"{len(groups)} app groups: " + ", ".join(repr(g.name) for g in groups)

    return [
        Step("tulip", "list_app_groups", listing),
        Step(
            "tulip",
            "list_app_groups (wrong secret)",
            lambda: str(list_tulip_app_groups.sync(client=wrong)),
            errors.PermissionDeniedError,
        ),
    ]


def run(step: Step) -> tuple[bool, str, str]:
    """(as expected, outcome, detail) of one step."""
    try:
        detail = step.run()
    except errors.APIError as exc:
        described = f"{type(exc).__name__}: {exc.message}"
        if isinstance(exc, errors.APIStatusError):
            described = f"{type(exc).__name__} {exc.status_code}: {exc.message}"
        if step.raises is not None and isinstance(exc, step.raises):
            return True, "caught", described
        return False, "FAILED", described
    except Exception as exc:  # a demo reports every failure and goes on
        return False, "FAILED", f"{type(exc).__name__}: {exc}"
    if step.raises is not None:
        return False, "FAILED", f"expected {step.raises.__name__}, got: {detail}"
    return True, "ok", detail


def _described(value: object) -> str:
    if isinstance(value, list):
        return f"{len(value)} items" + (f" of {type(value[0]).__name__}" if value else "")
    return type(value).__name__ if value is not None else "no body"


def generic_steps(name: str) -> Callable[[Fake, str], list[Step]]:
    """A read-only workflow for a provider with none written here (see the docstring)."""
    import importlib
    import inspect

    from overlays._registry import PROVIDERS
    from overlays._spec import spec_operations

    def build(fake: Fake, url: str) -> list[Step]:
        module = importlib.import_module(f"overlays.{name}")
        client = module.client(**fake.credentials, base_url=url)
        steps: list[Step] = []
        secured: Any = None
        spec = fake._backend.spec
        auth = PROVIDERS[name].auth
        for operation, entry in spec_operations(f"{name}_client").items():
            if entry["method"] != "GET" or "{" in entry["path"] or len(steps) >= 3:
                continue
            if not auth.can_call(spec.operations[operation].security, spec.security_schemes):
                continue  # it wants a scheme the descriptor does not send
            endpoint = importlib.import_module(f"{name}_client.api.{entry['tag']}.{operation}")
            parameters = inspect.signature(endpoint.sync).parameters.values()
            if any(p.default is inspect.Parameter.empty and p.name != "client" for p in parameters):
                continue

            def run(endpoint: Any = endpoint) -> str:
                return _described(endpoint.sync(client=client))

            steps.append(Step(name, operation, run))
            if spec.operations[operation].security and secured is None:
                secured = (operation, endpoint)
        credentials = PROVIDERS[name].credentials
        if secured is not None and credentials:
            wrong = module.client(
                **{c.name: f"not-the-{c.name}" for c in credentials}, base_url=url, max_retries=0
            )
            operation, endpoint = secured
            steps.append(
                Step(
                    name,
                    f"{operation} (wrong credentials)",
                    lambda: str(endpoint.sync(client=wrong)),
                    errors.AuthenticationError,
                )
            )
        return steps

    return build


def _workflows() -> dict[str, tuple[Callable[[Fake, str], list[Step]], Callable[..., Any]]]:
    import importlib

    from overlays._registry import PROVIDERS

    written: dict[str, tuple[Callable[[Fake, str], list[Step]], Callable[..., Any]]] = {
        "push_express": (push_express_steps, push_express.fake),
        "appaloosa": (appaloosa_steps, appaloosa.fake),
        "app47": (app47_steps, app47.fake),
        "appush": (appush_steps, appush.fake),
        "tulip": (tulip_steps, tulip.fake),
    }
    for name in PROVIDERS:
        if name not in written:
            written[name] = (generic_steps(name), importlib.import_module(f"overlays.{name}").fake)
    return written


WORKFLOWS = _workflows()
"""Every registered provider's workflow: written here, or `generic_steps`."""


def steps_on_loopback(stack: ExitStack) -> Iterator[Step]:
    for build, make_fake in WORKFLOWS.values():
        fake: Fake = make_fake(seed=47)
        yield from build(fake, stack.enter_context(fake.serve()))


def main() -> int:
    began = time.perf_counter()
    with ExitStack() as stack:
        steps = list(steps_on_loopback(stack))
        booted = time.perf_counter() - began
        served = len(WORKFLOWS)
        print(f"Fakes: {served} served on 127.0.0.1 (overlays.fakes), ready in {booted:.2f} s\n")
        print(f"{'provider':<13} {'operation':<33} {'outcome':<7} {'ms':>4}  detail")
        failed = []
        for step in steps:
            start = time.perf_counter()
            ok, outcome, detail = run(step)
            ms = (time.perf_counter() - start) * 1000
            print(f"{step.provider:<13} {step.operation:<33} {outcome:<7} {ms:>4.0f}  {detail}")
            if not ok:
                failed.append(f"{step.provider} {step.operation}")
    total = time.perf_counter() - began
    print()
    if failed:
        print(f"{len(failed)} of {len(steps)} steps failed: {'; '.join(failed)}")
        return 1
    print(f"all {len(steps)} steps passed in {total:.1f} s; fakes stopped")
    return 0
