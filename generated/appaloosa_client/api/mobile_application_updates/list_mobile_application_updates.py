from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mobile_application_update_list import MobileApplicationUpdateList
from ...models.platform_filter import PlatformFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_email"] = user_email

    params["group_name"] = group_name

    json_platforms: str | Unset = UNSET
    if not isinstance(platforms, Unset):
        json_platforms = platforms.value

    params["platforms"] = json_platforms

    params["page"] = page

    params["per"] = per

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_mobile_application_updates"},
        "url": "/mobile_application_updates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MobileApplicationUpdateList | None:
    if response.status_code == 200:
        response_200 = MobileApplicationUpdateList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MobileApplicationUpdateList]:
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
            "list_mobile_application_updates", response, exc
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
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Response[Error | MobileApplicationUpdateList]:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateList]
    """

    kwargs = _get_kwargs(
        user_email=user_email,
        group_name=group_name,
        platforms=platforms,
        page=page,
        per=per,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Error | MobileApplicationUpdateList | None:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MobileApplicationUpdateList
    """

    return sync_detailed(
        client=client,
        user_email=user_email,
        group_name=group_name,
        platforms=platforms,
        page=page,
        per=per,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Response[Error | MobileApplicationUpdateList]:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateList]
    """

    kwargs = _get_kwargs(
        user_email=user_email,
        group_name=group_name,
        platforms=platforms,
        page=page,
        per=per,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Error | MobileApplicationUpdateList | None:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MobileApplicationUpdateList
    """

    return (
        await asyncio_detailed(
            client=client,
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
        )
    ).parsed
