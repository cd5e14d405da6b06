"""Malformed requests get a documented 4xx from both doors of every fake, promptly, and the
fake keeps serving: the table of docs/testing/malformed-requests.md.

Served, the bytes go over a plain socket (no HTTP library tidies them up); in-process, the
requests go to `fake.transport` through a bare httpx2 client, which must answer, not raise.
Every socket has a timeout: no test can hang.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import select
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx2
import pytest

from overlays.fakes import Fake

MAX_BODY = 10 * 2**20
"""The fakes' largest request body (`_engine.MAX_BODY_BYTES`)."""
SERVER_READ_TIMEOUT = 2.0
"""How long the served fake waits for the rest of a request it has begun (`_server`)."""
PROMPT = 1.0
"""A malformed request is answered within this many seconds."""


@dataclass(frozen=True)
class Provider:
    name: str
    listing: str
    """A GET path under the client's base URL: the request a malformed one is made from."""
    create: str | None = None
    """A POST path taking a JSON body."""
    refusal: int = 400
    """The documented status of a refused request, for `create` and the query cases."""
    integer_id: str | None = None
    """A GET path with an integer id (`{}`): a malformed id answers 404."""
    integer_query: str | None = None
    text_query: str | None = None
    """A GET path with a string query parameter (`{}`, sent as it is)."""
    lister: str = ""
    """The generated listing function that must still work afterwards."""


PROVIDERS = {
    p.name: p
    for p in [
        Provider(
            "push_express",
            "/app/groups",
            create="/app/groups",
            integer_id="/app/groups/{}",
            lister="push_express_client.api.app_groups.list_app_groups",
        ),
        Provider(
            "appaloosa",
            "/users",
            create="/users",
            refusal=422,
            integer_id="/users/{}",
            integer_query="/users?page={}",
            text_query="/users/search?search={}",
            lister="appaloosa_client.api.users.list_users",
        ),
        Provider(
            "app47",
            "/apps",
            create="/apps",
            integer_query="/apps?skip={}",
            text_query="/apps?search_term={}",
            lister="app47_client.api.apps.list_apps",
        ),
        Provider(
            "appush",
            "/application",
            create="/application",
            lister="appush_client.api.applications.list_applications",
        ),
        Provider("tulip", "/appGroups", lister="tulip_client.api.app_groups.list_app_groups"),
    ]
}

WRITTEN = frozenset(PROVIDERS)
"""The providers whose paths are written above."""


def _derived(name: str) -> Provider | None:
    """The same paths for a provider with none written above (one added by `make
    new-provider`), from its spec: a GET its client calls without arguments (None when it
    has none: then it is not covered here), a POST with a JSON body, an integer id that is
    documented to answer 404, integer and string query parameters."""
    import inspect

    from overlays._registry import PROVIDERS as REGISTERED
    from overlays.fakes._spec import FakeSpec

    spec = FakeSpec(f"{name}_client")
    auth = REGISTERED[name].auth
    listing = lister = create = integer_id = integer_query = text_query = None
    refusal = 400
    for op in spec.operations.values():
        if not auth.can_call(op.security, spec.security_schemes):
            continue  # it wants a scheme the descriptor does not send
        path = op.path.removeprefix("/")
        params = [p for p in op.parameters if p.location == "path"]
        types = {p.name: spec.resolve(p.schema).get("type") for p in op.parameters}
        if op.method == "GET" and not params and listing is None:
            module = importlib.import_module(
                f"{name}_client.api.{_tag(spec, op)}.{op.operation_id}"
            )
            signature = inspect.signature(module.sync).parameters.values()
            if all(
                p.default is not inspect.Parameter.empty or p.name == "client" for p in signature
            ):
                listing, lister = "/" + path, module.__name__
        json_body = op.body is not None and any("json" in m for m in op.body["content"])
        if op.method == "POST" and not params and create is None and json_body:
            create, refusal = "/" + path, op.refusal_status
        one_integer = len(params) == 1 and types[params[0].name] == "integer"
        if op.method == "GET" and one_integer and op.documents(404) and integer_id is None:
            integer_id = "/" + path.replace("{" + params[0].name + "}", "{}")
        if op.method == "GET" and not params:
            for param in op.parameters:
                kind = types[param.name]
                if param.location == "query" and kind == "integer" and integer_query is None:
                    integer_query = f"/{path}?{param.name}={{}}"
                if param.location == "query" and kind == "string" and text_query is None:
                    text_query = f"/{path}?{param.name}={{}}"
    if listing is None or lister is None:
        return None
    return Provider(name, listing, create, refusal, integer_id, integer_query, text_query, lister)


def _tag(spec: Any, op: Any) -> str:
    from overlays._spec import spec_operations

    return str(spec_operations(spec.package)[op.operation_id]["tag"])


def _every_provider() -> None:
    from overlays._registry import names

    for name in names():
        if name not in PROVIDERS and (derived := _derived(name)) is not None:
            PROVIDERS[name] = derived


_every_provider()
NAMES = list(PROVIDERS)
WITH_BODY = [p for p in NAMES if PROVIDERS[p].create]
WITH_INTEGER_ID = [p for p in NAMES if PROVIDERS[p].integer_id]
WITH_INTEGER_QUERY = [p for p in NAMES if PROVIDERS[p].integer_query]
WITH_TEXT_QUERY = [p for p in NAMES if PROVIDERS[p].text_query]

DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
HUGE_NUMBER = "1" * 5000  # int() refuses more than 4300 digits
BAD_TEXT = ["%FF", "%C3%28", "%zz", "%"]  # not UTF-8 (twice), a broken escape (twice)


def _fake(name: str) -> Fake:
    fake: Fake = importlib.import_module(f"overlays.{name}").fake()
    return fake


def _overlay_client(fake: Fake, base_url: str, **options: Any) -> Any:
    factory = importlib.import_module(f"overlays.{fake.provider}").client
    return factory(**fake.credentials, base_url=base_url, **options)


def _still_serves(fake: Fake, base_url: str) -> None:
    """A well-formed request on a new connection gets its answer."""
    module = importlib.import_module(PROVIDERS[fake.provider].lister)
    client = _overlay_client(fake, base_url, max_retries=0, timeout=5.0)
    module.sync(client=client)


def _authorized(fake: Fake, base_url: str, method: str, path: str) -> httpx2.Request:
    """`method path` as the overlay client sends it: the store id, the credentials."""
    http = _overlay_client(fake, base_url).get_httpx_client()  # credentials as its defaults
    request = http.build_request(method, path)
    if http.auth is None:  # headers only: they are the client's default headers
        return request
    authorized: httpx2.Request = next(http.auth.sync_auth_flow(request))  # a query key
    return authorized


# -- served: raw bytes over a socket -----------------------------------------------------


@dataclass
class Answer:
    status: int | None
    headers: dict[str, str]
    body: bytes
    seconds: float
    """From the first byte sent to the status line (inf: none came)."""
    closed: bool
    """The server closed the connection after answering."""


def _auth_headers(request: httpx2.Request) -> dict[str, str]:
    """The credential headers of an authorized request (Appaloosa's are in its query)."""
    return {k: v for k, v in request.headers.items() if k in ("authorization", "access-token")}


def _head(
    fake: Fake,
    base_url: str,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    *,
    raw: str | None = None,
) -> bytes:
    """The request line and headers of an authorized request, ending with the blank line;
    `raw` goes in the place of `{}` in `path` as it is (bytes no client would send)."""
    request = _authorized(fake, base_url, method, path.format("PLACEHOLDER"))
    target = request.url.raw_path.decode("ascii")
    if raw is not None:
        target = target.replace("PLACEHOLDER", raw)
    lines = [f"{method} {target} HTTP/1.1", f"Host: {request.url.netloc.decode('ascii')}"]
    lines += [f"{name}: {value}" for name, value in _auth_headers(request).items()]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _read_answer(
    sock: socket.socket, start: float
) -> tuple[int | None, dict[str, str], bytes, float]:
    data = b""
    seconds = float("inf")
    try:
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            if not data:
                seconds = time.monotonic() - start
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 "):
        return None, {}, b"", float("inf")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    try:
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return status, headers, body, seconds


def _answered(sock: socket.socket) -> bool:
    """Something came back (an answer, or the end of the connection)."""
    return bool(select.select([sock], [], [], 0)[0])


def _send_raw(
    base_url: str,
    data: bytes,
    *,
    half_close: bool = False,
    patience: float = 3.0,
    trickle: float | None = None,
) -> Answer:
    """Send `data`, then read one answer: its status line within `patience` seconds.
    `half_close`: shut our sending side afterwards (the server reads end-of-stream);
    `trickle`: send a byte every `trickle` seconds instead (a slow client)."""
    url = httpx2.URL(base_url)
    assert url.host
    assert url.port
    with socket.create_connection((url.host, url.port), timeout=patience) as sock:
        start = time.monotonic()
        try:
            if trickle is None:
                sock.sendall(data)
            else:
                for index in range(len(data)):
                    sock.sendall(data[index : index + 1])
                    if _answered(sock):
                        break
                    time.sleep(trickle)
        except OSError:
            pass  # the server answered and closed before reading all of it
        else:
            if half_close:
                sock.shutdown(socket.SHUT_WR)
        status, headers, body, seconds = _read_answer(sock, start)
        closed = False
        if headers.get("connection") == "close":  # then the server must close, promptly
            sock.settimeout(PROMPT)
            try:
                closed = sock.recv(1) == b""
            except TimeoutError:
                closed = False
            except OSError:
                closed = True
    return Answer(status, headers, body, seconds, closed)


def _in_provider_format(name: str, answer: Answer) -> bool:
    """The answer is an error as the provider words them (as the engine's own errors are)."""
    media = answer.headers.get("content-type", "").split(";")[0].strip()
    if name == "appush":
        return media == "text/html" and b"mochiweb" in answer.body
    if name not in WRITTEN and not answer.body:  # a published spec's error without a body
        return True
    try:
        return media == "application/json" and isinstance(json.loads(answer.body), dict)
    except ValueError:
        return False


@pytest.fixture(scope="module")
def served() -> Iterator[Callable[[str], tuple[Fake, str]]]:
    """`served(name)`: (fake, base_url) of one served fake per provider for the whole
    module, which must keep serving through every malformed request; an answer it gave
    outside its spec fails the module at the end."""
    with contextlib.ExitStack() as stack:
        running: dict[str, tuple[Fake, str]] = {}

        def serve(name: str) -> tuple[Fake, str]:
            if name not in running:
                fake = _fake(name)
                running[name] = (fake, stack.enter_context(fake.serve()))
            return running[name]

        yield serve


def _served(served: Any, name: str, build: Any, status: int, **send: Any) -> Answer:
    """Send what `build(fake, base_url)` makes to the served fake, check the answer came
    promptly with `status`, then that a well-formed request still gets its answer."""
    fake, base_url = served(name)
    answer = _send_raw(base_url, build(fake, base_url), **send)
    assert answer.status == status, answer
    patience = send.get("patience", 3.0)
    assert answer.seconds < (PROMPT if patience <= 3.0 else patience), answer
    _still_serves(fake, base_url)
    return answer


def _framing(served: Any, name: str, build: Any, status: int = 400, **send: Any) -> None:
    """A request the HTTP layer refuses: in the provider's error format, and the connection
    closed after it."""
    answer = _served(served, name, build, status, **send)
    assert _in_provider_format(name, answer), answer
    assert answer.closed, answer
    assert answer.headers.get("connection") == "close"


def _listing_with(headers: dict[str, str], body: bytes = b"", method: str = "POST") -> Any:
    def build(fake: Fake, base_url: str) -> bytes:
        path = PROVIDERS[fake.provider].listing
        return _head(fake, base_url, method, path, headers) + body

    return build


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("length", ["abc", "-5", "+5", "0x5", "5 5", ""])
def test_served_a_content_length_that_is_no_length_is_400(served, name, length):
    _framing(served, name, _listing_with({"Content-Length": length}, b"12345", method="GET"))


@pytest.mark.parametrize("name", NAMES)
def test_served_content_lengths_that_differ_are_400(served, name):
    headers = {"Content-Length": "0", "content-length": "2"}
    _framing(served, name, _listing_with(headers, b"{}", method="GET"))


@pytest.mark.parametrize("name", NAMES)
def test_served_both_content_length_and_chunked_is_400(served, name):
    headers = {"Content-Length": "5", "Transfer-Encoding": "chunked"}
    _framing(served, name, _listing_with(headers, b"0\r\n\r\n", method="GET"))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    ("label", "chunks"),
    [
        ("garbage size", b"zz\r\nhello\r\n0\r\n\r\n"),
        ("negative size", b"-5\r\nhello\r\n0\r\n\r\n"),
        ("no size", b"\r\nhello\r\n0\r\n\r\n"),
        ("no CRLF after the data", b"2\r\n{}XX0\r\n\r\n"),
        ("cut short", b"a\r\nhel"),
        ("no last chunk", b"2\r\n{}\r\n"),
    ],
)
def test_served_a_broken_chunked_body_is_400(served, name, label, chunks):
    headers = {"Transfer-Encoding": "chunked"}
    _framing(served, name, _listing_with(headers, chunks, method="GET"), half_close=True)


@pytest.mark.parametrize("name", NAMES)
def test_served_a_body_shorter_than_its_length_is_400(served, name):
    headers = {"Content-Length": "10"}
    _framing(served, name, _listing_with(headers, b"{}", method="GET"), half_close=True)


@pytest.mark.parametrize("name", NAMES)
def test_served_a_transfer_coding_other_than_chunked_is_refused(served, name):
    headers = {"Transfer-Encoding": "gzip"}
    _framing(served, name, _listing_with(headers, b"", method="GET"))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Length": str(MAX_BODY + 1)},
        {"Content-Length": "9" * 5000},
        {"Transfer-Encoding": "chunked"},
    ],
    ids=["declared", "5000 digits", "chunked"],
)
def test_served_a_body_beyond_the_maximum_is_413_unread(served, name, headers):
    chunked = f"{MAX_BODY + 1:x}\r\n".encode() if "Transfer-Encoding" in headers else b""
    # Only the head (and the chunk size) is sent: the answer cannot wait for the body.
    _framing(served, name, _listing_with(headers, chunked), status=413)


@pytest.mark.parametrize("name", NAMES)
def test_served_a_huge_upload_is_413_and_the_client_reads_it(served, name):
    """A client that sends its whole body before reading (httpx does) gets the 413, not a
    reset."""
    fake, base_url = served(name)
    request = _authorized(fake, base_url, "POST", PROVIDERS[name].listing)
    with httpx2.Client(timeout=10.0) as http:
        response = http.post(
            request.url,
            content=b"x" * (MAX_BODY + 1),
            headers={**_auth_headers(request), "Content-Type": "application/json"},
        )
    assert response.status_code == 413
    _still_serves(fake, base_url)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("line", ["GARBAGE", "GET / HTTP/1.1 extra", "GET / HTTP/x.y", "DELETE /"])
def test_served_a_malformed_request_line_is_400(served, name, line):
    _framing(served, name, lambda fake, base_url: f"{line}\r\n\r\n".encode())


@pytest.mark.parametrize("name", NAMES)
def test_served_a_request_line_too_long_is_414(served, name):
    def build(fake: Fake, base_url: str) -> bytes:
        path = PROVIDERS[name].listing
        return _head(fake, base_url, "GET", path + "?x={}", raw="a" * 70_000)

    _framing(served, name, build, status=414)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "headers",
    [{"X-Long": "a" * 70_000}, {f"X-Many-{i}": "1" for i in range(120)}],
    ids=["one too long", "too many"],
)
def test_served_headers_too_large_are_431(served, name, headers):
    _framing(served, name, _listing_with(headers, method="GET"), status=431)


@pytest.mark.parametrize("name", NAMES)
def test_served_a_lying_content_length_is_408_after_the_read_timeout(served, name):
    """The client says 10 bytes, sends 2 and waits: the thread is not held for ever."""
    patience = SERVER_READ_TIMEOUT + 1.5
    build = _listing_with({"Content-Length": "10"}, b"{}", method="GET")
    _framing(served, name, build, status=408, patience=patience)


@pytest.mark.parametrize("name", ["app47"])
def test_served_a_slow_client_is_408_within_the_request_deadline(served, name):
    """A head sent one byte at a time (slowloris) is cut off by the whole request's deadline,
    not only by the per-read timeout (each byte comes well within it)."""
    build = _listing_with({f"X-Slow-{i}": "1" for i in range(40)}, method="GET")
    _framing(served, name, build, status=408, patience=8.0, trickle=0.02)


# -- served: bodies, ids and queries the judge refuses -----------------------------------


@pytest.mark.parametrize("name", WITH_BODY)
def test_served_json_nested_100k_deep_is_the_documented_refusal(served, name):
    def build(fake: Fake, base_url: str) -> bytes:
        headers = {"Content-Type": "application/json", "Content-Length": str(len(DEEP_JSON))}
        return _head(fake, base_url, "POST", PROVIDERS[name].create or "", headers) + DEEP_JSON

    answer = _served(served, name, build, PROVIDERS[name].refusal)
    assert _in_provider_format(name, answer)


@pytest.mark.parametrize("name", WITH_INTEGER_ID)
def test_served_a_5000_digit_id_is_404(served, name):
    def build(fake: Fake, base_url: str) -> bytes:
        return _head(fake, base_url, "GET", PROVIDERS[name].integer_id or "", raw=HUGE_NUMBER)

    _served(served, name, build, 404)


@pytest.mark.parametrize("name", WITH_INTEGER_QUERY)
def test_served_a_5000_digit_integer_query_is_the_documented_refusal(served, name):
    def build(fake: Fake, base_url: str) -> bytes:
        return _head(fake, base_url, "GET", PROVIDERS[name].integer_query or "", raw=HUGE_NUMBER)

    _served(served, name, build, PROVIDERS[name].refusal)


@pytest.mark.parametrize("name", WITH_TEXT_QUERY)
@pytest.mark.parametrize("text", [*BAD_TEXT, "\xff"], ids=[*BAD_TEXT, "raw byte 0xff"])
def test_served_a_query_that_is_not_utf8_is_the_documented_refusal(served, name, text):
    def build(fake: Fake, base_url: str) -> bytes:
        return _head(fake, base_url, "GET", PROVIDERS[name].text_query or "", raw=text)

    _served(served, name, build, PROVIDERS[name].refusal)


# -- in-process: fake.transport answers, never raises ------------------------------------


def _in_process(name: str, method: str, path: str, **kwargs: Any) -> httpx2.Response:
    """`method path` through `fake.transport` with the fake's credentials, as a bare httpx
    client sends it (no overlay: its errors would hide an exception from the transport)."""
    fake = _fake(name)
    overlay = fake.client().get_httpx_client()
    with httpx2.Client(
        transport=fake.transport,
        base_url=overlay.base_url,
        headers=overlay.headers,  # the credentials, as the overlay client's defaults
        auth=overlay.auth,
    ) as http:
        response = http.request(method, path, **kwargs)
        # and the fake still answers a well-formed request
        assert http.get(PROVIDERS[name].listing).status_code == 200
    return response


@pytest.mark.parametrize("name", WITH_BODY)
def test_in_process_json_nested_100k_deep_is_the_documented_refusal(name):
    response = _in_process(
        name,
        "POST",
        PROVIDERS[name].create or "",
        content=DEEP_JSON,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == PROVIDERS[name].refusal


@pytest.mark.parametrize("name", WITH_BODY)
@pytest.mark.parametrize(
    "body",
    [b'{"name": ' + b"[" * 300 + b"]" * 300 + b"}", b'{"name": "\\ud800"}'],
    ids=["300 deep in a field", "lone surrogate"],
)
def test_in_process_json_the_validator_cannot_take_is_the_documented_refusal(name, body):
    """JSON that parses, but that the schema validator would raise on (it gives up at 255
    levels; a lone surrogate is no text it can encode)."""
    response = _in_process(
        name,
        "POST",
        PROVIDERS[name].create or "",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == PROVIDERS[name].refusal


@pytest.mark.parametrize("name", WITH_INTEGER_ID)
def test_in_process_a_5000_digit_id_is_404(name):
    path = (PROVIDERS[name].integer_id or "").format(HUGE_NUMBER)
    assert _in_process(name, "GET", path).status_code == 404


@pytest.mark.parametrize("name", WITH_INTEGER_QUERY)
def test_in_process_a_5000_digit_integer_query_is_the_documented_refusal(name):
    path = (PROVIDERS[name].integer_query or "").format(HUGE_NUMBER)
    assert _in_process(name, "GET", path).status_code == PROVIDERS[name].refusal


@pytest.mark.parametrize("name", WITH_TEXT_QUERY)
@pytest.mark.parametrize("text", BAD_TEXT)
def test_in_process_a_query_that_is_not_utf8_is_the_documented_refusal(name, text):
    path = (PROVIDERS[name].text_query or "").format(text)
    assert _in_process(name, "GET", path).status_code == PROVIDERS[name].refusal


@pytest.mark.parametrize("name", NAMES)
def test_in_process_a_body_beyond_the_maximum_is_413(name):
    response = _in_process(
        name,
        "POST",
        PROVIDERS[name].listing,
        content=b"x" * (MAX_BODY + 1),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413


@pytest.mark.parametrize("name", NAMES)
def test_in_process_a_streamed_body_beyond_the_maximum_is_413(name):
    def chunks() -> Any:
        for _ in range(11):
            yield b"x" * 2**20

    response = _in_process(name, "POST", PROVIDERS[name].listing, content=chunks())
    assert response.status_code == 413


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("length", ["abc", "-5", "3"])
def test_in_process_a_content_length_that_is_not_the_bodys_is_400(name, length):
    response = _in_process(
        name, "GET", PROVIDERS[name].listing, content=b"12345", headers={"Content-Length": length}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "headers",
    [{"X-Long": "a" * 70_000}, {f"X-Many-{i}": "1" for i in range(120)}],
    ids=["one too long", "too many"],
)
def test_in_process_headers_too_large_are_431(name, headers):
    assert _in_process(name, "GET", PROVIDERS[name].listing, headers=headers).status_code == 431


def test_the_log_records_what_the_http_layer_refused():
    fake = _fake("push_express")
    with fake.serve() as base_url:
        build = _listing_with({"Content-Length": "abc"}, method="GET")
        answer = _send_raw(base_url, build(fake, base_url))
    assert answer.status == 400
    entry = fake.log[-1]
    assert (entry.operation, entry.method, entry.status, entry.changed) == (None, "GET", 400, False)
    assert entry.path.endswith("/app/groups")


def test_in_process_a_5000_digit_group_id_in_a_text_field_is_no_group():
    """Appaloosa's `group_ids_to_add` is text ("10,12"): a 5000-digit id in it names no
    group, and the others still count; it does not raise."""
    fake = _fake("appaloosa")
    fake.insert("users", {"email": "a@b.c", "first_name": "A", "last_name": "B", "group_ids": [7]})
    body = {"group": {"name": "G", "group_ids_to_add": f"{HUGE_NUMBER},7"}}
    response = fake.client().get_httpx_client().post("/groups/create_from_groups", json=body)
    assert response.status_code == 201
    assert fake.items("users")[0]["group_ids"] == [7, response.json()["group"]["id"]]
