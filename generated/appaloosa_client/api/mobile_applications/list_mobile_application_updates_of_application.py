from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_application_update_list import MobileApplicationUpdateList
from ...types import UNSET, Response, Unset, path_segment


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
            mobile_application_id=path_segment(
                mobile_application_id,
                "mobile_application_id",
                "list_mobile_application_updates_of_application",
            ),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> MobileApplicationUpdateList:
    if response.status_code == 200:
        response_200 = MobileApplicationUpdateList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[MobileApplicationUpdateList]:
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
) -> Response[MobileApplicationUpdateList]:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

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
        Response[MobileApplicationUpdateList]
    """

    response = client.session().send(
        _get_kwargs(
            mobile_application_id=mobile_application_id,
            page=page,
            per=per,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    mobile_application_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> MobileApplicationUpdateList:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

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
        MobileApplicationUpdateList
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
) -> Response[MobileApplicationUpdateList]:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

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
        Response[MobileApplicationUpdateList]
    """

    response = await client.session().asend(
        _get_kwargs(
            mobile_application_id=mobile_application_id,
            page=page,
            per=per,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> MobileApplicationUpdateList:
    """List the updates of one mobile application

     The mobile application updates (versions) of one mobile application, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        mobile_application_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 10.

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
        MobileApplicationUpdateList
    """

    return (
        await asyncio_detailed(
            mobile_application_id=mobile_application_id,
            client=client,
            page=page,
            per=per,
        )
    ).parsed


if TYPE_CHECKING:
    from ...models.mobile_application_update import MobileApplicationUpdate

    def paginated(
        mobile_application_id: int,
        *,
        client: AuthenticatedClient | Client,
        page: int | Unset = 1,
        per: int | Unset = 10,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[MobileApplicationUpdate]:
        """What `paginate(<this module>, ...)` takes and yields: this operation's arguments,
        `max_pages` and `concurrency`; its items. Declared for type checkers only."""
        ...
