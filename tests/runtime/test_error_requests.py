"""Every `overlays.errors.APIError` keeps `.request`: the masked stand-in of the request that
failed (URL and headers masked, no body), or None where no single request failed."""

from __future__ import annotations

import inspect

import httpx2
import pytest
from appaloosa_client.api.users import get_user

from overlays import errors

SECRET = "sekrit-key-0123456789"


def _request() -> httpx2.Request:
    return httpx2.Request(
        "POST",
        f"https://api.example.com/v1/things?api_key={SECRET}",
        headers={"Authorization": f"Bearer {SECRET}", "Access-Token": SECRET},
        content=f'{{"secret": "{SECRET}"}}'.encode(),
    )


def _response(status: int) -> httpx2.Response:
    return httpx2.Response(status, json={"message": "no"}, request=_request())


def _instance(cls: type[errors.APIError]) -> errors.APIError:
    if issubclass(cls, errors.APIStatusError):
        return cls("no", response=_response(404))
    if issubclass(cls, errors.APIConnectionError):
        return cls("reset", request=_request())
    if cls is errors.APIResponseValidationError:
        return cls("get_thing", _response(200), ValueError("bad"))
    if cls is errors.ResponseTooLargeError:
        return cls(1024, request=_request(), status_code=200)
    return cls("a page seen twice")


CLASSES = sorted(
    (
        cls
        for cls in vars(errors).values()
        if inspect.isclass(cls) and issubclass(cls, errors.APIError)
    ),
    key=lambda cls: cls.__name__,
)
NO_REQUEST = {errors.APIError, errors.PaginationError}


def test_the_classes_cover_the_hierarchy() -> None:
    assert len(CLASSES) == len(errors.__all__) == 15


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_keeps_a_masked_request(cls: type[errors.APIError]) -> None:
    error = _instance(cls)
    if cls in NO_REQUEST:
        assert error.request is None
        return
    request = error.request
    assert isinstance(request, httpx2.Request)
    assert (request.method, request.url.path) == ("POST", "/v1/things")
    assert SECRET not in str(request.url)
    assert SECRET not in repr(dict(request.headers))
    assert request.content == b""
    response = getattr(error, "response", None)
    if response is not None:
        assert response.request is request


def test_a_status_error_from_a_client_keeps_the_masked_request(fake_appaloosa) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        get_user.sync(999, client=fake_appaloosa.client())
    request = caught.value.request
    assert request is not None
    assert request.url.path == "/api/v2/52/users/999"
    assert fake_appaloosa.credentials["api_key"] not in str(request.url)
