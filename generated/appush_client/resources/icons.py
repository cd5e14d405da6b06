"""Operations tagged `icons`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from functools import cached_property

from ..api.icons import delete_icon, get_icon, put_icon
from ..client import AuthenticatedClient, Client
from ..types import File, Response


class IconsWithRawResponse:
    """The `icons` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get(
        self,
        application_id: str,
    ) -> Response[File]:
        """Download an application's icon (`get_icon.sync_detailed`).

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
        return get_icon.sync_detailed(
            application_id=application_id,
            client=self._client,
        )

    def put(
        self,
        application_id: str,
        *,
        body: File,
    ) -> Response[None]:
        """Create or replace an application's icon (`put_icon.sync_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (File): The image data of a PNG image.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: The API answered 415, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return put_icon.sync_detailed(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        application_id: str,
    ) -> Response[None]:
        """Delete an application's icon (`delete_icon.sync_detailed`).

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
        return delete_icon.sync_detailed(
            application_id=application_id,
            client=self._client,
        )


class Icons:
    """The operations tagged `icons`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> IconsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return IconsWithRawResponse(self._client)

    def get(
        self,
        application_id: str,
    ) -> File:
        """Download an application's icon

        The icon's image data (a PNG image).

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
        return get_icon.sync(
            application_id=application_id,
            client=self._client,
        )

    def put(
        self,
        application_id: str,
        *,
        body: File,
    ) -> None:
        """Create or replace an application's icon

        Uploads the application's icon: the body is the image data of a 57x57 PNG image
        (`Content-Type: image/png`). Anything else answers 415.

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (File): The image data of a PNG image.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: The API answered 415, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return put_icon.sync(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        application_id: str,
    ) -> None:
        """Delete an application's icon

        Deletes the application's icon.

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
        return delete_icon.sync(
            application_id=application_id,
            client=self._client,
        )


class AsyncIconsWithRawResponse:
    """The async `icons` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        application_id: str,
    ) -> Response[File]:
        """Download an application's icon (`get_icon.asyncio_detailed`).

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
        return await get_icon.asyncio_detailed(
            application_id=application_id,
            client=self._client,
        )

    async def put(
        self,
        application_id: str,
        *,
        body: File,
    ) -> Response[None]:
        """Create or replace an application's icon (`put_icon.asyncio_detailed`).

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (File): The image data of a PNG image.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: The API answered 415, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await put_icon.asyncio_detailed(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        application_id: str,
    ) -> Response[None]:
        """Delete an application's icon (`delete_icon.asyncio_detailed`).

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
        return await delete_icon.asyncio_detailed(
            application_id=application_id,
            client=self._client,
        )


class AsyncIcons:
    """The async operations tagged `icons`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIconsWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncIconsWithRawResponse(self._client)

    async def get(
        self,
        application_id: str,
    ) -> File:
        """Download an application's icon

        The icon's image data (a PNG image).

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
        return await get_icon.asyncio(
            application_id=application_id,
            client=self._client,
        )

    async def put(
        self,
        application_id: str,
        *,
        body: File,
    ) -> None:
        """Create or replace an application's icon

        Uploads the application's icon: the body is the image data of a 57x57 PNG image
        (`Content-Type: image/png`). Anything else answers 415.

        Args:
            application_id (str): An application id (27 letters and digits in every example).
            body (File): The image data of a PNG image.

        Raises:
            overlays.errors.BadRequestError: The API answered 400, as the spec documents.
            overlays.errors.AuthenticationError: The API answered 401, as the spec documents.
            overlays.errors.NotFoundError: The API answered 404, as the spec documents.
            overlays.errors.APIStatusError: The API answered 415, as the spec documents.
            overlays.errors.APIStatusError: Any other error status, as its subclass (`RateLimitError`
                for 429, `InternalServerError` for 5xx), once the retries are spent.
            overlays.errors.APIConnectionError: The request could not be sent or answered
                (`APITimeoutError` for a timeout), once the retries are spent.
            overlays.errors.APIResponseValidationError: A 2xx whose body does not match the spec.
            overlays.errors.ResponseTooLargeError: A body larger than the client's `max_response_bytes`.
            ValueError: A path parameter that is empty, `.` or `..` (nothing is sent).
        """
        return await put_icon.asyncio(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        application_id: str,
    ) -> None:
        """Delete an application's icon

        Deletes the application's icon.

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
        return await delete_icon.asyncio(
            application_id=application_id,
            client=self._client,
        )


__all__ = [
    "AsyncIcons",
    "AsyncIconsWithRawResponse",
    "Icons",
    "IconsWithRawResponse",
]
