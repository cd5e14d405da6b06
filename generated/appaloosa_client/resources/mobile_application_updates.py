"""Operations tagged `mobile_application_updates`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from overlays._pagination import apaginate, paginate

from ..api.mobile_application_updates import (
    get_mobile_application_update,
    list_comments,
    list_mobile_application_updates,
    publish_to_google_play,
    update_mobile_application_update,
    upload_mobile_application_update,
)
from ..client import AuthenticatedClient, Client
from ..models.comment import Comment
from ..models.comment_list import CommentList
from ..models.list_comments_sort_by import ListCommentsSortBy
from ..models.list_comments_sort_order import ListCommentsSortOrder
from ..models.mobile_application_update import MobileApplicationUpdate
from ..models.mobile_application_update_list import MobileApplicationUpdateList
from ..models.mobile_application_update_patch import MobileApplicationUpdatePatch
from ..models.mobile_application_update_response import MobileApplicationUpdateResponse
from ..models.platform_filter import PlatformFilter
from ..models.upload_accepted import UploadAccepted
from ..models.upload_mobile_application_update_request import (
    UploadMobileApplicationUpdateRequest,
)
from ..types import UNSET, Response, Unset


class MobileApplicationUpdatesWithRawResponse:
    """The `mobile_application_updates` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get(
        self,
        mobile_application_update_id: int,
    ) -> Response[MobileApplicationUpdateResponse]:
        """Get a mobile application update (`get_mobile_application_update.sync_detailed`).

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return get_mobile_application_update.sync_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    def update(
        self,
        mobile_application_update_id: int,
        *,
        body: MobileApplicationUpdatePatch,
    ) -> Response[MobileApplicationUpdateResponse]:
        """Update a mobile application update (`update_mobile_application_update.sync_detailed`).

        Args:
            mobile_application_update_id (int):
            body (MobileApplicationUpdatePatch): The multipart form of an update's changes.
                Field names are Rails' nested names:
                `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
                repeated once per group id. Files are sent as file parts.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return update_mobile_application_update.sync_detailed(
            mobile_application_update_id=mobile_application_update_id,
            body=body,
            client=self._client,
        )

    def upload(
        self,
        *,
        body: UploadMobileApplicationUpdateRequest,
    ) -> Response[UploadAccepted]:
        """Upload a mobile application update from public links (`upload_mobile_application_update.sync_detailed`).

        Args:
            body (UploadMobileApplicationUpdateRequest):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return upload_mobile_application_update.sync_detailed(
            body=body,
            client=self._client,
        )

    def list_comments(
        self,
        mobile_application_update_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
        sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
        sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
    ) -> Response[CommentList]:
        """List the comments of a mobile application update (`list_comments.sync_detailed`).

        Args:
            mobile_application_update_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
            sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
            sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return list_comments.sync_detailed(
            mobile_application_update_id=mobile_application_update_id,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
            client=self._client,
        )

    def publish_to_google_play(
        self,
        mobile_application_update_id: int,
    ) -> Response[None]:
        """Publish a mobile application update to Google Play Enterprise (`publish_to_google_play.sync_detailed`).

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return publish_to_google_play.sync_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    def list(
        self,
        *,
        user_email: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        platforms: PlatformFilter | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 10,
    ) -> Response[MobileApplicationUpdateList]:
        """List mobile application updates (`list_mobile_application_updates.sync_detailed`).

        Args:
            user_email (str | Unset):
            group_name (str | Unset):
            platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_mobile_application_updates.sync_detailed(
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
            client=self._client,
        )


class MobileApplicationUpdates:
    """The operations tagged `mobile_application_updates`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MobileApplicationUpdatesWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return MobileApplicationUpdatesWithRawResponse(self._client)

    def get(
        self,
        mobile_application_update_id: int,
    ) -> MobileApplicationUpdateResponse:
        """Get a mobile application update

        A mobile application update's details. `unique_downloads` is updated every 20
        minutes.

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return get_mobile_application_update.sync(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    def update(
        self,
        mobile_application_update_id: int,
        *,
        body: MobileApplicationUpdatePatch,
    ) -> MobileApplicationUpdateResponse:
        """Update a mobile application update

        Edits a mobile application update: name, groups, catch phrase, description, icon,
        banner, up to five screenshots, forced install and changelog. On an Android
        Enterprise store, groups can only be changed on the latest version of an
        application; changing them on an earlier one answers 422.

        Args:
            mobile_application_update_id (int):
            body (MobileApplicationUpdatePatch): The multipart form of an update's changes.
                Field names are Rails' nested names:
                `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
                repeated once per group id. Files are sent as file parts.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return update_mobile_application_update.sync(
            mobile_application_update_id=mobile_application_update_id,
            body=body,
            client=self._client,
        )

    def upload(
        self,
        *,
        body: UploadMobileApplicationUpdateRequest,
    ) -> UploadAccepted:
        """Upload a mobile application update from public links

        Creates a mobile application update from a binary hosted at a public URL (and,
        optionally, a banner and screenshots at public URLs). The binary is processed in
        the background; the answer links to the update to come.

        Args:
            body (UploadMobileApplicationUpdateRequest):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return upload_mobile_application_update.sync(
            body=body,
            client=self._client,
        )

    def list_comments(
        self,
        mobile_application_update_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
        sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
        sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[Comment]:
        """List the comments of a mobile application update

        The comments users gave through the native apps, one page at a time.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            mobile_application_update_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
            sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
            sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.
            max_pages (int | None): Stop after that many pages (None: every page).
            concurrency (int): Once the first page tells how many pages there are, fetch the others
                with that many requests in flight (items still in order).

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            overlays.errors.PaginationError: A listing that does not advance, or whose paging headers
                disagree with how it ends.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return paginate(
            list_comments,
            mobile_application_update_id=mobile_application_update_id,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    def publish_to_google_play(
        self,
        mobile_application_update_id: int,
    ) -> None:
        """Publish a mobile application update to Google Play Enterprise

        Publishes the update to the store's Google Play Enterprise account. Only available
        with an Android Enterprise (AE) setup.

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return publish_to_google_play.sync(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    def list(
        self,
        *,
        user_email: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        platforms: PlatformFilter | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 10,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[MobileApplicationUpdate]:
        """List mobile application updates

        The mobile application updates visible to a user (`user_email`), or to the store's
        admins when `user_email` is left blank, sorted by creation date, newest first.
        `unique_downloads` is updated every 20 minutes.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            user_email (str | Unset):
            group_name (str | Unset):
            platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.
            max_pages (int | None): Stop after that many pages (None: every page).
            concurrency (int): Once the first page tells how many pages there are, fetch the others
                with that many requests in flight (items still in order).

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            overlays.errors.PaginationError: A listing that does not advance, or whose paging headers
                disagree with how it ends.
        """
        return paginate(
            list_mobile_application_updates,
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncMobileApplicationUpdatesWithRawResponse:
    """The async `mobile_application_updates` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        mobile_application_update_id: int,
    ) -> Response[MobileApplicationUpdateResponse]:
        """Get a mobile application update (`get_mobile_application_update.asyncio_detailed`).

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await get_mobile_application_update.asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    async def update(
        self,
        mobile_application_update_id: int,
        *,
        body: MobileApplicationUpdatePatch,
    ) -> Response[MobileApplicationUpdateResponse]:
        """Update a mobile application update (`update_mobile_application_update.asyncio_detailed`).

        Args:
            mobile_application_update_id (int):
            body (MobileApplicationUpdatePatch): The multipart form of an update's changes.
                Field names are Rails' nested names:
                `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
                repeated once per group id. Files are sent as file parts.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await update_mobile_application_update.asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            body=body,
            client=self._client,
        )

    async def upload(
        self,
        *,
        body: UploadMobileApplicationUpdateRequest,
    ) -> Response[UploadAccepted]:
        """Upload a mobile application update from public links (`upload_mobile_application_update.asyncio_detailed`).

        Args:
            body (UploadMobileApplicationUpdateRequest):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await upload_mobile_application_update.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def list_comments(
        self,
        mobile_application_update_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
        sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
        sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
    ) -> Response[CommentList]:
        """List the comments of a mobile application update (`list_comments.asyncio_detailed`).

        Args:
            mobile_application_update_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
            sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
            sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await list_comments.asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
            client=self._client,
        )

    async def publish_to_google_play(
        self,
        mobile_application_update_id: int,
    ) -> Response[None]:
        """Publish a mobile application update to Google Play Enterprise (`publish_to_google_play.asyncio_detailed`).

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await publish_to_google_play.asyncio_detailed(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        user_email: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        platforms: PlatformFilter | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 10,
    ) -> Response[MobileApplicationUpdateList]:
        """List mobile application updates (`list_mobile_application_updates.asyncio_detailed`).

        Args:
            user_email (str | Unset):
            group_name (str | Unset):
            platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_mobile_application_updates.asyncio_detailed(
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
            client=self._client,
        )


class AsyncMobileApplicationUpdates:
    """The async operations tagged `mobile_application_updates`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMobileApplicationUpdatesWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncMobileApplicationUpdatesWithRawResponse(self._client)

    async def get(
        self,
        mobile_application_update_id: int,
    ) -> MobileApplicationUpdateResponse:
        """Get a mobile application update

        A mobile application update's details. `unique_downloads` is updated every 20
        minutes.

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await get_mobile_application_update.asyncio(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    async def update(
        self,
        mobile_application_update_id: int,
        *,
        body: MobileApplicationUpdatePatch,
    ) -> MobileApplicationUpdateResponse:
        """Update a mobile application update

        Edits a mobile application update: name, groups, catch phrase, description, icon,
        banner, up to five screenshots, forced install and changelog. On an Android
        Enterprise store, groups can only be changed on the latest version of an
        application; changing them on an earlier one answers 422.

        Args:
            mobile_application_update_id (int):
            body (MobileApplicationUpdatePatch): The multipart form of an update's changes.
                Field names are Rails' nested names:
                `mobile_application_update[<field>]`, and `mobile_application_update[group_ids][]`
                repeated once per group id. Files are sent as file parts.

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await update_mobile_application_update.asyncio(
            mobile_application_update_id=mobile_application_update_id,
            body=body,
            client=self._client,
        )

    async def upload(
        self,
        *,
        body: UploadMobileApplicationUpdateRequest,
    ) -> UploadAccepted:
        """Upload a mobile application update from public links

        Creates a mobile application update from a binary hosted at a public URL (and,
        optionally, a banner and screenshots at public URLs). The binary is processed in
        the background; the answer links to the update to come.

        Args:
            body (UploadMobileApplicationUpdateRequest):

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await upload_mobile_application_update.asyncio(
            body=body,
            client=self._client,
        )

    def list_comments(
        self,
        mobile_application_update_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
        sort_by: ListCommentsSortBy | Unset = ListCommentsSortBy.UPDATED_AT,
        sort_order: ListCommentsSortOrder | Unset = ListCommentsSortOrder.DESC,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[Comment]:
        """List the comments of a mobile application update

        The comments users gave through the native apps, one page at a time.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            mobile_application_update_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
            sort_by (ListCommentsSortBy | Unset):  Default: ListCommentsSortBy.UPDATED_AT.
            sort_order (ListCommentsSortOrder | Unset):  Default: ListCommentsSortOrder.DESC.
            max_pages (int | None): Stop after that many pages (None: every page).
            concurrency (int): Once the first page tells how many pages there are, fetch the others
                with that many requests in flight (items still in order).

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            overlays.errors.PaginationError: A listing that does not advance, or whose paging headers
                disagree with how it ends.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return apaginate(
            list_comments,
            mobile_application_update_id=mobile_application_update_id,
            page=page,
            per=per,
            sort_by=sort_by,
            sort_order=sort_order,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    async def publish_to_google_play(
        self,
        mobile_application_update_id: int,
    ) -> None:
        """Publish a mobile application update to Google Play Enterprise

        Publishes the update to the store's Google Play Enterprise account. Only available
        with an Android Enterprise (AE) setup.

        Args:
            mobile_application_update_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await publish_to_google_play.asyncio(
            mobile_application_update_id=mobile_application_update_id,
            client=self._client,
        )

    def list(
        self,
        *,
        user_email: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        platforms: PlatformFilter | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 10,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[MobileApplicationUpdate]:
        """List mobile application updates

        The mobile application updates visible to a user (`user_email`), or to the store's
        admins when `user_email` is left blank, sorted by creation date, newest first.
        `unique_downloads` is updated every 20 minutes.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            user_email (str | Unset):
            group_name (str | Unset):
            platforms (PlatformFilter | Unset): A platform to filter on, or all of them.
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.
            max_pages (int | None): Stop after that many pages (None: every page).
            concurrency (int): Once the first page tells how many pages there are, fetch the others
                with that many requests in flight (items still in order).

        Raises:
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            overlays.errors.PaginationError: A listing that does not advance, or whose paging headers
                disagree with how it ends.
        """
        return apaginate(
            list_mobile_application_updates,
            user_email=user_email,
            group_name=group_name,
            platforms=platforms,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncMobileApplicationUpdates",
    "AsyncMobileApplicationUpdatesWithRawResponse",
    "MobileApplicationUpdates",
    "MobileApplicationUpdatesWithRawResponse",
]
