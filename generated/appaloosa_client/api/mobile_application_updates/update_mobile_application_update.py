from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mobile_application_update_patch import MobileApplicationUpdatePatch
from ...models.mobile_application_update_response import MobileApplicationUpdateResponse
from ...types import Response


def _get_kwargs(
    mobile_application_update_id: int,
    *,
    body: MobileApplicationUpdatePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"openapi_operation": "update_mobile_application_update"},
        "url": "/mobile_application_updates/{mobile_application_update_id}".format(
            mobile_application_update_id=quote(
                str(mobile_application_update_id), safe=""
            ),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
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
            "update_mobile_application_update", response, exc
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
    body: MobileApplicationUpdatePatch,
) -> Response[Error | MobileApplicationUpdateResponse]:
    """Update a mobile application update

     Edits a mobile application update: name, groups, catch phrase, description, icon,
    banner, up to five screenshots, forced install and changelog. On an Android
    Enterprise store, groups can only be changed on the latest version of an
    application; changing them on an earlier one answers 422.

    Args:
        mobile_application_update_id (int):
        body (MobileApplicationUpdatePatch): The multipart form of an update's changes. Field
            names are Rails' nested names:
            `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
            repeated once per group id. Files are sent as file parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateResponse]
    """

    kwargs = _get_kwargs(
        mobile_application_update_id=mobile_application_update_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MobileApplicationUpdatePatch,
) -> Error | MobileApplicationUpdateResponse | None:
    """Update a mobile application update

     Edits a mobile application update: name, groups, catch phrase, description, icon,
    banner, up to five screenshots, forced install and changelog. On an Android
    Enterprise store, groups can only be changed on the latest version of an
    application; changing them on an earlier one answers 422.

    Args:
        mobile_application_update_id (int):
        body (MobileApplicationUpdatePatch): The multipart form of an update's changes. Field
            names are Rails' nested names:
            `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
            repeated once per group id. Files are sent as file parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MobileApplicationUpdateResponse
    """

    return sync_detailed(
        mobile_application_update_id=mobile_application_update_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MobileApplicationUpdatePatch,
) -> Response[Error | MobileApplicationUpdateResponse]:
    """Update a mobile application update

     Edits a mobile application update: name, groups, catch phrase, description, icon,
    banner, up to five screenshots, forced install and changelog. On an Android
    Enterprise store, groups can only be changed on the latest version of an
    application; changing them on an earlier one answers 422.

    Args:
        mobile_application_update_id (int):
        body (MobileApplicationUpdatePatch): The multipart form of an update's changes. Field
            names are Rails' nested names:
            `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
            repeated once per group id. Files are sent as file parts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MobileApplicationUpdateResponse]
    """

    kwargs = _get_kwargs(
        mobile_application_update_id=mobile_application_update_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MobileApplicationUpdatePatch,
) -> Error | MobileApplicationUpdateResponse | None:
    """Update a mobile application update

     Edits a mobile application update: name, groups, catch phrase, description, icon,
    banner, up to five screenshots, forced install and changelog. On an Android
    Enterprise store, groups can only be changed on the latest version of an
    application; changing them on an earlier one answers 422.

    Args:
        mobile_application_update_id (int):
        body (MobileApplicationUpdatePatch): The multipart form of an update's changes. Field
            names are Rails' nested names:
            `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
            repeated once per group id. Files are sent as file parts.

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
            body=body,
        )
    ).parsed
