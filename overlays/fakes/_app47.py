"""App47: an `Access-Token` header; every body is `{"results": {..., "success"}, "md5"}`,
errors included, with `md5` the MD5 of the `results` element. Answers spell the app type
capitalised ("Private") while requests send it in lower case."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._backend import Backend, now
from ._messages import Call, Reply
from ._spec import Operation


def _envelope(results: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(results, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {"results": results, "md5": hashlib.md5(text.encode()).hexdigest()}


class FakeBackend(Backend):
    def error_body(self, status: int, message: str) -> tuple[str, bytes]:
        text = {401: "Invalid access token", 404: "App not found"}.get(status, message)
        body = _envelope({"message": text, "success": False})
        return "application/json", json.dumps(body).encode()

    def finish(self, op: Operation, body: Any) -> Any:
        return _envelope({**body.get("results", {}), "success": True})

    def complete(self, kind: str, resource: dict[str, Any]) -> None:
        stamp = now()
        resource.setdefault("created", stamp)
        resource.setdefault("modified", stamp)

    def create_app(self, call: Call, resource: dict[str, Any]) -> None:
        resource["type"] = str(resource["type"]).capitalize()
        if not resource.get("name"):  # a public app is named after its store listing
            links = ("google_external_id", "apple_external_id", "windows_external_url")
            resource["name"] = next((str(resource[k]) for k in links if k in resource), "App")

    def update_app(self, call: Call, updated: dict[str, Any], previous: dict[str, Any]) -> None:
        updated["modified"] = now()

    def deleted_message(self, call: Call, resource: dict[str, Any]) -> Reply:
        return Reply({"results": {"message": "App was deleted"}})
