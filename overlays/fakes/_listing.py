"""Listings as the providers document them: filters, free-text search, and the two
pagination styles of `x-pagination` (page/per with Link, Total and Per-Page headers;
skip with fixed pages and totals in the body)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from ._messages import Call

DEFAULT_PAGE_SIZE = 20
"""Appaloosa's page size where the docs give no `per` (their examples answer Per-Page 20)."""


def _matches(value: Any, wanted: Any) -> bool:
    if isinstance(value, list):
        return any(_matches(item, wanted) for item in value)
    if isinstance(value, str) and isinstance(wanted, str):
        return value.lower() == wanted.lower()
    if isinstance(value, bool) or isinstance(wanted, bool):
        return value is wanted
    return str(value) == str(wanted)


def select(
    items: Sequence[dict[str, Any]], declaration: Mapping[str, Any], params: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The items the declared `parent`, `filters` and `search` keep."""
    kept = list(items)
    parent = declaration.get("parent")
    if parent is not None:
        wanted = params[parent["param"]]
        kept = [item for item in kept if _matches(item.get(parent["field"]), wanted)]
    for param, item_field in (declaration.get("filters") or {}).items():
        if param in params:
            kept = [item for item in kept if _matches(item.get(item_field), params[param])]
    search = declaration.get("search")
    if search is not None and search["param"] in params:
        needle = str(params[search["param"]]).lower()
        kept = [
            item
            for item in kept
            if any(needle in str(item.get(name, "")).lower() for name in search["fields"])
        ]
    return kept


def _link(call: Call, page_param: str, page: int) -> str:
    query = {name: value for name, value in call.params.items() if name in call.query_names}
    query[page_param] = page
    pairs = [(k, str(v).lower() if isinstance(v, bool) else v) for k, v in query.items()]
    return f"<{call.url}?{urlencode(pairs, doseq=True)}>"


def page_of(
    items: list[Any], pagination: Mapping[str, Any] | None, call: Call
) -> tuple[list[Any], dict[str, str], dict[str, int]]:
    """(the items of the requested page, headers to add, values to put in the body)."""
    if pagination is None:
        return items, {}, {}
    if pagination["style"] == "offset":
        skip = int(call.params.get(pagination["offset_param"], 0))
        size = int(pagination.get("page_size", DEFAULT_PAGE_SIZE))
        chunk = items[skip : skip + size]
        body = {"total": len(items), "count": len(chunk), "offset": skip}
        return (
            chunk,
            {},
            {key: body[key] for key in ("total", "count", "offset") if key in pagination},
        )
    page = int(call.params.get(pagination["page_param"], 1))
    size_param = pagination.get("size_param")
    size = int(call.params.get(size_param, 0) if size_param else 0) or DEFAULT_PAGE_SIZE
    size = min(size, int(pagination.get("max_size", size)))
    last = max(1, -(-len(items) // size))
    chunk = items[(page - 1) * size : page * size]
    headers: dict[str, str] = {}
    if pagination.get("link_header"):
        rels = {"first": 1, "prev": page - 1, "next": page + 1, "last": last}
        links = [
            f'{_link(call, pagination["page_param"], number)}; rel="{rel}"'
            for rel, number in rels.items()
            if 1 <= number <= last
            and not (rel == "prev" and page > last)
            and not (rel == "next" and page >= last)
        ]
        if links:
            headers["Link"] = ", ".join(links)
    if "total_header" in pagination:
        headers[pagination["total_header"]] = str(len(items))
    if "per_page_header" in pagination:
        headers[pagination["per_page_header"]] = str(size)
    return chunk, headers, {}
