"""Every overlay behaviour, for every provider, through the generated functions, sync and
async: auth, error mapping, response validation, retries, timeouts, secrets, logging."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx2
import pytest

from overlays import _runtime, errors
from overlays._facade import DEFAULT_TIMEOUT
from tests.helpers.overlay_cases import CASES, Case, ErrorSample, expected_error_class

Handler = Callable[[httpx2.Request], httpx2.Response]


@pytest.fixture(params=sorted(CASES), ids=str)
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]()


class Recorder:
    """A MockTransport that answers from a list (the last answer repeats) and keeps requests."""

    def __init__(self, *answers: httpx2.Response | Exception | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx2.Request] = []
        self.slept: list[float] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        request.read()
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    def client(self, case: Case, **options: Any) -> Any:
        options.setdefault("sleep", self.slept.append)
        return case.make(transport=httpx2.MockTransport(self), **options)


def ok(body: Any, status: int = 200) -> httpx2.Response:
    return httpx2.Response(status, json=body)


def error_answer(sample: ErrorSample) -> httpx2.Response:
    """The provider's error as it sends it: JSON, or an HTML page (APPush) given as text."""
    if isinstance(sample.body, str):
        return httpx2.Response(
            sample.status, text=sample.body, headers={"content-type": "text/html"}
        )
    return ok(sample.body, sample.status)


STYLES = ["sync", "sync_detailed", "asyncio", "asyncio_detailed"]


async def call(case: Case, client: Any, style: str) -> Any:
    if style.startswith("sync"):
        return case.get.sync(client, style)
    return await case.get.asyncio(client, style)


# --- auth and requests --------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_every_call_style_is_authenticated_and_parsed(case: Case, style: str) -> None:
    recorder = Recorder(ok(case.get_body()))
    result = await call(case, recorder.client(case), style)
    (request,) = recorder.requests
    case.check_auth(request)
    assert request.url.path.endswith(case.get.path)
    assert str(request.url).startswith(case.base)
    parsed = result.parsed if style.endswith("detailed") else result
    assert parsed is not None
    assert request.extensions["openapi_operation"] == case.get.module.rsplit(".", 1)[1]


def test_auth_survives_with_headers_and_with_timeout(case: Case) -> None:
    recorder = Recorder(ok(case.get_body()))
    client = recorder.client(case).with_headers({"X-Trace": "1"}).with_timeout(httpx2.Timeout(9))
    case.get.sync(client)
    case.check_auth(recorder.requests[0])
    assert recorder.requests[0].headers["X-Trace"] == "1"


def test_with_headers_leaves_the_original_client_unchanged(case: Case) -> None:
    recorder = Recorder(ok(case.get_body()))
    client = recorder.client(case)
    case.get.sync(client)  # the original now has its httpx client
    tagged = client.with_headers({"X-Tag": "copy"})
    case.get.sync(tagged)
    case.get.sync(client)
    assert [r.headers.get("x-tag") for r in recorder.requests] == [None, "copy", None]
    case.check_auth(recorder.requests[1])


def test_the_default_network_transport_is_used_without_options(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(ok(case.get_body()))
    monkeypatch.setattr(_runtime.Network, "sync_core", lambda self: httpx2.MockTransport(recorder))
    assert case.get.sync(case.make()) is not None
    case.check_auth(recorder.requests[-1])


# --- error mapping ------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_documented_error_bodies_raise_the_right_class_with_their_fields(
    case: Case, style: str
) -> None:
    for sample in case.errors:
        recorder = Recorder(error_answer(sample))
        with pytest.raises(errors.APIStatusError) as caught:
            await call(case, recorder.client(case), style)
        error = caught.value
        assert type(error) is expected_error_class(sample.status)
        assert error.status_code == sample.status
        assert error.message == sample.message
        assert error.code == sample.code
        assert error.request_id == sample.request_id
        assert error.body == sample.body
        assert error.response.status_code == sample.status
        assert sample.message in str(error)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><head><title>Oops</title></head><body>Gateway exploded</body></html>",
        b'{"error": "trunc',
    ],
    ids=["empty", "html", "truncated"],
)
async def test_any_error_body_gives_the_right_class(
    case: Case, status: int, cls: type[errors.APIStatusError], body: bytes
) -> None:
    answer = httpx2.Response(status, content=body, headers={"content-type": "text/html"})
    recorder = Recorder(answer)
    with pytest.raises(cls) as caught:
        case.get.sync(recorder.client(case, max_retries=0))
    assert caught.value.response.content == body
    assert caught.value.message
    with pytest.raises(cls):
        await case.get.asyncio(Recorder(answer).client(case, max_retries=0))


def test_a_redirect_is_an_error_too(case: Case) -> None:
    recorder = Recorder(httpx2.Response(302, headers={"Location": "https://elsewhere.test/"}))
    with pytest.raises(errors.APIStatusError) as caught:
        case.get.sync(recorder.client(case))
    assert caught.value.status_code == 302


# --- 2xx bodies that do not match the spec ------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    "content",
    [b'{"truncated": ', b"<html>maintenance</html>", b"", b"not json at all"],
    ids=["truncated", "html", "empty", "text"],
)
async def test_an_unparsable_2xx_raises_response_validation_error(
    case: Case, style: str, content: bytes
) -> None:
    recorder = Recorder(httpx2.Response(200, content=content))
    with pytest.raises(errors.APIResponseValidationError) as caught:
        await call(case, recorder.client(case), style)
    error = caught.value
    assert error.operation == case.get.module.rsplit(".", 1)[1]
    assert error.status_code == 200
    assert error.response.content == content
    assert error.operation in str(error)
    assert "200" in str(error)


@pytest.mark.anyio
@pytest.mark.parametrize("wrong", [{"unexpected": "shape"}, [1, 2, 3], "a string", 42])
async def test_a_2xx_of_the_wrong_shape_raises_response_validation_error(
    case: Case, wrong: Any
) -> None:
    with pytest.raises(errors.APIResponseValidationError):
        case.get.sync(Recorder(ok(wrong)).client(case))
    with pytest.raises(errors.APIResponseValidationError):
        await case.get.asyncio(Recorder(ok(wrong)).client(case))


def test_secrets_in_a_body_never_reach_an_exception_message(case: Case) -> None:
    """The generated code's UnexpectedStatus quotes the whole body; error pages may echo the
    request URL with its key: neither reaches str() or repr() of the overlay's exception."""
    leaky = {"application_secret": "BODY-SECRET", "url": "https://x.test/?api_key=KEY-SECRET"}
    with pytest.raises(errors.APIResponseValidationError) as undocumented:
        case.get.sync(Recorder(ok(leaky, status=203)).client(case))
    page = httpx2.Response(500, text="<html>failed: https://x.test/?api_key=KEY-SECRET</html>")
    with pytest.raises(errors.InternalServerError) as failed:
        case.get.sync(Recorder(page).client(case, max_retries=0))
    text = _all_text(undocumented.value, failed.value)
    assert "BODY-SECRET" not in text
    assert "KEY-SECRET" not in text
    assert "203 is not documented" in str(undocumented.value)
    assert "api_key=***" in failed.value.message
    assert failed.value.body  # the raw body is kept, for whoever needs it


def test_an_undocumented_2xx_status_raises_response_validation_error(case: Case) -> None:
    recorder = Recorder(ok(case.get_body(), status=299))
    with pytest.raises(errors.APIResponseValidationError, match="299"):
        case.get.sync(recorder.client(case))


# --- retries ------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_is_retried_on_retryable_statuses_then_succeeds(case: Case, status: int) -> None:
    recorder = Recorder(httpx2.Response(status), httpx2.Response(status), ok(case.get_body()))
    assert case.get.sync(recorder.client(case)) is not None
    assert len(recorder.requests) == 3
    assert len(recorder.slept) == 2
    assert recorder.slept[0] < recorder.slept[1]  # exponential
    async_recorder = Recorder(httpx2.Response(status), ok(case.get_body()))
    assert await case.get.asyncio(async_recorder.client(case)) is not None
    assert len(async_recorder.requests) == 2


def test_retries_give_up_after_max_retries_with_the_last_error(case: Case) -> None:
    recorder = Recorder(httpx2.Response(503))
    with pytest.raises(errors.InternalServerError):
        case.get.sync(recorder.client(case, max_retries=3))
    assert len(recorder.requests) == 4
    recorder = Recorder(httpx2.Response(503))
    with pytest.raises(errors.InternalServerError):
        case.get.sync(recorder.client(case, max_retries=0))
    assert len(recorder.requests) == 1
    assert recorder.slept == []


def test_client_errors_are_not_retried(case: Case) -> None:
    recorder = Recorder(httpx2.Response(404), ok(case.get_body()))
    with pytest.raises(errors.NotFoundError):
        case.get.sync(recorder.client(case))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("retry_after", ["7", "0.5x"])
def test_retry_after_is_honoured(case: Case, retry_after: str) -> None:
    recorder = Recorder(
        httpx2.Response(429, headers={"Retry-After": retry_after}), ok(case.get_body())
    )
    case.get.sync(recorder.client(case))
    expected = 7.0 if retry_after == "7" else pytest.approx(0.44, abs=0.07)
    assert recorder.slept == [expected]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure",
    [
        httpx2.ConnectError("refused"),
        httpx2.ReadTimeout("slow"),
        httpx2.RemoteProtocolError("reset"),
    ],
    ids=["connect", "read-timeout", "reset"],
)
async def test_get_is_retried_on_connection_failures(case: Case, failure: Exception) -> None:
    recorder = Recorder(failure, ok(case.get_body()))
    assert case.get.sync(recorder.client(case)) is not None
    assert len(recorder.requests) == 2
    recorder = Recorder(failure, ok(case.get_body()))
    assert await case.get.asyncio(recorder.client(case)) is not None


@pytest.mark.anyio
async def test_connection_failures_become_api_connection_errors(case: Case) -> None:
    for failure, cls in [
        (httpx2.ConnectError("[Errno 111] Connection refused"), errors.APIConnectionError),
        (httpx2.RemoteProtocolError("Server disconnected"), errors.APIConnectionError),
        (httpx2.ReadTimeout("timed out"), errors.APITimeoutError),
        (httpx2.ConnectTimeout("timed out"), errors.APITimeoutError),
        (httpx2.PoolTimeout("no connection"), errors.APITimeoutError),
    ]:
        recorder = Recorder(failure)
        with pytest.raises(cls) as caught:
            case.get.sync(recorder.client(case))
        assert type(caught.value) is cls
        assert isinstance(caught.value.__cause__, type(failure))
        assert len(recorder.requests) == 3
        with pytest.raises(cls):
            await case.get.asyncio(Recorder(failure).client(case))


@pytest.fixture
def post_case(case: Case) -> Case:
    if case.post is None:
        pytest.skip(f"{case.name} has no POST operation")
    return case


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure",
    [httpx2.Response(503), httpx2.ReadTimeout("sent"),
     httpx2.RemoteProtocolError("reset after send")],
    ids=["503", "read-timeout", "reset"],
)  # fmt: skip
async def test_a_plain_post_is_never_sent_twice(
    post_case: Case, failure: httpx2.Response | Exception
) -> None:
    assert post_case.post is not None
    recorder = Recorder(failure, ok(post_case.post_body and post_case.post_body()))
    with pytest.raises(errors.APIError):
        post_case.post.sync(recorder.client(post_case))
    assert len(recorder.requests) == 1
    recorder = Recorder(failure, ok(post_case.post_body and post_case.post_body()))
    with pytest.raises(errors.APIError):
        await post_case.post.asyncio(recorder.client(post_case))
    assert len(recorder.requests) == 1


@pytest.mark.anyio
async def test_a_plain_post_answered_429_is_retried_after_retry_after(post_case: Case) -> None:
    """A 429 refuses a request before doing anything: retrying a plain POST then cannot
    apply it twice (it was refused, not processed)."""
    assert post_case.post is not None
    assert post_case.post_body is not None
    limited = httpx2.Response(429, headers={"Retry-After": "3"})
    for style in ("sync", "asyncio"):
        recorder = Recorder(limited, ok(post_case.post_body(), post_case.post_status))
        client = recorder.client(post_case)
        if style == "sync":
            result = post_case.post.sync(client)
        else:
            result = await post_case.post.asyncio(client)
        assert result is not None
        assert [r.method for r in recorder.requests] == ["POST", "POST"]
        assert recorder.slept == [3.0]


@pytest.mark.anyio
async def test_a_plain_post_is_retried_when_the_connection_was_never_made(post_case: Case) -> None:
    assert post_case.post is not None
    assert post_case.post_body is not None
    body = post_case.post_body()
    status = post_case.post_status
    recorder = Recorder(httpx2.ConnectError("refused"), ok(body, status))
    post_case.post.sync(recorder.client(post_case))
    assert len(recorder.requests) == 2
    case_request = recorder.requests[-1]
    assert case_request.method == "POST"
    assert case_request.url.path.endswith(post_case.post.path)
    recorder = Recorder(httpx2.ConnectTimeout("slow connect"), ok(body, status))
    await post_case.post.asyncio(recorder.client(post_case))
    assert len(recorder.requests) == 2


# --- timeouts -----------------------------------------------------------------------------


def test_default_timeout_is_real_and_configurable(case: Case) -> None:
    client = case.make()
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.connect == 5.0
    assert DEFAULT_TIMEOUT.read == 30.0
    assert case.make(timeout=2.5).get_httpx_client().timeout == httpx2.Timeout(2.5)
    custom = httpx2.Timeout(10.0, connect=1.0)
    assert case.make(timeout=custom).get_async_httpx_client().timeout == custom


# --- secrets and logging ------------------------------------------------------------------


def _fields(instance: Any) -> list[Any]:
    """Every attrs field of the generated client, private ones included."""
    return [getattr(instance, field.name) for field in attrs.fields(type(instance))]


def _all_text(*objects: Any) -> str:
    return "\n".join(f"{o!r}\n{o}" for o in objects)


def test_secrets_never_appear_in_reprs_errors_or_logs(
    case: Case, caplog: pytest.LogCaptureFixture
) -> None:
    sample = case.errors[0]
    recorder = Recorder(httpx2.Response(503), error_answer(sample))
    client = recorder.client(case)
    client.get_httpx_client()  # build the httpx client: its state must be clean too
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.APIStatusError) as caught:
        case.get.sync(client)
    timeout_error = pytest.raises(errors.APITimeoutError)
    with caplog.at_level(logging.DEBUG), timeout_error as caught_timeout:
        case.get.sync(Recorder(httpx2.ReadTimeout("timed out")).client(case))
    text = _all_text(
        client, _fields(client), client.get_httpx_client(), caught.value, caught_timeout.value
    )
    text += caplog.text + json.dumps([r.getMessage() for r in caplog.records])
    for secret in case.secrets:
        assert secret not in text
    assert "***" in repr(client)


def test_one_debug_line_per_attempt(case: Case, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(httpx2.Response(503), ok(case.get_body()))
    with caplog.at_level(logging.DEBUG, logger="overlays"):
        case.get.sync(recorder.client(case))
    lines = [r.getMessage() for r in caplog.records if r.name == "overlays"]
    assert len(lines) == 2
    assert lines[0].startswith("GET ")
    assert "-> 503 (attempt 1, " in lines[0]
    assert "-> 200 (attempt 2, " in lines[1]
    assert lines[1].endswith(" ms)")
    assert case.get.path in lines[0]


# --- clean up -----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_real_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test that forgot to inject `sleep` fails instead of sleeping."""

    def refuse(seconds: float) -> None:
        raise AssertionError(f"slept {seconds} s for real")

    monkeypatch.setattr("time.sleep", refuse)
    return


# --- 2xx bodies checked against the spec's schemas ----------------------------------------


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path


def _schema_breaking_mutation(case: Case) -> Any:
    """The spec's example with one leaf changed to a value of a type its schema refuses."""
    import copy
    import importlib.resources

    from jsonschema import Draft202012Validator

    operation = case.get.module.rsplit(".", 1)[1]
    package = case.get.module.split(".")[0]
    document = json.loads(
        importlib.resources.files(package).joinpath("_response_schemas.json").read_text()
    )
    (schema,) = document["responses"][operation].values()
    validator = Draft202012Validator({**schema, "$defs": document["$defs"]})
    body = case.get_body()
    for path in _leaves(body):
        mutated = copy.deepcopy(body)
        target = mutated
        for key in path[:-1]:
            target = target[key]
        original = target[path[-1]]
        target[path[-1]] = {"SECRET-VALUE": 1} if not isinstance(original, dict) else 1
        if not validator.is_valid(mutated):
            return mutated
    raise AssertionError("no mutation breaks the schema")


@pytest.mark.anyio
@pytest.mark.parametrize("style", STYLES)
async def test_a_2xx_that_breaks_the_spec_schema_raises_response_validation_error(
    case: Case, style: str
) -> None:
    wrong = _schema_breaking_mutation(case)
    with pytest.raises(errors.APIResponseValidationError) as caught:
        await call(case, Recorder(ok(wrong)).client(case), style)
    assert "breaks the schema rule" in str(caught.value)
    assert "SECRET-VALUE" not in str(caught.value)
    assert caught.value.operation == case.get.module.rsplit(".", 1)[1]


def test_response_validation_can_be_turned_off(case: Case) -> None:
    wrong = _schema_breaking_mutation(case)
    client = Recorder(ok(wrong)).client(case, validate_responses=False)
    outcome: Any
    try:
        outcome = case.get.sync(client)
    except errors.APIResponseValidationError as error:
        outcome = error  # only the generated model may refuse it now, not the schema check
    assert "schema rule" not in str(outcome)
