"""`make demo`: every provider through its overlay client, against Prism mock servers.

Starts Prism for the five specs on 127.0.0.1 (`scripts/mockservers.py`) and, for each
provider, makes the calls a user makes: a list, a get, a create, a paginated iteration
where the API paginates, and an error caught as its `overlays.errors` class. Prints one
line per step, then stops the mocks. Exits 1 if a step did not go as expected.

What to know about the mock: Prism answers every call with the spec's first example (another
one on `Prefer: example=<name>`, a documented error on `Prefer: code=<status>`); it checks
that credentials are present, not what they are, and keeps no state. The `with_headers()`
copies below ask Prism for a documented error; the client they are made from is unchanged.

Run it with `make demo` or `.venv/bin/python scripts/demo.py`. No network beyond loopback.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app47_client.api.apps import create_app, get_app, list_apps
from app47_client.models import CreateAppRequest, PrivateAppInput
from appaloosa_client.api.users import create_user, get_user, list_users
from appaloosa_client.models import CreateUserRequest, UserCreate
from appush_client.api.applications import create_application, get_application, list_applications
from appush_client.models import ApplicationInput, Environment
from push_express_client.api.app_groups import create_app_group, get_app_group, list_app_groups
from push_express_client.models import SelectedAppsGroupInput
from tulip_client.api.app_groups import list_app_groups as list_tulip_app_groups

from overlays import app47, appaloosa, appush, errors, push_express, tulip
from scripts.mockservers import MockServerError, running_mocks

NOT_FOUND = {"Prefer": "code=404"}  # Prism answers the operation's documented 404


@dataclass
class Step:
    provider: str
    operation: str
    run: Callable[[], str]  # makes the call; returns a short description of the answer
    raises: type[errors.APIError] | None = None  # the error this step expects


def push_express_steps(url: str) -> list[Step]:
    client = push_express.client("demo-token", base_url=url)
    missing = client.with_headers(NOT_FOUND)

    def list_groups() -> str:
        groups = list_app_groups.sync(client=client)
        return f"{len(groups)} groups: " + ", ".join(repr(g.name) for g in groups)

    def get_group() -> str:
        group = get_app_group.sync(17, client=client)
        return f"group {group.id} {group.name!r}, apps {group.app_ids}"

    def create_group() -> str:
        body = SelectedAppsGroupInput(name="Android apps", all_apps=False, app_ids=[101, 102])
        created = create_app_group.sync(client=client, body=body)
        return f"created group {created.id}"

    def unknown_group() -> str:
        return str(get_app_group.sync(18, client=missing))

    return [
        Step("push_express", "list_app_groups", list_groups),
        Step("push_express", "get_app_group", get_group),
        Step("push_express", "create_app_group", create_group),
        Step("push_express", "get_app_group", unknown_group, errors.NotFoundError),
    ]


def appaloosa_steps(url: str) -> list[Step]:
    client = appaloosa.client(52, "demo-api-key", base_url=url)  # the store id goes in the path
    missing = client.with_headers(NOT_FOUND)

    def list_some_users() -> str:
        page = list_users.sync(client=client, per=2)
        return f"{len(page.users)} users: " + ", ".join(u.email for u in page.users)

    def get_one_user() -> str:
        user = get_user.sync(1, client=client).user
        return f"user {user.id} {user.first_name} {user.last_name}"

    def create_a_user() -> str:
        new = UserCreate(email="olivier@dupont.com", first_name="Olivier", last_name="Dupont")
        body = CreateUserRequest(user=new)
        user = create_user.sync(client=client, body=body).user
        return f"created user {user.id} <{user.email}>"

    def two_pages() -> str:
        users = list(appaloosa.paginate(list_users, client=client, per=2, max_pages=2))
        return f"{len(users)} users in 2 pages (Prism repeats its one example page)"

    def every_page() -> str:  # without max_pages, the overlay refuses a listing that repeats
        return f"{len(list(appaloosa.paginate(list_users, client=client, per=2)))} users"

    def unknown_user() -> str:
        return str(get_user.sync(2, client=missing))

    return [
        Step("appaloosa", "list_users", list_some_users),
        Step("appaloosa", "get_user", get_one_user),
        Step("appaloosa", "create_user", create_a_user),
        Step("appaloosa", "paginate(list_users, max_pages=2)", two_pages),
        Step("appaloosa", "paginate(list_users)", every_page, errors.PaginationError),
        Step("appaloosa", "get_user", unknown_user, errors.NotFoundError),
    ]


def app47_steps(url: str) -> list[Step]:
    client = app47.client("demo-member-token", base_url=url)
    two_apps = client.with_headers({"Prefer": "example=two_apps"})  # the first example is empty
    missing = client.with_headers(NOT_FOUND)

    def list_some_apps() -> str:
        listing = list_apps.sync(client=two_apps).results
        names = ", ".join(app.name for app in listing.list_)
        return f"{listing.count} of {listing.total} apps: {names}"

    def get_an_app() -> str:
        app = get_app.sync("544fa14538d6b81f6b00003d", client=client)
        return f"app {app.results.app.name!r} ({app.results.app.type_})"

    def create_an_app() -> str:
        body = CreateAppRequest(app=PrivateAppInput(name="New Name"))
        app = create_app.sync(client=client, body=body).results.app
        return f"created app {app.id} {app.name!r}"

    def every_app() -> str:
        apps = list(app47.paginate(list_apps, client=two_apps))
        return f"{len(apps)} apps; the listing ends when `total` is reached"

    def unknown_app() -> str:
        return str(get_app.sync("544fa14538d6b81f6b00003e", client=missing))

    return [
        Step("app47", "list_apps", list_some_apps),
        Step("app47", "get_app", get_an_app),
        Step("app47", "create_app", create_an_app),
        Step("app47", "paginate(list_apps)", every_app),
        Step("app47", "get_app", unknown_app, errors.NotFoundError),
    ]


def appush_steps(url: str) -> list[Step]:
    client = appush.client("demo-root-token", "demo-root-secret", base_url=url)
    missing = client.with_headers(NOT_FOUND)
    app_id = "P9haDs2EjJmyuYwEpxio2KPZ4SH"

    def list_ids() -> str:
        ids = list_applications.sync(client=client)
        return f"{len(ids)} application: {', '.join(ids)}"

    def get_one() -> str:
        app = get_application.sync(app_id, client=client)
        return f"{app.name!r}, {app.active_devices} active devices"

    def create_one() -> str:
        body = ApplicationInput(name="My New Application", env=Environment.DEV)
        created = create_application.sync(client=client, body=body)
        return f"created application {created.id}"

    def unknown_application() -> str:  # an HTML 404 page: the message is its text
        return str(get_application.sync("P9haDs2EjJmyuYwEpxio2KPZ4SX", client=missing))

    return [
        Step("appush", "list_applications", list_ids),
        Step("appush", "get_application", get_one),
        Step("appush", "create_application", create_one),
        Step("appush", "get_application", unknown_application, errors.NotFoundError),
    ]


def tulip_steps(url: str) -> list[Step]:
    client = tulip.client("demo-key-id", "demo-secret", base_url=url)
    refused = client.with_headers({"Prefer": "code=403"})  # Tulip has no get, hence no 404

    def list_groups() -> str:
        groups = list_tulip_app_groups.sync(client=client)
        return f"{len(groups)} app group: " + ", ".join(repr(g.name) for g in groups)

    def without_the_scope() -> str:
        return str(list_tulip_app_groups.sync(client=refused))

    return [
        Step("tulip", "list_app_groups", list_groups),
        Step("tulip", "list_app_groups", without_the_scope, errors.PermissionDeniedError),
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


def main() -> int:
    began = time.perf_counter()
    try:
        with running_mocks() as urls:
            booted = time.perf_counter() - began
            print(f"Prism: {len(urls)} mock servers on 127.0.0.1, ready in {booted:.1f} s\n")
            steps = [
                *push_express_steps(urls["push_express"]),
                *appaloosa_steps(urls["appaloosa"]),
                *app47_steps(urls["app47"]),
                *appush_steps(urls["appush"]),
                *tulip_steps(urls["tulip"]),
            ]
            print(f"{'provider':<13} {'operation':<34} {'outcome':<7} {'ms':>4}  detail")
            failed = []
            for step in steps:
                start = time.perf_counter()
                ok, outcome, detail = run(step)
                ms = (time.perf_counter() - start) * 1000
                print(f"{step.provider:<13} {step.operation:<34} {outcome:<7} {ms:>4.0f}  {detail}")
                if not ok:
                    failed.append(f"{step.provider} {step.operation}")
    except MockServerError as exc:
        print(f"could not start the mock servers: {exc}", file=sys.stderr)
        return 1
    total = time.perf_counter() - began
    print()
    if failed:
        print(f"{len(failed)} of {len(steps)} steps failed: {'; '.join(failed)}")
        return 1
    print(f"all {len(steps)} steps passed in {total:.1f} s; mock servers stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
