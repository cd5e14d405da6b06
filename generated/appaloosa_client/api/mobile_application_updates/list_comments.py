from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list import CommentList
from ...models.error import Error
from ...models.list_comments_sort_by import ListCommentsSortBy
from ...models.list_comments_sort_order import ListCommentsSortOrder
from ...types import UNSET, Response, Unset


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
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_comments"},
        "url": "/mobile_application_updates/{mobile_application_update_id}/comments".format(
            mobile_application_update_id=quote(
                str(mobile_application_update_id), safe=""
            ),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentList | Error | None:
    if response.status_code == 200:
        response_200 = CommentList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommentList | Error]:
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
) -> Response[CommentList | Error]:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList | Error]
    """

    kwargs = _get_kwargs(
        mobile_application_update_id=mobile_application_update_id,
        page=page,
        per=per,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
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
) -> CommentList | Error | None:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentList | Error
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
) -> Response[CommentList | Error]:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList | Error]
    """

    kwargs = _get_kwargs(
        mobile_application_update_id=mobile_application_update_id,
        page=page,
        per=per,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mobile_application_update_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per: int | Unset = 20,
    sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
    sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
) -> CommentList | Error | None:
    """List the comments of a mobile application update

     The comments users gave through the native apps, one page at a time.

    Args:
        mobile_application_update_id (int):
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 20.
        sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
        sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentList | Error
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
