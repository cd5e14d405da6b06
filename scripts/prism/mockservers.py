"""Prism mock servers for the specs, on loopback, for the contract tests and for you.

`python -m scripts.prism [PROVIDER ...]` runs them until Ctrl-C and prints the `base_url` of
each.

`running_mocks()` starts one `prism mock` per spec on 127.0.0.1, waits until each answers,
and stops them all on exit, even when the body raises. Prism validates every request against
the spec (`--errors`: a violation is answered with an error status) and answers from the
spec's examples.

Ports: each Prism is started with `--port 0`, so the kernel gives it a free port as it binds,
and the port is read back from its log ("Prism is listening on http://127.0.0.1:PORT"). No
port is chosen before Prism binds it, so no other process can take it in between (choosing
one by binding a socket and closing it, as before, lost that race under a parallel load:
EADDRINUSE). Prism serves a copy of the spec taken at start: on a change to the file it
watches, it would restart on another free port, behind the URL already handed out; restart
the mocks after editing a spec.

Prism matches request paths against `paths` only and ignores the path part of `servers`;
for a spec whose server URL carries a path variable (Appaloosa's `/api/v2/{store_id}`), a
small loopback proxy strips that segment, so clients reach the mock through their public
factories exactly as they reach the real API.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx2

from scripts.build.speclib import REPO, Provider, load_spec, providers

PRISM = REPO / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
# Set by the proxy itself (BaseHTTPRequestHandler.send_response): not copied from upstream.
_OWN_HEADERS = {"date", "server"}


class MockServerError(RuntimeError):
    """Prism could not be started, or did not answer in time."""


_LISTENING = re.compile(r"Prism is listening on (http://\S+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def listening_port(log: str) -> int | None:
    """The port Prism says it listens on, once it has said so in its log."""
    found = _LISTENING.search(_ANSI.sub("", log))
    return urlsplit(found.group(1)).port if found else None


def server_path_segments(provider: Provider) -> int:
    """How many path segments after the host's API root are server variables (Appaloosa: 1)."""
    servers = load_spec(provider).get("servers") or [{"url": ""}]
    url = str(servers[0].get("url", ""))
    if "//" in url:  # variables in the scheme or the host are no path segments
        rest = url.split("//", 1)[1]
        url = rest[rest.index("/") :] if "/" in rest else ""
    return url.count("{")


@dataclass
class PrismServer:
    provider: Provider
    process: subprocess.Popen[bytes]
    log_path: Path
    port: int | None = None  # the port Prism bound, known once `wait_ready` has returned

    @property
    def url(self) -> str:
        if self.port is None:
            raise MockServerError(f"Prism for {self.provider.name} is not ready (wait_ready)")
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def start_prism(provider: Provider, log_dir: Path) -> PrismServer:
    """Start `prism mock` for one spec on a port the kernel picks; returns at once (call
    `wait_ready`, which learns the port)."""
    if not PRISM.exists() or shutil.which("node") is None:
        raise MockServerError(f"Prism is not installed ({PRISM}); run `make install`")
    spec = log_dir / provider.spec_path.name  # the copy it serves (see the module doc)
    shutil.copyfile(provider.spec_path, spec)
    log_path = log_dir / f"prism-{provider.name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", "0", "--errors", str(spec)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, cwd=REPO,
        )  # fmt: skip
    return PrismServer(provider, process, log_path)


def wait_ready(server: PrismServer, timeout: float = START_TIMEOUT) -> None:
    """Wait until Prism's log names the port it bound, then until it answers HTTP (any
    status); fail with its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise MockServerError(
                f"Prism for {server.provider.name} exited ({server.process.returncode}):\n"
                f"{server.log()}"
            )
        if server.port is None:
            server.port = listening_port(server.log())
        if server.port is not None:
            try:
                # trust_env=False: loopback only, whatever HTTP(S)_PROXY the environment sets.
                httpx2.get(f"{server.url}/__ready__", timeout=1.0, trust_env=False)
                return
            except httpx2.TransportError:
                pass
        time.sleep(0.1)
    server.stop()
    raise MockServerError(f"Prism for {server.provider.name} did not answer in {timeout:.0f} s")


class _StripPathProxy(http.server.ThreadingHTTPServer):
    """Forwards every request to `target`, minus its first `strip` path segments."""

    daemon_threads = True

    def __init__(self, target: str, strip: int) -> None:
        self.target = target
        self.strip = strip
        self.client = httpx2.Client(base_url=target, timeout=30.0, trust_env=False)
        super().__init__(("127.0.0.1", 0), _ProxyHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    server: _StripPathProxy
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm holds
    # the body back until the client's delayed ACK (about 40 ms on every request).
    disable_nagle_algorithm = True

    def _forward(self) -> None:
        path, _, query = self.path.partition("?")
        parts = path.split("/")
        stripped = "/" + "/".join(parts[1 + self.server.strip :])
        body = self._body()
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = self.server.client.request(
            self.command, stripped + (f"?{query}" if query else ""), headers=headers, content=body
        )
        self.send_response(upstream.status_code)
        for name, value in upstream.headers.multi_items():
            if name.lower() not in _HOP_BY_HOP | _OWN_HEADERS | {"content-encoding"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(upstream.content)))
        self.end_headers()
        self.wfile.write(upstream.content)

    def _body(self) -> bytes:
        """The request body, sent with a Content-Length or chunked (a streamed upload)."""
        if "chunked" not in self.headers.get("Transfer-Encoding", "").lower():
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""
        chunks = []
        while size := int(self.rfile.readline().split(b";")[0], 16):
            chunks.append(self.rfile.read(size))
            self.rfile.readline()  # the CRLF after the chunk
        while self.rfile.readline().strip():  # trailer fields, up to the blank line
            pass
        return b"".join(chunks)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward

    def log_message(self, format: str, *args: object) -> None:
        pass  # Prism's own log records every request


@contextlib.contextmanager
def running_mocks(names: Sequence[str] | None = None) -> Iterator[dict[str, str]]:
    """Start Prism for the given providers (all by default); yield {provider: API root URL}.

    The URL is what a client factory takes as `base_url`: for Appaloosa it is the proxy,
    which drops the store id the overlay adds.
    """
    chosen = [p for p in providers() if names is None or p.name in names]
    servers: list[PrismServer] = []
    proxies: list[_StripPathProxy] = []
    log_dir = Path(tempfile.mkdtemp(prefix="prism-logs-"))
    try:
        for provider in chosen:  # start them all, then wait: they boot in parallel
            servers.append(start_prism(provider, log_dir))
        urls = {}
        for server in servers:
            wait_ready(server)
            strip = server_path_segments(server.provider)
            if strip:
                proxy = _StripPathProxy(server.url, strip)
                threading.Thread(target=proxy.serve_forever, daemon=True).start()
                proxies.append(proxy)
                urls[server.provider.name] = proxy.url
            else:
                urls[server.provider.name] = server.url
        yield urls
    finally:
        for proxy in proxies:
            proxy.shutdown()
            proxy.server_close()
            proxy.client.close()
        for server in servers:
            server.stop()
        shutil.rmtree(log_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m scripts.prism [PROVIDER ...]`: Prism for those specs (all by default),
    with the Appaloosa proxy, until Ctrl-C; prints each `base_url` to give a client factory."""
    import sys

    names = list(argv if argv is not None else sys.argv[1:]) or None
    with running_mocks(names) as urls:
        for name, url in urls.items():
            print(f"{name:<13} {url}", flush=True)
        print("Ctrl-C stops them.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0
