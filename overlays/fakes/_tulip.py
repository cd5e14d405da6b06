"""Tulip: HTTP basic with `{type}.{version}_{id}`; a missing key answers 401
AuthenticationRequired, a rejected one 403 AuthenticationFailed. App groups are read-only
through the API: fill them with `fake.insert("app_groups", {...})`."""

from __future__ import annotations

import base64
import json
import random

from ._backend import Backend
from ._messages import Refusal

# Tulip's documentation names AuthenticationRequired and AuthenticationFailed only, and no
# 429 at all: a rate limit (an injected fault) says so in the same style.
_CODES = {400: "BadRequest", 401: "AuthenticationRequired", 403: "AuthenticationFailed",
          404: "NotFound", 405: "MethodNotAllowed", 413: "PayloadTooLarge",
          414: "URITooLong", 429: "TooManyRequests",
          431: "RequestHeaderFieldsTooLarge"}  # fmt: skip


class FakeBackend(Backend):
    def auth_refusal(self, *, missing: bool) -> Refusal:
        if missing:
            return Refusal(401, "HTTP Basic Authorization using a Tulip API Key is required.")
        return Refusal(403, "The provided API key was rejected.")

    def error_body(self, status: int, message: str) -> tuple[str, bytes]:
        unique = base64.b64encode(random.randbytes(30)).decode().rstrip("=")
        body = {
            "errorCode": _CODES.get(status, "InternalServerError"),
            "errorUniqueID": unique,
            "details": message,
        }
        return "application/json", json.dumps(body).encode()
