"""One entry per provider for the overlay tests: how to build its client, one GET and one
plain POST operation to call, and what its error bodies look like.

Success bodies come from the spec's own examples, so the tests follow the specs.
"""

from __future__ import annotations

import base64
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx2

from scripts.build.speclib import load_spec, providers, response_example

PROVIDERS = {p.name: p for p in providers()}
STYLES = ["sync", "asyncio", "asyncio+httpx2"]
"""Call styles: async twice, on each async network core (`http_backend`); the `style`
parameter `asyncio+httpx2` makes the test's clients default to httpcore2's async pool
(tests/runtime/conftest.py)."""


def expected_error_class(status: int) -> type[Any]:
    """The `overlays.errors` class a status must raise, written out here rather than asked
    of `overlays.errors`, so that a wrong mapping there fails the tests."""
    from overlays import errors

    table = {
        400: errors.BadRequestError, 401: errors.AuthenticationError,
        403: errors.PermissionDeniedError, 404: errors.NotFoundError,
        409: errors.ConflictError, 422: errors.UnprocessableEntityError,
        429: errors.RateLimitError,
    }  # fmt: skip
    if status >= 500:
        return errors.InternalServerError
    return table.get(status, errors.APIStatusError)


def example(provider: str, operation_id: str, status: str = "2") -> Any:
    """The first example of the first response whose status starts with `status`."""
    return response_example(load_spec(PROVIDERS[provider]), operation_id, status)


@dataclass
class Call:
    """One generated operation with its arguments."""

    module: str
    args: tuple[Any, ...] = ()
    kwargs: Callable[[], dict[str, Any]] = dict
    path: str = ""
    method: str = "GET"

    @property
    def op(self) -> ModuleType:
        return importlib.import_module(self.module)

    def sync(self, client: Any, style: str = "sync") -> Any:
        return getattr(self.op, style)(*self.args, client=client, **self.kwargs())

    async def asyncio(self, client: Any, style: str = "asyncio") -> Any:
        return await getattr(self.op, style)(*self.args, client=client, **self.kwargs())


@dataclass
class ErrorSample:
    """An error body of the provider and what the overlay must read from it."""

    status: int
    body: Any
    message: str
    code: str | None = None
    request_id: str | None = None


@dataclass
class Case:
    name: str
    make: Callable[..., Any]
    """make(base_url=..., **options) -> overlay client (options: transport, sleep, timeout,
    max_retries); `base_url` is the factory's, defaulting to a `.test` host."""
    secrets: tuple[str, ...]
    """Every credential value the client holds, the basic-auth header value included."""
    get: Call
    get_body: Callable[[], Any]
    post: Call | None
    post_body: Callable[[], Any] | None
    check_auth: Callable[[httpx2.Request], None]
    errors: list[ErrorSample] = field(default_factory=list)
    base: str = ""
    post_status: int = 200
    """The status a successful `post` answers."""

    def __str__(self) -> str:
        return self.name


def _basic_value(username: str, password: str) -> str:
    """The HTTP basic header value: a credential too, which tests look for like the others."""
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def _basic(username: str, password: str) -> Callable[[httpx2.Request], None]:
    expected = _basic_value(username, password)

    def check(request: httpx2.Request) -> None:
        assert request.headers.get_list("authorization") == [expected]

    return check


def _header(name: str, value: str) -> Callable[[httpx2.Request], None]:
    def check(request: httpx2.Request) -> None:
        assert request.headers.get_list(name) == [value]
        if name.lower() != "authorization":
            assert "authorization" not in request.headers

    return check


def _query(name: str, value: str) -> Callable[[httpx2.Request], None]:
    def check(request: httpx2.Request) -> None:
        assert request.url.params.get_list(name) == [value]
        assert "authorization" not in request.headers

    return check


def _push_express() -> Case:
    from push_express_client.models import SelectedAppsGroupInput

    from overlays import push_express

    token = "pe-token-SECRET-1"
    return Case(
        name="push_express",
        make=lambda base_url="https://pe.test/api/b/v2", **kw: push_express.client(
            token, base_url=base_url, **kw
        ),
        secrets=(token,),
        base="https://pe.test/api/b/v2",
        get=Call("push_express_client.api.app_groups.get_app_group", (17,), path="/app/groups/17"),
        get_body=lambda: example("push_express", "get_app_group"),
        post=Call(
            "push_express_client.api.app_groups.create_app_group",
            kwargs=lambda: {
                "body": SelectedAppsGroupInput(name="Android", all_apps=False, app_ids=[1])
            },
            path="/app/groups",
            method="POST",
        ),
        post_body=lambda: example("push_express", "create_app_group"),
        post_status=201,
        check_auth=_header("Authorization", f"Bearer {token}"),
        errors=[
            ErrorSample(400, {"error": "validation error: name", "req_id": "r-400"},
                        "validation error: name", request_id="r-400"),
            ErrorSample(404, {"error": {"message": "no such group"}, "req_id": "r-404"},
                        "no such group", request_id="r-404"),
        ],
    )  # fmt: skip


def _appaloosa() -> Case:
    from appaloosa_client.models import CreateUserRequest, UserCreate

    from overlays import appaloosa

    api_key = "appaloosa-key-SECRET-4"
    return Case(
        name="appaloosa",
        make=lambda base_url="https://al.test/api/v2", **kw: appaloosa.client(
            52, api_key, base_url=base_url, **kw
        ),
        secrets=(api_key,),
        base="https://al.test/api/v2/52",
        get=Call("appaloosa_client.api.users.get_user", (1,), path="/api/v2/52/users/1"),
        get_body=lambda: example("appaloosa", "get_user"),
        post=Call(
            "appaloosa_client.api.users.create_user",
            kwargs=lambda: {
                "body": CreateUserRequest(
                    user=UserCreate(email="olivier@dupont.com", first_name="Olivier",
                                    last_name="Dupont")
                )
            },
            path="/api/v2/52/users",
            method="POST",
        ),
        post_body=lambda: example("appaloosa", "create_user"),
        post_status=201,
        check_auth=_query("api_key", api_key),
        errors=[
            ErrorSample(422, {"errors": "groups update on previous version is not authorized"},
                        "groups update on previous version is not authorized"),
            ErrorSample(400, {"error": {"message": "Error message received from google."}},
                        "Error message received from google."),
        ],
    )  # fmt: skip


def _app47() -> Case:
    from app47_client.models import CreateAppRequest, PrivateAppInput

    from overlays import app47

    token = "a47-token-SECRET-2"
    app_id = "544fa14538d6b81f6b00003d"
    return Case(
        name="app47",
        make=lambda base_url="https://a47.test/api/v2", **kw: app47.client(
            token, base_url=base_url, **kw
        ),
        secrets=(token,),
        base="https://a47.test/api/v2",
        get=Call("app47_client.api.apps.get_app", (app_id,), path=f"/apps/{app_id}"),
        get_body=lambda: example("app47", "get_app"),
        post=Call(
            "app47_client.api.apps.create_app",
            kwargs=lambda: {"body": CreateAppRequest(app=PrivateAppInput(name="New Name"))},
            path="/apps",
            method="POST",
        ),
        post_body=lambda: example("app47", "create_app"),
        check_auth=_header("Access-Token", token),
        errors=[
            ErrorSample(400, {"results": {"message": "Invalid app type (blah)", "success": False},
                              "md5": "896d94e5e2f4eb6b6bfa19144c7794e5"},
                        "Invalid app type (blah)"),
            ErrorSample(404, {"results": {"message": "App not found", "success": False},
                              "md5": "896d94e5e2f4eb6b6bfa19144c7794e5"},
                        "App not found"),
        ],
    )  # fmt: skip


def _appush() -> Case:
    from appush_client.models import ApplicationInput, Environment

    from overlays import appush

    root_token, root_secret = "I6ieYiJtbH3YPriyR3AK3VZtgSP", "appush-SECRET-5"
    app_id = "P9haDs2EjJmyuYwEpxio2KPZ4SH"
    return Case(
        name="appush",
        make=lambda base_url="https://appush.test/api", **kw: appush.client(
            root_token, root_secret, base_url=base_url, **kw
        ),
        secrets=(root_secret, root_token, _basic_value(root_token, root_secret)),
        base="https://appush.test/api",
        get=Call("appush_client.api.applications.get_application", (app_id,),
                 path=f"/application/{app_id}"),
        get_body=lambda: example("appush", "get_application"),
        post=Call(
            "appush_client.api.applications.create_application",
            kwargs=lambda: {"body": ApplicationInput(name="My New Application",
                                                     env=Environment.DEV)},
            path="/application",
            method="POST",
        ),
        post_body=lambda: example("appush", "create_application"),
        post_status=201,
        check_auth=_basic(root_token, root_secret),
        errors=[
            ErrorSample(404, "<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD><BODY><H1>Not "
                             "Found</H1>The requested document was not found on this server."
                             "</BODY></HTML>",
                        "404 Not Found Not Found The requested document was not found on this "
                        "server."),
            ErrorSample(502, "<HTML><HEAD><TITLE>502 Bad Gateway</TITLE></HEAD></HTML>",
                        "502 Bad Gateway"),
        ],
    )  # fmt: skip


def _tulip() -> Case:
    from overlays import tulip

    key_id, secret = "kid123", "tulip-SECRET-3"
    return Case(
        name="tulip",
        make=lambda base_url="https://acme.tulip.test/api/v3", **kw: tulip.client(
            key_id, secret, base_url=base_url, **kw
        ),
        secrets=(secret, _basic_value(f"apikey.2_{key_id}", secret)),
        base="https://acme.tulip.test/api/v3",
        get=Call("tulip_client.api.app_groups.list_app_groups", path="/appGroups"),
        get_body=lambda: example("tulip", "list_app_groups"),
        post=None,
        post_body=None,
        check_auth=_basic(f"apikey.2_{key_id}", secret),
        errors=[
            ErrorSample(401, {"errorCode": "AuthenticationRequired",
                              "errorUniqueID": "aq21mSKC1rbO87TjC/4Hz2EJHd/v+jxf7MtC315vo0Y",
                              "details": "API key required"},
                        "API key required", code="AuthenticationRequired",
                        request_id="aq21mSKC1rbO87TjC/4Hz2EJHd/v+jxf7MtC315vo0Y"),
            ErrorSample(403, {"errorCode": "AuthenticationFailed", "errorUniqueID": "abc",
                              "details": "bad secret"},
                        "bad secret", code="AuthenticationFailed", request_id="abc"),
        ],
    )  # fmt: skip


HAND_WRITTEN: dict[str, Callable[[], Case]] = {
    "push_express": _push_express,
    "appaloosa": _appaloosa,
    "app47": _app47,
    "appush": _appush,
    "tulip": _tulip,
}


# --- a case derived from the spec, for a provider with no hand-written one ------------------

_REFUSED = ({"unexpected": "shape"}, [1, 2, 3], "a string", 42)
"""Bodies every `get` of a case must refuse (test_overlay_providers' wrong shapes)."""


def _json_success(provider: str, op: Any) -> tuple[str, dict[str, Any]] | None:
    """(media type, media object) of the operation's JSON 200 answer, or None."""
    from tests.helpers.spec_calls import resolve, spec

    answer = op.spec["responses"].get("200")
    content = resolve(spec(provider), answer).get("content") or {} if answer else {}
    return next(((m, c) for m, c in content.items() if "json" in m and "schema" in c), None)


def _judge(provider: str, schema: Any) -> Any:
    from jsonschema import Draft202012Validator

    from tests.helpers.spec_calls import json_schema

    return Draft202012Validator(json_schema(provider, schema))


def _body_for(provider: str, media: dict[str, Any]) -> Any:
    """The media type's example when its schema accepts it, else a value of the schema."""
    from tests.helpers.spec_calls import sample

    return sample(provider, media, request=False)


def _path_of(call: Any) -> str:
    """The request path of a `SpecCall`: its path template with the arguments in it."""
    from urllib.parse import quote

    path = call.path
    for name, value in zip(re.findall(r"\{([^}]+)\}", path), call.args, strict=False):
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return path


def _checker(descriptor: Any, values: dict[str, str]) -> Callable[[httpx2.Request], None]:
    from overlays._descriptor import Basic, Bearer, HeaderKey, QueryKey

    auth = descriptor.auth
    if isinstance(auth, Bearer):
        return _header("Authorization", f"Bearer {values[auth.token]}")
    if isinstance(auth, Basic):
        return _basic(*auth.scheme(values))
    if isinstance(auth, HeaderKey):
        return _header(auth.header, values[auth.value])
    if isinstance(auth, QueryKey):
        return _query(auth.param, values[auth.value or auth.param])
    return lambda request: None


def generic_case(name: str) -> Case | None:
    """A case from the spec of a provider with no hand-written one: a GET whose JSON 200
    body refuses the wrong shapes the tests send (its example, or a value of its schema),
    a plain POST with a JSON body if there is one, errors in the descriptor's format; None
    when the spec has no such GET (the tests then skip it, saying so)."""
    import importlib

    from overlays._registry import PROVIDERS as REGISTERED
    from overlays.fakes._backend import pointer_place
    from tests.helpers.spec_calls import example_call, returns_body, server_root, spec

    descriptor = REGISTERED[name]
    module = importlib.import_module(f"overlays.{name}")
    values = {c.name: f"{name}-{c.name}-SECRET-{i}" for i, c in enumerate(descriptor.credentials)}
    from scripts.build.speclib import operations

    get = post = None
    get_body: Any = None
    post_body: Any = None
    post_status = 200
    for op in operations(spec(name)):
        answer = _json_success(name, op)
        if answer is None or op.method not in ("GET", "POST") or not returns_body(name, op):
            continue
        judge = _judge(name, answer[1]["schema"])
        try:
            call = example_call(name, op.operation_id)
        except (LookupError, TypeError, ValueError, KeyError):
            continue
        if op.method == "GET" and get is None and not any(judge.is_valid(b) for b in _REFUSED):
            get, get_body = call, _body_for(name, answer[1])
        if op.method == "POST" and post is None and "x-idempotent" not in op.spec:
            post, post_body, post_status = call, _body_for(name, answer[1]), 200
    if get is None:
        return None
    root = server_root(name)
    secrets = [v for v in values.values()]
    from overlays._descriptor import Basic

    if isinstance(descriptor.auth, Basic):
        secrets.append(_basic_value(*descriptor.auth.scheme(values)))
    fmt = descriptor.errors
    body = pointer_place(fmt.message[0], "the request was refused")
    if fmt.code:
        body = {**body, **pointer_place(fmt.code, "E_REFUSED")}
    if fmt.request_id:
        body = {**body, **pointer_place(fmt.request_id, "req-42")}
    samples = [
        ErrorSample(status, body, "the request was refused",
                    code="E_REFUSED" if fmt.code else None,
                    request_id="req-42" if fmt.request_id else None)
        for status in (400, 404)
    ]  # fmt: skip

    def call_of(spec_call: Any) -> Call:
        return Call(spec_call.module.__name__, spec_call.args, lambda: dict(spec_call.kwargs),
                    path=_path_of(spec_call), method=spec_call.method)  # fmt: skip

    def make(base_url: str = root, **kw: Any) -> Any:
        return module.client(*values.values(), base_url=base_url, **kw)

    return Case(
        name=name,
        make=make,
        secrets=tuple(secrets),
        base=root,
        get=call_of(get),
        get_body=lambda: get_body,
        post=None if post is None else call_of(post),
        post_body=None if post is None else (lambda: post_body),
        post_status=post_status,
        check_auth=_checker(descriptor, values),
        errors=samples,
    )


def _generic(name: str) -> Callable[[], Case]:
    def make() -> Case:
        case = generic_case(name)
        if case is None:
            import pytest

            pytest.skip(
                f"{name}: its spec has no GET with a JSON 200 body that refuses other shapes "
                "to build a case from"
            )
        return case

    return make


def _cases() -> dict[str, Callable[[], Case]]:
    """Every registered provider's case: hand-written, or derived from its spec."""
    from overlays._registry import PROVIDERS as REGISTERED

    return {name: HAND_WRITTEN.get(name) or _generic(name) for name in REGISTERED}


CASES: dict[str, Callable[[], Case]] = _cases()
