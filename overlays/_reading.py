"""Read a response's body whole, within bounds: its size, counted as it is decompressed, and
the attempt's deadline.

httpx reads a body whole into memory and inflates each chunk without limit: a 0.5 MiB
gzip body can become 512 MiB, an endless chunked body never ends. Here the raw bytes are
read one chunk at a time and inflated 256 KiB at a time (zlib's `max_length`), so memory
stays within the limit (plus a step); past it, `BodyTooLarge`. The body is then handed on
decoded: the response that comes out has no `Content-Encoding` (and a `Content-Length` that
matches).

Only gzip and deflate are asked for (`Accept-Encoding`) and inflated; a body in any other
coding is handed on as it came, as httpx does with codings it does not know (a JSON body
then fails to parse, a typed error like any other malformed body).
"""

from __future__ import annotations

import time
import zlib

import httpx

ACCEPT_ENCODING = "gzip, deflate"
_RAW_ALLOWANCE = 64 * 1024


UNDECODABLE = "overlays.undecodable"
"""Response extension: why the body could not be decompressed (the body is then empty)."""


class BodyTooLarge(Exception):
    """The body (after decompression) is larger than the client's `max_response_bytes`."""

    def __init__(self, limit: int, status_code: int | None = None) -> None:
        super().__init__(f"the response body is larger than {limit} bytes")
        self.limit = limit
        self.status_code = status_code


class _Overflow(Exception):
    """An inflater would give more than the limit allows."""


_STEP = 256 * 1024
"""zlib inflates at most this much per call: a 64 KiB chunk of a bomb can inflate to 64 MiB,
and zlib builds its output in blocks joined at the end (twice the size at its peak)."""


class _Inflater:
    """One `gzip` or `deflate` coding, inflated `_STEP` bytes at a time, `limit` in all."""

    def __init__(self, coding: str, limit: int) -> None:
        self._deflate = coding == "deflate"
        # deflate is zlib-wrapped by the RFC, raw by many servers: httpx tries both too.
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS if self._deflate else zlib.MAX_WBITS | 16)
        self._first = True
        self._left = limit

    def _fail(self, exc: zlib.error) -> httpx.DecodingError:
        name = "deflate" if self._deflate else "gzip"
        return httpx.DecodingError(f"the body is not valid {name}: {exc}")

    def _count(self, out: bytes) -> bytes:
        self._left -= len(out)
        if self._left < 0:
            raise _Overflow
        return out

    def feed(self, data: bytes) -> list[bytes]:
        first, self._first = self._first, False
        pieces = []
        try:
            while data:
                pieces.append(self._count(self._zlib.decompress(data, _STEP)))
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            if not (first and self._deflate and not pieces):
                raise self._fail(exc) from exc
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.feed(data)
        return pieces

    def flush(self) -> bytes:
        try:
            return self._count(self._zlib.flush())
        except zlib.error as exc:
            raise self._fail(exc) from exc


class _Decoder:
    """A response's `Content-Encoding` codings, undone in reverse order, within a limit."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.status_code = response.status_code
        codings = [c.strip().lower() for c in response.headers.get_list("content-encoding", True)]
        self._inflaters = [
            _Inflater("gzip" if c == "x-gzip" else c, limit)
            for c in reversed(codings)
            if c in ("gzip", "x-gzip", "deflate")
        ]
        self.limit = limit
        self.size = 0
        self.raw = 0
        self.parts: list[bytes] = []

    def too_large(self) -> BodyTooLarge:
        return BodyTooLarge(self.limit, self.status_code)

    def _through(self, pieces: list[bytes], inflaters: list[_Inflater]) -> None:
        for inflater in inflaters:
            pieces = [out for piece in pieces for out in inflater.feed(piece)]
        for piece in pieces:
            self._keep(piece)

    def feed(self, chunk: bytes) -> None:
        self.raw += len(chunk)
        # The bytes on the wire are not kept, but an endless compressed stream that inflates
        # to little would still never end: they too are bounded (with room for a small
        # body, which gzip makes larger, not smaller).
        if self.raw > self.limit + _RAW_ALLOWANCE:
            raise self.too_large()
        try:
            self._through([chunk], self._inflaters)
        except _Overflow:
            raise self.too_large() from None

    def finish(self) -> bytes:
        try:
            for index, inflater in enumerate(self._inflaters):
                self._through([inflater.flush()], self._inflaters[index + 1 :])
        except _Overflow:
            raise self.too_large() from None
        return b"".join(self.parts)

    def _keep(self, data: bytes) -> None:
        if data:
            self.size += len(data)
            if self.size > self.limit:
                raise self.too_large()
            self.parts.append(data)


def _check_declared(response: httpx.Response, limit: int) -> None:
    """Refuse at once a body whose declared length already passes the limit."""
    declared = response.headers.get("content-length", "")
    allowance = _RAW_ALLOWANCE if "content-encoding" in response.headers else 0
    if declared.isdigit() and int(declared) > limit + allowance:
        raise BodyTooLarge(limit, response.status_code)


def _past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


def _timed_out() -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the attempt took longer than its timeout (reading the body)")


def _decoded(response: httpx.Response, body: bytes, undecodable: str | None) -> httpx.Response:
    """The response again with its body read and decoded (no `Content-Encoding` any more);
    one that could not be decoded comes out empty, marked `UNDECODABLE` with the reason, so
    that the error of its status is raised from there (`_transport`)."""
    extensions = response.extensions
    if undecodable is not None:
        extensions = {**extensions, UNDECODABLE: undecodable}
    headers = response.headers
    if "content-encoding" in headers:
        headers = httpx.Headers(
            [
                (name, value)
                for name, value in response.headers.raw
                if name.lower() not in (b"content-encoding", b"content-length")
            ]
        )
    return httpx.Response(
        response.status_code, headers=headers, content=body, extensions=extensions
    )


def _already_read(response: httpx.Response, limit: int) -> httpx.Response | None:
    """A response an in-process transport built with its content (httpx reads it at once)."""
    if not response.is_stream_consumed:
        return None
    if len(response.content) > limit:
        raise BodyTooLarge(limit, response.status_code)
    return response


def read(response: httpx.Response, limit: int, deadline: float | None) -> httpx.Response:
    """`response` with its whole body read, at most `limit` bytes once decoded, before
    `deadline` (`time.monotonic()`; None: none). The response is closed either way."""
    try:
        if (done := _already_read(response, limit)) is not None:
            return done
        _check_declared(response, limit)
        decoder = _Decoder(response, limit)
        try:
            for chunk in response.iter_raw():
                decoder.feed(chunk)
                if _past(deadline):
                    raise _timed_out()
            return _decoded(response, decoder.finish(), None)
        except httpx.DecodingError as exc:
            return _decoded(response, b"", str(exc))
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int) -> httpx.Response:
    """The async `read` (the deadline is the caller's `asyncio.timeout`)."""
    try:
        if (done := _already_read(response, limit)) is not None:
            return done
        _check_declared(response, limit)
        decoder = _Decoder(response, limit)
        try:
            async for chunk in response.aiter_raw():
                decoder.feed(chunk)
            return _decoded(response, decoder.finish(), None)
        except httpx.DecodingError as exc:
            return _decoded(response, b"", str(exc))
    finally:
        await response.aclose()
