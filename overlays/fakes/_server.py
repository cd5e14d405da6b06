"""The loopback door: a threaded HTTP/1.1 server on 127.0.0.1 in front of the same engine.

Built on the standard library's `http.server` so that the socket is ours: issue 12's
faults (reset, early close, partial body, delay) are socket behaviour here.

A request the HTTP layer cannot take in whole is answered, never dropped, and the
connection closed after it: 400 for framing that cannot be trusted (a `Content-Length`
that is no length, several that differ, a broken chunk, a body cut short), 413 for a body
beyond `MAX_BODY_BYTES` (unread), 414 and 431 for a request line or headers too long (the
limits of `http.server`), 408 for a request that stops coming. Every read is bounded in
time, so no client can hold a thread by sending nothing, or too little.
"""

from __future__ import annotations

import io
import re
import socket
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._engine import MAX_BODY_BYTES, MAX_HEADERS, MAX_LINE_BYTES, Engine, body_length, too_large
from ._fault_doors import on_socket
from ._messages import FakeRequest, FakeResponse, FakeSpecViolation, Refusal

READ_TIMEOUT_SECONDS = 2.0
"""Once a request has begun, each read waits this long at most: a client that stops
sending (a lying `Content-Length`, a body cut short) is answered 408, not waited for."""
REQUEST_SECONDS = 5.0
"""A whole request, head and body, must arrive within this: a client trickling its bytes
(slowloris) is answered 408 too."""
IDLE_SECONDS = 30.0
"""How long a kept-alive connection waits for its next request, and for the client to
take an answer, before it is closed."""
LINGER_SECONDS = 2.0
"""After a refusal, what the client still sends (the body of a 413) is read and dropped
for this long before the connection closes: closing on unread bytes resets it, and the
client would meet the reset instead of the answer."""

_HEX = re.compile(rb"[0-9A-Fa-f]+")
_NOT_URI = re.compile(r"[^\x21-\x7e]")


class _TooSlow(Exception):
    """The request stopped coming (not a `TimeoutError`: `http.server` drops those)."""


class _TimedReader(io.RawIOBase):
    """The connection's reads, bounded in time: `IDLE_SECONDS` while no request has begun,
    then `READ_TIMEOUT_SECONDS` per read until the request's `deadline`."""

    def __init__(self, connection: socket.socket) -> None:
        super().__init__()
        self._connection = connection
        self.deadline: float | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.deadline is None:
            self._connection.settimeout(IDLE_SECONDS)
            return self._connection.recv_into(buffer)
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _TooSlow
        self._connection.settimeout(min(READ_TIMEOUT_SECONDS, left))
        try:
            return self._connection.recv_into(buffer)
        except TimeoutError:
            raise _TooSlow from None


def _linger(connection: socket.socket) -> None:
    """Stop sending, then read and drop what the client still sends, until it closes its
    end or `LINGER_SECONDS` have passed."""
    deadline = time.monotonic() + LINGER_SECONDS
    try:
        connection.shutdown(socket.SHUT_WR)
        while (left := deadline - time.monotonic()) > 0:
            connection.settimeout(left)
            if not connection.recv(65536):
                return
    except OSError:
        return


def _target(raw: str) -> str:
    """The request target with what may not appear in a URI (bytes beyond ASCII, which
    `http.server` reads as Latin-1, controls) percent-encoded: the judge reads them as any
    other escape, and refuses those that are not UTF-8."""
    return _NOT_URI.sub(lambda match: f"%{ord(match[0]):02X}", raw)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, delayed ACKs cost 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.rfile.close()  # makefile()'s: every read goes through the timed reader instead
        self._reader = _TimedReader(self.connection)
        self._buffered = io.BufferedReader(self._reader)
        self.rfile = self._buffered
        self._linger = False

    def finish(self) -> None:
        super().finish()
        if self._linger:
            _linger(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a request line carries the query, and Appaloosa's key is in the query."""

    def handle_one_request(self) -> None:
        # What a refusal sees of a request line never read (not HTTP/0.9: a status line).
        self.command, self.path, self.request_version = "", "", ""
        self._reader.deadline = None
        try:
            if not self._buffered.peek(1):
                self.close_connection = True  # the client closed its end
                return
        except OSError:  # idle too long (TimeoutError), or reset
            self.close_connection = True
            return
        self._reader.deadline = time.monotonic() + REQUEST_SECONDS
        try:
            super().handle_one_request()
        except _TooSlow:
            self._refuse(Refusal(408, "the request did not arrive in time"))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """`http.server`'s own refusals (414, 431, a malformed request line): answered as the
        door's others are. Its message is left out: it quotes the request line, and
        Appaloosa's key is in the query."""
        self.request_version = ""  # a status line and headers, even to what looked like 0.9
        self._refuse(Refusal(code, HTTPStatus(code).phrase))

    # -- reading ------------------------------------------------------------------------

    def _line(self) -> bytes:
        """One line of a chunked body (a size, an end of chunk, a trailer)."""
        line = self._buffered.readline(MAX_LINE_BYTES + 1)
        if len(line) > MAX_LINE_BYTES:
            raise Refusal(400, "a line of the chunked body is too long")
        if not line.endswith(b"\n"):
            raise Refusal(400, "the chunked body is cut short")
        return line

    def _chunks(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            size = self._line().split(b";", 1)[0].strip()
            if not _HEX.fullmatch(size):
                raise Refusal(400, "a chunk size is not a hexadecimal number")
            length = int(size, 16)
            if length == 0:
                break
            total += length
            if total > MAX_BODY_BYTES:
                raise too_large()
            chunk = self._buffered.read(length)
            if len(chunk) < length:
                raise Refusal(400, "the chunked body is cut short")
            if self._line().strip():
                raise Refusal(400, "a chunk is longer than its size")
            chunks.append(chunk)
        for _ in range(MAX_HEADERS + 1):  # the trailer, up to its blank line
            if not self._line().strip():
                return b"".join(chunks)
        raise Refusal(400, "the chunked body's trailer is too large")

    def _body(self) -> bytes:
        """The body, as its framing says; `Refusal` when the framing cannot be trusted, the
        body is too large or cut short; `_TooSlow` when it stops coming."""
        length = body_length(
            self.headers.get_all("Content-Length") or [],
            self.headers.get_all("Transfer-Encoding") or [],
        )
        if length is None:
            return self._chunks()
        body = self._buffered.read(length)
        if len(body) < length:
            raise Refusal(400, "the body is shorter than its Content-Length")
        return body

    # -- answering ----------------------------------------------------------------------

    def _answer(self, answer: FakeResponse) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _refuse(self, refusal: Refusal) -> None:
        """Answer a request the HTTP layer refuses (`Engine.refuse`), then close: what is
        left of it on the connection cannot be told from a next request."""
        self.connection.settimeout(IDLE_SECONDS)
        path = _target(self.path or "").partition("?")[0]
        answer = self.server.engine.refuse(self.command or "", path, refusal)
        answer.headers["Connection"] = "close"  # and http.server closes
        self._linger = True
        self._answer(answer)

    def _serve(self) -> None:
        try:
            body = self._body()
        except Refusal as refusal:
            self._refuse(refusal)
            return
        self.connection.settimeout(IDLE_SECONDS)  # for the answer: the request is in
        path, _, query = _target(self.path).partition("?")
        request = FakeRequest(
            method=self.command,
            path=path,
            query=query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            origin=self.server.origin,
        )
        fault: str | None = None
        try:
            exchange = self.server.engine.handle(request)
            answer, fault = exchange.response, exchange.fault
        except FakeSpecViolation as violation:
            self.server.violations.append(violation)
            answer = FakeResponse(
                500,
                {"Content-Type": "text/plain"},
                f"the fake answered outside its spec: {violation}".encode(),
            )
        if fault is not None and on_socket(self, fault, answer):
            return  # the fault was played on the socket
        self._answer(answer)

    def __getattr__(self, name: str) -> Any:
        # Every method goes to the engine (an undocumented one answers 405 with Allow).
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)


class LoopbackServer(ThreadingHTTPServer):
    """Serves one engine on 127.0.0.1:`port` (0: a free port) from a daemon thread."""

    daemon_threads = True
    # socketserver's default backlog is 5: 20 clients connecting at once overflow it, and a
    # dropped SYN is retried after a second, so their connects time out.
    request_queue_size = 128
    block_on_close = False

    def __init__(self, engine: Engine, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.engine = engine
        self.violations: list[FakeSpecViolation] = []
        self.origin = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients that give up (timeouts, resets) are part of the game."""

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join()
