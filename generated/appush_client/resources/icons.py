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
        """Download an application's icon (`get_icon.sync_detailed`)."""
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
        """Create or replace an application's icon (`put_icon.sync_detailed`)."""
        return put_icon.sync_detailed(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        application_id: str,
    ) -> Response[None]:
        """Delete an application's icon (`delete_icon.sync_detailed`)."""
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

        The icon's image data (a PNG image)."""
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
        (`Content-Type: image/png`). Anything else answers 415."""
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

        Deletes the application's icon."""
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
        """Download an application's icon (`get_icon.asyncio_detailed`)."""
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
        """Create or replace an application's icon (`put_icon.asyncio_detailed`)."""
        return await put_icon.asyncio_detailed(
            application_id=application_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        application_id: str,
    ) -> Response[None]:
        """Delete an application's icon (`delete_icon.asyncio_detailed`)."""
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

        The icon's image data (a PNG image)."""
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
        (`Content-Type: image/png`). Anything else answers 415."""
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

        Deletes the application's icon."""
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
