from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list import CommentList
from ...models.list_comments_sort_by import ListCommentsSortBy
from ...models.list_comments_sort_order import ListCommentsSortOrder
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    mobile_application_update_id: int,
    *,
    page: int | Unset = 1,
    per: int | Unset = 20,
    sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
    sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per"] = per

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        if not isinstance(sort_by, ListCommentsSortBy):
            raise TypeError(
                f"sort_by must be ListCommentsSortBy (such as ListCommentsSortBy.CREATED_AT), not {type(sort_by).__name__} {sort_by!r}"
            )

        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        if not isinstance(sort_order, ListCommentsSortOrder):
            raise TypeError(
                f"sort_order must be ListCommentsSortOrder (such as ListCommentsSortOrder.ASC), not {type(sort_order).__name__} {sort_order!r}"
            )

        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_comments"},
        "url": "/mobile_application_updates/{mobile_application_update_id}/comments".format(
            mobile_application_update_id=path_segment(
                mobile_application_update_id,
                "mobile_application_update_id",
                "list_comments",
            ),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> CommentList:
    if response.status_code == 200:
        response_200 = CommentList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[CommentList]:
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
        raise client.response_validation_error("list_comments", response, exc) from exc
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
    page: int | Unset = 1,
    per: int | Unset = 20,
    sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
    sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
) -> Response[CommentList]:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

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
        Response[CommentList]
    """

    response = client.session().send(
        _get_kwargs(
            mobile_application_update_id=mobile_application_update_id,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 20,
    sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
    sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
) -> CommentList:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

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
        CommentList
    """

    return sync_detailed(
        mobile_application_update_id=mobile_application_update_id,
        client=client,
        page=page,
        per=per,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 20,
    sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
    sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
) -> Response[CommentList]:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

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
        Response[CommentList]
    """

    response = await client.session().asend(
        _get_kwargs(
            mobile_application_update_id=mobile_application_update_id,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 20,
    sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
    sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
) -> CommentList:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

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
        CommentList
    """

    return (
        await asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=client,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed


if TYPE_CHECKING:
    from ...models.comment import Comment

    def paginated(
        mobile_application_update_id: int,
        *,
        client: AuthenticatedClient | Client,
        page: int | Unset = 1,
        per: int | Unset = 20,
        sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
        sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[Comment]:
        """What `paginate(<this module>, ...)` takes and yields: this operation's arguments,
        `max_pages` and `concurrency`; its items. Declared for type checkers only."""
        ...
