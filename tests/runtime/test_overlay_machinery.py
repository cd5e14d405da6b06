"""The shared overlay machinery, provider by provider where it matters elsewhere
(tests/runtime/test_overlay_providers.py): auth objects, redaction, retry rules, error bodies."""

from __future__ import annotations

import email.utils
import json
import logging
import time
from urllib.parse import quote

import httpx2
import pytest

from overlays import errors
from overlays._auth import Credentials, basic, bearer, header_key, query_key
from overlays._descriptor import ErrorFormat
from overlays._error_format import status_error
from overlays._facade import checked_timeout
from overlays._redact import redact_text, redact_url
from overlays._retry import MAX_BACKOFF, MAX_RETRY_AFTER, RetryRules, delay
from overlays._uploads import check_image, png_size
from tests.helpers.pngs import png

SECRET = "s3cr3t-value-123"


# --- auth ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credentials",
    [
        bearer(SECRET),
        basic("user", SECRET),
        basic(SECRET, "password"),
        header_key("Access-Token", SECRET),
        query_key("api_key", SECRET),
    ],
    ids=["bearer", "basic-password", "basic-username", "header", "query"],
)
def test_credentials_never_show_themselves(credentials: Credentials) -> None:
    assert SECRET not in repr(credentials)
    assert SECRET not in str(credentials)
    assert SECRET not in repr(vars(credentials)) if hasattr(credentials, "__dict__") else True
    assert SECRET in " ".join(credentials.secret_values())  # but they are registered to mask


def test_bearer_and_basic_headers_are_the_standard_ones() -> None:
    assert bearer("abc").headers() == {"Authorization": "Bearer abc"}
    # RFC 7617: base64("apikey.2_id:secret")
    assert basic("apikey.2_id", "secret").headers() == {
        "Authorization": "Basic YXBpa2V5LjJfaWQ6c2VjcmV0"
    }
    assert header_key("Access-Token", "t").headers() == {"Access-Token": "t"}
    assert query_key("api_key", "k").query() == {"api_key": "k"}


def test_the_query_key_is_sent_once_as_a_full_parse_gives_it() -> None:
    """The session adds the key to every request's parameters; httpx2 encodes it."""
    from appaloosa_client.api.users import list_users

    from overlays import appaloosa

    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json={"users": []})

    key = "sp ace&amp=/?#é"
    client = appaloosa.client(52, key, transport=httpx2.MockTransport(answer))
    list_users.sync(client=client, page=2)
    (request,) = seen
    assert request.url.params.get_list("api_key") == [key]
    assert request.url.params["page"] == "2"
    assert f"api_key={quote(key, safe='')}" in str(request.url).replace("+", "%20")


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_credentials_are_refused_naming_which(bad: str) -> None:
    with pytest.raises(ValueError, match="token must be a non-empty string"):
        bearer(bad)
    with pytest.raises(ValueError, match="password"):
        basic("user", bad)


# --- redaction ----------------------------------------------------------------------------


def test_redact_url_masks_keys_and_user_info_and_keeps_the_rest() -> None:
    url = httpx2.URL(f"https://me:{SECRET}@api.test/a/b?api_key={SECRET}&page=2&Token=t")
    text = redact_url(url)
    assert SECRET not in text
    assert "Token=***" in text
    assert "api_key=***" in text
    assert "page=2" in text
    assert text.startswith("https://api.test/a/b?")


def test_redact_text_masks_urls_inside_messages() -> None:
    message = f"<Request('GET', 'https://api.test/u?page=1&api_key={SECRET}')>"
    assert SECRET not in redact_text(message)
    assert "page=1" in redact_text(message)


def test_httpx_request_log_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    from overlays import _runtime  # noqa: F401 - installs the filter

    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpx2").info(
            "HTTP Request: GET %s", f"https://x.test/?api_key={SECRET}"
        )
    assert SECRET not in caplog.text
    assert "api_key=***" in caplog.text


# --- retry rules --------------------------------------------------------------------------


def _failed(status: int, headers: dict[str, str] | None = None) -> Exception:
    """What an attempt raises for an answer the rules may retry (the runtime's own)."""
    from overlays._runtime import Answer, _RetryableStatus

    request = httpx2.Request("GET", "https://api.test/x")
    return _RetryableStatus(Answer(status, httpx2.Headers(headers or {}), b"", request, {}))


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        *[(status, True) for status in (408, 429, 500, 502, 503, 504)],
        *[(status, False) for status in (400, 401, 403, 404, 409, 422)],
    ],
)
def test_retried_statuses(status: int, retried: bool) -> None:
    judge = RetryRules(2).retryable(httpx2.Request("GET", "https://api.test/x"), {})
    assert judge(_failed(status)) is retried


def test_a_retry_after_beyond_the_cap_is_ignored_for_our_own_backoff() -> None:
    """Stainless's rule: honour Retry-After when reasonable (0-60 s), else back off as usual;
    waiting 60 s and retrying anyway was neither."""
    for unreasonable in ("3600", "61", email.utils.formatdate(time.time() + 600, usegmt=True)):
        wait = delay(_failed(503, {"Retry-After": unreasonable}), 1)
        assert 0.375 <= wait <= 0.5, unreasonable  # the first backoff step


def test_plain_post_is_retried_only_when_the_connection_was_never_made() -> None:
    rules = RetryRules(2)
    post = rules.retryable(httpx2.Request("POST", "https://api.test/x"), {})
    assert not post(_failed(503))
    assert not post(_failed(500))
    assert post(_failed(429))  # refused before anything was done
    assert post(httpx2.ConnectError("refused"))
    assert post(httpx2.ConnectTimeout("slow connect"))
    assert not post(httpx2.ReadTimeout("sent, no answer"))
    assert not post(httpx2.RemoteProtocolError("reset after send"))
    idempotent = rules.retryable(httpx2.Request("POST", "https://api.test/x"), {"idempotent": True})
    assert idempotent(_failed(503))
    assert idempotent(httpx2.ReadTimeout("sent, no answer"))
    for method in ("GET", "PUT", "DELETE"):
        assert rules.retryable(httpx2.Request(method, "https://api.test/x"), {})(_failed(503))
    assert not rules.retryable(httpx2.Request("PATCH", "https://api.test/x"), {})(_failed(503))


def test_final_statuses_are_never_retried() -> None:
    judge = RetryRules(2).retryable(
        httpx2.Request("GET", "https://api.test/x"), {"final_statuses": [503]}
    )
    assert not judge(_failed(503))
    assert judge(_failed(502))


def test_backoff_is_exponential_jittered_and_capped() -> None:
    waits = [delay(httpx2.ConnectError("x"), retry) for retry in range(1, 9)]
    assert 0.375 <= waits[0] <= 0.5
    assert 0.75 <= waits[1] <= 1.0
    assert 1.5 <= waits[2] <= 2.0
    assert max(waits) <= MAX_BACKOFF
    assert waits[-1] >= MAX_BACKOFF * 0.75 - 1e-9


def test_retry_after_seconds_and_http_date_are_honoured_up_to_a_cap() -> None:
    assert delay(_failed(429, {"Retry-After": "7"}), 1) == 7
    assert delay(_failed(429, {"Retry-After": "60"}), 1) == MAX_RETRY_AFTER
    date = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 17 <= delay(_failed(503, {"Retry-After": date}), 1) <= 20
    assert delay(_failed(503, {"Retry-After": "soon"}), 1) <= 0.5
    assert delay(_failed(503, {"Retry-After": "nan"}), 1) <= 0.5


def test_the_loop_sleeps_with_the_injected_sleep_and_gives_up_after_max_retries() -> None:
    slept: list[float] = []
    rules = RetryRules(2, sleep=slept.append)
    request = httpx2.Request("GET", "https://api.test/x")
    attempts: list[int] = []

    def attempt() -> str:
        attempts.append(1)
        raise _failed(503, {"Retry-After": "2"})

    with pytest.raises(Exception, match="503"):
        rules.retry(request, {}, _failed(503, {"Retry-After": "2"}), attempt)
    assert len(attempts) == 2  # the first attempt was the runtime's own
    assert slept == [2.0, 2.0]


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryRules(-1)


# --- timeouts -----------------------------------------------------------------------------


def test_timeouts() -> None:
    # A number stays a number (it bounds each attempt as a whole); a Timeout is per phase.
    assert checked_timeout(10) == 10.0
    assert isinstance(checked_timeout(10), float)
    custom = httpx2.Timeout(3.0, connect=1.0)
    assert checked_timeout(custom) is custom
    for bad in (0, -1, "10", True, float("nan")):
        with pytest.raises(ValueError, match="timeout"):
            checked_timeout(bad)  # type: ignore[arg-type]


# --- error bodies -------------------------------------------------------------------------

JSON = "application/json"
FORMAT = ErrorFormat(message=("/error/message", "/error"), code="/code", request_id="/req_id")


def _response(status: int, content: bytes, content_type: str = JSON) -> httpx2.Response:
    request = httpx2.Request("GET", f"https://api.test/things/1?api_key={SECRET}")
    return httpx2.Response(
        status, content=content, headers={"content-type": content_type}, request=request
    )


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
        (502, errors.InternalServerError),
        (599, errors.InternalServerError),
        (418, errors.APIStatusError),
        (302, errors.APIStatusError),
    ],
)
def test_error_class_by_status(status: int, cls: type[errors.APIStatusError]) -> None:
    error = status_error(_response(status, b'{"error": "nope"}'), FORMAT)
    assert type(error) is cls
    assert isinstance(error, errors.APIStatusError)
    assert isinstance(error, errors.APIError)
    assert error.status_code == status


def test_json_error_body_gives_message_code_and_request_id() -> None:
    body = b'{"error": {"message": "bad name"}, "code": "E42", "req_id": "r-1"}'
    error = status_error(_response(400, body), FORMAT)
    assert (error.message, error.code, error.request_id) == ("bad name", "E42", "r-1")
    assert error.body == {"error": {"message": "bad name"}, "code": "E42", "req_id": "r-1"}
    assert "GET /things/1: 400 Bad Request: bad name (request id r-1)" in str(error)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"", "application/json", "empty response body"),
        (b'{"error": "trunc', "application/json", '{"error": "trunc'),
        (
            b"<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>"
            b"<BODY><H1>Not Found</H1></BODY></HTML>",
            "text/html",
            "404 Not Found Not Found",
        ),
        (b"upstream timed out", "text/plain", "upstream timed out"),
        (b'{"unexpected": true}', "application/json", '{"unexpected": true}'),
        (b'["a", "b"]', "application/json", '["a", "b"]'),
    ],
    ids=["empty", "truncated-json", "html", "text", "json-other-shape", "json-list"],
)
def test_unusual_error_bodies_still_give_a_readable_message_and_keep_the_raw_body(
    content: bytes, content_type: str, message: str
) -> None:
    error = status_error(_response(404, content, content_type), FORMAT)
    assert isinstance(error, errors.NotFoundError)
    assert error.message == message
    assert error.response.content == content


def test_long_messages_are_shortened() -> None:
    error = status_error(_response(500, b"x" * 5000, "text/plain"), FORMAT)
    assert len(error.message) <= 300


def test_failure_flag_turns_a_2xx_into_an_error() -> None:
    fmt = ErrorFormat(message=("/results/message",), failure_flag="/results/success")
    body = b'{"results": {"message": "Invalid app type", "success": false}}'
    assert fmt.failed(json.loads(body))
    assert not fmt.failed({"results": {"success": True}})
    assert not fmt.failed({"results": {}})
    assert not fmt.failed(["a list"])
    assert not ErrorFormat().failed(json.loads(body))
    error = status_error(_response(200, body), fmt)
    assert type(error) is errors.APIStatusError
    assert error.message == "Invalid app type"


# --- image uploads ------------------------------------------------------------------------

ICON = {"media_type": "image/png", "width": 57, "height": 57}


def test_png_size_reads_the_header() -> None:
    assert png_size(png(57, 57)) == (57, 57)
    assert png_size(png(120, 80)) == (120, 80)
    assert png_size(b"GIF89a") is None


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (png(58, 57), "got a 58x57 PNG"),
        (png(57, 100), "got a 57x100 PNG"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "got a JPEG file"),
        (b"GIF89a" + b"\x00" * 20, "got a GIF file"),
        (b"", "got an empty body"),
        (b"hello world", "not a PNG"),
    ],
)
def test_wrong_images_are_refused_naming_what_was_found(data: bytes, found: str) -> None:
    with pytest.raises(ValueError, match=found) as caught:
        check_image("upload_icon", data, ICON)
    assert "57x57 PNG" in str(caught.value)


def test_the_right_image_passes() -> None:
    check_image("upload_icon", png(57, 57), ICON)
