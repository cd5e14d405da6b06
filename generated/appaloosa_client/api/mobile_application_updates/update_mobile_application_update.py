from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_application_update_patch import MobileApplicationUpdatePatch
from ...models.mobile_application_update_response import MobileApplicationUpdateResponse
from ...types import Response, path_segment


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
            mobile_application_update_id=path_segment(
                mobile_application_update_id,
                "mobile_application_update_id",
                "update_mobile_application_update",
            ),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> MobileApplicationUpdateResponse:
    if response.status_code == 200:
        response_200 = MobileApplicationUpdateResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[MobileApplicationUpdateResponse]:
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
) -> Response[MobileApplicationUpdateResponse]:
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
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        Response[MobileApplicationUpdateResponse]
    """

    response = client.session().send(
        _get_kwargs(
            mobile_application_update_id=mobile_application_update_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MobileApplicationUpdatePatch,
) -> MobileApplicationUpdateResponse:
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
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        MobileApplicationUpdateResponse
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
) -> Response[MobileApplicationUpdateResponse]:
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
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        Response[MobileApplicationUpdateResponse]
    """

    response = await client.session().asend(
        _get_kwargs(
            mobile_application_update_id=mobile_application_update_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MobileApplicationUpdatePatch,
) -> MobileApplicationUpdateResponse:
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
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        MobileApplicationUpdateResponse
    """

    return (
        await asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=client,
            body=body,
        )
    ).parsed
