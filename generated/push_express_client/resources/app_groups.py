"""Operations tagged `app_groups`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property

from ..api.app_groups import (
    archive_app_group,
    create_app_group,
    delete_app_group,
    get_app_group,
    list_app_groups,
    unarchive_app_group,
    update_app_group,
)
from ..client import AuthenticatedClient, Client
from ..models.all_apps_group_input import AllAppsGroupInput
from ..models.app_group import AppGroup
from ..models.created_app_group import CreatedAppGroup
from ..models.selected_apps_group_input import SelectedAppsGroupInput
from ..types import Response, Unset


class AppGroupsWithRawResponse:
    """The `app_groups` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> Response[CreatedAppGroup]:
        """Create an application group (`create_app_group.sync_detailed`).

        Args:
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return create_app_group.sync_detailed(
            body=body,
            client=self._client,
        )

    def get(
        self,
        app_group_id: int,
    ) -> Response[AppGroup]:
        """Get an application group (`get_app_group.sync_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return get_app_group.sync_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    def update(
        self,
        app_group_id: int,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> Response[None]:
        """Update an application group (`update_app_group.sync_detailed`).

        Args:
            app_group_id (int):
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return update_app_group.sync_detailed(
            app_group_id=app_group_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        app_group_id: int,
    ) -> Response[None]:
        """Delete an application group (`delete_app_group.sync_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return delete_app_group.sync_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    def archive(
        self,
        app_group_id: int,
    ) -> Response[None]:
        """Archive an application group (`archive_app_group.sync_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return archive_app_group.sync_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    def unarchive(
        self,
        app_group_id: int,
    ) -> Response[None]:
        """Unarchive an application group (`unarchive_app_group.sync_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return unarchive_app_group.sync_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    def list(
        self,
        *,
        archived: bool | Unset = False,
    ) -> Response[builtins.list[AppGroup]]:
        """List application groups (`list_app_groups.sync_detailed`).

        Args:
            archived (bool | Unset):  Default: False.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_app_groups.sync_detailed(
            archived=archived,
            client=self._client,
        )


class AppGroups:
    """The operations tagged `app_groups`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AppGroupsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AppGroupsWithRawResponse(self._client)

    def create(
        self,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> CreatedAppGroup:
        """Create an application group

        Creates a new application group and returns its id.

        Args:
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return create_app_group.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        app_group_id: int,
    ) -> AppGroup:
        """Get an application group

        Retrieves details of a specific application group by its ID.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return get_app_group.sync(
            app_group_id=app_group_id,
            client=self._client,
        )

    def update(
        self,
        app_group_id: int,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> None:
        """Update an application group

        Updates the base information (name, all_apps, app_ids) of a specific application
        group. Returns 404 when the group does not exist.

        Args:
            app_group_id (int):
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return update_app_group.sync(
            app_group_id=app_group_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        app_group_id: int,
    ) -> None:
        """Delete an application group

        Deletes a specific application group by its ID. A deleted group is removed from
        all schedulers automatically.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return delete_app_group.sync(
            app_group_id=app_group_id,
            client=self._client,
        )

    def archive(
        self,
        app_group_id: int,
    ) -> None:
        """Archive an application group

        Archives a specific application group. Idempotent; archiving twice is valid.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return archive_app_group.sync(
            app_group_id=app_group_id,
            client=self._client,
        )

    def unarchive(
        self,
        app_group_id: int,
    ) -> None:
        """Unarchive an application group

        Restores an archived application group. Idempotent; unarchiving twice is valid.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return unarchive_app_group.sync(
            app_group_id=app_group_id,
            client=self._client,
        )

    def list(
        self,
        *,
        archived: bool | Unset = False,
    ) -> builtins.list[AppGroup]:
        """List application groups

        Retrieves every application group (active ones, or archived ones with
        `archived=true`). Not paginated: at most 10000 records are returned.

        Args:
            archived (bool | Unset):  Default: False.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_app_groups.sync(
            archived=archived,
            client=self._client,
        )


class AsyncAppGroupsWithRawResponse:
    """The async `app_groups` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> Response[CreatedAppGroup]:
        """Create an application group (`create_app_group.asyncio_detailed`).

        Args:
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await create_app_group.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        app_group_id: int,
    ) -> Response[AppGroup]:
        """Get an application group (`get_app_group.asyncio_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await get_app_group.asyncio_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def update(
        self,
        app_group_id: int,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> Response[None]:
        """Update an application group (`update_app_group.asyncio_detailed`).

        Args:
            app_group_id (int):
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await update_app_group.asyncio_detailed(
            app_group_id=app_group_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        app_group_id: int,
    ) -> Response[None]:
        """Delete an application group (`delete_app_group.asyncio_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await delete_app_group.asyncio_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def archive(
        self,
        app_group_id: int,
    ) -> Response[None]:
        """Archive an application group (`archive_app_group.asyncio_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await archive_app_group.asyncio_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def unarchive(
        self,
        app_group_id: int,
    ) -> Response[None]:
        """Unarchive an application group (`unarchive_app_group.asyncio_detailed`).

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await unarchive_app_group.asyncio_detailed(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        archived: bool | Unset = False,
    ) -> Response[builtins.list[AppGroup]]:
        """List application groups (`list_app_groups.asyncio_detailed`).

        Args:
            archived (bool | Unset):  Default: False.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_app_groups.asyncio_detailed(
            archived=archived,
            client=self._client,
        )


class AsyncAppGroups:
    """The async operations tagged `app_groups`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAppGroupsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncAppGroupsWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> CreatedAppGroup:
        """Create an application group

        Creates a new application group and returns its id.

        Args:
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await create_app_group.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        app_group_id: int,
    ) -> AppGroup:
        """Get an application group

        Retrieves details of a specific application group by its ID.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await get_app_group.asyncio(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def update(
        self,
        app_group_id: int,
        *,
        body: AllAppsGroupInput | SelectedAppsGroupInput,
    ) -> None:
        """Update an application group

        Updates the base information (name, all_apps, app_ids) of a specific application
        group. Returns 404 when the group does not exist.

        Args:
            app_group_id (int):
            body (AllAppsGroupInput | SelectedAppsGroupInput): Body of the create and update
                calls. `app_ids` is required unless `all_apps` is
                true; with `all_apps` true the group holds every active application and
                `app_ids` may be left empty.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await update_app_group.asyncio(
            app_group_id=app_group_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        app_group_id: int,
    ) -> None:
        """Delete an application group

        Deletes a specific application group by its ID. A deleted group is removed from
        all schedulers automatically.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await delete_app_group.asyncio(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def archive(
        self,
        app_group_id: int,
    ) -> None:
        """Archive an application group

        Archives a specific application group. Idempotent; archiving twice is valid.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await archive_app_group.asyncio(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def unarchive(
        self,
        app_group_id: int,
    ) -> None:
        """Unarchive an application group

        Restores an archived application group. Idempotent; unarchiving twice is valid.

        Args:
            app_group_id (int):

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await unarchive_app_group.asyncio(
            app_group_id=app_group_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        archived: bool | Unset = False,
    ) -> builtins.list[AppGroup]:
        """List application groups

        Retrieves every application group (active ones, or archived ones with
        `archived=true`). Not paginated: at most 10000 records are returned.

        Args:
            archived (bool | Unset):  Default: False.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_app_groups.asyncio(
            archived=archived,
            client=self._client,
        )


__all__ = [
    "AppGroups",
    "AppGroupsWithRawResponse",
    "AsyncAppGroups",
    "AsyncAppGroupsWithRawResponse",
]
