from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_member_list import GroupMemberList
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    group_id: str,
    *,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per"] = per

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_group_users"},
        "url": "/groups/{group_id}/users".format(
            group_id=path_segment(group_id, "group_id", "list_group_users"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> GroupMemberList:
    if response.status_code == 200:
        response_200 = GroupMemberList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[GroupMemberList]:
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
            "list_group_users", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> Response[GroupMemberList]:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

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
        Response[GroupMemberList]
    """

    response = client.session().send(
        _get_kwargs(
            group_id=group_id,
            page=page,
            per=per,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> GroupMemberList:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

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
        GroupMemberList
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        page=page,
        per=per,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> Response[GroupMemberList]:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

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
        Response[GroupMemberList]
    """

    response = await client.session().asend(
        _get_kwargs(
            group_id=group_id,
            page=page,
            per=per,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 30,
) -> GroupMemberList:
    """List the users of a group

     The users of one group, with their store admin role, one page at a time.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 30.

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
        GroupMemberList
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            page=page,
            per=per,
        )
    ).parsed


if TYPE_CHECKING:
    from ...models.group_member import GroupMember

    def paginated(
        group_id: str,
        *,
        client: AuthenticatedClient | Client,
        page: int | Unset = 1,
        per: int | Unset = 30,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[GroupMember]:
        """What `paginate(<this module>, ...)` takes and yields: this operation's arguments,
        `max_pages` and `concurrency`; its items. Declared for type checkers only."""
        ...
