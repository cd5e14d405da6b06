"""The shared overlay machinery, provider by provider where it matters elsewhere
(tests/test_overlay_providers.py): auth objects, redaction, retry rules, error bodies."""

from __future__ import annotations

import email.utils
import json
import logging
import time
from urllib.parse import quote

import httpx
import pytest

from overlays import errors
from overlays._auth import HeaderAuth, QueryAuth, basic_auth, bearer_auth
from overlays._client import checked_timeout
from overlays._error_format import ErrorFormat, failed, status_error
from overlays._redact import redact_text, redact_url
from overlays._retry import MAX_BACKOFF, MAX_RETRY_AFTER, RetryPolicy, RetryRules
from overlays._uploads import check_image, png_size
from tests.pngs import png

SECRET = "s3cr3t-value-123"


# --- auth ---------------------------------------------------------------------------------


def _sent(auth: httpx.Auth, url: str = "https://api.test/x") -> httpx.Request:
    request = httpx.Request("GET", url)
    return next(auth.sync_auth_flow(request))


@pytest.mark.parametrize(
    "auth",
    [
        bearer_auth(SECRET),
        basic_auth("user", SECRET),
        basic_auth(SECRET, "password"),
        HeaderAuth("Access-Token", SECRET),
        QueryAuth("api_key", SECRET),
    ],
    ids=["bearer", "basic-password", "basic-username", "header", "query"],
)
def test_auth_objects_never_show_the_credential(auth: httpx.Auth) -> None:
    assert SECRET not in repr(auth)
    assert SECRET not in str(auth)
    assert SECRET not in repr(vars(auth))


def test_bearer_and_basic_headers_are_the_standard_ones() -> None:
    assert _sent(bearer_auth("abc")).headers["Authorization"] == "Bearer abc"
    # RFC 7617: base64("apikey.2_id:secret")
    assert _sent(basic_auth("apikey.2_id", "secret")).headers["Authorization"] == (
        "Basic YXBpa2V5LjJfaWQ6c2VjcmV0"
    )


def test_query_auth_sends_the_key_once_even_on_a_url_that_already_has_it() -> None:
    request = _sent(
        QueryAuth("api_key", "mine"), "https://api.test/users?api_key=theirs&page=2&api_key=x"
    )
    assert request.url.params.get_list("api_key") == ["mine"]
    assert request.url.params["page"] == "2"


# The key is added to httpx's parsed URL without parsing it again: the result must be the
# URL a full parse of the same text gives, component by component.
QUERY_CASES = [
    "https://api.test/users",
    "https://api.test/users?",
    "https://api.test/users?page=2&per=20",
    "https://api.test/a%20b/users?email=someone%40example.com",
    "http://127.0.0.1:8080/api/v2/52/users/search?q=caf%C3%A9",
]


@pytest.mark.parametrize("url", QUERY_CASES)
@pytest.mark.parametrize("key", ["plain-KEY_1.~", "sp ace&amp=/?#é"])
def test_query_auth_adds_the_key_as_a_full_parse_would(url: str, key: str) -> None:
    sent = _sent(QueryAuth("api_key", key), url).url
    separator = "&" if httpx.URL(url).query else "?"
    parsed = httpx.URL(f"{url.rstrip('?')}{separator}api_key={quote(key, safe='')}")
    assert sent.params.get_list("api_key") == [key]
    assert (sent.raw_path, sent.host, sent.port, sent.scheme) == (
        parsed.raw_path,
        parsed.host,
        parsed.port,
        parsed.scheme,
    )
    assert sent == parsed


def test_query_auth_parses_the_url_again_where_httpx_keeps_it_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from httpx._urlparse import ParseResult

    # Without the named tuple's fields, the component swap is not attempted.
    monkeypatch.setattr(ParseResult, "_fields", ())
    sent = _sent(QueryAuth("api_key", "k&y"), "https://api.test/users?page=2").url
    monkeypatch.undo()
    assert str(sent) == "https://api.test/users?page=2&api_key=k%26y"


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_credentials_are_refused_naming_which(bad: str) -> None:
    with pytest.raises(ValueError, match="token must be a non-empty string"):
        bearer_auth(bad)
    with pytest.raises(ValueError, match="password"):
        basic_auth("user", bad)


# --- redaction ----------------------------------------------------------------------------


def test_redact_url_masks_keys_and_user_info_and_keeps_the_rest() -> None:
    url = httpx.URL(f"https://me:{SECRET}@api.test/a/b?api_key={SECRET}&page=2&Token=t")
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
    from overlays import _transport  # noqa: F401 - installs the filter

    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpx").info("HTTP Request: GET %s", f"https://x.test/?api_key={SECRET}")
    assert SECRET not in caplog.text
    assert "api_key=***" in caplog.text


# --- retry rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        *[(status, True) for status in (408, 429, 500, 502, 503, 504)],
        *[(status, False) for status in (400, 401, 403, 404, 409, 422)],
    ],
)
def test_retried_statuses(status: int, retried: bool) -> None:
    assert RetryPolicy().is_retryable_status_code(status) is retried


def test_a_retry_after_beyond_the_cap_is_ignored_for_our_own_backoff() -> None:
    """Stainless's rule: honour Retry-After when reasonable (0-60 s), else back off as usual;
    waiting 60 s and retrying anyway was neither."""
    policy = RetryPolicy().increment()
    for unreasonable in ("3600", "61", email.utils.formatdate(time.time() + 600, usegmt=True)):
        wait = policy.delay(httpx.Response(503, headers={"Retry-After": unreasonable}))
        assert 0.375 <= wait <= 0.5, unreasonable  # the first backoff step


def test_plain_post_is_retried_only_when_the_connection_was_never_made() -> None:
    rules = RetryRules(2)
    post = rules.for_request("POST", idempotent=False)
    assert not post.is_retryable_status_code(503)
    assert not post.is_retryable_status_code(500)
    assert post.is_retryable_status_code(429)  # refused before anything was done
    assert post.is_retryable_exception(httpx.ConnectError("refused"))
    assert post.is_retryable_exception(httpx.ConnectTimeout("slow connect"))
    assert not post.is_retryable_exception(httpx.ReadTimeout("sent, no answer"))
    assert not post.is_retryable_exception(httpx.RemoteProtocolError("reset after send"))
    assert rules.for_request("POST", idempotent=True) is rules.repeatable
    for method in ("GET", "PUT", "DELETE"):
        assert rules.for_request(method, idempotent=False) is rules.repeatable
    assert rules.for_request("PATCH", idempotent=False) is rules.unsent_only


def test_backoff_is_exponential_jittered_and_capped() -> None:
    policy = RetryPolicy()
    waits = []
    for _ in range(8):
        policy = policy.increment()
        waits.append(policy.delay(httpx.ConnectError("x")))
    assert 0.375 <= waits[0] <= 0.5
    assert 0.75 <= waits[1] <= 1.0
    assert 1.5 <= waits[2] <= 2.0
    assert max(waits) <= MAX_BACKOFF
    assert waits[-1] >= MAX_BACKOFF * 0.75 - 1e-9


def test_retry_after_seconds_and_http_date_are_honoured_up_to_a_cap() -> None:
    policy = RetryPolicy().increment()
    assert policy.delay(httpx.Response(429, headers={"Retry-After": "7"})) == 7
    assert policy.delay(httpx.Response(429, headers={"Retry-After": "60"})) == MAX_RETRY_AFTER
    date = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 17 <= policy.delay(httpx.Response(503, headers={"Retry-After": date})) <= 20
    garbage = policy.delay(httpx.Response(503, headers={"Retry-After": "soon"}))
    assert garbage <= 0.5


def test_injected_sleep_survives_each_attempt() -> None:
    slept: list[float] = []
    policy = RetryPolicy(sleep=slept.append).increment().increment()
    policy.sleep(httpx.Response(503, headers={"Retry-After": "2"}))
    assert slept == [2.0]


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryRules(-1)


# --- timeouts -----------------------------------------------------------------------------


def test_timeouts() -> None:
    # A number stays a number (it bounds each attempt as a whole); a Timeout is per phase.
    assert checked_timeout(10) == 10.0
    assert isinstance(checked_timeout(10), float)
    custom = httpx.Timeout(3.0, connect=1.0)
    assert checked_timeout(custom) is custom
    for bad in (0, -1, "10", True, float("nan")):
        with pytest.raises(ValueError, match="timeout"):
            checked_timeout(bad)  # type: ignore[arg-type]


# --- error bodies -------------------------------------------------------------------------

JSON = "application/json"
FORMAT = ErrorFormat(message=("/error/message", "/error"), code="/code", request_id="/req_id")


def _response(status: int, content: bytes, content_type: str = JSON) -> httpx.Response:
    request = httpx.Request("GET", f"https://api.test/things/1?api_key={SECRET}")
    return httpx.Response(
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
    assert failed(json.loads(body), fmt)
    assert not failed({"results": {"success": True}}, fmt)
    assert not failed({"results": {}}, fmt)
    assert not failed(["a list"], fmt)
    assert not failed(json.loads(body), ErrorFormat())
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
