from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group_member_list import GroupMemberList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per"] = per

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_group_users"},
        "url": "/groups/{group_id}/users".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GroupMemberList | None:
    if response.status_code == 200:
        response_200 = GroupMemberList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GroupMemberList]:
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
            "list_group_users", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> Response[Error | GroupMemberList]:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupMemberList]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        per=per,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> Error | GroupMemberList | None:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupMemberList
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        page=page,
        per=per,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> Response[Error | GroupMemberList]:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GroupMemberList]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        per=per,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> Error | GroupMemberList | None:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GroupMemberList
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            page=page,
            per=per,
        )
    ).parsed
