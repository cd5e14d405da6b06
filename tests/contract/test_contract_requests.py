"""Request conformance, every operation: what the generated functions send through the
overlay clients is judged by the spec (openapi-core), with arguments from the spec's
examples and from data generated from its parameter and body schemas (hypothesis)."""

from __future__ import annotations

import os
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings

from tests.helpers.openapi_judge import judge_request, raises_on
from tests.helpers.spec_calls import (
    all_operations,
    arguments_strategy,
    call_with,
    example_call,
    overlay_client,
)

OPERATIONS = all_operations()
IDS = [f"{provider}.{operation_id}" for provider, operation_id in OPERATIONS]
# Generated requests per operation (CONTRACT_EXAMPLES raises it for a deeper local run).
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "40"))


class Capture:
    """A transport that keeps every request and answers a fixed error status, so the call
    ends (with an `overlays.errors` exception) right after the request is built and sent."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        return httpx2.Response(418, json={"captured": True})

    def client(self, provider: str) -> Any:
        return overlay_client(provider, transport=httpx2.MockTransport(self), max_retries=0)


def send(provider: str, call: Any) -> httpx2.Request:
    from overlays import errors

    capture = Capture()
    with pytest.raises(errors.APIStatusError):
        call.sync(capture.client(provider))
    (request,) = capture.requests
    return request


@pytest.mark.parametrize(("provider", "operation_id"), OPERATIONS, ids=IDS)
def test_the_documented_example_call_is_a_valid_request(provider: str, operation_id: str) -> None:
    request = send(provider, example_call(provider, operation_id))
    judge_request(provider, operation_id, request)


@pytest.mark.anyio
@pytest.mark.parametrize(("provider", "operation_id"), OPERATIONS, ids=IDS)
async def test_the_async_call_sends_the_same_request(provider: str, operation_id: str) -> None:
    from overlays import errors

    sync_request = send(provider, example_call(provider, operation_id))
    capture = Capture()
    with pytest.raises(errors.APIStatusError):  # a fresh call: a File body is read once
        await example_call(provider, operation_id).asyncio(capture.client(provider))
    (async_request,) = capture.requests
    judge_request(provider, operation_id, async_request)
    assert async_request.method == sync_request.method
    assert async_request.url == sync_request.url
    if "multipart" not in sync_request.headers.get("content-type", ""):
        assert async_request.content == sync_request.content


@pytest.mark.parametrize(("provider", "operation_id"), OPERATIONS, ids=IDS)
def test_requests_built_from_generated_data_are_valid(provider: str, operation_id: str) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(arguments=arguments_strategy(provider, operation_id))
    def check(arguments: tuple[dict[str, Any], Any]) -> None:
        params, body = arguments
        request = send(provider, call_with(provider, operation_id, params, body))
        judge_request(provider, operation_id, request)

    check()


# --- the judge can fail -------------------------------------------------------------------


def example_request(provider: str, operation_id: str) -> httpx2.Request:
    return send(provider, example_call(provider, operation_id))


def test_an_undefined_query_parameter_is_refused() -> None:
    request = example_request("appaloosa", "list_users")
    bad = httpx2.Request(
        request.method,
        request.url.copy_add_param("sort", "name"),
        headers=request.headers,
        extensions=request.extensions,
    )
    assert raises_on(judge_request, "appaloosa", "list_users", bad)
    assert not raises_on(judge_request, "appaloosa", "list_users", request)


def test_a_missing_credential_is_refused() -> None:
    request = example_request("push_express", "get_app_group")
    headers = httpx2.Headers(request.headers)
    del headers["authorization"]
    bad = httpx2.Request("GET", request.url, headers=headers, extensions=request.extensions)
    assert raises_on(judge_request, "push_express", "get_app_group", bad)
    request = example_request("appaloosa", "get_user")
    bad = httpx2.Request(
        "GET", request.url.copy_remove_param("api_key"), extensions=request.extensions
    )
    assert raises_on(judge_request, "appaloosa", "get_user", bad)


def test_a_body_missing_a_required_field_is_refused() -> None:
    request = example_request("appaloosa", "create_user")
    bad = httpx2.Request(
        "POST",
        request.url,
        headers={"content-type": "application/json"},
        json={"user": {"email": "olivier@dupont.com"}},
        extensions=request.extensions,
    )
    assert raises_on(judge_request, "appaloosa", "create_user", bad)


def test_a_wrong_parameter_type_or_enum_is_refused() -> None:
    request = example_request("appaloosa", "list_comments")
    bad = httpx2.Request(
        "GET", request.url.copy_set_param("sort_order", "sideways"), extensions=request.extensions
    )
    assert raises_on(judge_request, "appaloosa", "list_comments", bad)
    request = example_request("push_express", "get_app_group")
    bad = httpx2.Request(
        "GET",
        str(request.url).replace("/17", "/seventeen"),
        headers=request.headers,
        extensions=request.extensions,
    )
    assert raises_on(judge_request, "push_express", "get_app_group", bad)


def test_generated_data_reaches_every_parameter() -> None:
    """The strategy does draw the optional parameters, not only the required ones."""
    seen: set[str] = set()

    @settings(max_examples=60, deadline=None, database=None)
    @given(arguments=arguments_strategy("appaloosa", "list_mobile_application_updates"))
    def collect(arguments: tuple[dict[str, Any], Any]) -> None:
        seen.update(arguments[0])

    collect()
    assert seen == {"user_email", "group_name", "platforms", "page", "per"}
