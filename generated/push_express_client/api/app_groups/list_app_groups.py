from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_group import AppGroup
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    archived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["archived"] = archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_app_groups"},
        "url": "/app/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AppGroup] | None:
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
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[AppGroup]]:
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
    archived: bool | Unset = False,
) -> Response[Error | list[AppGroup]]:
    """List application groups

     Retrieves every application group (active ones, or archived ones with
    `archived=true`). Not paginated: at most 10000 records are returned.

    Args:
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AppGroup]]
    """

    kwargs = _get_kwargs(
        archived=archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    archived: bool | Unset = False,
) -> Error | list[AppGroup] | None:
    """List application groups

     Retrieves every application group (active ones, or archived ones with
    `archived=true`). Not paginated: at most 10000 records are returned.

    Args:
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AppGroup]
    """

    return sync_detailed(
        client=client,
        archived=archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    archived: bool | Unset = False,
) -> Response[Error | list[AppGroup]]:
    """List application groups

     Retrieves every application group (active ones, or archived ones with
    `archived=true`). Not paginated: at most 10000 records are returned.

    Args:
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AppGroup]]
    """

    kwargs = _get_kwargs(
        archived=archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    archived: bool | Unset = False,
) -> Error | list[AppGroup] | None:
    """List application groups

     Retrieves every application group (active ones, or archived ones with
    `archived=true`). Not paginated: at most 10000 records are returned.

    Args:
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AppGroup]
    """

    return (
        await asyncio_detailed(
            client=client,
            archived=archived,
        )
    ).parsed
