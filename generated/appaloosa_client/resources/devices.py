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
        """Get a device (`get_device.sync_detailed`)."""
        return get_device.sync_detailed(
            device_id=device_id,
            client=self._client,
        )

    def delete(
        self,
        device_id: int,
    ) -> Response[None]:
        """Delete a device (`delete_device.sync_detailed`)."""
        return delete_device.sync_detailed(
            device_id=device_id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
    ) -> Response[DeviceList]:
        """List devices (`list_devices.sync_detailed`)."""
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

        A device's details."""
        return get_device.sync(
            device_id=device_id,
            client=self._client,
        )

    def delete(
        self,
        device_id: int,
    ) -> None:
        """Delete a device

        Deletes a device."""
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
        """Get a device (`get_device.asyncio_detailed`)."""
        return await get_device.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )

    async def delete(
        self,
        device_id: int,
    ) -> Response[None]:
        """Delete a device (`delete_device.asyncio_detailed`)."""
        return await delete_device.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )

    async def list(
        self,
        *,
        page: int | Unset = 1,
    ) -> Response[DeviceList]:
        """List devices (`list_devices.asyncio_detailed`)."""
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

        A device's details."""
        return await get_device.asyncio(
            device_id=device_id,
            client=self._client,
        )

    async def delete(
        self,
        device_id: int,
    ) -> None:
        """Delete a device

        Deletes a device."""
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
