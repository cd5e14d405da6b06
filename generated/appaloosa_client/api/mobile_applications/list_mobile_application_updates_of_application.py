from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mobile_application_update_list import MobileApplicationUpdateList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mobile_application_id: int,
    *,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per"] = per

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {
            "openapi_operation": "list_mobile_application_updates_of_application"
        },
        "url": "/mobile_applications/{mobile_application_id}/mobile_application_updates".format(
            mobile_application_id=quote(str(mobile_application_id), safe=""),
        ),
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
            "list_mobile_application_updates_of_application", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    mobile_application_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Response[Error | MobileApplicationUpdateList]:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateList]
    """

    kwargs = _get_kwargs(
        mobile_application_id=mobile_application_id,
        page=page,
        per=per,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mobile_application_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Error | MobileApplicationUpdateList | None:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MobileApplicationUpdateList
    """

    return sync_detailed(
        mobile_application_id=mobile_application_id,
        client=client,
        page=page,
        per=per,
    ).parsed


async def asyncio_detailed(
    mobile_application_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Response[Error | MobileApplicationUpdateList]:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateList]
    """

    kwargs = _get_kwargs(
        mobile_application_id=mobile_application_id,
        page=page,
        per=per,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Error | MobileApplicationUpdateList | None:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
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
            mobile_application_id=mobile_application_id,
            client=client,
            page=page,
            per=per,
        )
    ).parsed
