"""Validate 2xx JSON bodies against the spec's response schemas.

The generated models check little beyond required keys (a string where the spec says
integer goes through), so the overlay asks the spec itself: every generated package carries
`_response_schemas.json` (written by scripts/generate.py), compiled here on first use with
jsonschema-rs, which validates a 100-item page in microseconds.

Messages name where the body is wrong and which rule failed, never the offending value:
bodies can hold secrets (APPush returns an application's secret).
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any

# jsonschema_rs and importlib.resources are imported on first use: importing an overlay
# should cost little more than importing httpx.


class SchemaMismatch(ValueError):
    """A response body that does not match its schema in the spec."""


def parse_json(content: bytes) -> Any:
    """The JSON body `content` decodes to; `ValueError` for every way it cannot be text and
    JSON: malformed, not UTF-8, nested too deep to parse (`RecursionError` otherwise),
    integers past Python's 4300 digits, strings holding a lone surrogate (an escape such as
    `\\ud800` alone, which no UTF-8 text can hold: it breaks whatever later encodes it)."""
    try:
        body = json.loads(content)
    except RecursionError:
        raise ValueError("the JSON body is nested too deep to parse") from None
    if (b"\\ud" in content or b"\\uD" in content) and _holds_lone_surrogate(body):
        raise ValueError("a string in the JSON body holds a lone surrogate (\\ud800-\\udfff)")
    return body


def _holds_lone_surrogate(body: Any) -> bool:
    """Rare (an escape of a surrogate is in the text): checked by encoding the whole body."""
    try:
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except RecursionError:
        return False  # what `json.loads` could nest, `json.dumps` can too, barring the stack
    return False


class ResponseSchemas:
    """The response schemas of one generated package, compiled lazily per operation/status."""

    def __init__(self, package: str) -> None:
        self._package = package
        self._validators: dict[tuple[str, int], Any] = {}

    @cached_property
    def _document(self) -> dict[str, Any]:
        from importlib import resources

        text = resources.files(self._package).joinpath("_response_schemas.json").read_text("utf-8")
        document: dict[str, Any] = json.loads(text)
        return document

    def validator(self, operation: str, status: int) -> Any:
        """The compiled validator of a response, or None when the spec has no JSON schema."""
        key = (operation, status)
        if key not in self._validators:
            import jsonschema_rs

            schemas = self._document["responses"].get(operation, {})
            schema = schemas.get(str(status)) or schemas.get(f"{str(status)[0]}XX")
            self._validators[key] = (
                None
                if schema is None
                else jsonschema_rs.validator_for({**schema, "$defs": self._document["$defs"]})
            )
        return self._validators[key]

    def check(self, operation: str, status: int, body: Any) -> None:
        """Raise `SchemaMismatch` when `body` breaks the schema of `operation`'s `status`."""
        validator = self.validator(operation, status)
        if validator is None:
            return
        try:
            if validator.is_valid(body):
                return
            error = next(iter(validator.iter_errors(body)))
        except (ValueError, RecursionError, OverflowError) as exc:
            # A string with a lone surrogate (`"\ud800"`) cannot cross into jsonschema-rs
            # (UnicodeEncodeError), nor can what is nested deeper than it recurses.
            raise SchemaMismatch(f"the body cannot be checked: {type(exc).__name__}") from None
        where = "/" + "/".join(str(part) for part in error.instance_path)
        rule = "/".join(str(part) for part in error.schema_path)
        raise SchemaMismatch(f"at {where}: breaks the schema rule {rule}")
