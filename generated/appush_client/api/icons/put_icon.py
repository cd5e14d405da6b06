from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    application_id: str,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"openapi_operation": "put_icon"},
        "url": "/application/{application_id}/icon".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["content"] = body.payload.read()
    headers["Content-Type"] = "image/png"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 415:
        response_415 = response.text
        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
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
        raise client.response_validation_error("put_icon", response, exc) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[Any | str]:
    """Create or replace an application's icon

     Uploads the application's icon: the body is the image data of a 57x57 PNG image
    (`Content-Type: image/png`). Anything else answers 415.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (File): The image data of a PNG image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Any | str | None:
    """Create or replace an application's icon

     Uploads the application's icon: the body is the image data of a 57x57 PNG image
    (`Content-Type: image/png`). Anything else answers 415.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (File): The image data of a PNG image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[Any | str]:
    """Create or replace an application's icon

     Uploads the application's icon: the body is the image data of a 57x57 PNG image
    (`Content-Type: image/png`). Anything else answers 415.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (File): The image data of a PNG image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Any | str | None:
    """Create or replace an application's icon

     Uploads the application's icon: the body is the image data of a 57x57 PNG image
    (`Content-Type: image/png`). Anything else answers 415.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (File): The image data of a PNG image.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
