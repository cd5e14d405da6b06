from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_response import AppResponse
from ...models.update_app_request import UpdateAppRequest
from ...types import Response, path_segment


def _get_kwargs(
    app_id: str,
    *,
    body: UpdateAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"openapi_operation": "update_app"},
        "url": "/apps/{app_id}".format(
            app_id=path_segment(app_id, "app_id", "update_app"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> AppResponse:
    if response.status_code == 200:
        response_200 = AppResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[AppResponse]:
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
        raise client.response_validation_error("update_app", response, exc) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAppRequest,
) -> Response[AppResponse]:
    """Update an app

     Updates an app by its id. Requires at least edit permission on the app. Only the
    fields given are changed; the fields accepted are those of the app's type (the
    "Type(s)" column of the parameter table). A public app must keep at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        app_id (str): An App47 id (24 hexadecimal digits), as a string.
        body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

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
        Response[AppResponse]
    """

    response = client.session().send(
        _get_kwargs(
            app_id=app_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAppRequest,
) -> AppResponse:
    """Update an app

     Updates an app by its id. Requires at least edit permission on the app. Only the
    fields given are changed; the fields accepted are those of the app's type (the
    "Type(s)" column of the parameter table). A public app must keep at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        app_id (str): An App47 id (24 hexadecimal digits), as a string.
        body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

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
        AppResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAppRequest,
) -> Response[AppResponse]:
    """Update an app

     Updates an app by its id. Requires at least edit permission on the app. Only the
    fields given are changed; the fields accepted are those of the app's type (the
    "Type(s)" column of the parameter table). A public app must keep at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        app_id (str): An App47 id (24 hexadecimal digits), as a string.
        body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

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
        Response[AppResponse]
    """

    response = await client.session().asend(
        _get_kwargs(
            app_id=app_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAppRequest,
) -> AppResponse:
    """Update an app

     Updates an app by its id. Requires at least edit permission on the app. Only the
    fields given are changed; the fields accepted are those of the app's type (the
    "Type(s)" column of the parameter table). A public app must keep at least one of
    `apple_external_id`, `google_external_id` and `windows_external_url`.

    Args:
        app_id (str): An App47 id (24 hexadecimal digits), as a string.
        body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

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
        AppResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
