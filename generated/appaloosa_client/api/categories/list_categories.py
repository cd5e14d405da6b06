from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category_list import CategoryList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"openapi_operation": "list_categories"},
        "url": "/categories",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> CategoryList:
    if response.status_code == 200:
        response_200 = CategoryList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[CategoryList]:
    if not 200 <= response.status_code < 300:
        # Reached with a plain Client only: an overlay client's transport has raised the
        # overlays.errors class of the status already.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        status_code = HTTPStatus(response.status_code)
        parsed = _parse_response(client=client, response=response)
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        errors.UnexpectedStatus,
    ) as exc:
        raise client.response_validation_error(
            "list_categories", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CategoryList]:
    """List categories

     The store's categories (not paginated). `is_stock` marks the generic categories
    every store has (support can disable them).

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        Response[CategoryList]
    """

    response = client.session().send(_get_kwargs())

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CategoryList:
    """List categories

     The store's categories (not paginated). `is_stock` marks the generic categories
    every store has (support can disable them).

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        CategoryList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CategoryList]:
    """List categories

     The store's categories (not paginated). `is_stock` marks the generic categories
    every store has (support can disable them).

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        Response[CategoryList]
    """

    response = await client.session().asend(_get_kwargs())

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CategoryList:
    """List categories

     The store's categories (not paginated). `is_stock` marks the generic categories
    every store has (support can disable them).

    Raises:
        overlays.errors.APIStatusError: (a subclass per status: NotFoundError, RateLimitError...)
            If the server answers an error status, with a client from an overlay factory.
        errors.UnexpectedStatus: If the server answers an error status, with a plain Client.
        overlays.errors.APIResponseValidationError: (errors.ResponseValidationError with a plain
            Client) If a 2xx body does not match the spec, or the 2xx status is undocumented.
        overlays.errors.APIConnectionError: (httpx2.TransportError with a plain Client) If the
            request could not be sent or answered, including timeouts (APITimeoutError).
        overlays.errors.ResponseTooLargeError: If the body is larger than the client allows.

    Returns:
        CategoryList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
