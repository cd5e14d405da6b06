"""Operations tagged `app_groups`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property

from ..api.app_groups import list_app_groups
from ..client import AuthenticatedClient, Client
from ..models.app_group import AppGroup
from ..types import Response


class AppGroupsWithRawResponse:
    """The `app_groups` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
    ) -> Response[builtins.list[AppGroup]]:
        """List App Groups and the apps they contain (`list_app_groups.sync_detailed`).

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_app_groups.sync_detailed(
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

    def list(
        self,
    ) -> builtins.list[AppGroup]:
        """List App Groups and the apps they contain

        Retrieves a list of all Tulip App Groups and their containing apps (and groups).
        Requires the `apps:read` API key scope.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_app_groups.sync(
            client=self._client,
        )


class AsyncAppGroupsWithRawResponse:
    """The async `app_groups` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
    ) -> Response[builtins.list[AppGroup]]:
        """List App Groups and the apps they contain (`list_app_groups.asyncio_detailed`).

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_app_groups.asyncio_detailed(
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

    async def list(
        self,
    ) -> builtins.list[AppGroup]:
        """List App Groups and the apps they contain

        Retrieves a list of all Tulip App Groups and their containing apps (and groups).
        Requires the `apps:read` API key scope.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_app_groups.asyncio(
            client=self._client,
        )


__all__ = [
    "AppGroups",
    "AppGroupsWithRawResponse",
    "AsyncAppGroups",
    "AsyncAppGroupsWithRawResponse",
]
