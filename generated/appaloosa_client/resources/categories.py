"""Operations tagged `categories`, as methods: generated from the spec, do not edit."""

from __future__ import annotations

from functools import cached_property

from ..api.categories import (
    create_category,
    delete_category,
    list_categories,
    update_category,
)
from ..client import AuthenticatedClient, Client
from ..models.category_list import CategoryList
from ..models.category_request import CategoryRequest
from ..models.category_response import CategoryResponse
from ..types import Response


class CategoriesWithRawResponse:
    """The `categories` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CategoryRequest,
    ) -> Response[CategoryResponse]:
        """Create a category (`create_category.sync_detailed`).

        Args:
            body (CategoryRequest):

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
        return create_category.sync_detailed(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        category_id: int,
    ) -> Response[None]:
        """Delete a category (`delete_category.sync_detailed`).

        Args:
            category_id (int):

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
        return delete_category.sync_detailed(
            category_id=category_id,
            client=self._client,
        )

    def update(
        self,
        category_id: int,
        *,
        body: CategoryRequest,
    ) -> Response[CategoryResponse]:
        """Rename a category (`update_category.sync_detailed`).

        Args:
            category_id (int):
            body (CategoryRequest):

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
        return update_category.sync_detailed(
            category_id=category_id,
            body=body,
            client=self._client,
        )

    def list(
        self,
    ) -> Response[CategoryList]:
        """List categories (`list_categories.sync_detailed`).

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
        return list_categories.sync_detailed(
            client=self._client,
        )


class Categories:
    """The operations tagged `categories`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CategoriesWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return CategoriesWithRawResponse(self._client)

    def create(
        self,
        *,
        body: CategoryRequest,
    ) -> CategoryResponse:
        """Create a category

        Creates a category for the store.

        Args:
            body (CategoryRequest):

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
        return create_category.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        category_id: int,
    ) -> None:
        """Delete a category

        Deletes a category.

        Args:
            category_id (int):

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
        return delete_category.sync(
            category_id=category_id,
            client=self._client,
        )

    def update(
        self,
        category_id: int,
        *,
        body: CategoryRequest,
    ) -> CategoryResponse:
        """Rename a category

        Changes a category's label.

        Args:
            category_id (int):
            body (CategoryRequest):

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
        return update_category.sync(
            category_id=category_id,
            body=body,
            client=self._client,
        )

    def list(
        self,
    ) -> CategoryList:
        """List categories

        The store's categories (not paginated). `is_stock` marks the generic categories
        every store has (support can disable them).

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
        return list_categories.sync(
            client=self._client,
        )


class AsyncCategoriesWithRawResponse:
    """The async `categories` operations returning the generated `Response`
    (status_code, headers, content, parsed); a paginated one returns its first page."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CategoryRequest,
    ) -> Response[CategoryResponse]:
        """Create a category (`create_category.asyncio_detailed`).

        Args:
            body (CategoryRequest):

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
        return await create_category.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        category_id: int,
    ) -> Response[None]:
        """Delete a category (`delete_category.asyncio_detailed`).

        Args:
            category_id (int):

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
        return await delete_category.asyncio_detailed(
            category_id=category_id,
            client=self._client,
        )

    async def update(
        self,
        category_id: int,
        *,
        body: CategoryRequest,
    ) -> Response[CategoryResponse]:
        """Rename a category (`update_category.asyncio_detailed`).

        Args:
            category_id (int):
            body (CategoryRequest):

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
        return await update_category.asyncio_detailed(
            category_id=category_id,
            body=body,
            client=self._client,
        )

    async def list(
        self,
    ) -> Response[CategoryList]:
        """List categories (`list_categories.asyncio_detailed`).

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
        return await list_categories.asyncio_detailed(
            client=self._client,
        )


class AsyncCategories:
    """The async operations tagged `categories`; `with_raw_response` for the
    full responses."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCategoriesWithRawResponse:
        """The same methods, returning the generated `Response` instead of the parsed body."""
        return AsyncCategoriesWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: CategoryRequest,
    ) -> CategoryResponse:
        """Create a category

        Creates a category for the store.

        Args:
            body (CategoryRequest):

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
        return await create_category.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        category_id: int,
    ) -> None:
        """Delete a category

        Deletes a category.

        Args:
            category_id (int):

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
        return await delete_category.asyncio(
            category_id=category_id,
            client=self._client,
        )

    async def update(
        self,
        category_id: int,
        *,
        body: CategoryRequest,
    ) -> CategoryResponse:
        """Rename a category

        Changes a category's label.

        Args:
            category_id (int):
            body (CategoryRequest):

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
        return await update_category.asyncio(
            category_id=category_id,
            body=body,
            client=self._client,
        )

    async def list(
        self,
    ) -> CategoryList:
        """List categories

        The store's categories (not paginated). `is_stock` marks the generic categories
        every store has (support can disable them).

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
        return await list_categories.asyncio(
            client=self._client,
        )


__all__ = [
    "AsyncCategories",
    "AsyncCategoriesWithRawResponse",
    "Categories",
    "CategoriesWithRawResponse",
]
