"""Path keys that carry a query string, as some published specs have them
(`/players/csv_export?app_id={app_id}`, OneSignal's): OpenAPI says a path key is a path, so
the validator refuses them (a parameter `in: query` that the key also templates) and the
generator would put the query into the URL template, unescaped.

`split_queries` moves the query into the operation's query parameters before the spec is
copied in: each `name={name}` becomes a required query parameter (the one the spec declares
under that name, `in: query`; or a string), so the request the client sends is the same and
the spec becomes valid. A literal (`?format=csv`) cannot be said by a parameter and is an
error, as is a path that would then hold the same method twice.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_TEMPLATED = re.compile(r"^([^=&{}]+)=\{([^{}]+)\}$")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class QueryInPathError(ValueError):
    """A path key whose query cannot become parameters; the message is one line."""


def split_queries(document: dict[str, Any]) -> list[str]:
    """Rewrite `document["paths"]` in place; one line per path key changed."""
    paths = document.get("paths")
    if not isinstance(paths, dict) or not any("?" in str(key) for key in paths):
        return []
    rewritten: dict[str, Any] = {}
    lines: list[str] = []
    for key, item in paths.items():
        if "?" not in str(key) or not isinstance(item, dict):
            _merge(document, rewritten, str(key), item, str(key))
            continue
        path, query = str(key).split("?", 1)
        names = _query_names(str(key), query)
        fixed = copy.deepcopy(item)
        for method in _METHODS:
            operation = fixed.get(method)
            if isinstance(operation, dict):
                operation["parameters"] = _as_query(document, operation, fixed, names)
        fixed.pop("parameters", None)  # moved into each operation, `in: query` where named
        _merge(document, rewritten, path, fixed, str(key))
        lines.append(f"path {key!r} carries a query: now {path!r} with query parameters "
                     f"{', '.join(names)}")  # fmt: skip
    document["paths"] = rewritten
    return lines


def _query_names(key: str, query: str) -> list[str]:
    names: list[str] = []
    for pair in query.split("&"):
        match = _TEMPLATED.match(pair)
        if match is None or match.group(1) != match.group(2):
            raise QueryInPathError(
                f"path {key!r}: the query part {pair!r} is not `name={{name}}`, which no "
                "parameter can say; edit the spec"
            )
        names.append(match.group(1))
    return names


def _as_query(
    document: dict[str, Any], operation: dict[str, Any], item: dict[str, Any], names: list[str]
) -> list[Any]:
    """The operation's parameters (path-level ones included, the operation's winning), each
    named in the query as a required query parameter; one added where none is declared."""
    declared: dict[tuple[str, str], Any] = {}
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        resolved = _resolve(document, parameter)
        declared[(str(resolved.get("name")), str(resolved.get("in")))] = parameter
    result: list[Any] = []
    for (name, where), parameter in declared.items():
        if name not in names:
            result.append(parameter)
            continue
        if where == "query" and (name, "path") in declared:
            continue  # one parameter per name: the query one is written below from the path one
        if where not in ("path", "query"):
            result.append(parameter)
            continue
        moved = copy.deepcopy(_resolve(document, parameter))
        moved["in"] = "query"
        moved["required"] = True
        result.append(moved)
    for name in names:
        if not any(_resolve(document, p).get("name") == name for p in result):
            result.append({"name": name, "in": "query", "required": True,
                           "schema": {"type": "string"}})  # fmt: skip
    return result


def _resolve(document: dict[str, Any], parameter: Any) -> dict[str, Any]:
    """A parameter object, following a local `$ref` (`#/components/parameters/...`). Not
    `speclib.resolve`: this runs before the spec is validated, so a dangling or circular
    `$ref` must give up (`{}`), not raise or loop."""
    seen = 0
    while isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str) and seen < 16:
        node: Any = document
        for part in parameter["$ref"].removeprefix("#/").split("/"):
            node = (
                node.get(part.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(node, dict)
                else {}
            )
        parameter, seen = node, seen + 1
    return parameter if isinstance(parameter, dict) else {}


def _push_down(document: dict[str, Any], item: dict[str, Any]) -> None:
    """Path-level parameters into each operation of `item` (an operation's own win), so that
    two items can share one path without one's parameters applying to the other's calls."""
    shared = item.pop("parameters", None) or []
    for method in _METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict) or not shared:
            continue
        own = operation.get("parameters") or []
        keys = {(_resolve(document, p).get("name"), _resolve(document, p).get("in")) for p in own}
        inherited = [p for p in shared
                     if (_resolve(document, p).get("name"), _resolve(document, p).get("in"))
                     not in keys]  # fmt: skip
        operation["parameters"] = [*inherited, *own]


def _merge(document: dict[str, Any], paths: dict[str, Any], path: str, item: Any, key: str) -> None:
    """`item` under `path`, beside what is there already (another key that lost its query)."""
    if path not in paths:
        paths[path] = item
        return
    there = paths[path]
    both = [m for m in _METHODS if isinstance(item, dict) and m in item and m in there]
    if both or not isinstance(there, dict) or not isinstance(item, dict):
        raise QueryInPathError(
            f"path {key!r}: without its query it is {path!r}, which already has "
            f"{', '.join(m.upper() for m in both) or 'an entry'}; edit the spec"
        )
    _push_down(document, there)
    _push_down(document, item)
    for name, value in item.items():
        there.setdefault(name, value)
