"""APPush icons through the generated operations: only a 57x57 PNG is ever sent, and a
download gives the icon's bytes."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import httpx2
import pytest

from overlays import errors
from tests.helpers.pngs import png

APP_ID = "P9haDs2EjJmyuYwEpxio2KPZ4SH"


class Recorder:
    """Answers every request with a fresh copy of `answer` and keeps the requests."""

    def __init__(self, answer: httpx2.Response) -> None:
        self.answer = answer
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        answer = self.answer
        return httpx2.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def client(self) -> Any:
        from overlays import appush

        return appush.client(
            "ROOT", "root-SECRET", transport=httpx2.MockTransport(self), sleep=lambda s: None
        )


def icon(data: bytes) -> Any:
    from appush_client.types import File

    return File(payload=BytesIO(data), file_name="icon.png", mime_type="image/png")


@pytest.mark.anyio
async def test_a_57x57_png_is_uploaded_as_image_png() -> None:
    from appush_client.api.icons import put_icon

    data = png(57, 57)
    recorder = Recorder(httpx2.Response(204))
    response = put_icon.sync_detailed(APP_ID, client=recorder.client(), body=icon(data))
    assert response.status_code == 204
    (request,) = recorder.requests
    assert request.method == "PUT"
    assert request.url.path == f"/api/application/{APP_ID}/icon"
    assert request.headers["content-type"] == "image/png"
    assert request.content == data
    assert request.headers["authorization"].startswith("Basic ")
    async_recorder = Recorder(httpx2.Response(204))
    await put_icon.asyncio_detailed(APP_ID, client=async_recorder.client(), body=icon(data))
    assert async_recorder.requests[0].content == data


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("data", "found"),
    [
        (png(58, 57), "got a 58x57 PNG"),
        (png(114, 114), "got a 114x114 PNG"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32, "got a JPEG file"),
        (b"", "got an empty body"),
    ],
    ids=["58x57", "retina", "jpeg", "empty"],
)
async def test_anything_but_a_57x57_png_is_refused_before_a_request_is_sent(
    data: bytes, found: str
) -> None:
    from appush_client.api.icons import put_icon

    recorder = Recorder(httpx2.Response(204))
    with pytest.raises(ValueError, match=found) as caught:
        put_icon.sync(APP_ID, client=recorder.client(), body=icon(data))
    assert "57x57 PNG" in str(caught.value)
    assert "put_icon" in str(caught.value)
    with pytest.raises(ValueError, match=found):
        await put_icon.asyncio(APP_ID, client=recorder.client(), body=icon(data))
    assert recorder.requests == []


def test_a_415_from_the_server_is_an_api_status_error() -> None:
    from appush_client.api.icons import put_icon

    page = "<HTML><HEAD><TITLE>415 Unsupported Media Type</TITLE></HEAD></HTML>"
    recorder = Recorder(httpx2.Response(415, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(errors.APIStatusError) as caught:
        put_icon.sync(APP_ID, client=recorder.client(), body=icon(png(57, 57)))
    assert caught.value.status_code == 415
    assert caught.value.message == "415 Unsupported Media Type"
    assert caught.value.body == page


@pytest.mark.anyio
async def test_downloading_an_icon_returns_its_bytes() -> None:
    from appush_client.api.icons import get_icon

    data = png(57, 57)
    answer = httpx2.Response(200, content=data, headers={"content-type": "image/png"})
    downloaded = get_icon.sync(APP_ID, client=Recorder(answer).client())
    assert downloaded is not None
    assert not isinstance(downloaded, str)
    assert downloaded.payload.read() == data
    downloaded = await get_icon.asyncio(APP_ID, client=Recorder(answer).client())
    assert downloaded is not None
    assert not isinstance(downloaded, str)
    assert downloaded.payload.read() == data


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("headers", "mime_type", "file_name"),
    [
        ({"content-type": "image/png"}, "image/png", None),
        (
            {"content-type": "image/png", "content-disposition": 'inline; filename="my app.png"'},
            "image/png",
            "my app.png",
        ),
        (
            {
                "content-type": "image/png; charset=binary",
                "content-disposition": "attachment; filename*=UTF-8''ic%C3%B4ne.png",
            },
            "image/png",
            "icône.png",
        ),
        ({}, None, None),
    ],
)
async def test_a_downloaded_icon_says_what_the_answer_told(
    headers: dict[str, str], mime_type: str | None, file_name: str | None
) -> None:
    """`File.mime_type` from Content-Type (without its parameters), `file_name` from
    Content-Disposition when there is one: the answer's own words, not None."""
    from appush_client.api.icons import get_icon

    answer = httpx2.Response(200, content=png(57, 57), headers=headers)
    downloaded = get_icon.sync(APP_ID, client=Recorder(answer).client())
    assert (downloaded.mime_type, downloaded.file_name) == (mime_type, file_name)
    downloaded = await get_icon.asyncio(APP_ID, client=Recorder(answer).client())
    assert (downloaded.mime_type, downloaded.file_name) == (mime_type, file_name)


def test_a_served_fake_icon_is_an_image_png_file(fake_appush) -> None:
    from appush_client.api.applications import create_application
    from appush_client.api.icons import get_icon, put_icon
    from appush_client.models import ApplicationInput

    client = fake_appush.client()
    created = create_application.sync(client=client, body=ApplicationInput(name="Icons"))
    put_icon.sync(created.id, client=client, body=icon(png(57, 57)))
    downloaded = get_icon.sync(created.id, client=client)
    assert downloaded.mime_type == "image/png"


def test_an_unknown_application_is_the_documented_html_404() -> None:
    from appush_client.api.icons import get_icon

    page = (
        "<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD><BODY><H1>Not Found</H1>The requested "
        "document was not found on this server.<P><HR><ADDRESS>mochiweb+webmachine web server"
        "</ADDRESS></BODY></HTML>"
    )
    answer = httpx2.Response(404, text=page, headers={"content-type": "text/html"})
    with pytest.raises(errors.NotFoundError) as caught:
        get_icon.sync(APP_ID, client=Recorder(answer).client())
    assert "The requested document was not found on this server." in caught.value.message
    assert "<" not in caught.value.message


@pytest.mark.anyio
async def test_a_retried_upload_sends_the_whole_icon_again() -> None:
    from appush_client.api.icons import put_icon

    from overlays import appush

    data = png(57, 57)
    for is_async in (False, True):
        sent: list[bytes] = []

        def answer(request: httpx2.Request, sent: list[bytes] = sent) -> httpx2.Response:
            sent.append(request.read())
            return httpx2.Response(503 if len(sent) == 1 else 204)

        client = appush.client(
            "ROOT", "root-SECRET", transport=httpx2.MockTransport(answer), sleep=lambda s: None
        )
        if is_async:
            await put_icon.asyncio_detailed(APP_ID, client=client, body=icon(data))
        else:
            put_icon.sync_detailed(APP_ID, client=client, body=icon(data))
        assert sent == [data, data]
