"""Refuse an image body the provider would reject, before anything is sent.

The constraints come from the spec (`x-image-upload` on the operation), so a new image
operation is checked the moment it is generated.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from typing import Any

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_KNOWN_TYPES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"BM", "BMP"),
    (b"%PDF", "PDF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def _what_is(data: bytes) -> str:
    if not data:
        return "an empty body"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    for magic, name in _KNOWN_TYPES:
        if data.startswith(magic):
            return f"a {name} file"
    return f"data that is not a PNG (starts with {data[:8]!r})"


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG image, or None when `data` is not a PNG."""
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 24:
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def check_image(operation: str, data: bytes, constraints: Mapping[str, Any]) -> None:
    """Raise `ValueError` naming what was found when `data` breaks `constraints`."""
    width, height = constraints.get("width"), constraints.get("height")
    wanted = f"a {width}x{height} PNG image" if width and height else "a PNG image"
    size = png_size(data)
    if size is None:
        raise ValueError(f"{operation}: the body must be {wanted}; got {_what_is(data)}")
    if (width and size[0] != width) or (height and size[1] != height):
        raise ValueError(f"{operation}: the body must be {wanted}; got a {size[0]}x{size[1]} PNG")
