"""Operations tagged `apps`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from overlays._pagination import apaginate, paginate

from ..api.apps import create_app, delete_app, get_app, list_apps, update_app
from ..client import AuthenticatedClient, Client
from ..models.app import App
from ..models.app_list_response import AppListResponse
from ..models.app_response import AppResponse
from ..models.app_type import AppType
from ..models.create_app_request import CreateAppRequest
from ..models.delete_app_response import DeleteAppResponse
from ..models.update_app_request import UpdateAppRequest
from ..types import UNSET, Response, Unset


class AppsWithRawResponse:
    """The `apps` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateAppRequest,
    ) -> Response[AppResponse]:
        """Create an app (`create_app.sync_detailed`).

        Args:
            body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return create_app.sync_detailed(
            body=body,
            client=self._client,
        )

    def get(
        self,
        app_id: str,
    ) -> Response[AppResponse]:
        """Show an app (`get_app.sync_detailed`).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return get_app.sync_detailed(
            app_id=app_id,
            client=self._client,
        )

    def update(
        self,
        app_id: str,
        *,
        body: UpdateAppRequest,
    ) -> Response[AppResponse]:
        """Update an app (`update_app.sync_detailed`).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.
            body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return update_app.sync_detailed(
            app_id=app_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        app_id: str,
    ) -> Response[DeleteAppResponse]:
        """Delete an app (`delete_app.sync_detailed`).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return delete_app.sync_detailed(
            app_id=app_id,
            client=self._client,
        )

    def list(
        self,
        *,
        type_: AppType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        skip: int | Unset = UNSET,
    ) -> Response[AppListResponse]:
        """List apps (`list_apps.sync_detailed`).

        Args:
            type_ (AppType | Unset): The type of an app, as sent in requests (create, list
                filter). Answers spell it
                capitalised (see `App.type`).
            search_term (str | Unset): Search phrase to filter the app list (absent rather than
                empty).
            skip (int | Unset): The number of records to skip over (sets of 100); none when
                absent.

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
        return list_apps.sync_detailed(
            type_=type_,
            search_term=search_term,
            skip=skip,
            client=self._client,
        )


class Apps:
    """The operations tagged `apps`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AppsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AppsWithRawResponse(self._client)

    def create(
        self,
        *,
        body: CreateAppRequest,
    ) -> AppResponse:
        """Create an app

        Creates an app. Requires the "Add App" permission. `type` is required (private,
        public, web or b2b) and decides which other fields are accepted (the "Type(s)"
        column of the parameter table). A public app also needs at least one of
        `apple_external_id`, `google_external_id` and `windows_external_url`.

        Args:
            body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return create_app.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        app_id: str,
    ) -> AppResponse:
        """Show an app

        Shows one app of the account by its id (found in the portal's My Apps section, or
        in the list of apps). Requires at least read permission on the app.

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return get_app.sync(
            app_id=app_id,
            client=self._client,
        )

    def update(
        self,
        app_id: str,
        *,
        body: UpdateAppRequest,
    ) -> AppResponse:
        """Update an app

        Updates an app by its id. Requires at least edit permission on the app. Only the
        fields given are changed; the fields accepted are those of the app's type (the
        "Type(s)" column of the parameter table). A public app must keep at least one of
        `apple_external_id`, `google_external_id` and `windows_external_url`.

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.
            body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return update_app.sync(
            app_id=app_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        app_id: str,
    ) -> DeleteAppResponse:
        """Delete an app

        Deletes an app by its id. Requires the Manage permission on the app (the delete
        section of the documentation calls it the Admin permission).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return delete_app.sync(
            app_id=app_id,
            client=self._client,
        )

    def list(
        self,
        *,
        type_: AppType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[App]:
        """List apps

        Lists the applications of the account that the member has access to and that match
        the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
        read permission.

        Every item of every page, fetched as the iteration needs them (iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            type_ (AppType | Unset): The type of an app, as sent in requests (create, list
                filter). Answers spell it
                capitalised (see `App.type`).
            search_term (str | Unset): Search phrase to filter the app list (absent rather than
                empty).
            skip (int | Unset): The number of records to skip over (sets of 100); none when
                absent.
            max_pages (int | None): Stop after that many pages (None: every page).
            concurrency (int): Once the first page tells how many pages there are, fetch the others
                with that many requests in flight (items still in order).

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
            overlays.errors.PaginationError: A listing that does not advance, or whose paging headers
                disagree with how it ends.
        """
        return paginate(
            list_apps,
            type_=type_,
            search_term=search_term,
            skip=skip,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncAppsWithRawResponse:
    """The async `apps` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreateAppRequest,
    ) -> Response[AppResponse]:
        """Create an app (`create_app.asyncio_detailed`).

        Args:
            body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await create_app.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        app_id: str,
    ) -> Response[AppResponse]:
        """Show an app (`get_app.asyncio_detailed`).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return await get_app.asyncio_detailed(
            app_id=app_id,
            client=self._client,
        )

    async def update(
        self,
        app_id: str,
        *,
        body: UpdateAppRequest,
    ) -> Response[AppResponse]:
        """Update an app (`update_app.asyncio_detailed`).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.
            body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await update_app.asyncio_detailed(
            app_id=app_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        app_id: str,
    ) -> Response[DeleteAppResponse]:
        """Delete an app (`delete_app.asyncio_detailed`).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return await delete_app.asyncio_detailed(
            app_id=app_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        type_: AppType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        skip: int | Unset = UNSET,
    ) -> Response[AppListResponse]:
        """List apps (`list_apps.asyncio_detailed`).

        Args:
            type_ (AppType | Unset): The type of an app, as sent in requests (create, list
                filter). Answers spell it
                capitalised (see `App.type`).
            search_term (str | Unset): Search phrase to filter the app list (absent rather than
                empty).
            skip (int | Unset): The number of records to skip over (sets of 100); none when
                absent.

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
        return await list_apps.asyncio_detailed(
            type_=type_,
            search_term=search_term,
            skip=skip,
            client=self._client,
        )


class AsyncApps:
    """The async operations tagged `apps`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAppsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncAppsWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: CreateAppRequest,
    ) -> AppResponse:
        """Create an app

        Creates an app. Requires the "Add App" permission. `type` is required (private,
        public, web or b2b) and decides which other fields are accepted (the "Type(s)"
        column of the parameter table). A public app also needs at least one of
        `apple_external_id`, `google_external_id` and `windows_external_url`.

        Args:
            body (CreateAppRequest): Body of the create call; the app is wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await create_app.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        app_id: str,
    ) -> AppResponse:
        """Show an app

        Shows one app of the account by its id (found in the portal's My Apps section, or
        in the list of apps). Requires at least read permission on the app.

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return await get_app.asyncio(
            app_id=app_id,
            client=self._client,
        )

    async def update(
        self,
        app_id: str,
        *,
        body: UpdateAppRequest,
    ) -> AppResponse:
        """Update an app

        Updates an app by its id. Requires at least edit permission on the app. Only the
        fields given are changed; the fields accepted are those of the app's type (the
        "Type(s)" column of the parameter table). A public app must keep at least one of
        `apple_external_id`, `google_external_id` and `windows_external_url`.

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.
            body (UpdateAppRequest): Body of the update call; the changes are wrapped in `app`.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.UnprocessableEntityError: The API answered 422, as the spec documents.
            overlays.errors.InternalServerError: The API answered 500, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await update_app.asyncio(
            app_id=app_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        app_id: str,
    ) -> DeleteAppResponse:
        """Delete an app

        Deletes an app by its id. Requires the Manage permission on the app (the delete
        section of the documentation calls it the Admin permission).

        Args:
            app_id (str): An App47 id (24 hexadecimal digits), as a string.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.PermissionDeniedError: The API answered 403, as the spec documents.
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
        return await delete_app.asyncio(
            app_id=app_id,
            client=self._client,
        )

    def list(
        self,
        *,
        type_: AppType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[App]:
        """List apps

        Lists the applications of the account that the member has access to and that match
        the parameters, 100 at a time: pass `skip` to get the next set. Requires at least
        read permission.

        Every item of every page, fetched as the iteration needs them (async iterator);
        `max_pages` stops after that many pages, `concurrency` fetches the pages with that many
        requests in flight once the first page tells how many there are.

        Args:
            type_ (AppType | Unset): The type of an app, as sent in requests (create, list
                filter). Answers spell it
                capitalised (see `App.type`).
            search_term (str | Unset): Search phrase to filter the app list (absent rather than
                empty).
            skip (int | Unset): The number of records to skip over (sets of 100); none when
                absent.
            max_pages (int | None): Stop after that many pages (None: every page).
            concurrency (int): Once the first page tells how many pages there are, fetch the others
                with that many requests in flight (items still in order).

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
            overlays.errors.PaginationError: A listing that does not advance, or whose paging headers
                disagree with how it ends.
        """
        return apaginate(
            list_apps,
            type_=type_,
            search_term=search_term,
            skip=skip,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "Apps",
    "AppsWithRawResponse",
    "AsyncApps",
    "AsyncAppsWithRawResponse",
]
