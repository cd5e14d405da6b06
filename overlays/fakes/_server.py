"""The loopback door: a threaded HTTP/1.1 server on 127.0.0.1 in front of the same engine.

Built on the standard library's `http.server` so that the socket is ours: issue 12's
faults (reset, early close, partial body, delay) are socket behaviour here.
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._engine import Engine
from ._fault_doors import on_socket
from ._messages import FakeRequest, FakeResponse, FakeSpecViolation


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, delayed ACKs cost 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a request line carries the query, and Appaloosa's key is in the query."""

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _serve(self) -> None:
        path, _, query = self.path.partition("?")
        request = FakeRequest(
            method=self.command,
            path=path,
            query=query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self._body(),
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
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

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
