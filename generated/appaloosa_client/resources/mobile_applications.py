"""Operations tagged `mobile_applications`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from overlays._pagination import apaginate, paginate

from ..api.mobile_applications import list_mobile_application_updates_of_application
from ..client import AuthenticatedClient, Client
from ..models.mobile_application_update import MobileApplicationUpdate
from ..models.mobile_application_update_list import MobileApplicationUpdateList
from ..types import Response, Unset


class MobileApplicationsWithRawResponse:
    """The `mobile_applications` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_updates(
        self,
        mobile_application_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 10,
    ) -> Response[MobileApplicationUpdateList]:
        """List the updates of one mobile application (`list_mobile_application_updates_of_application.sync_detailed`).

        Args:
            mobile_application_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.

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
        return list_mobile_application_updates_of_application.sync_detailed(
            mobile_application_id=mobile_application_id,
            page=page,
            per=per,
            client=self._client,
        )


class MobileApplications:
    """The operations tagged `mobile_applications`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MobileApplicationsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return MobileApplicationsWithRawResponse(self._client)

    def list_updates(
        self,
        mobile_application_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 10,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[MobileApplicationUpdate]:
        """List the updates of one mobile application

        The mobile application updates (versions) of one mobile application, newest first.
        `unique_downloads` is updated every 20 minutes.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            mobile_application_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.
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
            list_mobile_application_updates_of_application,
            mobile_application_id=mobile_application_id,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncMobileApplicationsWithRawResponse:
    """The async `mobile_applications` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_updates(
        self,
        mobile_application_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 10,
    ) -> Response[MobileApplicationUpdateList]:
        """List the updates of one mobile application (`list_mobile_application_updates_of_application.asyncio_detailed`).

        Args:
            mobile_application_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.

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
        return await list_mobile_application_updates_of_application.asyncio_detailed(
            mobile_application_id=mobile_application_id,
            page=page,
            per=per,
            client=self._client,
        )


class AsyncMobileApplications:
    """The async operations tagged `mobile_applications`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMobileApplicationsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncMobileApplicationsWithRawResponse(self._client)

    def list_updates(
        self,
        mobile_application_id: int,
        *,
        page: int | Unset = 1,
        per: int | Unset = 10,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[MobileApplicationUpdate]:
        """List the updates of one mobile application

        The mobile application updates (versions) of one mobile application, newest first.
        `unique_downloads` is updated every 20 minutes.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            mobile_application_id (int):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 10.
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
            list_mobile_application_updates_of_application,
            mobile_application_id=mobile_application_id,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncMobileApplications",
    "AsyncMobileApplicationsWithRawResponse",
    "MobileApplications",
    "MobileApplicationsWithRawResponse",
]
