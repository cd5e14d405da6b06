from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mobile_application_update_list import MobileApplicationUpdateList
from ...models.platform_filter import PlatformFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_email"] = user_email

    params["group_name"] = group_name

    json_platforms: str | Unset = UNSET
    if not isinstance(platforms, Unset):
        if not isinstance(platforms, PlatformFilter):
            raise TypeError(
                f"platforms must be PlatformFilter (such as PlatformFilter.ALL), not {type(platforms).__name__} {platforms!r}"
            )

        json_platforms = platforms.value

    params["platforms"] = json_platforms

    params["page"] = page

    params["per"] = per

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_mobile_application_updates"},
        "url": "/mobile_application_updates",
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
            "list_mobile_application_updates", response, exc
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
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Response[MobileApplicationUpdateList]:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
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
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> MobileApplicationUpdateList:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
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
        client=client,
        user_email=user_email,
        group_name=group_name,
        platforms=platforms,
        page=page,
        per=per,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> Response[MobileApplicationUpdateList]:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
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
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_email: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    platforms: PlatformFilter | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 10,
) -> MobileApplicationUpdateList:
    """List mobile application updates

     The mobile application updates visible to a user (`user_email`), or to the store's
    admins when `user_email` is left blank, sorted by creation date, newest first.
    `unique_downloads` is updated every 20 minutes.

    Args:
        user_email (str | Unset):
        group_name (str | Unset):
        platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
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
            client=client,
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
        )
    ).parsed


if TYPE_CHECKING:
    from ...models.mobile_application_update import MobileApplicationUpdate

    def paginated(
        *,
        client: AuthenticatedClient | Client,
        user_email: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        platforms: PlatformFilter | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 10,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[MobileApplicationUpdate]:
        """What `paginate(<this module>, ...)` takes and yields: this operation's arguments,
        `max_pages` and `concurrency`; its items. Declared for type checkers only."""
        ...
