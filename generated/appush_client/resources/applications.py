"""Operations tagged `applications`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property

from ..api.applications import (
    create_application,
    delete_application,
    get_application,
    list_applications,
    replace_application,
)
from ..client import AuthenticatedClient, Client
from ..models.application import Application
from ..models.application_input import ApplicationInput
from ..models.created_application import CreatedApplication
from ..types import Response


class ApplicationsWithRawResponse:
    """The `applications` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ApplicationInput,
    ) -> Response[CreatedApplication]:
        """Create an application (`create_application.sync_detailed`).

        Args:
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return create_application.sync_detailed(
            body=body,
            client=self._client,
        )

    def get(
        self,
        application_id: str,
    ) -> Response[Application]:
        """Get an application (`get_application.sync_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return get_application.sync_detailed(
            application_id=application_id,
            client=self._client,
        )

    def replace(
        self,
        application_id: str,
        *,
        body: ApplicationInput,
    ) -> Response[None]:
        """Replace an application (`replace_application.sync_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return replace_application.sync_detailed(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        application_id: str,
    ) -> Response[None]:
        """Delete an application (`delete_application.sync_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return delete_application.sync_detailed(
            application_id=application_id,
            client=self._client,
        )

    def list(
        self,
    ) -> Response[builtins.list[str]]:
        """List applications (`list_applications.sync_detailed`).

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_applications.sync_detailed(
            client=self._client,
        )


class Applications:
    """The operations tagged `applications`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ApplicationsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return ApplicationsWithRawResponse(self._client)

    def create(
        self,
        *,
        body: ApplicationInput,
    ) -> CreatedApplication:
        """Create an application

        Creates an application and returns its id (the new resource's absolute URL is in
        the Location header). The PEM strings are checked: invalid ones answer 502.

        Args:
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return create_application.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        application_id: str,
    ) -> Application:
        """Get an application

        The application, with its application token and secret (treat the answer as a
        secret) and its count of active devices.

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return get_application.sync(
            application_id=application_id,
            client=self._client,
        )

    def replace(
        self,
        application_id: str,
        *,
        body: ApplicationInput,
    ) -> None:
        """Replace an application

        Replaces the application's definition (name, environment, PEM strings). Invalid PEM
        strings answer 502.

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return replace_application.sync(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        application_id: str,
    ) -> None:
        """Delete an application

        Deletes the application; getting it afterwards answers the HTML 404.

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return delete_application.sync(
            application_id=application_id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[str]:
        """List applications

        The ids of the account's applications.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return list_applications.sync(
            client=self._client,
        )


class AsyncApplicationsWithRawResponse:
    """The async `applications` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ApplicationInput,
    ) -> Response[CreatedApplication]:
        """Create an application (`create_application.asyncio_detailed`).

        Args:
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await create_application.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        application_id: str,
    ) -> Response[Application]:
        """Get an application (`get_application.asyncio_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return await get_application.asyncio_detailed(
            application_id=application_id,
            client=self._client,
        )

    async def replace(
        self,
        application_id: str,
        *,
        body: ApplicationInput,
    ) -> Response[None]:
        """Replace an application (`replace_application.asyncio_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await replace_application.asyncio_detailed(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        application_id: str,
    ) -> Response[None]:
        """Delete an application (`delete_application.asyncio_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return await delete_application.asyncio_detailed(
            application_id=application_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> Response[builtins.list[str]]:
        """List applications (`list_applications.asyncio_detailed`).

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_applications.asyncio_detailed(
            client=self._client,
        )


class AsyncApplications:
    """The async operations tagged `applications`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApplicationsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncApplicationsWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: ApplicationInput,
    ) -> CreatedApplication:
        """Create an application

        Creates an application and returns its id (the new resource's absolute URL is in
        the Location header). The PEM strings are checked: invalid ones answer 502.

        Args:
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await create_application.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        application_id: str,
    ) -> Application:
        """Get an application

        The application, with its application token and secret (treat the answer as a
        secret) and its count of active devices.

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return await get_application.asyncio(
            application_id=application_id,
            client=self._client,
        )

    async def replace(
        self,
        application_id: str,
        *,
        body: ApplicationInput,
    ) -> None:
        """Replace an application

        Replaces the application's definition (name, environment, PEM strings). Invalid PEM
        strings answer 502.

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (ApplicationInput): An application's definition. The documentation's parameter
                list calls the
                environment `env`; its curl examples send it as `status`, and the application the
                API answers carries `status`. `env` is the documented parameter; `status` is
                accepted too, for callers following the examples.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.InternalServerError: The API answered 502, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await replace_application.asyncio(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        application_id: str,
    ) -> None:
        """Delete an application

        Deletes the application; getting it afterwards answers the HTML 404.

        Args:
            application_id (str): An application id (27 letters and digits in every example).

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
        return await delete_application.asyncio(
            application_id=application_id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[str]:
        """List applications

        The ids of the account's applications.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
        """
        return await list_applications.asyncio(
            client=self._client,
        )


__all__ = [
    "Applications",
    "ApplicationsWithRawResponse",
    "AsyncApplications",
    "AsyncApplicationsWithRawResponse",
]
