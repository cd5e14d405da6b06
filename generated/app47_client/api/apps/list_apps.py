from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_list_response import AppListResponse
from ...models.app_type import AppType
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        if not isinstance(type_, AppType):
            raise TypeError(
                f"type_ must be AppType (such as AppType.B2B), not {type(type_).__name__} {type_!r}"
            )

        json_type_ = type_.value

    params["type"] = json_type_

    params["search_term"] = search_term

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_apps"},
        "url": "/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppListResponse | Error | None:
    if response.status_code == 200:
        response_200 = AppListResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppListResponse | Error]:
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
        raise client.response_validation_error("list_apps", response, exc) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[AppListResponse | Error]:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppListResponse | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        search_term=search_term,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> AppListResponse | Error | None:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppListResponse | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
        search_term=search_term,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[AppListResponse | Error]:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppListResponse | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        search_term=search_term,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> AppListResponse | Error | None:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            search_term=search_term,
            skip=skip,
        )
    ).parsed
