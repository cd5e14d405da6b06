"""A scripted HTTP/1.1 server on 127.0.0.1 for tests that need real sockets: httpcore's code
(and its DEBUG trace) only runs on them, and so do resets, stalls and cut bodies.

`Loopback(handler)` calls `handler(received)` for each request and sends what it returns:
an `Answer`, whose `fault` can break the exchange the way networks do.
"""

from __future__ import annotations

import contextlib
import http.server
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

Fault = Literal["reset_mid_body", "stall_mid_body", "short_body"] | None


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    fault: Fault = None
    """reset_mid_body: half the body, then RST; stall_mid_body: half the body, then silence
    for `stall` seconds; short_body: half the body, then a clean close (Content-Length lies)."""
    delay: float = 0.0
    """Seconds to wait before answering (a slow server, for requests in flight)."""
    stall: float = 2.0


Handler = Callable[[Received], Answer]


class _RequestHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        received = Received(
            self.command, self.path, dict(self.headers.items()), self.rfile.read(length)
        )
        self.server.received.append(received)
        answer = self.server.handler(received)
        if answer.delay:
            time.sleep(answer.delay)
        self.send_response(answer.status)
        headers = {"Content-Type": "application/json", **answer.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if answer.fault is None:
            self.wfile.write(answer.body)
            return
        self.wfile.write(answer.body[: len(answer.body) // 2])
        self.wfile.flush()
        if answer.fault == "stall_mid_body":
            time.sleep(answer.stall)
        elif answer.fault == "reset_mid_body":
            # SO_LINGER 0: close() sends RST instead of FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read what was received, not stderr."""


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's backlog of 5 drops the SYNs of 100 tasks connecting at once; on a busy
    # machine their retransmission (a second later) outlasts short timeouts and the client
    # retries: more requests arrive than were made.
    request_queue_size = 128

    def __init__(self, handler: Handler) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.handler = handler
        self.received: list[Received] = []


@contextlib.contextmanager
def loopback(handler: Handler) -> Iterator[tuple[str, list[Received]]]:
    """Serve `handler` on 127.0.0.1:<free port>; yields (base URL, requests received)."""
    server = _Server(handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}", server.received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
