"""The resource objects (`appaloosa.Appaloosa(52, "KEY").users.get(1)`): every method of every
provider, sync and async, against a fake network answering the spec's examples, compared
with the generated function underneath; naming, `with_raw_response`, `with_options`,
closing, lazy loading."""

from __future__ import annotations

import asyncio
import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
from appaloosa_client import AuthenticatedClient
from appaloosa_client import errors as generated_errors
from appaloosa_client.api.users import get_user
from appaloosa_client.types import UNSET, File

from overlays import _pagination, appaloosa, errors
from scripts.build.resources import method_names, resource_method_name
from scripts.build.speclib import Operation, operations
from tests.helpers.network import FakeNetwork
from tests.helpers.spec_calls import (
    CREDENTIALS,
    PROVIDERS,
    example_call,
    has_client,
    server_root,
    spec,
)

CLASSES = {
    "push_express": "PushExpress",
    "appaloosa": "Appaloosa",
    "app47": "App47",
    "appush": "APPush",
    "tulip": "Tulip",
}

# The public names the issue fixes (acceptance tests use them).
METHODS = {
    ("push_express", "app_groups"): {
        "list", "get", "create", "update", "delete", "archive", "unarchive",
    },
    ("appaloosa", "users"): {
        "list", "get", "create", "update", "delete", "search", "list_devices",
    },
    ("appaloosa", "groups"): {
        "list", "get", "create", "update", "delete", "add_users", "remove_users", "list_users",
        "create_from_groups",
    },
    ("app47", "apps"): {"list", "get", "create", "update", "delete"},
    ("appush", "applications"): {"list", "get", "create", "replace", "delete"},
    ("appush", "icons"): {"get", "put", "delete"},
    ("tulip", "app_groups"): {"list"},
}  # fmt: skip
TAGS = {
    "app_groups", "users", "groups", "devices", "categories", "mobile_application_updates",
    "mobile_applications", "apps", "applications", "icons",
}  # fmt: skip


def facade(provider: str, network: Any, *, asynchronous: bool = False, **options: Any) -> Any:
    module = importlib.import_module(f"overlays.{provider}")
    from overlays._registry import PROVIDERS as REGISTERED

    cls = CLASSES.get(provider, REGISTERED[provider].class_name)  # a new provider's: derived
    name = ("Async" if asynchronous else "") + cls
    options.setdefault("base_url", server_root(provider))
    return getattr(module, name)(*CREDENTIALS[provider], transport=network, **options)


def cases() -> list[tuple[str, Operation]]:
    """Every operation with a client (of a published spec, the generator may leave one out)."""
    return [
        (name, op)
        for name in sorted(PROVIDERS)
        for op in operations(spec(name))
        if has_client(name, op)
    ]


def method_of(provider: str, op: Operation) -> str:
    """The operation's method on its resource object (the build's rule, spec-wide)."""
    return method_names(operations(spec(provider)))[op.operation_id]


CASES = cases()
IDS = [f"{name}.{op.operation_id}" for name, op in CASES]


def comparable(value: Any) -> Any:
    """A value to compare: a `File`'s bytes rather than its (distinct) file object."""
    if isinstance(value, list):
        return [comparable(item) for item in value]
    return value.content() if hasattr(value, "payload") else value


def test_the_fixed_names_exist() -> None:
    seen_tags = set()
    for (provider, tag), names in METHODS.items():
        api = facade(provider, FakeNetwork())
        resource = getattr(api, tag)
        assert names <= {name for name in dir(resource) if not name.startswith("_")}, tag
    for name, _ in CASES:
        api = facade(name, FakeNetwork())
        seen_tags |= {tag for tag in TAGS if hasattr(api, tag)}
    assert seen_tags == TAGS


@pytest.mark.parametrize(("provider", "op"), CASES, ids=IDS)
def test_every_method_matches_its_generated_function(provider: str, op: Operation) -> None:
    network = FakeNetwork()
    api = facade(provider, network)
    call = example_call(provider, op.operation_id)
    method = getattr(getattr(api, op.tag), method_of(provider, op))
    assert method.__doc__
    assert (op.spec.get("summary") or op.operation_id).split()[0] in method.__doc__
    if "x-pagination" in op.spec:
        got = list(method(*call.args, **call.kwargs, max_pages=1))
        expected = list(
            _pagination.paginate(
                call.module, *call.args, client=api.client, max_pages=1, **call.kwargs
            )
        )
        assert got == expected
    else:
        assert comparable(method(*call.args, **call.kwargs)) == comparable(
            call.sync(api.client, "sync")
        )
    sent = network.requests[0]
    assert (sent.method, sent.extensions["openapi_operation"]) == (op.method, op.operation_id)

    raw = getattr(getattr(api, op.tag).with_raw_response, method_of(provider, op))
    response = raw(*call.args, **call.kwargs)
    assert response.status_code == call.expected_status
    assert comparable(response.parsed) == comparable(call.sync(api.client).parsed)


@pytest.mark.parametrize(("provider", "op"), CASES, ids=IDS)
def test_every_async_method_matches_its_generated_function(provider: str, op: Operation) -> None:
    async def scenario() -> None:
        network = FakeNetwork()
        async with facade(provider, network, asynchronous=True) as api:
            call = example_call(provider, op.operation_id)
            name = method_of(provider, op)
            method = getattr(getattr(api, op.tag), name)
            if "x-pagination" in op.spec:
                got = [item async for item in method(*call.args, **call.kwargs, max_pages=1)]
                assert network.requests
                assert got == [
                    item
                    async for item in _pagination.apaginate(
                        call.module, *call.args, client=api.client, max_pages=1, **call.kwargs
                    )
                ]
            else:
                assert comparable(await method(*call.args, **call.kwargs)) == comparable(
                    await call.asyncio(api.client, "asyncio")
                )
            raw = getattr(getattr(api, op.tag).with_raw_response, name)
            response = await raw(*call.args, **call.kwargs)
            assert response.status_code == call.expected_status
            assert network.requests[0].extensions["openapi_operation"] == op.operation_id

    asyncio.run(scenario())


def test_an_error_status_raises_its_overlay_class_sync_and_async() -> None:
    api = facade("appaloosa", FakeNetwork())
    with pytest.raises(errors.NotFoundError):
        api.users.get(999)

    async def scenario() -> None:
        async with facade("appaloosa", FakeNetwork(), asynchronous=True) as aapi:
            with pytest.raises(errors.NotFoundError):
                await aapi.users.get(999)

    asyncio.run(scenario())


def test_a_plain_client_raises_unexpected_status_and_never_returns_none() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.endswith("/1"):
            return httpx2.Response(200, json={"user": {"no": "fields"}})
        return httpx2.Response(404, json={"errors": "Not found"})

    client = AuthenticatedClient(
        base_url="https://store.test",
        token="t",
        httpx_args={"transport": httpx2.MockTransport(answer)},
    )
    with pytest.raises(generated_errors.UnexpectedStatus) as caught:
        get_user.sync(2, client=client)
    assert caught.value.status_code == 404
    with pytest.raises(generated_errors.ResponseValidationError):
        get_user.sync(1, client=client)


class Closable(FakeNetwork):
    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_with_options_shares_the_pool_and_changes_only_the_copy() -> None:
    attempts: list[httpx2.Request] = []

    class Busy(Closable):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            attempts.append(request)
            return httpx2.Response(503, text="busy")

    network = Busy()
    api = facade("appaloosa", network, sleep=lambda _: None)
    quick = api.with_options(timeout=5, max_retries=0)
    assert type(quick) is appaloosa.Appaloosa
    assert quick.client is not api.client
    assert quick.client.get_httpx_client().timeout == httpx2.Timeout(5)
    assert api.client.get_httpx_client().timeout == httpx2.Timeout(30, connect=5)
    with pytest.raises(errors.InternalServerError):
        quick.users.get(1)
    assert len(attempts) == 1  # no retry on the copy
    with pytest.raises(errors.InternalServerError):
        api.users.get(1)
    assert len(attempts) == 4  # the original still retries twice, through the same network
    quick.close()
    assert network.closed == 0  # the copy does not own the pool
    api.close()
    assert network.closed == 1


def test_async_with_options_shares_the_pool_and_closing_the_copy_leaves_it_open() -> None:
    network = Closable()

    async def scenario() -> None:
        api = facade("app47", network, asynchronous=True)
        quick = api.with_options(max_retries=0)
        assert type(quick) is type(api)
        await quick.apps.get("544fa14538d6b81f6b00003d")
        await quick.aclose()
        assert network.closed == 0
        await api.apps.get("544fa14538d6b81f6b00003d")  # the pool is still open
        await api.aclose()

    asyncio.run(scenario())
    assert network.closed == 1
    assert len(network.requests) == 2


def test_with_closes_the_pool_and_async_with_too() -> None:
    network = Closable()
    with facade("push_express", network) as api:
        api.app_groups.list()
    assert network.closed == 1

    async def scenario() -> None:
        async with facade("push_express", network, asynchronous=True) as aapi:
            await aapi.app_groups.list()

    asyncio.run(scenario())
    assert network.closed == 2


def test_constructed_with_the_factory_arguments_and_no_secret_in_repr() -> None:
    api = appaloosa.Appaloosa(52, "SECRET-KEY", max_retries=0)
    assert "SECRET" not in repr(api)
    assert "SECRET" not in repr(api.with_options(timeout=1))
    assert str(api.client._base_url).endswith("/52")
    with pytest.raises(ValueError, match="timeout"):
        appaloosa.Appaloosa(52, "KEY", timeout=-1)


def test_resource_modules_load_on_first_use() -> None:
    code = (
        "import sys\n"
        "from overlays import appaloosa\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('appaloosa_client.'))\n"
        "before = loaded()\n"
        "api = appaloosa.Appaloosa(52, 'KEY')\n"
        "api.users\n"
        "print(any('resources.users' in m for m in before),\n"
        "      any('api.users' in m for m in before),\n"
        "      'appaloosa_client.resources.users' in sys.modules,\n"
        "      'appaloosa_client.resources.groups' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True", "False"]


def test_a_provider_module_loads_its_generated_package_on_first_use() -> None:
    # Import time: attrs, httpx2 and the generated package come with the first client or
    # resource object (a provider module reads only its descriptor).
    code = (
        "import sys\n"
        "from overlays import app47, appaloosa, appush, push_express, tulip\n"
        "generated = {m.__name__.split('.')[-1] + '_client' for m in (app47, appaloosa, appush,"
        " push_express, tulip)}\n"
        "heavy = {'attr', 'attrs', 'asyncio', 'httpx2', 'httpcore2', 'overlays._runtime',"
        " 'overlays._pagination'}\n"
        "print(sorted(m for m in sys.modules if m in generated | heavy))\n"
        "print(appaloosa.Appaloosa.__module__, 'Appaloosa' in dir(appaloosa))\n"
        "print(sorted(m for m in sys.modules if m in generated))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == [
        "[]",
        "appaloosa_client.facade True",  # where the class is written (from the descriptor)
        "['appaloosa_client']",
    ]


def test_the_resource_objects_are_the_same_classes_however_imported() -> None:
    from appaloosa_client import facade as defined

    from overlays.appaloosa import Appaloosa, AsyncAppaloosa

    assert (Appaloosa, AsyncAppaloosa) == (defined.Appaloosa, defined.AsyncAppaloosa)
    assert appaloosa.Appaloosa is Appaloosa
    with pytest.raises(AttributeError, match="has no attribute 'Appalosa'"):
        appaloosa.Appalosa  # noqa: B018


def test_unset_reads_unset() -> None:
    for name in PROVIDERS:
        types = importlib.import_module(f"{PROVIDERS[name].package}.types")
        assert repr(types.UNSET) == "UNSET"
    assert repr(UNSET) == "UNSET"


def test_a_file_body_can_be_sent_twice() -> None:
    from tests.helpers.pngs import png

    network = FakeNetwork()
    api = facade("appush", network)
    icon = File(payload=__import__("io").BytesIO(png(57, 57)), mime_type="image/png")
    api.icons.put("P9haDs2EjJmyuYwEpxio2KPZ4SH", body=icon)
    api.icons.put("P9haDs2EjJmyuYwEpxio2KPZ4SH", body=icon)
    first, second = (request.content for request in network.requests)
    assert first == second == png(57, 57)


def test_a_file_that_cannot_seek_is_read_once_and_kept() -> None:
    class Stream(__import__("io").RawIOBase):
        def __init__(self) -> None:
            self.left = b"abc"

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            data, self.left = self.left, b""
            buffer[: len(data)] = data
            return len(data)

    upload = File(payload=Stream())  # type: ignore[arg-type]
    assert upload.content() == upload.content() == b"abc"


# -- naming and generation -------------------------------------------------------------------


def _op(operation_id: str, tag: str, **extensions: Any) -> Operation:
    return Operation("GET", "/x", operation_id, tag, {"operationId": operation_id, **extensions})


@pytest.mark.parametrize(
    ("operation_id", "tag", "method"),
    [
        ("list_users", "users", "list"),
        ("list_user_devices", "users", "list_devices"),
        ("create_group_from_groups", "groups", "create_from_groups"),
        ("list_group_users", "groups", "list_users"),
        ("unarchive_app_group", "app_groups", "unarchive"),
        ("list_categories", "categories", "list"),
        ("create_category", "categories", "create"),
        ("publish_to_google_play", "mobile_application_updates", "publish_to_google_play"),
    ],
)
def test_a_method_is_the_operation_id_without_the_resource_noun(
    operation_id: str, tag: str, method: str
) -> None:
    assert resource_method_name(_op(operation_id, tag)) == method


def test_x_method_name_renames_a_method_and_is_linted() -> None:
    from scripts.build.speclib import _extension_errors

    assert resource_method_name(_op("list_things", "things", **{"x-method-name": "all"})) == "all"

    def spec_with(*ops: dict[str, Any]) -> dict[str, Any]:
        return {"paths": {f"/p{i}": {"get": op} for i, op in enumerate(ops)}}

    clash = spec_with(
        {"operationId": "list_users", "tags": ["users"]},
        {"operationId": "all_users", "tags": ["users"], "x-method-name": "list"},
    )
    assert any("both give the method users.list" in e for e in _extension_errors(clash))
    bad = spec_with({"operationId": "get_user", "tags": ["users"], "x-method-name": "Get-It"})
    assert any("x-method-name" in e for e in _extension_errors(bad))
    keyword = spec_with({"operationId": "get_user", "tags": ["users"], "x-method-name": "import"})
    assert any("not usable" in e for e in _extension_errors(keyword))


def test_an_operation_added_to_a_spec_is_a_typed_method_after_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scripts.build import generate
    from scripts.build.speclib import REPO

    for part in ("specs/push_express.yaml", "config/push_express.yaml"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / part, tmp_path / part)
    spec_file = tmp_path / "specs" / "push_express.yaml"
    added = (
        "  /app/groups/{app_group_id}/copy:\n"
        "    parameters:\n"
        '      - $ref: "#/components/parameters/AppGroupId"\n'
        "    post:\n"
        "      tags: [app_groups]\n"
        "      operationId: copy_app_group\n"
        "      x-fake: {resource: app_groups, action: get, id_param: app_group_id}\n"
        "      summary: Copy an application group\n"
        "      description: A new group with the same apps.\n"
        "      responses:\n"
        '        "201":\n'
        "          description: The copy.\n"
        "          content:\n"
        "            application/json:\n"
        "              schema:\n"
        '                $ref: "#/components/schemas/AppGroup"\n'
        '        "404": {$ref: "#/components/responses/NotFound"}\n'
    )
    text = spec_file.read_text()
    spec_file.write_text(
        text.replace(
            "  /apps/{app_group_id}/unarchive:\n", added + "  /apps/{app_group_id}/unarchive:\n"
        )
    )
    assert generate.main(["--root", str(tmp_path)]) == 0, capsys.readouterr().err
    module = (tmp_path / "generated/push_express_client/resources/app_groups.py").read_text()
    assert "    def copy(\n        self,\n        app_group_id: int,\n    ) -> AppGroup:" in module
    assert "        return copy_app_group.sync(" in module
    assert "    async def copy(" in module
    summary = '"""Copy an application group\n\n        A new group with the same apps.\n\n'
    assert summary + "        Args:\n" in module
    # What it raises, for the API reference: the class of each error status the spec documents.
    assert "overlays.errors.NotFoundError: The API answered 404, as the spec documents." in module


def test_the_facade_bench_row_measures_both_sides() -> None:
    from scripts.bench.facade import facade_rows

    (row,) = facade_rows(repetitions=2, calls=5)
    assert row.measurement.startswith("facade vs the generated function")
    assert row.ours is not None
    assert row.baseline is not None
    assert row.ours > 0
    assert row.baseline > 0
    assert row.ratio is not None
    assert row.target is not None
    assert row.target.limit == 1.05
