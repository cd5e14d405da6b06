"""The safe calls `make drift` makes against a provider's API: GET operations only.

Listings first (operations without path parameters), then each `get_*`-like operation with
ids taken from those listings: the `x-fake` declaration of each operation says which
resource kind a path parameter names (`id_param`, `parent.param`), and where a listing's
body keeps its items (`response`). Nothing that writes is ever called: an operation whose
method is not GET is never even looked up. Every call goes through the provider's overlay
client with drift observation recording into one `DriftLog`.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from overlays import errors
from overlays.drift import DriftLog


@dataclass(frozen=True)
class Access:
    """How `make drift` reaches a provider: its variables and its factory's arguments."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    arguments: Callable[[Mapping[str, str]], dict[str, Any]]


ACCESS: dict[str, Access] = {
    "push_express": Access(
        ("PUSH_EXPRESS_TOKEN",), (), lambda e: {"token": e["PUSH_EXPRESS_TOKEN"]}
    ),
    "appaloosa": Access(
        ("APPALOOSA_STORE_ID", "APPALOOSA_API_KEY"),
        (),
        lambda e: {"store_id": e["APPALOOSA_STORE_ID"], "api_key": e["APPALOOSA_API_KEY"]},
    ),
    "app47": Access(("APP47_TOKEN",), (), lambda e: {"token": e["APP47_TOKEN"]}),
    "appush": Access(
        ("APPUSH_ROOT_TOKEN", "APPUSH_ROOT_SECRET"),
        (),
        lambda e: {"root_token": e["APPUSH_ROOT_TOKEN"], "root_secret": e["APPUSH_ROOT_SECRET"]},
    ),
    "tulip": Access(
        ("TULIP_BASE_URL", "TULIP_KEY_ID", "TULIP_SECRET"),
        ("TULIP_KEY_TYPE",),
        lambda e: {
            "key_id": e["TULIP_KEY_ID"],
            "secret": e["TULIP_SECRET"],
            "key_type": e.get("TULIP_KEY_TYPE") or "apikey.2",
        },
    ),
}
"""The variables of the live tests (tests/contract/test_live.py), plus `<PROVIDER>_BASE_URL`."""


def base_url_variable(provider: str) -> str:
    return f"{provider.upper()}_BASE_URL"


def missing_variables(provider: str, environ: Mapping[str, str]) -> list[str]:
    return [name for name in ACCESS[provider].required if not environ.get(name)]


@dataclass
class Call:
    """One call made: which operation, with which path values, and how it ended."""

    operation: str
    arguments: dict[str, Any]
    outcome: str
    """`200`, or the exception class and status of a failed call."""


def _operations(package: str) -> dict[str, Any]:
    text = resources.files(package).joinpath("_fake_spec.json").read_text("utf-8")
    operations: dict[str, Any] = json.loads(text)["operations"]
    return operations


def _resources(package: str) -> dict[str, Any]:
    text = resources.files(package).joinpath("_fake_spec.json").read_text("utf-8")
    kinds: dict[str, Any] = json.loads(text)["resources"]
    return kinds


def _function(package: str, operation: str) -> Callable[..., Any]:
    """The generated `sync_detailed` of an operation (its module is under `api/<tag>/`)."""
    api = resources.files(f"{package}.api")
    for tag in sorted(entry.name for entry in api.iterdir() if entry.is_dir()):
        if api.joinpath(tag, f"{operation}.py").is_file():
            module = importlib.import_module(f"{package}.api.{tag}.{operation}")
            function: Callable[..., Any] = module.sync_detailed
            return function
    raise LookupError(f"{package}: no generated module for {operation}")


def _path_parameters(entry: Mapping[str, Any]) -> list[str]:
    return [p["name"] for p in entry["parameters"] if p["in"] == "path"]


def _items(entry: Mapping[str, Any], body: Any) -> list[Any]:
    holder = body
    pointer = entry["fake"].get("response") or (entry.get("pagination") or {}).get("items", "")
    for part in [p for p in str(pointer).split("/") if p]:
        holder = holder.get(part) if isinstance(holder, dict) else None
    return holder if isinstance(holder, list) else []


class SafeRun:
    """The GET operations of one provider, called once each (gets with a few ids)."""

    def __init__(
        self, provider: str, environ: Mapping[str, str], log: DriftLog, *, max_ids: int = 3
    ) -> None:
        self.provider = provider
        self.package = f"{provider}_client"
        self.log = log
        self.max_ids = max_ids
        access = ACCESS[provider]
        arguments = access.arguments(environ)
        base_url = environ.get(base_url_variable(provider))
        if base_url:
            arguments["base_url"] = base_url
        factory = importlib.import_module(f"overlays.{provider}").client
        self.client = factory(**arguments, drift=log)
        self.base_url = base_url or "the provider's default"
        self.operations = {
            name: entry
            for name, entry in _operations(self.package).items()
            if entry["method"] == "GET"
        }
        self.kinds = _resources(self.package)
        self.listed: dict[str, list[Any]] = {}
        self.calls: list[Call] = []

    def run(self) -> list[Call]:
        listings = [n for n, e in self.operations.items() if not _path_parameters(e)]
        others = [n for n, e in self.operations.items() if _path_parameters(e)]
        for name in sorted(listings):
            self._call(name, {})
        for name in sorted(others):
            for values in self._values(name, self.operations[name]):
                self._call(name, values)
        return self.calls

    def _call(self, name: str, values: dict[str, Any]) -> None:
        entry = self.operations[name]
        assert entry["method"] == "GET"  # never a write, whatever a caller changes above
        function = _function(self.package, name)
        accepted = inspect.signature(function).parameters
        arguments = {_python_name(key, accepted): value for key, value in values.items()}
        try:
            response = function(client=self.client, **arguments)
        except Exception as exc:
            response = getattr(exc, "response", None)
            status = getattr(exc, "status_code", None) or getattr(response, "status_code", None)
            self.calls.append(
                Call(name, values, type(exc).__name__ + (f" {status}" if status else ""))
            )
            if not isinstance(exc, errors.APIResponseValidationError):
                return  # a drifted listing still names ids: its body is read below
        else:
            self.calls.append(Call(name, values, str(response.status_code)))
        if entry["fake"].get("action") != "list" or not getattr(response, "content", None):
            return
        try:
            body = json.loads(response.content)
        except ValueError:
            return
        items = body if entry["fake"].get("answer") == "ids" and isinstance(body, list) else None
        self.listed.setdefault(name, []).extend(items if items is not None else _items(entry, body))

    def _values(self, operation: str, entry: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Path values for an operation: ids (or fields) of what the listings showed."""
        names = _path_parameters(entry)
        choices = [self._candidates(entry, name) for name in names]
        if any(not options for options in choices):
            self.calls.append(Call(operation, {}, "skipped: no id in the listings"))
            return []
        combos: list[dict[str, Any]] = [{}]
        for name, options in zip(names, choices, strict=True):
            combos = [{**c, name: option} for c in combos for option in options[: self.max_ids]]
        return combos[: self.max_ids]

    def _candidates(self, entry: Mapping[str, Any], parameter: str) -> list[Any]:
        declared = entry["fake"]
        kind = None
        field = None
        if declared.get("id_param") == parameter:
            kind = declared.get("resource")
        parent = declared.get("parent") or {}
        if parent.get("param") == parameter:
            kind = parent.get("resource")
            if kind is None:
                kind, field = declared.get("resource"), parent.get("field")
        values: list[Any] = []
        for name, items in self.listed.items():
            listing = self.operations[name]["fake"]
            if listing.get("resource") != kind:
                continue
            id_field = str(self.kinds.get(str(kind), {}).get("id", "id"))
            for item in items:
                value = item.get(field or id_field) if isinstance(item, dict) else item
                if value is not None and value not in values:
                    values.append(value)
        return values


def _python_name(name: str, accepted: Mapping[str, Any]) -> str:
    if name in accepted:
        return name
    wanted = name.replace("-", "_").lower()
    squashed = wanted.replace("_", "")
    for candidate in accepted:
        if candidate.lower() == wanted or candidate.lower().replace("_", "") == squashed:
            return candidate
    return name


def environment() -> dict[str, str]:
    return dict(os.environ)
