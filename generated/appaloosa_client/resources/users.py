"""Operations tagged `users`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from overlays._pagination import apaginate, paginate

from ..api.users import (
    create_user,
    delete_user,
    get_user,
    list_user_devices,
    list_users,
    search_users,
    update_user,
)
from ..client import AuthenticatedClient, Client
from ..models.create_user_request import CreateUserRequest
from ..models.device_list import DeviceList
from ..models.update_user_request import UpdateUserRequest
from ..models.user_list import UserList
from ..models.user_response import UserResponse
from ..models.user_search_result import UserSearchResult
from ..models.user_summary import UserSummary
from ..types import UNSET, Response, Unset


class UsersWithRawResponse:
    """The `users` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateUserRequest,
    ) -> Response[UserResponse]:
        """Create a user (`create_user.sync_detailed`).

        Args:
            body (CreateUserRequest):

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
        return create_user.sync_detailed(
            body=body,
            client=self._client,
        )

    def search(
        self,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 20,
    ) -> Response[UserSearchResult]:
        """Search users (`search_users.sync_detailed`).

        Args:
            search (str | Unset):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.

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
        return search_users.sync_detailed(
            search=search,
            page=page,
            per=per,
            client=self._client,
        )

    def get(
        self,
        user_id: int,
    ) -> Response[UserResponse]:
        """Get a user (`get_user.sync_detailed`).

        Args:
            user_id (int):

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
        return get_user.sync_detailed(
            user_id=user_id,
            client=self._client,
        )

    def delete(
        self,
        user_id: int,
    ) -> Response[None]:
        """Delete a user (`delete_user.sync_detailed`).

        Args:
            user_id (int):

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
        return delete_user.sync_detailed(
            user_id=user_id,
            client=self._client,
        )

    def update(
        self,
        user_id: int,
        *,
        body: UpdateUserRequest,
    ) -> Response[UserResponse]:
        """Update a user (`update_user.sync_detailed`).

        Args:
            user_id (int):
            body (UpdateUserRequest):

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
        return update_user.sync_detailed(
            user_id=user_id,
            body=body,
            client=self._client,
        )

    def list_devices(
        self,
        user_id: int,
    ) -> Response[DeviceList]:
        """List a user's devices (`list_user_devices.sync_detailed`).

        Args:
            user_id (int):

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
        return list_user_devices.sync_detailed(
            user_id=user_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
    ) -> Response[UserList]:
        """List users (`list_users.sync_detailed`).

        Args:
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.

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
        return list_users.sync_detailed(
            page=page,
            per=per,
            client=self._client,
        )


class Users:
    """The operations tagged `users`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return UsersWithRawResponse(self._client)

    def create(
        self,
        *,
        body: CreateUserRequest,
    ) -> UserResponse:
        """Create a user

        Creates a user (first name, last name and email are required) and returns it. With
        `notify`, the user gets a welcome email.

        Args:
            body (CreateUserRequest):

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
        return create_user.sync(
            body=body,
            client=self._client,
        )

    def search(
        self,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 20,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[UserSummary]:
        """Search users

        Users whose first name, last name or email contains the search text.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            search (str | Unset):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
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
            search_users,
            search=search,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    def get(
        self,
        user_id: int,
    ) -> UserResponse:
        """Get a user

        A user's details.

        Args:
            user_id (int):

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
        return get_user.sync(
            user_id=user_id,
            client=self._client,
        )

    def delete(
        self,
        user_id: int,
    ) -> None:
        """Delete a user

        Deletes a user; it cannot be yourself or a super admin.

        Args:
            user_id (int):

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
        return delete_user.sync(
            user_id=user_id,
            client=self._client,
        )

    def update(
        self,
        user_id: int,
        *,
        body: UpdateUserRequest,
    ) -> UserResponse:
        """Update a user

        Changes the fields given (at least one) and returns the updated user.

        Args:
            user_id (int):
            body (UpdateUserRequest):

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
        return update_user.sync(
            user_id=user_id,
            body=body,
            client=self._client,
        )

    def list_devices(
        self,
        user_id: int,
    ) -> DeviceList:
        """List a user's devices

        The devices of one user (not paginated).

        Args:
            user_id (int):

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
        return list_user_devices.sync(
            user_id=user_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[UserSummary]:
        """List users

        The detailed list of the store's users, one page at a time.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
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
            list_users,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncUsersWithRawResponse:
    """The async `users` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreateUserRequest,
    ) -> Response[UserResponse]:
        """Create a user (`create_user.asyncio_detailed`).

        Args:
            body (CreateUserRequest):

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
        return await create_user.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def search(
        self,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 20,
    ) -> Response[UserSearchResult]:
        """Search users (`search_users.asyncio_detailed`).

        Args:
            search (str | Unset):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.

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
        return await search_users.asyncio_detailed(
            search=search,
            page=page,
            per=per,
            client=self._client,
        )

    async def get(
        self,
        user_id: int,
    ) -> Response[UserResponse]:
        """Get a user (`get_user.asyncio_detailed`).

        Args:
            user_id (int):

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
        return await get_user.asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )

    async def delete(
        self,
        user_id: int,
    ) -> Response[None]:
        """Delete a user (`delete_user.asyncio_detailed`).

        Args:
            user_id (int):

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
        return await delete_user.asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )

    async def update(
        self,
        user_id: int,
        *,
        body: UpdateUserRequest,
    ) -> Response[UserResponse]:
        """Update a user (`update_user.asyncio_detailed`).

        Args:
            user_id (int):
            body (UpdateUserRequest):

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
        return await update_user.asyncio_detailed(
            user_id=user_id,
            body=body,
            client=self._client,
        )

    async def list_devices(
        self,
        user_id: int,
    ) -> Response[DeviceList]:
        """List a user's devices (`list_user_devices.asyncio_detailed`).

        Args:
            user_id (int):

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
        return await list_user_devices.asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
    ) -> Response[UserList]:
        """List users (`list_users.asyncio_detailed`).

        Args:
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.

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
        return await list_users.asyncio_detailed(
            page=page,
            per=per,
            client=self._client,
        )


class AsyncUsers:
    """The async operations tagged `users`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncUsersWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: CreateUserRequest,
    ) -> UserResponse:
        """Create a user

        Creates a user (first name, last name and email are required) and returns it. With
        `notify`, the user gets a welcome email.

        Args:
            body (CreateUserRequest):

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
        return await create_user.asyncio(
            body=body,
            client=self._client,
        )

    def search(
        self,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per: int | Unset = 20,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[UserSummary]:
        """Search users

        Users whose first name, last name or email contains the search text.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            search (str | Unset):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
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
            search_users,
            search=search,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    async def get(
        self,
        user_id: int,
    ) -> UserResponse:
        """Get a user

        A user's details.

        Args:
            user_id (int):

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
        return await get_user.asyncio(
            user_id=user_id,
            client=self._client,
        )

    async def delete(
        self,
        user_id: int,
    ) -> None:
        """Delete a user

        Deletes a user; it cannot be yourself or a super admin.

        Args:
            user_id (int):

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
        return await delete_user.asyncio(
            user_id=user_id,
            client=self._client,
        )

    async def update(
        self,
        user_id: int,
        *,
        body: UpdateUserRequest,
    ) -> UserResponse:
        """Update a user

        Changes the fields given (at least one) and returns the updated user.

        Args:
            user_id (int):
            body (UpdateUserRequest):

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
        return await update_user.asyncio(
            user_id=user_id,
            body=body,
            client=self._client,
        )

    async def list_devices(
        self,
        user_id: int,
    ) -> DeviceList:
        """List a user's devices

        The devices of one user (not paginated).

        Args:
            user_id (int):

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
        return await list_user_devices.asyncio(
            user_id=user_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        per: int | Unset = 20,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[UserSummary]:
        """List users

        The detailed list of the store's users, one page at a time.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 20.
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
            list_users,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]
