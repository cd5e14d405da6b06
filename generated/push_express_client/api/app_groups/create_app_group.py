from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.all_apps_group_input import AllAppsGroupInput
from ...models.created_app_group import CreatedAppGroup
from ...models.selected_apps_group_input import SelectedAppsGroupInput
from ...types import Response


def _get_kwargs(
    *,
    body: AllAppsGroupInput | SelectedAppsGroupInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"openapi_operation": "create_app_group"},
        "url": "/app/groups",
    }

    if isinstance(body, AllAppsGroupInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> CreatedAppGroup:
    if response.status_code == 201:
        response_201 = CreatedAppGroup.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[CreatedAppGroup]:
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
            "create_app_group", response, exc
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
    body: AllAppsGroupInput | SelectedAppsGroupInput,
) -> Response[CreatedAppGroup]:
    """Create an application group

     Creates a new application group and returns its id.

    Args:
        body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update calls.
            `app_ids` is required unless `all_apps` is
            true; with `all_apps` true the group holds every active application and
            `app_ids` may be left empty.

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
        Response[CreatedAppGroup]
    """

    response = client.session().send(
        _get_kwargs(
            body=body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AllAppsGroupInput | SelectedAppsGroupInput,
) -> CreatedAppGroup:
    """Create an application group

     Creates a new application group and returns its id.

    Args:
        body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update calls.
            `app_ids` is required unless `all_apps` is
            true; with `all_apps` true the group holds every active application and
            `app_ids` may be left empty.

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
        CreatedAppGroup
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AllAppsGroupInput | SelectedAppsGroupInput,
) -> Response[CreatedAppGroup]:
    """Create an application group

     Creates a new application group and returns its id.

    Args:
        body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update calls.
            `app_ids` is required unless `all_apps` is
            true; with `all_apps` true the group holds every active application and
            `app_ids` may be left empty.

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
        Response[CreatedAppGroup]
    """

    response = await client.session().asend(
        _get_kwargs(
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AllAppsGroupInput | SelectedAppsGroupInput,
) -> CreatedAppGroup:
    """Create an application group

     Creates a new application group and returns its id.

    Args:
        body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update calls.
            `app_ids` is required unless `all_apps` is
            true; with `all_apps` true the group holds every active application and
            `app_ids` may be left empty.

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
        CreatedAppGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
