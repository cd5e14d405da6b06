from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_group import AppGroup
from ...models.authentication_failed_error import AuthenticationFailedError
from ...models.authentication_required_error import AuthenticationRequiredError
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_app_groups"},
        "url": "/appGroups",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthenticationFailedError
    | AuthenticationRequiredError
    | Error
    | list[AppGroup]
    | None
):
    if response.status_code == 200:
        response_200 = []
        for response_200_item_data in response.json():
            response_200_item = AppGroup.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthenticationRequiredError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AuthenticationFailedError.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]
]:
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
        raise client.response_validation_error(
            "list_app_groups", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]
]:
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    AuthenticationFailedError
    | AuthenticationRequiredError
    | Error
    | list[AppGroup]
    | None
):
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]
]:
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    AuthenticationFailedError
    | AuthenticationRequiredError
    | Error
    | list[AppGroup]
    | None
):
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationFailedError | AuthenticationRequiredError | Error | list[AppGroup]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
