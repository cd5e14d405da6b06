from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mobile_application_update_response import MobileApplicationUpdateResponse
from ...types import Response


def _get_kwargs(
    mobile_application_update_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "get_mobile_application_update"},
        "url": "/mobile_application_updates/{mobile_application_update_id}".format(
            mobile_application_update_id=quote(
                str(mobile_application_update_id), safe=""
            ),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MobileApplicationUpdateResponse | None:
    if response.status_code == 200:
        response_200 = MobileApplicationUpdateResponse.from_dict(response.json())

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
) -> Response[Error | MobileApplicationUpdateResponse]:
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
            "get_mobile_application_update", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MobileApplicationUpdateResponse]:
    """Get a mobile application update

     A mobile application update's details. `unique_downloads` is updated every 20
    minutes.

    Args:
        mobile_application_update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateResponse]
    """

    kwargs = _get_kwargs(
        mobile_application_update_id=mobile_application_update_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MobileApplicationUpdateResponse | None:
    """Get a mobile application update

     A mobile application update's details. `unique_downloads` is updated every 20
    minutes.

    Args:
        mobile_application_update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MobileApplicationUpdateResponse
    """

    return sync_detailed(
        mobile_application_update_id=mobile_application_update_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MobileApplicationUpdateResponse]:
    """Get a mobile application update

     A mobile application update's details. `unique_downloads` is updated every 20
    minutes.

    Args:
        mobile_application_update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateResponse]
    """

    kwargs = _get_kwargs(
        mobile_application_update_id=mobile_application_update_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MobileApplicationUpdateResponse | None:
    """Get a mobile application update

     A mobile application update's details. `unique_downloads` is updated every 20
    minutes.

    Args:
        mobile_application_update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MobileApplicationUpdateResponse
    """

    return (
        await asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=client,
        )
    ).parsed
