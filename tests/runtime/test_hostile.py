"""Hostile servers and odd input cannot break the clients' promises: a request goes where its
operation says, a response is read within its size and (for a number `timeout`) its
deadline, and every failure is an `overlays.errors` exception. Over raw sockets
(`tests/helpers/rawserver.py`), sync and async, every provider where it applies; memory and CPU
measured in a child process (`tests/helpers/hostile_child.py`)."""

from __future__ import annotations

import asyncio
import gzip
import importlib
import inspect
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from unittest import mock

import httpx2
import pytest

from overlays import errors
from overlays._registry import PROVIDERS, names
from tests.helpers.overlay_cases import CASES, STYLES, Case
from tests.helpers.rawserver import RawRequest, answer, drip, endless_chunks, head, raw_server

REPO = Path(__file__).resolve().parents[2]
PACKAGES = tuple(PROVIDERS[name].package for name in names())


@pytest.fixture(params=sorted(CASES), ids=str)
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]()


def _client_at(case: Case, url: str, **options: Any) -> Any:
    options.setdefault("sleep", lambda seconds: None)
    options.setdefault("max_retries", 0)
    prefix = httpx2.URL(case.base).path.rstrip("/")
    base = f"{url}{prefix}"
    if case.name == "appaloosa":  # the factory appends the store id itself
        base = base.removesuffix("/52")
    return case.make(base_url=base, **options)


async def _call(case: Case, client: Any, style: str) -> Any:
    if style == "sync":
        return case.get.sync(client)
    return await case.get.asyncio(client)


async def _maybe(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def _raised(case: Case, client: Any, style: str) -> BaseException:
    try:
        await _call(case, client, style)
    except BaseException as exc:  # the test asserts the class
        return exc
    raise AssertionError("the call succeeded")


# --- 1. a path parameter stays in its segment ---------------------------------------------


def _endpoint_modules() -> list[tuple[str, str, list[str]]]:
    found = []
    for package in PACKAGES:
        for path in sorted((REPO / "generated" / package / "api").glob("*/*.py")):
            if path.name == "__init__.py":
                continue
            module = importlib.import_module(f"{package}.api.{path.parent.name}.{path.stem}")
            source = inspect.getsource(module._get_kwargs)
            names = re.findall(r"path_segment\(\s*(\w+),", source)
            if names:
                found.append((module.__name__, path.stem, names))
    return found


PATH_OPERATIONS = _endpoint_modules()


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    # 4 + 19 + 3 + 7 + 5 operations have a path parameter (tulip's one has none)
    assert len(PATH_OPERATIONS) >= 30
    assert {module.split(".")[0] for module, _, _ in PATH_OPERATIONS} >= set(PACKAGES) - {
        "tulip_client"
    }


@pytest.mark.parametrize("value", ["..", ".", ""])
@pytest.mark.parametrize(
    ("module", "operation", "names"), PATH_OPERATIONS, ids=[o for _, o, _ in PATH_OPERATIONS]
)
def test_a_dot_segment_id_is_refused_before_anything_is_sent(
    module: str, operation: str, names: list[str], value: str
) -> None:
    op = importlib.import_module(module)
    parameters = inspect.signature(op._get_kwargs).parameters
    for name in names:
        arguments = {
            other: (value if other == name else "ok")
            for other in parameters
            if other in names or parameters[other].default is inspect.Parameter.empty
        }
        arguments = {
            key: (mock.MagicMock() if key not in names else given)
            for key, given in arguments.items()
        }
        with pytest.raises(ValueError, match=rf"{operation}: path parameter '{name}'") as caught:
            op._get_kwargs(**arguments)
        assert repr(value) in str(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("module", "args"),
    [
        ("appaloosa_client.api.groups.add_group_users", ("..",)),
        ("appaloosa_client.api.groups.delete_group", ("..",)),
        ("app47_client.api.apps.delete_app", (".",)),
        ("appush_client.api.applications.delete_application", (".",)),
        ("appush_client.api.icons.get_icon", ("..",)),
    ],
)
async def test_the_reported_calls_never_reach_the_server(
    module: str, args: tuple[str, ...], style: str
) -> None:
    provider = module.split("_client")[0]
    case = CASES[provider]()
    op = importlib.import_module(module)
    with raw_server(answer(200, b"{}")) as (url, received):
        client = _client_at(case, url)
        extra: dict[str, Any] = {}
        if "body" in inspect.signature(op.sync).parameters:
            extra["body"] = mock.MagicMock()
        call = op.sync if style == "sync" else op.asyncio
        with pytest.raises(ValueError, match="cannot be"):
            await _maybe(call(*args, client=client, **extra))
    assert received == []


@pytest.mark.parametrize("store_id", ["..", ".", ""])
def test_appaloosa_store_id_cannot_leave_the_store(store_id: str) -> None:
    from overlays import appaloosa

    with pytest.raises(ValueError, match="store_id"):
        appaloosa.client(store_id, "key")
    with pytest.raises(ValueError, match="store_id"):
        appaloosa.Appaloosa(store_id, "key")


@pytest.mark.parametrize("value", ["a/b", "?x=1", "#top", "%2e%2e", "..a", "é", "x" * 20000])
def test_other_odd_ids_stay_in_their_segment(value: str) -> None:
    from app47_client.api.apps import get_app

    with raw_server(answer(404, b'{"results": {"message": "no", "success": false}}')) as (
        url,
        received,
    ):
        client = _client_at(CASES["app47"](), url)
        with pytest.raises(errors.NotFoundError):
            get_app.sync(value, client=client)
    (request,) = received
    assert request.path.startswith("/api/v2/apps/")
    assert "/" not in request.path.removeprefix("/api/v2/apps/")


def test_resource_objects_refuse_a_dot_segment_id_too() -> None:
    from overlays import app47

    with raw_server(answer(200, b"{}")) as (url, received):
        api = app47.App47("token", base_url=f"{url}/api/v2", max_retries=0)
        with pytest.raises(ValueError, match="delete_app: path parameter 'app_id'"):
            api.apps.delete("..")
    assert received == []


# --- 2. a bound on a response's size -----------------------------------------------------


def _child(scenario: str, style: str, *limit: int, seconds: float = 60) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "tests.helpers.hostile_child",
        scenario,
        style,
        *map(str, limit),
    ]
    done = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=seconds, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("style", STYLES)
def test_a_gzip_bomb_is_refused_within_the_limit_in_memory(style: str) -> None:
    """512 MiB of zeros in 0.5 MiB of gzip: it grew the process by about 1 GB and succeeded."""
    result = _child("gzip_bomb", style, 8 * 2**20)
    assert result["raised"] == "ResponseTooLargeError"
    assert result["peak_growth_mib"] < 8 + 16  # the limit, a step of zlib, the bomb's bytes


def test_a_gzip_bomb_is_refused_at_the_default_limit() -> None:
    result = _child("gzip_bomb", "sync")
    assert result["raised"] == "ResponseTooLargeError"
    assert result["peak_growth_mib"] < 32 + 16


@pytest.mark.parametrize("style", STYLES)
def test_an_error_body_bomb_is_refused_too(style: str) -> None:
    result = _child("gzip_bomb_error", style, 8 * 2**20)
    assert result["raised"] == "ResponseTooLargeError"
    assert result["peak_growth_mib"] < 8 + 16


@pytest.mark.parametrize("style", STYLES)
def test_an_endless_chunked_body_is_cut_at_the_limit(style: str) -> None:
    result = _child("endless", style, 8 * 2**20)
    assert result["raised"] == "ResponseTooLargeError"
    assert result["peak_growth_mib"] < 8 + 16
    assert result["seconds"] < 10


def test_a_declared_length_past_the_limit_is_refused_before_reading() -> None:
    result = _child("declared_huge", "sync")
    assert result["raised"] == "ResponseTooLargeError"
    assert result["seconds"] < 5
    assert result["peak_growth_mib"] < 16


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_the_too_large_error_names_the_limit_and_the_option(case: Case, style: str) -> None:
    body = gzip.compress(b" " * (3 * 2**20))
    with raw_server(answer(200, body, {"Content-Encoding": "gzip"})) as (url, _):
        client = _client_at(case, url, max_response_bytes=2**20)
        error = await _raised(case, client, style)
    assert isinstance(error, errors.ResponseTooLargeError)
    assert error.limit == 2**20
    assert error.status_code == 200
    assert "max_response_bytes=1048576 (1 MiB)" in str(error)
    assert "Pass a larger max_response_bytes=" in str(error)  # how to change it


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_a_body_within_the_limit_is_read_decoded(case: Case, style: str) -> None:
    raw = json.dumps(case.get_body()).encode()
    with raw_server(answer(200, gzip.compress(raw), {"Content-Encoding": "gzip"})) as (url, got):
        client = _client_at(case, url, max_response_bytes=len(raw))
        assert await _call(case, client, style) is not None
    assert b"accept-encoding: gzip, deflate" in got[0].head.lower()


@pytest.mark.parametrize("limit", [0, -1, True, 1.5])
def test_max_response_bytes_must_be_a_positive_integer(limit: Any) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        CASES["app47"]().make(max_response_bytes=limit)


# --- 3. a bound on a call's duration -------------------------------------------------------

BODY_DRIP = head(200, {"Content-Type": "application/json", "Content-Length": "1000"}) + b"{"
HEADER_DRIP = b"HTTP/1.1 200 OK\r\nX-Slow: "


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("where", ["body", "header"])
async def test_a_dripping_server_meets_the_timeout_as_a_whole(
    case: Case, style: str, where: str
) -> None:
    """One byte every 0.2 s: each read is quick, the call was not (12 s, until the server
    gave up, with timeout=2)."""
    script = drip(BODY_DRIP if where == "body" else HEADER_DRIP, b" " if where == "body" else b"x")
    with raw_server(script) as (url, _):
        client = _client_at(case, url, timeout=1)
        start = time.monotonic()
        error = await _raised(case, client, style)
        elapsed = time.monotonic() - start
    assert isinstance(error, errors.APITimeoutError), repr(error)
    assert 0.9 < elapsed < 2.5


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_each_retry_gets_its_own_deadline(style: str) -> None:
    case = CASES["app47"]()
    with raw_server(drip(BODY_DRIP)) as (url, received):
        client = _client_at(case, url, timeout=0.5, max_retries=2)
        start = time.monotonic()
        error = await _raised(case, client, style)
        elapsed = time.monotonic() - start
    assert isinstance(error, errors.APITimeoutError)
    assert len(received) == 3
    assert 1.4 < elapsed < 3.0


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_an_httpx_timeout_keeps_its_per_phase_meaning(style: str) -> None:
    """A read timeout of 1 s is met by a server sending a byte every 0.2 s for 1.5 s."""
    case = CASES["app47"]()
    body = json.dumps(case.get_body()).encode()
    paced = body + b" " * 7  # 7 trailing blanks, one every 0.2 s

    def script(conn: Any, request: RawRequest) -> None:
        fields = {"Content-Type": "application/json", "Content-Length": str(len(paced))}
        conn.sendall(head(200, fields) + body)
        for _ in range(7):
            time.sleep(0.2)
            conn.sendall(b" ")

    with raw_server(script) as (url, _):
        client = _client_at(case, url, timeout=httpx2.Timeout(1.0))
        start = time.monotonic()
        assert await _call(case, client, style) is not None
    assert time.monotonic() - start > 1.3


# --- 4. every way a body can fail to decode is typed --------------------------------------


def _undecodable_bodies() -> dict[str, tuple[bytes, dict[str, str]]]:
    return {
        "nested_990": (b"[" * 990 + b"]" * 990, {}),
        "nested_100k": (b"[" * 100_000 + b"]" * 100_000, {}),
        "lone_surrogate": (b'"\\ud800"', {}),
        "surrogate_in_object": (b'{"id": "\\udfff", "name": "\\ud800"}', {}),
        "huge_integer": (b"1" * 5000, {}),
        "bad_utf8": (b'{"name": "\xff\xfe"}', {}),
        "bad_gzip": (b"\x1f\x8b\x08\x00garbage-not-gzip", {"Content-Encoding": "gzip"}),
        "bad_deflate": (b"garbage-not-deflate", {"Content-Encoding": "deflate"}),
        "charset_rot13": (b"{}", {"Content-Type": "application/json; charset=rot13"}),
    }


UNDECODABLE = _undecodable_bodies()


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("kind", sorted(UNDECODABLE))
async def test_a_2xx_that_cannot_be_decoded_is_a_validation_error(
    case: Case, style: str, kind: str
) -> None:
    body, headers = UNDECODABLE[kind]
    if kind == "charset_rot13":
        body = json.dumps(case.get_body()).encode()  # valid JSON: the charset is ignored
    with raw_server(answer(200, body, headers)) as (url, _):
        client = _client_at(case, url)
        if kind == "charset_rot13":
            assert await _call(case, client, style) is not None
            return
        error = await _raised(case, client, style)
    assert isinstance(error, errors.APIResponseValidationError), repr(error)
    assert error.status_code == 200


ERROR_PAGES = {
    **{k: v for k, v in UNDECODABLE.items() if k != "charset_rot13"},
    "charset_rot13": (b"<html>down</html>", {"Content-Type": "text/html; charset=rot13"}),
    "charset_base64": (b"<html>down</html>", {"Content-Type": "text/html; charset=base64"}),
    "charset_idna": (b"\xff\xfe down", {"Content-Type": "text/plain; charset=idna"}),
    "charset_unknown": (b"down", {"Content-Type": "text/plain; charset=no-such-codec"}),
    "deep_json_error": (b'{"error": ' + b"[" * 990 + b"]" * 990 + b"}", {}),
}


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("status", [404, 503])
@pytest.mark.parametrize("kind", sorted(ERROR_PAGES))
async def test_an_error_that_cannot_be_decoded_is_its_status_class(
    case: Case, style: str, status: int, kind: str
) -> None:
    body, headers = ERROR_PAGES[kind]
    with raw_server(answer(status, body, headers)) as (url, _):
        client = _client_at(case, url)
        error = await _raised(case, client, style)
    expected = errors.NotFoundError if status == 404 else errors.InternalServerError
    assert type(error) is expected, repr(error)
    assert error.status_code == status
    str(error), repr(error)  # both can be shown


# --- 5. an error page's text in linear time ------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [b"<" * 1_000_000, b"<a" * 500_000, b"<" + b"a" * 999_999, b"<<>" * 333_333],
    ids=["angles", "open-tags", "one-long-tag", "mixed"],
)
def test_an_error_page_of_any_content_is_read_in_milliseconds(page: bytes) -> None:
    """`<[^>]*>` over a page of `<` took minutes (each `<` scanned to the end); run in a
    child so that a regression fails on its timeout instead of pinning the suite."""
    code = (
        "import sys, time, httpx2\n"
        "from overlays._descriptor import ErrorFormat\n"
        "from overlays._error_format import status_error\n"
        "page = sys.stdin.buffer.read()\n"
        "request = httpx2.Request('GET', 'https://x.test/')\n"
        "response = httpx2.Response(502, content=page, request=request,\n"
        "                          headers={'content-type': 'text/html'})\n"
        "start = time.perf_counter()\n"
        "error = status_error(response, ErrorFormat())\n"
        "print(time.perf_counter() - start, type(error).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=page, capture_output=True, cwd=REPO,
        timeout=20, check=True,
    )  # fmt: skip
    seconds, name = done.stdout.decode().split()
    assert name == "InternalServerError"
    assert float(seconds) < 1.0


def test_a_1mb_page_of_angles_through_a_client_in_a_child() -> None:
    result = _child("html_of_angles", "sync", seconds=30)
    assert result["raised"] == "InternalServerError"
    assert result["seconds"] < 2


# --- the connection survives a refused body -------------------------------------------------


def test_a_client_keeps_working_after_a_too_large_answer() -> None:
    case = CASES["app47"]()
    bodies = iter([b" " * (2 * 2**20), json.dumps(case.get_body()).encode()])

    def script(conn: Any, request: RawRequest) -> None:
        answer(200, next(bodies))(conn, request)

    with raw_server(script) as (url, received):
        client = _client_at(case, url, max_response_bytes=2**20)
        with pytest.raises(errors.ResponseTooLargeError):
            case.get.sync(client)
        assert case.get.sync(client) is not None
    assert len(received) == 2


def test_endless_chunks_in_process_with_a_small_limit() -> None:
    case = CASES["push_express"]()
    with raw_server(endless_chunks(200)) as (url, _):
        client = _client_at(case, url, max_response_bytes=2**20)
        with pytest.raises(errors.ResponseTooLargeError):
            case.get.sync(client)

    async def go() -> None:
        with raw_server(endless_chunks(200)) as (url, _):
            client = _client_at(case, url, max_response_bytes=2**20)
            with pytest.raises(errors.ResponseTooLargeError):
                await case.get.asyncio(client)

    asyncio.run(go())
