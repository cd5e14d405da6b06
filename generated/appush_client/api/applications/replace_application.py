from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_input import ApplicationInput
from ...types import Response


def _get_kwargs(
    application_id: str,
    *,
    body: ApplicationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"openapi_operation": "replace_application"},
        "url": "/application/{application_id}".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 502:
        response_502 = response.text
        return response_502

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
        raise client.response_validation_error(
            "replace_application", response, exc
        ) from exc
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
    body: ApplicationInput,
) -> Response[Any | str]:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
    body: ApplicationInput,
) -> Any | str | None:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
    body: ApplicationInput,
) -> Response[Any | str]:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
    body: ApplicationInput,
) -> Any | str | None:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
