"""Operations tagged `groups`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from overlays._pagination import apaginate, paginate

from ..api.groups import (
    add_group_users,
    create_group,
    create_group_from_groups,
    delete_group,
    get_group,
    list_group_users,
    list_groups,
    remove_group_users,
    update_group,
)
from ..client import AuthenticatedClient, Client
from ..models.create_group_from_groups_request import CreateGroupFromGroupsRequest
from ..models.group import Group
from ..models.group_details_response import GroupDetailsResponse
from ..models.group_list import GroupList
from ..models.group_member import GroupMember
from ..models.group_member_list import GroupMemberList
from ..models.group_request import GroupRequest
from ..models.group_response import GroupResponse
from ..models.group_users_added import GroupUsersAdded
from ..models.group_users_removed import GroupUsersRemoved
from ..models.group_users_request import GroupUsersRequest
from ..types import Response, Unset


class GroupsWithRawResponse:
    """The `groups` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: GroupRequest,
    ) -> Response[GroupResponse]:
        """Create a group (`create_group.sync_detailed`).

        Args:
            body (GroupRequest):

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
        return create_group.sync_detailed(
            body=body,
            client=self._client,
        )

    def create_from_groups(
        self,
        *,
        body: CreateGroupFromGroupsRequest,
    ) -> Response[GroupResponse]:
        """Create a group from other groups (`create_group_from_groups.sync_detailed`).

        Args:
            body (CreateGroupFromGroupsRequest):

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
        return create_group_from_groups.sync_detailed(
            body=body,
            client=self._client,
        )

    def get(
        self,
        group_id: str,
    ) -> Response[GroupDetailsResponse]:
        """Get a group (`get_group.sync_detailed`).

        Args:
            group_id (str):

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
        return get_group.sync_detailed(
            group_id=group_id,
            client=self._client,
        )

    def delete(
        self,
        group_id: str,
    ) -> Response[None]:
        """Delete a group (`delete_group.sync_detailed`).

        Args:
            group_id (str):

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
        return delete_group.sync_detailed(
            group_id=group_id,
            client=self._client,
        )

    def update(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> Response[GroupResponse]:
        """Update a group (`update_group.sync_detailed`).

        Args:
            group_id (str):
            body (GroupRequest):

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
        return update_group.sync_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def list_users(
        self,
        group_id: str,
        *,
        page: int | Unset = 1,
        per: int | Unset = 30,
    ) -> Response[GroupMemberList]:
        """List the users of a group (`list_group_users.sync_detailed`).

        Args:
            group_id (str):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 30.

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
        return list_group_users.sync_detailed(
            group_id=group_id,
            page=page,
            per=per,
            client=self._client,
        )

    def add_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> Response[GroupUsersAdded]:
        """Add users to a group (`add_group_users.sync_detailed`).

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return add_group_users.sync_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def remove_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> Response[GroupUsersRemoved]:
        """Remove users from a group (`remove_group_users.sync_detailed`).

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return remove_group_users.sync_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
    ) -> Response[GroupList]:
        """List groups (`list_groups.sync_detailed`).

        Args:
            page (int | Unset):  Default: 1.

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
        return list_groups.sync_detailed(
            page=page,
            client=self._client,
        )


class Groups:
    """The operations tagged `groups`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return GroupsWithRawResponse(self._client)

    def create(
        self,
        *,
        body: GroupRequest,
    ) -> GroupResponse:
        """Create a group

        Creates a group.

        Args:
            body (GroupRequest):

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
        return create_group.sync(
            body=body,
            client=self._client,
        )

    def create_from_groups(
        self,
        *,
        body: CreateGroupFromGroupsRequest,
    ) -> GroupResponse:
        """Create a group from other groups

        Creates a group with the users of some groups, minus the users of others. The
        members are added in the background: get the group (by the id answered) to follow
        the process.

        Args:
            body (CreateGroupFromGroupsRequest):

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
        return create_group_from_groups.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        group_id: str,
    ) -> GroupDetailsResponse:
        """Get a group

        Information on one group, with its numbers of users and admins (list the group's
        users with `list_group_users`).

        Args:
            group_id (str):

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
        return get_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a group

        Deletes a group.

        Args:
            group_id (str):

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
        return delete_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def update(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> GroupResponse:
        """Update a group

        Renames a group and sets whether its users may install previous versions.

        Args:
            group_id (str):
            body (GroupRequest):

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
        return update_group.sync(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def list_users(
        self,
        group_id: str,
        *,
        page: int | Unset = 1,
        per: int | Unset = 30,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[GroupMember]:
        """List the users of a group

        The users of one group, with their store admin role, one page at a time.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            group_id (str):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 30.
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
            list_group_users,
            group_id=group_id,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    def add_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> GroupUsersAdded:
        """Add users to a group

        Adds users (by id) to a group; answers the group and how many were added.

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return add_group_users.sync(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def remove_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> GroupUsersRemoved:
        """Remove users from a group

        Removes users (by id) from a group; answers the group and how many were removed.

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return remove_group_users.sync(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[Group]:
        """List groups

        The store's groups, one page (of 20) at a time.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            page (int | Unset):  Default: 1.
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
            list_groups,
            page=page,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncGroupsWithRawResponse:
    """The async `groups` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: GroupRequest,
    ) -> Response[GroupResponse]:
        """Create a group (`create_group.asyncio_detailed`).

        Args:
            body (GroupRequest):

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
        return await create_group.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def create_from_groups(
        self,
        *,
        body: CreateGroupFromGroupsRequest,
    ) -> Response[GroupResponse]:
        """Create a group from other groups (`create_group_from_groups.asyncio_detailed`).

        Args:
            body (CreateGroupFromGroupsRequest):

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
        return await create_group_from_groups.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        group_id: str,
    ) -> Response[GroupDetailsResponse]:
        """Get a group (`get_group.asyncio_detailed`).

        Args:
            group_id (str):

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
        return await get_group.asyncio_detailed(
            group_id=group_id,
            client=self._client,
        )

    async def delete(
        self,
        group_id: str,
    ) -> Response[None]:
        """Delete a group (`delete_group.asyncio_detailed`).

        Args:
            group_id (str):

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
        return await delete_group.asyncio_detailed(
            group_id=group_id,
            client=self._client,
        )

    async def update(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> Response[GroupResponse]:
        """Update a group (`update_group.asyncio_detailed`).

        Args:
            group_id (str):
            body (GroupRequest):

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
        return await update_group.asyncio_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    async def list_users(
        self,
        group_id: str,
        *,
        page: int | Unset = 1,
        per: int | Unset = 30,
    ) -> Response[GroupMemberList]:
        """List the users of a group (`list_group_users.asyncio_detailed`).

        Args:
            group_id (str):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 30.

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
        return await list_group_users.asyncio_detailed(
            group_id=group_id,
            page=page,
            per=per,
            client=self._client,
        )

    async def add_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> Response[GroupUsersAdded]:
        """Add users to a group (`add_group_users.asyncio_detailed`).

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return await add_group_users.asyncio_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    async def remove_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> Response[GroupUsersRemoved]:
        """Remove users from a group (`remove_group_users.asyncio_detailed`).

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return await remove_group_users.asyncio_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    async def list(
        self,
        *,
        page: int | Unset = 1,
    ) -> Response[GroupList]:
        """List groups (`list_groups.asyncio_detailed`).

        Args:
            page (int | Unset):  Default: 1.

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
        return await list_groups.asyncio_detailed(
            page=page,
            client=self._client,
        )


class AsyncGroups:
    """The async operations tagged `groups`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncGroupsWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: GroupRequest,
    ) -> GroupResponse:
        """Create a group

        Creates a group.

        Args:
            body (GroupRequest):

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
        return await create_group.asyncio(
            body=body,
            client=self._client,
        )

    async def create_from_groups(
        self,
        *,
        body: CreateGroupFromGroupsRequest,
    ) -> GroupResponse:
        """Create a group from other groups

        Creates a group with the users of some groups, minus the users of others. The
        members are added in the background: get the group (by the id answered) to follow
        the process.

        Args:
            body (CreateGroupFromGroupsRequest):

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
        return await create_group_from_groups.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        group_id: str,
    ) -> GroupDetailsResponse:
        """Get a group

        Information on one group, with its numbers of users and admins (list the group's
        users with `list_group_users`).

        Args:
            group_id (str):

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
        return await get_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a group

        Deletes a group.

        Args:
            group_id (str):

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
        return await delete_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def update(
        self,
        group_id: str,
        *,
        body: GroupRequest,
    ) -> GroupResponse:
        """Update a group

        Renames a group and sets whether its users may install previous versions.

        Args:
            group_id (str):
            body (GroupRequest):

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
        return await update_group.asyncio(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def list_users(
        self,
        group_id: str,
        *,
        page: int | Unset = 1,
        per: int | Unset = 30,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[GroupMember]:
        """List the users of a group

        The users of one group, with their store admin role, one page at a time.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            group_id (str):
            page (int | Unset):  Default: 1.
            per (int | Unset):  Default: 30.
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
            list_group_users,
            group_id=group_id,
            page=page,
            per=per,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    async def add_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> GroupUsersAdded:
        """Add users to a group

        Adds users (by id) to a group; answers the group and how many were added.

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return await add_group_users.asyncio(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    async def remove_users(
        self,
        group_id: str,
        *,
        body: GroupUsersRequest,
    ) -> GroupUsersRemoved:
        """Remove users from a group

        Removes users (by id) from a group; answers the group and how many were removed.

        Args:
            group_id (str):
            body (GroupUsersRequest):

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
        return await remove_group_users.asyncio(
            group_id=group_id,
            body=body,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[Group]:
        """List groups

        The store's groups, one page (of 20) at a time.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            page (int | Unset):  Default: 1.
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
            list_groups,
            page=page,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "Groups",
    "GroupsWithRawResponse",
]
