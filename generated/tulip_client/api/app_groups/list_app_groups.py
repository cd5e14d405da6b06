from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_group import AppGroup
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_app_groups"},
        "url": "/appGroups",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> list[AppGroup]:
    if response.status_code == 200:
        response_200 = []
        for response_200_item_data in response.json():
            response_200_item = AppGroup.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[list[AppGroup]]:
    if not 200 <= response.status_code < 300:
        # Reached with a plain Client only: an overlay client's transport has raised the
        # overlays.errors class of the status already.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        status_code = HTTPStatus(response.status_code)
        parsed = _parse_response(client=client, response=response)
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
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
) -> Response[list[AppGroup]]:
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        Response[list[AppGroup]]
    """

    response = client.session().send(_get_kwargs())

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[AppGroup]:
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        list[AppGroup]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[AppGroup]]:
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        Response[list[AppGroup]]
    """

    response = await client.session().asend(_get_kwargs())

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[AppGroup]:
    """List App Groups and the apps they contain

     Retrieves a list of all Tulip App Groups and their containing apps (and groups).
    Requires the `apps:read` API key scope.

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        list[AppGroup]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
