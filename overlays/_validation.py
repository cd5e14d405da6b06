"""Validate 2xx JSON bodies against the spec's response schemas.

The generated models check little beyond required keys (a string where the spec says
integer goes through), so the overlay asks the spec itself: every generated package carries
`_response_schemas.json` (written by the build), compiled here on first use with
jsonschema-rs, which validates a 100-item page in microseconds.

Messages name where the body is wrong and which rule failed, never the offending value:
bodies can hold secrets (APPush returns an application's secret).
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any

# jsonschema_rs and importlib.resources are imported on first use: importing an overlay
# should cost little more than importing httpx2.


class SchemaMismatch(ValueError):
    """A response body that does not match its schema in the spec."""


class ResponseSchemas:
    """The response schemas of one generated package, compiled lazily per operation/status."""

    def __init__(self, package: str) -> None:
        self._package = package
        self._validators: dict[tuple[str, int], Any] = {}

    @cached_property
    def _document(self) -> dict[str, Any]:
        from ._spec import package_data

        text = package_data(self._package, "_response_schemas.json")
        document: dict[str, Any] = json.loads(text)
        return document

    def validator(self, operation: str, status: int) -> Any:
        """The compiled validator of a response, or None when the spec has no JSON schema."""
        key = (operation, status)
        if key not in self._validators:
            import jsonschema_rs

            schemas = self._document["responses"].get(operation, {})
            # `default`: recorded only for an operation that documents no 2xx (it then
            # answers the 2xx, as upstream reads it); an error status is never validated here.
            schema = (
                schemas.get(str(status))
                or schemas.get(f"{str(status)[0]}XX")
                or (schemas.get("default") if 200 <= status < 300 else None)
            )
            self._validators[key] = (
                None
                if schema is None
                else jsonschema_rs.validator_for({**schema, "$defs": self._document["$defs"]})
            )
        return self._validators[key]


def mismatch(validator: Any, body: Any) -> SchemaMismatch:
    """Where `body` breaks the schema `validator` checks, and which rule, as a
    `SchemaMismatch` (never the offending value: bodies can hold secrets)."""
    try:
        error = next(iter(validator.iter_errors(body)))
    except (ValueError, RecursionError, OverflowError) as exc:
        # A string with a lone surrogate (`"\ud800"`) cannot cross into jsonschema-rs
        # (UnicodeEncodeError), nor can what is nested deeper than it recurses.
        return SchemaMismatch(f"the body cannot be checked: {type(exc).__name__}")
    where = "/" + "/".join(str(part) for part in error.instance_path)
    rule = "/".join(str(part) for part in error.schema_path)
    return SchemaMismatch(f"at {where}: breaks the schema rule {rule}")
