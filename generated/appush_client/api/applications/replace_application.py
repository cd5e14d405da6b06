from http import HTTPStatus
from typing import Any

from overlays._runtime import Answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_input import ApplicationInput
from ...types import Response, path_segment


def _get_kwargs(
    application_id: str,
    *,
    body: ApplicationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"openapi_operation": "replace_application"},
        "url": "/application/{application_id}".format(
            application_id=path_segment(
                application_id, "application_id", "replace_application"
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: Answer) -> None:
    if response.status_code == 204:
        return
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: Answer
) -> Response[None]:
    if not 200 <= response.status_code < 300:
        # Reached with a plain Client only: an overlay client's transport has raised the
        # overlays.errors class of the status already.
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        status_code = HTTPStatus(response.status_code)
        _parse_response(client=client, response=response)
        parsed = None
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        errors.UnexpectedStatus,
    ) as exc:
        raise client.response_validation_error(
            "replace_application", response, exc
        ) from exc
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> Response[None]:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
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
        Response[None]
    """

    response = client.session().send(
        _get_kwargs(
            application_id=application_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> None:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
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
        None
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> Response[None]:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
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
        Response[None]
    """

    response = await client.session().asend(
        _get_kwargs(
            application_id=application_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationInput,
) -> None:
    """Replace an application

     Replaces the application's definition (name, environment, PEM strings). Invalid PEM
    strings answer 502.

    Args:
        application_id (str): An application id (27 letters and digits in every example).
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
        None
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
