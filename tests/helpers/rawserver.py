"""A raw-socket server on 127.0.0.1 that sends whatever bytes a test scripts: bombs, drips,
endless bodies, headers that never end. `tests/helpers/loopback.py` speaks well-formed HTTP through
`http.server`; this one speaks anything.

`raw_server(script)` reads each request (its head, and a body of `Content-Length` bytes),
then calls `script(conn, request)`, which writes what it likes to the socket. A script may
block (a drip); it stops early when the client hangs up (`send` raises) and always when the
server stops.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass
class RawRequest:
    head: bytes
    body: bytes

    @property
    def request_line(self) -> str:
        return self.head.split(b"\r\n", 1)[0].decode("latin-1")

    @property
    def path(self) -> str:
        return self.request_line.split(" ")[1]


Script = Callable[[socket.socket, RawRequest], None]


def head(status: int = 200, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(
    status: int = 200,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> Script:
    """A well-formed answer with these bytes as its body (whatever they are)."""
    fields = {"Content-Type": "application/json", **(headers or {})}
    fields.setdefault("Content-Length", str(len(body)))

    def script(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(head(status, fields) + body)

    return script


def drip(prefix: bytes, byte: bytes = b"x", every: float = 0.2, cap: float = 20.0) -> Script:
    """`prefix`, then one `byte` every `every` seconds until the client hangs up (or `cap`)."""

    def script(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(prefix)
        stop = time.monotonic() + cap
        while time.monotonic() < stop:
            time.sleep(every)
            conn.sendall(byte)

    return script


def endless_chunks(status: int = 200, chunk: bytes = b" " * 65536, cap: float = 20.0) -> Script:
    """A chunked body that never ends (until the client hangs up, or `cap` seconds)."""

    def script(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(
            head(status, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
        )
        piece = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        stop = time.monotonic() + cap
        while time.monotonic() < stop:
            conn.sendall(piece)

    return script


def _read_request(conn: socket.socket) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        more = conn.recv(65536)
        if not more:
            return None
        data += more
    head_bytes, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head_bytes.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        more = conn.recv(65536)
        if not more:
            break
        body += more
    return RawRequest(head_bytes, body)


@contextlib.contextmanager
def raw_server(script: Script) -> Iterator[tuple[str, list[RawRequest]]]:
    """Serve `script` on 127.0.0.1:<free port>; yields (base URL, requests received)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.1)
    received: list[RawRequest] = []
    stopping = threading.Event()
    connections: list[socket.socket] = []

    def serve(conn: socket.socket) -> None:
        with conn:
            while not stopping.is_set():
                request = _read_request(conn)
                if request is None:
                    return
                received.append(request)
                script(conn, request)

    def guarded(conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            serve(conn)

    def accept() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(30)
            connections.append(conn)
            threading.Thread(target=guarded, args=(conn,), daemon=True).start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        stopping.set()
        for conn in connections:  # a drip in progress fails its next send
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        acceptor.join(timeout=5)
        listener.close()
