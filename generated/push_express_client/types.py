"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from email.message import Message
from http import HTTPStatus
from io import BytesIO
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define

_MOVES_THE_PATH = ("", ".", "..")


def path_segment(value: object, parameter: str, operation: str) -> str:
    """`value` percent-encoded as one path segment, that stays that segment.

    `/`, `?`, `#` and the rest are escaped; an empty value, `.` and `..` cannot be (a URL's
    dot segments are removed, and an empty one merges two), so they would send the request
    to another path, another operation. They are refused before anything is sent.
    """
    text = str(value)
    if text in _MOVES_THE_PATH:
        raise ValueError(
            f"{operation}: path parameter {parameter!r} cannot be {text!r}: "
            "the request would go to another path"
        )
    return quote(text, safe="")


class Unset:
    """The value of an optional field or argument that was not given (`UNSET`): falsy, and
    left out of the request."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def content(self) -> bytes:
        """The payload's bytes from its current position, which is left where it was: each
        request reads the same bytes. A payload that cannot seek is read once and kept."""
        payload = self.payload
        if payload.seekable():
            start = payload.tell()
            try:
                return payload.read()
            finally:
                payload.seek(start)
        data = payload.read()
        self.payload = BytesIO(data)
        return data

    @classmethod
    def from_response(cls, content: bytes, headers: Mapping[str, str]) -> "File":
        """A binary answer as a `File`: `mime_type` is its Content-Type (parameters left
        out), `file_name` the `filename` (or RFC 6266 `filename*`) of its
        Content-Disposition; each None when the answer does not say."""
        mime_type = headers.get("content-type", "").split(";", 1)[0].strip() or None
        file_name = None
        disposition = headers.get("content-disposition")
        if disposition:
            message = Message()
            message["content-disposition"] = disposition
            file_name = message.get_filename() or None
        return cls(payload=BytesIO(content), file_name=file_name, mime_type=mime_type)

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.content(), self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: a 2xx one, `parsed` into the operation's success type"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
]
