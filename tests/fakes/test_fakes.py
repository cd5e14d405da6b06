"""The fakes' own tests: the public API, state per operation, listings, auth, requests and
answers judged by the spec, ids, credentials kept out of answers and logs, both doors."""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import subprocess
import sys

import httpx2
import pytest

from overlays import app47, appaloosa, appush, errors, push_express, tulip
from overlays._registry import names
from overlays.fakes import FakeSpecViolation
from tests.helpers.pngs import png

ALL = [importlib.import_module(f"overlays.{name}") for name in names()]
USER = {"email": "olivier@dupont.com", "first_name": "Olivier", "last_name": "Dupont"}


def raw(fake, **kwargs) -> httpx2.Client:
    """A plain httpx client on the fake's transport (no overlay: statuses come back as they are)."""
    return httpx2.Client(transport=fake.transport, **kwargs)


def appaloosa_url(path: str, key: str = "fake-appaloosa-key") -> str:
    return f"https://www.appaloosa-store.com/api/v2/52{path}?api_key={key}"


# -- public API ------------------------------------------------------------------------


def test_credentials_use_the_factory_keyword_names():
    assert appaloosa.fake(store_id=7, api_key="k").credentials == {"store_id": 7, "api_key": "k"}
    assert push_express.fake(token="t").credentials == {"token": "t"}
    assert app47.fake(token="t").credentials == {"token": "t"}
    assert appush.fake(root_token="a", root_secret="b").credentials == {
        "root_token": "a",
        "root_secret": "b",
    }
    assert tulip.fake(key_id="i", secret="s", key_type="onetime.1").credentials == {
        "key_id": "i",
        "secret": "s",
        "key_type": "onetime.1",
    }


def test_client_passes_factory_options_through():
    fake = appaloosa.fake()
    client = fake.client(max_retries=0, timeout=3)
    assert client.get_httpx_client().timeout.read == 3
    from appaloosa_client.api.users import list_users

    assert list_users.sync(client=client).users == []


def test_one_transport_serves_sync_and_async_clients_with_the_same_state():
    from push_express_client.api.app_groups import create_app_group, get_app_group
    from push_express_client.models import SelectedAppsGroupInput

    fake = push_express.fake()
    client = fake.client()
    body = SelectedAppsGroupInput(name="Android apps", all_apps=False, app_ids=[101])
    created = create_app_group.sync(client=client, body=body)
    fetched = asyncio.run(get_app_group.asyncio(created.id, client=client))
    assert fetched.name == "Android apps"
    assert fetched.archived is False


def test_serve_shares_the_state_over_real_http():
    from appaloosa_client.api.users import get_user

    fake = appaloosa.fake()
    user = fake.insert("users", USER)
    with fake.serve() as base_url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/v2", base_url)
        served = appaloosa.client(**fake.credentials, base_url=base_url)
        assert get_user.sync(user["id"], client=served).user.email == USER["email"]
        with httpx2.Client() as http:
            assert http.get(f"{base_url}/52/users").status_code == 401  # no key


def test_insert_items_reset():
    fake = appaloosa.fake()
    inserted = fake.insert("users", USER)
    assert isinstance(inserted["id"], int)
    assert fake.items("users") == [inserted]
    fake.reset()
    assert fake.items("users") == []
    assert fake.log == []


def test_insert_refuses_a_resource_that_breaks_its_schema_naming_the_field():
    fake = appaloosa.fake()
    with pytest.raises(ValueError, match="email"):
        fake.insert("users", {"first_name": "A", "last_name": "B"})
    with pytest.raises(ValueError, match="/first_name"):
        fake.insert("users", {**USER, "first_name": 3})
    with pytest.raises(ValueError, match="unknown resource kind"):
        fake.insert("people", USER)


@pytest.mark.parametrize(
    ("module", "kind", "resource", "shape"),
    [
        (push_express, "app_groups", {"name": "G", "all_apps": True, "app_ids": []}, r"\d+"),
        (appaloosa, "users", USER, r"\d+"),
        (app47, "apps", {"name": "A", "type": "Private"}, r"[0-9a-f]{24}"),
        (appush, "applications", {"name": "A"}, r"[A-Za-z0-9]{27}"),
        (tulip, "app_groups", {"name": "MFG Apps"}, r"[a-zA-Z0-9_]+"),
    ],
)
def test_ids_are_shaped_like_the_providers_and_reproducible(module, kind, resource, shape):
    ids = [module.fake(seed=3).insert(kind, resource)["id"] for _ in range(2)]
    assert ids[0] == ids[1]
    assert re.fullmatch(shape, str(ids[0]))
    assert module.fake(seed=4).insert(kind, resource)["id"] != ids[0]


def test_importing_an_overlay_does_not_import_the_fakes():
    code = (
        "import sys, overlays.appaloosa, overlays.tulip;"
        "print(sorted(m for m in sys.modules if m.startswith('overlays.fakes')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_pytest_plugin_imports_nothing_heavy():
    code = (
        "import sys, overlays.fakes.pytest_plugin;"
        "print(sorted(m for m in sys.modules if m.startswith(('overlays.fakes.', 'httpx', "
        "'jsonschema_rs', 'appaloosa_client')) and m != 'overlays.fakes.pytest_plugin'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_fixtures_give_a_fresh_fake_per_test(fake_tulip, fake_app47):
    fake_tulip.insert("app_groups", {"name": "MFG Apps"})
    assert len(fake_tulip.items("app_groups")) == 1
    assert fake_app47.items("apps") == []


def test_fixture_state_does_not_leak_between_tests(fake_tulip):
    assert fake_tulip.items("app_groups") == []


def test_the_cli_serves_a_fake_until_stopped():
    command = [sys.executable, "-m", "overlays.fakes", "push_express", "--seed", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ", 1)[1].strip()
        token = json.loads(process.stdout.readline().split(": ", 1)[1])["token"]
        answer = httpx2.get(f"{base_url}/app/groups", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        assert answer.json() == []
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- state -----------------------------------------------------------------------------


def test_push_express_create_get_update_archive_unarchive_delete():
    fake = push_express.fake()
    auth = {"Authorization": "Bearer fake-push-express-token"}
    http = raw(fake, base_url="https://core.push.express/api/b/v2", headers=auth)
    group_id = http.post(
        "/app/groups", json={"name": "G", "all_apps": False, "app_ids": [1]}
    ).json()["id"]
    assert (
        http.put(f"/app/groups/{group_id}", json={"name": "H", "all_apps": True}).status_code == 204
    )
    assert http.get(f"/app/groups/{group_id}").json()["name"] == "H"
    assert http.post(f"/app/groups/{group_id}/archive").status_code == 204
    assert http.get("/app/groups").json() == []
    assert [g["id"] for g in http.get("/app/groups", params={"archived": "true"}).json()] == [
        group_id
    ]
    assert http.post(f"/apps/{group_id}/unarchive").status_code == 204
    assert [g["id"] for g in http.get("/app/groups").json()] == [group_id]
    assert http.delete(f"/app/groups/{group_id}").status_code == 204
    missing = http.get(f"/app/groups/{group_id}")
    assert missing.status_code == 404
    assert missing.json()["error"] == "app group not found"
    assert set(missing.json()) == {"error", "req_id"}


def test_appaloosa_membership_and_groups_made_from_groups():
    fake = appaloosa.fake()
    http = raw(fake)
    team = http.post(appaloosa_url("/groups"), json={"group": {"name": "team"}}).json()["group"]
    other = http.post(appaloosa_url("/groups"), json={"group": {"name": "other"}}).json()["group"]
    alice = fake.insert("users", {**USER, "email": "a@x.io"})
    bob = fake.insert("users", {**USER, "email": "b@x.io", "group_ids": [other["id"]]})
    added = http.post(
        appaloosa_url(f"/groups/{team['id']}/users"),
        json={"group": {"user_ids": [alice["id"], bob["id"]]}},
    )
    assert added.json()["number_of_users_added"] == 2
    members = http.get(appaloosa_url(f"/groups/{team['id']}/users")).json()["users"]
    assert sorted(m["id"] for m in members) == sorted([alice["id"], bob["id"]])
    assert http.get(appaloosa_url(f"/groups/{team['id']}")).json()["group"]["number_of_users"] == 2
    body = {"name": "team, not other", "group_ids_to_add": f"{team['id']}"}
    body["group_ids_to_remove"] = f"{other['id']}"
    both = http.post(appaloosa_url("/groups/create_from_groups"), json={"group": body})
    both = both.json()["group"]
    assert [
        m["id"] for m in http.get(appaloosa_url(f"/groups/{both['id']}/users")).json()["users"]
    ] == [alice["id"]]
    removed = http.request(
        "DELETE",
        appaloosa_url(f"/groups/{team['id']}/users"),
        json={"group": {"user_ids": [bob["id"]]}},
    )
    assert removed.json()["number_of_users_removed"] == 1
    assert http.delete(appaloosa_url(f"/groups/{team['id']}")).status_code == 204
    assert (
        team["id"]
        not in http.get(appaloosa_url(f"/users/{alice['id']}")).json()["user"]["group_ids"]
    )


def test_appaloosa_upload_update_form_and_google_play():
    fake = appaloosa.fake()
    http = raw(fake)
    group = fake.insert("groups", {"name": "everybody"})
    fake.insert("users", {**USER, "group_ids": [group["id"]]})
    accepted = http.post(
        appaloosa_url("/mobile_application_updates/upload"),
        json={
            "mobile_application_update": {
                "binary_path": "http://x.io/app.apk",
                "group_ids": [group["id"]],
            }
        },
    ).json()
    assert "api_key" not in accepted["link"]
    update_id = int(accepted["link"].rsplit("/", 1)[1])
    form = {"mobile_application_update[name]": "Renamed"}
    files = {"mobile_application_update[icon]": ("icon.png", png(10, 10), "image/png")}
    patched = http.patch(
        appaloosa_url(f"/mobile_application_updates/{update_id}"), data=form, files=files
    )
    assert patched.json()["mobile_application_update"]["name"] == "Renamed"
    assert patched.json()["mobile_application_update"]["groups"] == ["everybody"]
    visible = http.get(
        appaloosa_url("/mobile_application_updates") + f"&user_email={USER['email']}"
    )
    assert [u["id"] for u in visible.json()["mobile_application_updates"]] == [update_id]
    assert (
        http.post(appaloosa_url(f"/mobile_application_updates/{update_id}/google_play")).status_code
        == 204
    )


def test_app47_envelope_type_and_delete_message():
    from app47_client.api.apps import create_app, delete_app, get_app, update_app
    from app47_client.models import AppUpdate, CreateAppRequest, PrivateAppInput, UpdateAppRequest

    fake = app47.fake()
    client = fake.client()
    created = create_app.sync(client=client, body=CreateAppRequest(app=PrivateAppInput(name="ABC")))
    app = created.results.app
    assert app.type_ == "Private"
    update_app.sync(app.id, client=client, body=UpdateAppRequest(app=AppUpdate(name="DEF")))
    assert get_app.sync(app.id, client=client).results.app.name == "DEF"
    assert delete_app.sync(app.id, client=client).results.message == "App was deleted"
    with pytest.raises(errors.NotFoundError, match="App not found"):
        get_app.sync(app.id, client=client)


def test_appush_applications_and_icons():
    from io import BytesIO

    from appush_client.api.applications import (
        create_application,
        get_application,
        replace_application,
    )
    from appush_client.api.icons import delete_icon, get_icon, put_icon
    from appush_client.models import ApplicationInput
    from appush_client.types import File

    fake = appush.fake()
    client = fake.client()
    app_id = create_application.sync(client=client, body=ApplicationInput(name="A")).id
    first = get_application.sync(app_id, client=client)
    replace_application.sync(app_id, client=client, body=ApplicationInput(name="B"))
    second = get_application.sync(app_id, client=client)
    assert (second.name, second.application_token) == ("B", first.application_token)
    with pytest.raises(errors.NotFoundError):
        get_icon.sync(app_id, client=client)
    icon = png(57, 57)
    put_icon.sync(app_id, client=client, body=File(payload=BytesIO(icon), mime_type="image/png"))
    assert get_icon.sync_detailed(app_id, client=client).content == icon
    delete_icon.sync(app_id, client=client)
    with pytest.raises(errors.NotFoundError):
        delete_icon.sync(app_id, client=client)
    refused = raw(fake).put(
        f"https://appush.com/api/application/{app_id}/icon", content=png(10, 10),
        headers={"Content-Type": "image/png"}, auth=("fake-root-token", "fake-root-secret"),
    )  # fmt: skip
    assert refused.status_code == 415
    assert refused.headers["content-type"].startswith("text/html")


# -- listings --------------------------------------------------------------------------


def test_appaloosa_45_users_in_3_pages_through_paginate():
    from appaloosa_client.api.users import list_users

    fake = appaloosa.fake()
    for i in range(45):
        fake.insert("users", {**USER, "email": f"u{i}@x.io"})
    users = list(appaloosa.paginate(list_users, client=fake.client(), per=20))
    assert len(users) == 45
    assert len({u.id for u in users}) == 45
    assert [e.operation for e in fake.log] == ["list_users"] * 3


def test_appaloosa_page_headers():
    fake = appaloosa.fake()
    for i in range(45):
        fake.insert("users", {**USER, "email": f"u{i}@x.io"})
    answer = raw(fake).get(appaloosa_url("/users") + "&page=2&per=20")
    assert answer.headers["Total"] == "45"
    assert answer.headers["Per-Page"] == "20"
    rels = {link["rel"]: link["url"] for link in answer.links.values()}
    assert set(rels) == {"first", "prev", "next", "last"}
    assert "page=3" in rels["last"]
    assert "api_key" not in answer.headers["Link"]
    last = raw(fake).get(appaloosa_url("/users") + "&page=3&per=20")
    assert len(last.json()["users"]) == 5
    assert {link["rel"] for link in last.links.values()} == {"first", "prev", "last"}


def test_appaloosa_search():
    fake = appaloosa.fake()
    fake.insert("users", USER)
    fake.insert("users", {**USER, "email": "s@tucker.net", "last_name": "Tucker"})
    found = raw(fake).get(appaloosa_url("/users/search") + "&search=TUCK").json()["users"]
    assert [u["last_name"] for u in found] == ["Tucker"]
    assert "group_count" in found[0]


def test_app47_250_apps_end_after_3_requests_and_filters():
    from app47_client.api.apps import list_apps
    from app47_client.models import AppType

    fake = app47.fake()
    for i in range(250):
        fake.insert("apps", {"name": f"app {i}", "type": "Private" if i % 2 else "Public"})
    assert len(list(app47.paginate(list_apps, client=fake.client()))) == 250
    assert len(fake.log) == 3
    private = list(app47.paginate(list_apps, client=fake.client(), type_=AppType.PRIVATE))
    assert len(private) == 125
    found = list_apps.sync(client=fake.client(), search_term="app 24")
    assert sorted(a.name for a in found.results.list_) == [
        "app 24",
        *(f"app {i}" for i in range(240, 250)),
    ]
    assert (found.results.total, found.results.count, found.results.skip) == (11, 11, 0)


# -- auth ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "wrong", "error"),
    [
        (push_express, {"token": "nope"}, errors.AuthenticationError),
        (appaloosa, {"store_id": 52, "api_key": "nope"}, errors.AuthenticationError),
        (app47, {"token": "nope"}, errors.AuthenticationError),
        (
            appush,
            {"root_token": "fake-root-token", "root_secret": "nope"},
            errors.AuthenticationError,
        ),
        (tulip, {"key_id": "fake_key", "secret": "nope"}, errors.PermissionDeniedError),
    ],
)
def test_only_the_fakes_credentials_are_accepted(module, wrong, error):
    fake = module.fake()
    operation = {
        push_express: "push_express_client.api.app_groups.list_app_groups",
        appaloosa: "appaloosa_client.api.users.list_users",
        app47: "app47_client.api.apps.list_apps",
        appush: "appush_client.api.applications.list_applications",
        tulip: "tulip_client.api.app_groups.list_app_groups",
    }[module]
    call = __import__(operation, fromlist=["sync"]).sync
    call(client=fake.client())  # the right credentials work
    extra = {"base_url": "https://fake.tulip.co/api/v3"} if module is tulip else {}
    with pytest.raises(error) as caught:
        call(client=module.client(**wrong, **extra, transport=fake.transport))
    assert "nope" not in str(caught.value)


def test_tulip_missing_key_is_401_rejected_key_is_403():
    fake = tulip.fake()
    url = "https://fake.tulip.co/api/v3/appGroups"
    missing = raw(fake).get(url)
    assert (missing.status_code, missing.json()["errorCode"]) == (401, "AuthenticationRequired")
    rejected = raw(fake).get(url, auth=("apikey.2_fake_key", "wrong"))
    assert (rejected.status_code, rejected.json()["errorCode"]) == (403, "AuthenticationFailed")


def test_appush_refuses_with_an_html_page():
    answer = raw(appush.fake()).get("https://appush.com/api/application", auth=("x", "y"))
    assert answer.status_code == 401
    assert answer.text.startswith("<HTML>")


def test_no_credential_in_any_answer_or_log_line(caplog):
    caplog.set_level("DEBUG")
    fake = appaloosa.fake(api_key="s3cr3t-key-value")
    for i in range(25):
        fake.insert("users", {**USER, "email": f"u{i}@x.io"})
    http = raw(fake)
    answers = [
        http.get(appaloosa_url("/users", "s3cr3t-key-value") + "&per=10&page=2"),
        http.post(
            appaloosa_url("/mobile_application_updates/upload", "s3cr3t-key-value"),
            json={"mobile_application_update": {"binary_path": "http://x.io/a.ipa"}},
        ),
        http.get(appaloosa_url("/users/999999", "s3cr3t-key-value")),
        http.get(appaloosa_url("/users", "s3cr3t-key-") + "&bogus=1"),
    ]  # fmt: skip
    assert [a.status_code for a in answers] == [200, 201, 404, 401]
    seen = " ".join(a.text + json.dumps(dict(a.headers)) for a in answers)
    seen += repr(fake.log) + repr(fake) + caplog.text
    assert "s3cr3t" not in seen


# -- requests judged by the spec -------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "request_args", "status"),
    [
        (
            push_express,
            ("POST", "/app/groups", {"json": {"name": "G", "all_apps": False}}),
            400,
        ),  # no app_ids
        (push_express, ("GET", "/app/groups?archived=maybe", {}), 400),  # wrong type
        (push_express, ("GET", "/app/groups?colour=red", {}), 400),  # unknown parameter
        (appaloosa, ("GET", "/users?per=21", {}), 422),  # above the documented maximum
        (appaloosa, ("POST", "/users", {"json": {"user": {"email": "a@b.c"}}}), 422),
        (appaloosa, ("GET", "/users/abc", {}), 404),
        (app47, ("GET", "/apps?type=desktop", {}), 400),
        (
            app47,
            (
                "POST",
                "/apps",
                {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            ),
            400,
        ),
        (appush, ("POST", "/application", {"json": {"env": "dev"}}), 400),  # name is required
        (tulip, ("GET", "/appGroups?limit=3", {}), 400),
    ],
)
def test_a_request_the_spec_does_not_allow_gets_the_documented_4xx(module, request_args, status):
    fake = module.fake()
    client = fake.client(max_retries=0)
    method, path, kwargs = request_args
    with pytest.raises(errors.APIStatusError) as caught:
        client.get_httpx_client().request(method, path, **kwargs)
    assert caught.value.status_code == status
    assert fake.log[-1].changed is False


# -- answers judged by the spec --------------------------------------------------------


def test_an_answer_outside_the_spec_raises_in_process(monkeypatch):
    from overlays.fakes import _appaloosa

    fake = appaloosa.fake()
    fake.insert("users", USER)
    monkeypatch.setattr(_appaloosa.FakeBackend, "computed", lambda self, kind, r: {"first_name": 7})
    with pytest.raises(FakeSpecViolation, match="list_users: 200 body at /users/0/first_name"):
        raw(fake).get(appaloosa_url("/users"))


def test_an_answer_outside_the_spec_fails_the_served_fake_on_exit(monkeypatch):
    from overlays.fakes import _push_express

    fake = push_express.fake()
    monkeypatch.setattr(
        _push_express.FakeBackend, "error_body", lambda self, s, m: ("application/json", b"[]")
    )
    with pytest.raises(FakeSpecViolation, match="list_app_groups: 401 body"), fake.serve() as url:
        assert httpx2.get(f"{url}/app/groups").status_code == 500


def test_the_log_says_what_changed_state():
    fake = push_express.fake()
    client = fake.client()
    http = client.get_httpx_client()
    group_id = http.post("/app/groups", json={"name": "G", "all_apps": True}).json()["id"]
    http.get(f"/app/groups/{group_id}")
    http.post(f"/app/groups/{group_id}/archive")
    assert [(e.operation, e.changed, e.fault) for e in fake.log] == [
        ("create_app_group", True, None),
        ("get_app_group", False, None),
        ("archive_app_group", True, None),
    ]
    assert "fake-push-express-token" not in repr(fake.log)


def test_the_demo_runs_every_workflow_to_its_end(capsys):
    from scripts.demo import workflows as demo

    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "45 users in 3 pages" in out
    assert "250 apps in 3 requests" in out
    assert "PaginationError" not in out
    assert "PermissionDeniedError 403" in out
    assert out.count("NotFoundError 404") == 4


def test_fake_api_gives_the_resource_objects_wired_to_the_fake_without_a_base_url():
    """Tulip has no default host: `fake.api()` needs none (issue 21)."""
    fake = tulip.fake()
    fake.insert("app_groups", {"name": "Plant 1"})
    assert [group.name for group in fake.api().app_groups.list()] == ["Plant 1"]

    async def scenario() -> list[str]:
        async with fake.aapi() as api:
            return [group.name for group in await api.app_groups.list()]

    assert asyncio.run(scenario()) == ["Plant 1"]
    assert isinstance(fake.api(), tulip.Tulip)


def test_fake_credentials_are_the_factory_keywords():
    fake = appaloosa.fake()
    assert set(fake.credentials) == {"store_id", "api_key"}
    api = appaloosa.Appaloosa(**fake.credentials, transport=fake.transport)
    assert api.users.list(max_pages=1) is not None
