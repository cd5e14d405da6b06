from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_response import AppResponse
from ...models.create_app_request import CreateAppRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"openapi_operation": "create_app"},
        "url": "/apps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppResponse | Error | None:
    if response.status_code == 200:
        response_200 = AppResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppResponse | Error]:
    try:
        status_code = HTTPStatus(response.status_code)
        parsed = _parse_response(client=client, response=response)
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        errors.UnexpectedStatus,
    ) as exc:
        raise client.response_validation_error("create_app", response, exc) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> Response[AppResponse | Error]:
    """Create an app

     Creates an app. Requires the "Add App" permission. `type` is required (private,
    public, web or b2b) and decides which other fields are accepted (the "Type(s)"
    column of the parameter table). A public app also needs at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> AppResponse | Error | None:
    """Create an app

     Creates an app. Requires the "Add App" permission. `type` is required (private,
    public, web or b2b) and decides which other fields are accepted (the "Type(s)"
    column of the parameter table). A public app also needs at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> Response[AppResponse | Error]:
    """Create an app

     Creates an app. Requires the "Add App" permission. `type` is required (private,
    public, web or b2b) and decides which other fields are accepted (the "Type(s)"
    column of the parameter table). A public app also needs at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> AppResponse | Error | None:
    """Create an app

     Creates an app. Requires the "Add App" permission. `type` is required (private,
    public, web or b2b) and decides which other fields are accepted (the "Type(s)"
    column of the parameter table). A public app also needs at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
