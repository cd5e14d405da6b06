"""The overlays' promises under the cases that broke them: no credential on any path out
(logs at DEBUG over real sockets, tracebacks, error bodies, echoed headers, request reprs),
every failure typed (a body cut or stalled mid-read), one client safely shared (copies,
threads, tasks), concurrent paging that refuses what sequential paging refuses, and the
retry edge cases. Every provider, sync and async, where it applies."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import traceback
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest

from overlays import _aiohttp, _runtime, errors
from tests.helpers.loopback import Answer, Received, loopback
from tests.helpers.overlay_cases import CASES, STYLES, Case
from tests.helpers.pages import Store

FOREIGN_KEY = "FOREIGN-api-key-0123456789"  # somebody else's key, in an error body
FOREIGN_BASIC = "Basic Zm9yZWlnbjpGT1JFSUdOLXNlY3JldA=="  # base64("foreign:FOREIGN-secret")
FOREIGN_TOKEN = "FOREIGN-access-token-987654"


@pytest.fixture(params=sorted(CASES), ids=str)
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]()


def _prefix(case: Case) -> str:
    """The path part of the case's base URL (`/api/v2`, `/api/b/v2`...)."""
    return httpx2.URL(case.base).path.rstrip("/")


def _client_at(case: Case, url: str, **options: Any) -> Any:
    options.setdefault("sleep", lambda seconds: None)
    base = f"{url}{_prefix(case)}"
    if case.name == "appaloosa":  # the factory appends the store id itself
        base = base.removesuffix("/52")
    return case.make(base_url=base, **options)


def _credential_of(received: Received) -> str:
    """What the client authenticated with, as the server received it."""
    query = parse_qs(urlsplit(received.path).query)
    if "api_key" in query:
        return query["api_key"][0]
    return received.headers.get("Authorization") or received.headers.get("Access-Token") or ""


def _echoing(body: Any, status: int = 200) -> Any:
    """A handler that answers `body` with the request's credential echoed in a `Link` URL,
    a `Set-Cookie` and a custom header: a server's answer httpcore's trace then prints."""

    def handle(received: Received) -> Answer:
        credential = _credential_of(received)
        headers = {
            "Link": f'<http://127.0.0.1/next?api_key={credential}&page=2>; rel="next"',
            "Set-Cookie": f"session={credential}; Path=/",
            "X-Echo": credential,
        }
        return Answer(status, json.dumps(body).encode(), headers)

    return handle


def _leaks(case: Case, text: str) -> list[str]:
    return [secret for secret in case.secrets if secret in text]


async def _call(case: Case, client: Any, style: str) -> Any:
    if style == "sync":
        return case.get.sync(client)
    return await case.get.asyncio(client)


async def _raised(case: Case, client: Any, style: str) -> errors.APIError:
    with pytest.raises(errors.APIError) as caught:
        await _call(case, client, style)
    return caught.value


def _everything_shown(error: BaseException) -> str:
    """What a user, a log or a crash report can see of an exception."""
    shown = [repr(error), str(error), "".join(traceback.format_exception(error))]
    for attribute in ("request", "response"):
        value = getattr(error, attribute, None)
        if value is not None:
            shown += [repr(value), str(value)]
    response = getattr(error, "response", None)
    if response is not None:
        shown += [repr(response.request), repr(response.request.headers), str(response.request)]
    request = getattr(error, "request", None)
    if request is not None:
        shown += [repr(request.headers), str(request.url)]
    return "\n".join(shown)


# --- credentials: logs at DEBUG, over real sockets ---------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_no_debug_record_of_any_logger_shows_a_credential_over_loopback(
    case: Case, style: str, caplog: pytest.LogCaptureFixture
) -> None:
    """httpcore's trace logs every response's headers at DEBUG: Appaloosa's `Link` carries
    `api_key`, and an echoed `Set-Cookie` or custom header carries any credential."""
    with loopback(_echoing(case.get_body())) as (url, received):
        client = _client_at(case, url)
        with caplog.at_level(logging.DEBUG):
            assert await _call(case, client, style) is not None
    assert received, "the request reached the loopback server"
    names = {record.name for record in caplog.records}
    # the real socket path ran and logged (sync: httpcore2's trace; async: aiohttp's pool)
    assert "httpcore2.http11" in names or style != "sync"
    text = caplog.text + "\n".join(record.getMessage() for record in caplog.records)
    assert "receive_response_headers.complete" in text or style != "sync"
    assert _leaks(case, text) == []
    assert _leaks(case, repr(client) + str(client) + repr(client.get_httpx_client())) == []


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_no_debug_record_shows_a_credential_when_a_call_fails(
    case: Case, style: str, caplog: pytest.LogCaptureFixture
) -> None:
    with loopback(_echoing({"echo": "see headers"}, status=500)) as (url, _):
        client = _client_at(case, url, max_retries=1)
        with caplog.at_level(logging.DEBUG):
            error = await _raised(case, client, style)
            logging.getLogger("app").exception("the call failed", exc_info=error)
    assert isinstance(error, errors.InternalServerError)
    assert _leaks(case, caplog.text) == []


# --- credentials: tracebacks --------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_tracebacks_of_every_exception_show_no_credential(
    case: Case, style: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The generated code raises `from exc`, and the chained `UnexpectedStatus` quoted the
    whole body: a secret the error's own message hid (APPush answers `application_secret`)."""

    def leaky(status: int, fault: Any = None) -> Any:
        def handle(received: Received) -> Answer:
            body = {"application_secret": "APP-SECRET-abcdef123", "echo": _credential_of(received)}
            return Answer(status, json.dumps(body).encode(), fault=fault)

        return handle

    scenarios = [
        (leaky(203), errors.APIResponseValidationError),  # an undocumented 2xx
        (leaky(500), errors.InternalServerError),
        (leaky(200, "reset_mid_body"), errors.APIConnectionError),
        (leaky(200, "short_body"), errors.APIConnectionError),
    ]
    for handler, expected in scenarios:
        with loopback(handler) as (url, _):
            error = await _raised(case, _client_at(case, url, max_retries=0), style)
        assert isinstance(error, expected), (handler, error)
        with caplog.at_level(logging.ERROR):
            logging.getLogger("app").exception("failed", exc_info=error)
        shown = _everything_shown(error) + caplog.text
        assert _leaks(case, shown) == [], expected
        assert "APP-SECRET-abcdef123" not in shown


# --- credentials: JSON error bodies and echoed headers ------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_json_error_bodies_with_credentials_never_reach_the_message(
    case: Case, style: str
) -> None:
    """Masking knew only `name=value` text: `{"api_key": "..."}` and a body echoing the
    request's own credential reached `str(error)`."""

    def handle(received: Received) -> Answer:
        body = {"api_key": FOREIGN_KEY, "note": f"you sent {_credential_of(received)}"}
        return Answer(400, json.dumps(body).encode())

    with loopback(handle) as (url, _):
        error = await _raised(case, _client_at(case, url), style)
    assert isinstance(error, errors.BadRequestError)
    shown = _everything_shown(error)
    assert _leaks(case, shown) == []
    assert FOREIGN_KEY not in shown
    assert '"api_key": "***"' in error.message


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_error_pages_echoing_credential_headers_are_masked(case: Case, style: str) -> None:
    def handle(received: Received) -> Answer:
        page = (
            "<html><body><h1>Unauthorized</h1><pre>"
            f"Access-Token: {FOREIGN_TOKEN}\nAuthorization: {FOREIGN_BASIC}\n"
            f"X-Yours: {_credential_of(received)}</pre></body></html>"
        )
        return Answer(401, page.encode(), {"Content-Type": "text/html"})

    with loopback(handle) as (url, _):
        error = await _raised(case, _client_at(case, url), style)
    assert isinstance(error, errors.AuthenticationError)
    shown = _everything_shown(error)
    assert _leaks(case, shown) == []
    assert FOREIGN_TOKEN not in shown
    assert FOREIGN_BASIC.split()[1] not in shown
    assert "Access-Token: ***" in error.message
    assert "Authorization: Basic ***" in error.message


# --- credentials: request reprs -----------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_the_requests_kept_on_errors_show_no_credential(case: Case, style: str) -> None:
    """`repr(error.request)` showed Appaloosa's key in the URL; `repr(request.headers)`
    App47's `Access-Token` (httpx masks only `Authorization`)."""
    with loopback(lambda received: Answer(404, b'{"error": "no"}')) as (url, _):
        status_error = await _raised(case, _client_at(case, url), style)
        broken = Answer(200, json.dumps(case.get_body()).encode(), fault="reset_mid_body")
    with loopback(lambda received: broken) as (url, _):
        connection_error = await _raised(case, _client_at(case, url, max_retries=0), style)
    assert isinstance(status_error, errors.NotFoundError)
    assert isinstance(connection_error, errors.APIConnectionError)
    assert connection_error.request is not None
    for shown in (_everything_shown(status_error), _everything_shown(connection_error)):
        assert _leaks(case, shown) == []
    # The stand-in still says what was sent, for debugging.
    assert status_error.response.request.method == "GET"
    assert case.get.path in str(status_error.response.request.url)
    assert (
        connection_error.request.extensions["openapi_operation"]
        == case.get.module.rsplit(".", 1)[1]
    )


# --- failures while the body is read ------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("validate", [True, False], ids=["validated", "unvalidated"])
@pytest.mark.parametrize("fault", ["reset_mid_body", "short_body"])
async def test_a_body_cut_mid_read_is_an_api_connection_error_and_is_retried(
    case: Case, style: str, validate: bool, fault: str
) -> None:
    """A reset while the body is read escaped as a bare httpx2.ReadError /
    RemoteProtocolError (with validation off, raised by httpx after the transport)."""
    body = json.dumps(case.get_body()).encode()
    with loopback(lambda received: Answer(200, body, fault=fault)) as (url, received):  # type: ignore[arg-type]
        client = _client_at(case, url, validate_responses=validate)
        error = await _raised(case, client, style)
    assert type(error) is errors.APIConnectionError
    assert isinstance(error.__cause__, httpx2.ReadError | httpx2.RemoteProtocolError)
    assert len(received) == 3  # a GET: retried like any other transport failure


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_a_cut_body_then_a_good_one_succeeds(case: Case, style: str) -> None:
    body = json.dumps(case.get_body()).encode()
    answers = iter([Answer(200, body, fault="reset_mid_body"), Answer(200, body)])
    with loopback(lambda received: next(answers)) as (url, received):
        assert await _call(case, _client_at(case, url), style) is not None
    assert len(received) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_a_stall_mid_body_is_an_api_timeout_error(case: Case, style: str) -> None:
    body = json.dumps(case.get_body()).encode()
    stalled = Answer(200, body, fault="stall_mid_body", stall=1.0)
    with loopback(lambda received: stalled) as (url, received):
        client = _client_at(case, url, timeout=0.25, max_retries=1)
        error = await _raised(case, client, style)
    assert type(error) is errors.APITimeoutError
    assert isinstance(error.__cause__, httpx2.ReadTimeout)
    assert len(received) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_a_plain_post_cut_mid_body_is_typed_and_not_sent_again(
    case: Case, style: str
) -> None:
    if case.post is None or case.post_body is None:
        pytest.skip(f"{case.name} has no POST operation")
    body = json.dumps(case.post_body()).encode()
    cut = Answer(case.post_status, body, fault="reset_mid_body")
    with loopback(lambda received: cut) as (url, received):
        client = _client_at(case, url)
        call = case.post.sync if style == "sync" else case.post.asyncio
        with pytest.raises(errors.APIConnectionError):
            await _maybe_await(call(client))
    assert len(received) == 1


async def _maybe_await(result: Any) -> Any:
    return await result if asyncio.iscoroutine(result) else result


# --- one client, shared --------------------------------------------------------------------


def _slow_when_asked(case: Case) -> Any:
    body = json.dumps(case.get_body()).encode()

    def handle(received: Received) -> Answer:
        return Answer(200, body, delay=0.4 if "x-slow" in received.headers else 0.0)

    return handle


def test_closing_a_copy_leaves_a_request_in_flight_on_the_original(case: Case) -> None:
    with loopback(_slow_when_asked(case)) as (url, received):
        client = _client_at(case, url)
        case.get.sync(client)  # the original owns a warm pool
        slow = client.with_headers({"X-Slow": "1"})
        outcome: list[Any] = []
        worker = threading.Thread(target=lambda: outcome.append(_try(case.get.sync, slow)))
        worker.start()
        while len(received) < 2:
            time.sleep(0.01)
        for copy in (
            client.with_headers({"X-Tag": "copy"}),
            client.with_timeout(httpx2.Timeout(5)),
        ):
            case.get.sync(copy)
            copy.get_httpx_client().close()
        worker.join()
        assert outcome
        assert not isinstance(outcome[0], BaseException), outcome
        assert case.get.sync(client) is not None  # the pool is still open
    client.get_httpx_client().close()


@pytest.mark.anyio
async def test_closing_an_async_copy_leaves_a_request_in_flight_on_the_original(
    case: Case,
) -> None:
    with loopback(_slow_when_asked(case)) as (url, received):
        client = _client_at(case, url)
        await case.get.asyncio(client)
        in_flight = asyncio.ensure_future(case.get.asyncio(client.with_headers({"X-Slow": "1"})))
        while len(received) < 2:
            await asyncio.sleep(0.01)
        copy = client.with_timeout(httpx2.Timeout(5))
        await case.get.asyncio(copy)
        await copy.get_async_httpx_client().aclose()
        assert await in_flight is not None
        assert await case.get.asyncio(client) is not None
        await client.get_async_httpx_client().aclose()


def _try(function: Any, *args: Any) -> Any:
    try:
        return function(*args)
    except BaseException as exc:  # the test reports it
        return exc


def test_with_timeout_takes_seconds_as_the_factories_do(case: Case) -> None:
    client = case.make()
    assert client.with_timeout(2.5).get_httpx_client().timeout == httpx2.Timeout(2.5)
    with pytest.raises(ValueError, match="positive number"):
        client.with_timeout(0)


class _Counted:
    """Counts the instances of a class built while it is installed, slowly: a pool
    that takes a while to build opens the window two racing threads would need."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str, module: Any = httpx2) -> None:
        self.built = 0
        original = getattr(module, name)
        counter = self

        class Counting(original):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                time.sleep(0.02)
                counter.built += 1
                super().__init__(*args, **kwargs)

        monkeypatch.setattr(module, name, Counting)


def test_one_sync_client_from_8_threads_builds_one_pool(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    pools = _Counted(monkeypatch, "SocketTransport", _runtime)  # the sync pool
    clients = _Counted(monkeypatch, "Session", _runtime)  # what a client sends through
    with loopback(_echoing(case.get_body())) as (url, received):
        client = _client_at(case, url)
        start = threading.Barrier(8)

        def work() -> Any:
            start.wait()
            return _try(case.get.sync, client)

        results: list[Any] = []
        threads = [threading.Thread(target=lambda: results.append(work())) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        client.get_httpx_client().close()
    failures = [r for r in results if isinstance(r, BaseException) or r is None]
    assert failures == []
    assert len(results) == len(received) == 8
    assert pools.built == 1
    assert clients.built == 1


@pytest.mark.anyio
async def test_one_async_client_from_100_tasks_builds_one_pool(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    pools = _Counted(monkeypatch, "AiohttpTransport", _aiohttp)  # the default async core
    with loopback(_echoing(case.get_body())) as (url, received):
        client = _client_at(case, url)
        results = await asyncio.gather(
            *(case.get.asyncio(client) for _ in range(100)), return_exceptions=True
        )
        await client.get_async_httpx_client().aclose()
    assert [r for r in results if isinstance(r, BaseException) or r is None] == []
    assert len(received) == 100
    assert pools.built == 1


# --- pagination that silently doubled ------------------------------------------------------


class _IgnoresPage(Store):
    """A server that ignores `page` (as Prism does): page 1 every time, saying there are 3."""

    def answer(self, request: httpx2.Request) -> httpx2.Response:
        return super().answer(httpx2.Request("GET", request.url.copy_set_param("page", "1")))


def _ignoring_store() -> Store:
    return _IgnoresPage(total=60)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_server_that_ignores_page_is_refused_with_or_without_concurrency(
    concurrency: int,
) -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = _ignoring_store()
    seen: list[Any] = []
    users = appaloosa.paginate(list_users, client=store.client(), per=20, concurrency=concurrency)
    with pytest.raises(errors.PaginationError, match="repeats the items"):
        seen.extend(users)
    assert len(seen) == 20  # page 1 once, never its copies


@pytest.mark.anyio
async def test_async_concurrent_pagination_refuses_a_server_that_ignores_page() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = _ignoring_store()
    seen: list[Any] = []

    async def walk() -> None:
        async for user in appaloosa.apaginate(
            list_users, client=store.client(), per=20, concurrency=4
        ):
            seen.append(user)

    with pytest.raises(errors.PaginationError, match="repeats the items"):
        await walk()
    assert len(seen) == 20


def test_concurrent_offset_pagination_refuses_an_api_that_ignores_skip() -> None:
    from app47_client.api.apps import list_apps

    from overlays import app47
    from tests.helpers.offsets import Listing, app47_page

    def ignores_skip(listing: Listing, request: httpx2.Request) -> httpx2.Response:
        return app47_page(listing, httpx2.Request("GET", request.url.copy_remove_param("skip")))

    listing = Listing(350, ignores_skip)
    client = app47.client("token", transport=httpx2.MockTransport(listing), sleep=lambda s: None)
    seen: list[Any] = []
    apps = app47.paginate(list_apps, client=client, concurrency=4)
    with pytest.raises(errors.PaginationError, match="skipped 0"):
        seen.extend(apps)
    assert len(seen) == 100


@pytest.mark.anyio
async def test_max_pages_bounds_a_concurrent_listing() -> None:
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(total=200)  # 10 pages of 20
    users = list(
        appaloosa.paginate(list_users, client=store.client(), per=20, concurrency=4, max_pages=3)
    )
    assert [u.id for u in users] == list(range(1, 61))
    assert sorted(int(p or 1) for p in store.pages()) == [1, 2, 3]
    store = Store(total=200)
    users = [
        u
        async for u in appaloosa.apaginate(
            list_users, client=store.client(), per=20, concurrency=4, max_pages=3
        )
    ]
    assert len(users) == 60
    assert len(store.requests) == 3


# --- retry edge cases ----------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_an_x_idempotent_post_is_retried_through_its_generated_call(style: str) -> None:
    """Push.Express documents archive and unarchive as idempotent (`x-idempotent: true`):
    retried after a 503, where create (a plain POST) is not."""
    from push_express_client.api.app_groups import (
        archive_app_group,
        create_app_group,
        unarchive_app_group,
    )
    from push_express_client.models import SelectedAppsGroupInput

    from overlays import push_express

    for operation, expected in [(archive_app_group, 2), (unarchive_app_group, 2)]:
        sent: list[httpx2.Request] = []

        def answer(request: httpx2.Request, sent: list[httpx2.Request] = sent) -> httpx2.Response:
            sent.append(request)
            return httpx2.Response(503 if len(sent) == 1 else 204)

        client = push_express.client(
            "pe-token-123456789", transport=httpx2.MockTransport(answer), sleep=lambda s: None
        )
        if style == "sync":
            operation.sync_detailed(17, client=client)
        else:
            await operation.asyncio_detailed(17, client=client)
        assert [r.method for r in sent] == ["POST"] * expected, operation.__name__
    sent = []
    client = push_express.client(
        "pe-token-123456789",
        transport=httpx2.MockTransport(lambda r: (sent.append(r), httpx2.Response(503))[1]),
        sleep=lambda s: None,
    )
    body = SelectedAppsGroupInput(name="n", all_apps=False, app_ids=[1])
    with pytest.raises(errors.InternalServerError):
        create_app_group.sync(client=client, body=body)
    assert len(sent) == 1


def test_a_retry_after_beyond_the_cap_falls_back_to_our_backoff(case: Case) -> None:
    slept: list[float] = []
    sent: list[httpx2.Request] = []
    answers = [httpx2.Response(503, headers={"Retry-After": "3600"}), None]

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        first = answers.pop(0)
        return first if first is not None else httpx2.Response(200, json=case.get_body())

    client = case.make(transport=httpx2.MockTransport(answer), sleep=slept.append)
    assert case.get.sync(client) is not None
    assert len(sent) == 2
    assert len(slept) == 1
    assert 0.375 <= slept[0] <= 0.5  # our first backoff step, not 60 s


def test_a_page_listing_without_per_ends_on_a_short_page() -> None:
    """Without `per` the server uses the spec's default (20 for list_users): a page of 5 is
    the last, with no Link or Total header to say so."""
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    store = Store(total=25, link=None, headers=False)
    users = list(appaloosa.paginate(list_users, client=store.client()))
    assert len(users) == 25
    assert store.pages() == [None, "2"] or store.pages() == ["1", "2"]


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_a_status_the_spec_calls_final_is_not_retried(style: str) -> None:
    """APPush answers 502 for invalid PEM strings on PUT (`x-final-statuses: [502]`): a
    refusal, not an outage. The same PUT answered 503 is retried."""
    from appush_client.api.applications import replace_application
    from appush_client.models import ApplicationInput, Environment

    from overlays import appush

    body = ApplicationInput(name="My App", env=Environment.DEV, dev_pem="not a PEM")
    for status, attempts in [(502, 1), (503, 3)]:
        sent: list[httpx2.Request] = []

        def answer(
            request: httpx2.Request, sent: list[httpx2.Request] = sent, status: int = status
        ) -> httpx2.Response:
            sent.append(request)
            return httpx2.Response(status, text="<html>Bad Gateway</html>")

        client = appush.client(
            "ROOT-TOKEN-1234567", "ROOT-SECRET-1234567",
            transport=httpx2.MockTransport(answer), sleep=lambda s: None,
        )  # fmt: skip
        call = replace_application.sync if style == "sync" else replace_application.asyncio
        with pytest.raises(errors.InternalServerError):
            await _maybe_await(call("P9haDs2EjJmyuYwEpxio2KPZ4SH", client=client, body=body))
        assert len(sent) == attempts, status
