"""A minimal HTTP/1.1 keep-alive server on loopback, for `make bench`.

Cheap enough not to dominate the figures (a full framework such as uvicorn adds noise
and cost), it serves what the benchmarks need, chosen by the first path segments:

- `/fixed/<name>/...`: a fixed body registered under `<name>`, whatever the rest;
- `/pages/<pages>/<latency ms>/...?page=N&per=M`: an Appaloosa-style listing of `<pages>`
  pages (a `Link` header with rel=next/last, `Total` and `Per-Page` headers);
- `/offset/<total>/<latency ms>/...?skip=N`: an App47-style listing, 100 items a page, with
  `results.total/count/skip` in the body.

Items are copies of a template item with `id` set to their position. It runs in its own
process (`python -m scripts.bench.server CONFIG.json`), printing its port on stdout, so it
does not compete with the client for the interpreter lock.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

APP47_PAGE = 100


class Config:
    """What to serve: fixed bodies by name, and the item templates of the listings."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.fixed = {name: json.dumps(body).encode() for name, body in data["fixed"].items()}
        self.page_item: dict[str, Any] = data["page_item"]
        self.page_key: str = data["page_key"]
        self.offset_item: dict[str, Any] = data["offset_item"]


def _numbering(template_id: Any) -> Callable[[int], Any]:
    """How to write item number n as an id shaped like the template's.

    String ids stay strings of the template's length, in hex when the template is hex:
    App47 ids are 24-hex-digit ObjectIds, and a bare "1" would fail the spec's pattern
    (the overlays validate every page against the spec).
    """
    if not isinstance(template_id, str):
        return int
    width = len(template_id)
    if template_id and all(c in "0123456789abcdef" for c in template_id):
        return lambda n: f"{n:0{width}x}"
    return lambda n: f"{n:0{width}d}"


def _items(template: dict[str, Any], start: int, count: int) -> list[dict[str, Any]]:
    """Copies of `template` numbered from `start + 1`, ids shaped like the template's."""
    number = _numbering(template.get("id", 0))
    return [{**template, "id": number(start + i + 1)} for i in range(count)]


Answer = tuple[dict[str, str], bytes]


def _page_response(
    config: Config, parts: list[str], query: dict[str, list[str]], url: str
) -> Answer:
    pages = int(parts[1])
    page = int(query.get("page", ["1"])[0])
    per = int(query.get("per", ["20"])[0])
    body = json.dumps({config.page_key: _items(config.page_item, (page - 1) * per, per)})
    base = url.split("?", 1)[0]
    links = [f'<{base}?page={pages}&per={per}>; rel="last"']
    if page < pages:
        links.append(f'<{base}?page={page + 1}&per={per}>; rel="next"')
    headers = {"Link": ", ".join(links), "Total": str(pages * per), "Per-Page": str(per)}
    return headers, body.encode()


def _offset_response(config: Config, parts: list[str], query: dict[str, list[str]]) -> Answer:
    total = int(parts[1])
    skip = int(query.get("skip", ["0"])[0])
    count = max(0, min(APP47_PAGE, total - skip))
    results = {
        "skip": skip,
        "total": total,
        "count": count,
        "list": _items(config.offset_item, skip, count),
        "success": True,
    }
    return {}, json.dumps({"results": results, "md5": "0" * 32}).encode()


async def _respond(config: Config, method: str, target: str) -> tuple[int, dict[str, str], bytes]:
    split = urlsplit(target)
    parts = split.path.strip("/").split("/")
    query = parse_qs(split.query)
    kind = parts[0]
    if kind == "fixed" and len(parts) > 1 and parts[1] in config.fixed:
        return 200, {}, config.fixed[parts[1]]
    if kind in ("pages", "offset") and len(parts) > 2:
        latency = int(parts[2]) / 1000
        if latency:
            await asyncio.sleep(latency)
        if kind == "pages":
            headers, body = _page_response(config, parts, query, f"http://bench{target}")
        else:
            headers, body = _offset_response(config, parts, query)
        return 200, headers, body
    return 404, {}, b'{"error": "no such bench route"}'


async def _serve(
    config: Config, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            if length:
                await reader.readexactly(length)
            status, headers, body = await _respond(config, method, target)
            extra = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
            writer.write(
                f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
                .encode("latin-1") + body
            )  # fmt: skip
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(config_path: str) -> None:
    with open(config_path, encoding="utf-8") as file:
        config = Config(json.load(file))
    server = await asyncio.start_server(
        lambda r, w: _serve(config, r, w), host="127.0.0.1", port=0, backlog=256
    )
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
