"""Operations tagged `devices`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from overlays._pagination import apaginate, paginate

from ..api.devices import delete_device, get_device, list_devices
from ..client import AuthenticatedClient, Client
from ..models.device import Device
from ..models.device_list import DeviceList
from ..models.device_response import DeviceResponse
from ..types import Response, Unset


class DevicesWithRawResponse:
    """The `devices` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get(
        self,
        device_id: int,
    ) -> Response[DeviceResponse]:
        """Get a device (`get_device.sync_detailed`).

        Args:
            device_id (int):

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
        return get_device.sync_detailed(
            device_id=device_id,
            client=self._client,
        )

    def delete(
        self,
        device_id: int,
    ) -> Response[None]:
        """Delete a device (`delete_device.sync_detailed`).

        Args:
            device_id (int):

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
        return delete_device.sync_detailed(
            device_id=device_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
    ) -> Response[DeviceList]:
        """List devices (`list_devices.sync_detailed`).

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
        return list_devices.sync_detailed(
            page=page,
            client=self._client,
        )


class Devices:
    """The operations tagged `devices`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DevicesWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return DevicesWithRawResponse(self._client)

    def get(
        self,
        device_id: int,
    ) -> DeviceResponse:
        """Get a device

        A device's details.

        Args:
            device_id (int):

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
        return get_device.sync(
            device_id=device_id,
            client=self._client,
        )

    def delete(
        self,
        device_id: int,
    ) -> None:
        """Delete a device

        Deletes a device.

        Args:
            device_id (int):

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
        return delete_device.sync(
            device_id=device_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> Iterator[Device]:
        """List devices

        The devices of the store's users, one page at a time.

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
            list_devices,
            page=page,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncDevicesWithRawResponse:
    """The async `devices` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        device_id: int,
    ) -> Response[DeviceResponse]:
        """Get a device (`get_device.asyncio_detailed`).

        Args:
            device_id (int):

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
        return await get_device.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )

    async def delete(
        self,
        device_id: int,
    ) -> Response[None]:
        """Delete a device (`delete_device.asyncio_detailed`).

        Args:
            device_id (int):

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
        return await delete_device.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        page: int | Unset = 1,
    ) -> Response[DeviceList]:
        """List devices (`list_devices.asyncio_detailed`).

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
        return await list_devices.asyncio_detailed(
            page=page,
            client=self._client,
        )


class AsyncDevices:
    """The async operations tagged `devices`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDevicesWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncDevicesWithRawResponse(self._client)

    async def get(
        self,
        device_id: int,
    ) -> DeviceResponse:
        """Get a device

        A device's details.

        Args:
            device_id (int):

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
        return await get_device.asyncio(
            device_id=device_id,
            client=self._client,
        )

    async def delete(
        self,
        device_id: int,
    ) -> None:
        """Delete a device

        Deletes a device.

        Args:
            device_id (int):

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
        return await delete_device.asyncio(
            device_id=device_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> AsyncIterator[Device]:
        """List devices

        The devices of the store's users, one page at a time.

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
            list_devices,
            page=page,
            client=self._client,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncDevices",
    "AsyncDevicesWithRawResponse",
    "Devices",
    "DevicesWithRawResponse",
]
