from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_input import ApplicationInput
from ...models.created_application import CreatedApplication
from ...types import Response


def _get_kwargs(
    *,
    body: ApplicationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"openapi_operation": "create_application"},
        "url": "/application",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> CreatedApplication:
    if response.status_code == 201:
        response_201 = CreatedApplication.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[CreatedApplication]:
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
            "create_application", response, exc
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
    body: ApplicationInput,
) -> Response[CreatedApplication]:
    """Create an application

     Creates an application and returns its id (the new resource's absolute URL is in
    the Location header). The PEM strings are checked: invalid ones answer 502.

    Args:
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
        Response[CreatedApplication]
    """

    response = client.session().send(
        _get_kwargs(
            body=body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> CreatedApplication:
    """Create an application

     Creates an application and returns its id (the new resource's absolute URL is in
    the Location header). The PEM strings are checked: invalid ones answer 502.

    Args:
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
        CreatedApplication
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> Response[CreatedApplication]:
    """Create an application

     Creates an application and returns its id (the new resource's absolute URL is in
    the Location header). The PEM strings are checked: invalid ones answer 502.

    Args:
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
        Response[CreatedApplication]
    """

    response = await client.session().asend(
        _get_kwargs(
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> CreatedApplication:
    """Create an application

     Creates an application and returns its id (the new resource's absolute URL is in
    the Location header). The PEM strings are checked: invalid ones answer 502.

    Args:
        body (ApplicationInput): An application's definition. The documentation's parameter list
            calls the
            environment `env`; its curl examples send it as `status`, and the application the
            API answers carries `status`. `env` is the documented parameter; `status` is
            accepted too, for callers following the examples.

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
        CreatedApplication
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
