"""Push.Express: a bearer token; errors `{"error", "req_id"}`. Everything else is declared."""

from __future__ import annotations

import json
import random

from ._backend import Backend


class FakeBackend(Backend):
    def error_body(self, status: int, message: str) -> tuple[str, bytes]:
        text = {401: "unauthorized", 404: "app group not found"}.get(status, message)
        if status == 400:
            text = f"validation error: {message}"
        request_id = f"{random.getrandbits(32):08x}"
        return "application/json", json.dumps({"error": text, "req_id": request_id}).encode()
