"""How each fault looks at each door: httpx2 exceptions and broken responses in-process,
real socket behaviour (RST, early close, a lying Content-Length, delay) on loopback.

The engine has already decided the fault and whether the request was applied; these
functions only break the answer the way a network would.
"""

from __future__ import annotations

import select
import socket
import struct
import time
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler

import httpx2

from ._messages import FakeResponse

SLOW_CAP_SECONDS = 60.0
"""Served `slow`: the answer is held until the client hangs up, or this long at most."""


# -- in-process (fake.transport) --------------------------------------------------------


class _CutStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A body that stops half-way, as httpx2 reports a peer closing mid-body."""

    def __init__(self, sent: bytes, expected: int) -> None:
        self._sent = sent
        self._expected = expected

    def _broken(self) -> httpx2.RemoteProtocolError:
        return httpx2.RemoteProtocolError(
            "peer closed connection without sending complete message body "
            f"(received {len(self._sent)} bytes, expected {self._expected}) (injected fault)"
        )

    def __iter__(self) -> Iterator[bytes]:
        yield self._sent
        raise self._broken()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._sent
        raise self._broken()


def in_process(fault: str, answer: FakeResponse, request: httpx2.Request) -> httpx2.Response | None:
    """Raise the httpx2 exception `fault` surfaces as, or return its broken response; None
    when the answer goes out as it is (a status fault, or `slow` without a read timeout)."""
    if fault == "refused":
        raise httpx2.ConnectError(
            "[Errno 111] Connection refused (injected fault)", request=request
        )
    if fault in ("reset", "lost_response"):
        raise httpx2.ReadError(
            "[Errno 104] Connection reset by peer (injected fault)", request=request
        )
    if fault == "slow":
        read_timeout = request.extensions.get("timeout", {}).get("read")
        if read_timeout is None:
            return None  # a client that waits forever gets the answer
        raise httpx2.ReadTimeout(
            f"timed out after {read_timeout} s (injected fault)", request=request
        )
    if fault == "truncated":
        if not answer.body:
            raise httpx2.RemoteProtocolError(
                "Server disconnected without sending a complete response (injected fault)",
                request=request,
            )
        headers = {**answer.headers, "Content-Length": str(len(answer.body))}
        stream = _CutStream(answer.body[: len(answer.body) // 2], len(answer.body))
        return httpx2.Response(answer.status, headers=headers, stream=stream, request=request)
    return None


# -- loopback (fake.serve()) ------------------------------------------------------------


def _reset(handler: BaseHTTPRequestHandler) -> None:
    """Close with RST (SO_LINGER 0) instead of FIN: the client reads ECONNRESET."""
    handler.close_connection = True
    connection: socket.socket = handler.connection
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


def _raw(answer: FakeResponse) -> tuple[bytes, bytes]:
    """(head, body) of `answer` as bytes on the wire, with the full Content-Length."""
    phrase = HTTPStatus(answer.status).phrase
    lines = [f"HTTP/1.1 {answer.status} {phrase}"]
    lines += [f"{name}: {value}" for name, value in answer.headers.items()]
    lines.append(f"Content-Length: {len(answer.body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"), answer.body


def _send(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.close_connection = True
    try:
        handler.wfile.write(data)
        handler.wfile.flush()
    except OSError:
        pass  # the client has gone: what a late or cut answer meets


def _wait_for_hang_up(handler: BaseHTTPRequestHandler, cap: float) -> None:
    """Hold the answer until the client closes its end (after its read timeout)."""
    deadline = time.monotonic() + cap
    connection: socket.socket = handler.connection
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([connection], [], [], min(left, 0.5))
        if readable:
            try:
                if not connection.recv(1, socket.MSG_PEEK):
                    return  # end of stream: the client hung up
            except OSError:
                return
            time.sleep(0.01)  # data (a pipelined request): keep holding


def on_socket(handler: BaseHTTPRequestHandler, fault: str, answer: FakeResponse) -> bool:
    """Play `fault` on the handler's connection; False when the answer goes out as it is."""
    if fault in ("refused", "reset", "lost_response"):
        # The request has been read: the client cannot tell `refused` from `reset` here.
        _reset(handler)
        return True
    head, body = _raw(answer)
    if fault == "truncated":
        _send(handler, head + body[: len(body) // 2] if body else head[: len(head) // 2])
        return True
    if fault == "slow":
        _wait_for_hang_up(handler, SLOW_CAP_SECONDS)
        _send(handler, head + body)
        return True
    return False
