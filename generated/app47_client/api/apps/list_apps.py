from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_list_response import AppListResponse
from ...models.app_type import AppType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        if not isinstance(type_, AppType):
            raise TypeError(
                f"type_ must be AppType (such as AppType.B2B), not {type(type_).__name__} {type_!r}"
            )

        json_type_ = type_.value

    params["type"] = json_type_

    params["search_term"] = search_term

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_apps"},
        "url": "/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> AppListResponse:
    if response.status_code == 200:
        response_200 = AppListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[AppListResponse]:
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
        raise client.response_validation_error("list_apps", response, exc) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[AppListResponse]:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

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
        Response[AppListResponse]
    """

    response = client.session().send(
        _get_kwargs(
            type_=type_,
            search_term=search_term,
            skip=skip,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> AppListResponse:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

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
        AppListResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        search_term=search_term,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[AppListResponse]:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

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
        Response[AppListResponse]
    """

    response = await client.session().asend(
        _get_kwargs(
            type_=type_,
            search_term=search_term,
            skip=skip,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: AppType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> AppListResponse:
    """List apps

     Lists the applications of the account that the member has access to and that match
    the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
    read permission.

    Args:
        type_ (AppType | Unset): The type of an app, as sent in requests (create, list filter).
            Answers spell it
            capitalised (see `App.type`).
        search_term (str | Unset): Search phrase to filter the app list (absent rather than
            empty).
        skip (int | Unset): The number of records to skip over (sets of 100); none when absent.

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
        AppListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            search_term=search_term,
            skip=skip,
        )
    ).parsed


if TYPE_CHECKING:
    from ...models.app import App

    def paginated(
        *,
        client: AuthenticatedClient | Client,
        type_: AppType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[App]:
        """What `paginate(<this module>, ...)` takes and yields: this operation's arguments,
        `max_pages` and `concurrency`; its items. Declared for type checkers only."""
        ...
