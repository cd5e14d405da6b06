"""Response conformance and fuzzing, every operation and every documented status.

Bodies generated from each response schema (hypothesis-jsonschema) are served to the client
through the overlay (httpx MockTransport), in the four ways a server can answer:

- a valid 2xx body parses into the generated model, which round-trips through `to_dict()`
  and still matches the schema;
- a documented error status raises the `overlays.errors` class of that status;
- a 2xx body that breaks the schema, truncated JSON, HTML and an empty body raise
  `APIResponseValidationError` (an error status with such a body: its status class), and
  nothing else: no KeyError, TypeError or JSONDecodeError reaches the caller.

Examples per operation: CONTRACT_EXAMPLES (default 50) valid bodies per 2xx status, half as
many schema-breaking ones, a quarter as many per error status.
"""

from __future__ import annotations

import os
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from overlays import errors
from tests.helpers.overlay_cases import expected_error_class
from tests.helpers.spec_calls import (
    all_operations,
    example_call,
    house,
    json_schema,
    operation,
    overlay_client,
    resolve,
    returns_body,
    schema_strategy,
    spec,
)

# 50 by default keeps `make test` well inside CI's 15 minutes on 2 cores now that the fakes,
# schemathesis and the soak run there too; CONTRACT_EXAMPLES=1000 for a deeper run.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "50"))
SETTINGS = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def statuses(key: str, responses: dict[str, Any]) -> list[int]:
    """The statuses a documented response stands for here: its own; 200, 400, 500 for a
    range (`2XX`); for `default`, 500 (it answers every error) and, when the operation
    documents no success, 200 too (it then answers the successes: the endpoint template)."""
    if key.isdigit():
        return [int(key)]
    if key.upper().endswith("XX"):
        return [int(key[0]) * 100]
    no_success = not any(str(code).startswith("2") for code in responses)
    return [200, 500] if no_success else [500]


def response_key(responses: dict[str, Any], status: int) -> str:
    """Which documented response `status` reads (exact, then its range, then default)."""
    for key in (str(status), f"{str(status)[0]}XX"):
        if key in responses:
            return key
    return "default"


def documented_responses() -> list[tuple[str, str, int, str | None]]:
    """(provider, operationId, status, media type or None) of every documented response."""
    cases = []
    for provider, operation_id in all_operations():
        document = spec(provider)
        responses = operation(provider, operation_id).spec["responses"]
        for key, response in responses.items():
            content = resolve(document, response).get("content") or {}
            # Beside JSON, another media type (a published spec's XML) is one the generated
            # code does not read: the JSON one is what it parses.
            media_types = [m for m in content if "json" in m] or list(content) or [None]
            for status in statuses(str(key), responses):
                for media in media_types:
                    cases.append((provider, operation_id, status, media))
    return cases


CASES = documented_responses()
IDS = [f"{p}.{o}-{s}-{m or 'empty'}" for p, o, s, m in CASES]
SUCCESS = [case for case in CASES if 200 <= case[2] < 300]
SUCCESS_IDS = [i for i, case in zip(IDS, CASES, strict=True) if 200 <= case[2] < 300]
ERRORS = [case for case in CASES if case[2] >= 400]
ERROR_IDS = [i for i, case in zip(IDS, CASES, strict=True) if case[2] >= 400]
JSON_SUCCESS = [case for case in SUCCESS if case[3] and "json" in case[3]]
JSON_SUCCESS_IDS = [f"{p}.{o}-{s}" for p, o, s, _ in JSON_SUCCESS]


def media_schema(provider: str, operation_id: str, status: int, media: str) -> dict[str, Any]:
    document = spec(provider)
    responses = operation(provider, operation_id).spec["responses"]
    response = resolve(document, responses[response_key(responses, status)])
    schema: dict[str, Any] = response["content"][media]["schema"]
    return schema


def validator(provider: str, schema: dict[str, Any]) -> Draft202012Validator:
    if not house(provider):  # a published spec's (OpenAPI 3.0) schema as the runtime reads it
        return Draft202012Validator(json_schema(provider, schema))
    return Draft202012Validator({"allOf": [schema], "components": spec(provider)["components"]})


def serve(provider: str, operation_id: str, answer: httpx2.Response) -> Any:
    """Call the operation (spec example arguments) against a server answering `answer`."""
    content, headers = answer.content, answer.headers

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(answer.status_code, headers=headers, content=content)

    client = overlay_client(provider, transport=httpx2.MockTransport(handler), max_retries=0)
    return example_call(provider, operation_id).sync(client)


def json_answer(status: int, body: Any) -> httpx2.Response:
    return httpx2.Response(status, json=body)


# --- valid 2xx bodies ---------------------------------------------------------------------


def _round_trips(parsed: Any, provider: str, schema: dict[str, Any]) -> None:
    items = parsed if isinstance(parsed, list) else [parsed]
    for item in items:
        if hasattr(item, "to_dict"):
            assert type(item).from_dict(item.to_dict()) == item
    dumped = [i.to_dict() if hasattr(i, "to_dict") else i for i in items]
    dumped_body = dumped if isinstance(parsed, list) else dumped[0]
    errors_found = [e.message for e in validator(provider, schema).iter_errors(dumped_body)]
    assert errors_found == [], "to_dict() no longer matches the schema"


@pytest.mark.parametrize(("provider", "operation_id", "status", "media"), SUCCESS, ids=SUCCESS_IDS)
def test_every_valid_2xx_body_parses_and_round_trips(
    provider: str, operation_id: str, status: int, media: str | None
) -> None:
    if media is None:
        response = serve(provider, operation_id, httpx2.Response(status))
        assert response.status_code == status
        assert response.parsed is None
        return
    if "json" not in media:  # a binary body (the APPush icon): its bytes come back
        data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
        answer = httpx2.Response(status, content=data, headers={"content-type": media})
        assert serve(provider, operation_id, answer).parsed.payload.read() == data
        return
    if not returns_body(provider, operation(provider, operation_id)):
        pytest.skip(f"{operation_id}: the generator left out its answer's model (it warned)")
    schema = media_schema(provider, operation_id, status, media)

    @settings(SETTINGS, max_examples=EXAMPLES)
    @given(body=schema_strategy(provider, schema))
    def check(body: Any) -> None:
        response = serve(provider, operation_id, json_answer(status, body))
        assert response.status_code == status
        assert response.parsed is not None
        _round_trips(response.parsed, provider, schema)

    check()


# --- documented error statuses ------------------------------------------------------------


@pytest.mark.parametrize(("provider", "operation_id", "status", "media"), ERRORS, ids=ERROR_IDS)
def test_every_documented_error_raises_its_class(
    provider: str, operation_id: str, status: int, media: str | None
) -> None:
    expected = expected_error_class(status)
    if media is None or "json" not in media:
        strategy: st.SearchStrategy[httpx2.Response] = st.text(max_size=200).map(
            lambda text: httpx2.Response(status, text=text, headers={"content-type": "text/html"})
        )
    else:
        schema = media_schema(provider, operation_id, status, media)
        strategy = schema_strategy(provider, schema).map(lambda body: json_answer(status, body))

    @settings(SETTINGS, max_examples=max(EXAMPLES // 4, 5))
    @given(answer=strategy)
    def check(answer: httpx2.Response) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            serve(provider, operation_id, answer)
        assert type(caught.value) is expected
        assert caught.value.status_code == status
        assert caught.value.response.content == answer.content
        assert caught.value.message

    check()


# --- bodies that break the spec -----------------------------------------------------------

SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
JSON_VALUES = st.recursive(
    SCALARS | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize(
    ("provider", "operation_id", "status", "media"), JSON_SUCCESS, ids=JSON_SUCCESS_IDS
)
def test_a_2xx_body_that_breaks_the_schema_raises_response_validation_error(
    provider: str, operation_id: str, status: int, media: str
) -> None:
    judge = validator(provider, media_schema(provider, operation_id, status, media))

    @settings(SETTINGS, max_examples=max(EXAMPLES // 2, 10))
    @given(body=JSON_VALUES.filter(lambda value: not judge.is_valid(value)))
    def check(body: Any) -> None:
        with pytest.raises(errors.APIResponseValidationError) as caught:
            serve(provider, operation_id, json_answer(status, body))
        assert caught.value.operation == operation_id
        assert caught.value.status_code == status

    check()


BROKEN_BODIES = {
    "truncated": (b'{"results": {"list": [', "application/json"),
    "html": (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    "empty": (b"", "application/json"),
    "not-utf8": (b"\xff\xfe\x00garbage", "application/json"),
}


@pytest.mark.parametrize("broken", sorted(BROKEN_BODIES))
@pytest.mark.parametrize(
    ("provider", "operation_id", "status", "media"), JSON_SUCCESS, ids=JSON_SUCCESS_IDS
)
def test_unparsable_2xx_bodies_raise_response_validation_error(
    provider: str, operation_id: str, status: int, media: str, broken: str
) -> None:
    content, content_type = BROKEN_BODIES[broken]
    answer = httpx2.Response(status, content=content, headers={"content-type": content_type})
    with pytest.raises(errors.APIResponseValidationError) as caught:
        serve(provider, operation_id, answer)
    assert caught.value.response.content == content


@pytest.mark.parametrize("broken", sorted(BROKEN_BODIES))
@pytest.mark.parametrize(("provider", "operation_id", "status", "media"), ERRORS, ids=ERROR_IDS)
def test_unparsable_error_bodies_still_raise_their_status_class(
    provider: str, operation_id: str, status: int, media: str | None, broken: str
) -> None:
    content, content_type = BROKEN_BODIES[broken]
    answer = httpx2.Response(status, content=content, headers={"content-type": content_type})
    with pytest.raises(errors.APIStatusError) as caught:
        serve(provider, operation_id, answer)
    assert type(caught.value) is expected_error_class(status)
    assert caught.value.message
    assert caught.value.body is not None


def test_the_cases_cover_every_operation_and_status() -> None:
    """Every operation of ours documents a success and an error, so each is fuzzed both ways
    (a published spec may document no error at all: its own errors are its authors')."""
    ours = {(p, o) for p, o in all_operations() if house(p)}
    assert ours <= {(p, o) for p, o, _, _ in SUCCESS}, "an operation with no 2xx"
    assert ours <= {(p, o) for p, o, _, _ in ERRORS}, "an operation with no error"
