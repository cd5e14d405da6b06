"""APPush: HTTP basic with the root token and secret; errors are HTML pages. Applications
get their own token and secret; icons are 57x57 PNG images kept beside the application."""

from __future__ import annotations

import html
import random
import string
import struct
from http import HTTPStatus
from typing import Any

from ._backend import Backend
from ._messages import Call, Refusal, Reply

_ICON = (57, 57)
_PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int] | None:
    if not isinstance(data, bytes) or not data.startswith(_PNG) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


class FakeBackend(Backend):
    def error_body(self, status: int, message: str) -> tuple[str, bytes]:
        reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
        if status == 404:
            message = "The requested document was not found on this server."
        text = "" if message == reason or status == 401 else html.escape(message)
        page = (
            f"<HTML><HEAD><TITLE>{status} {reason}</TITLE></HEAD><BODY><H1>{reason}</H1>"
            f"{text}<P><HR><ADDRESS>mochiweb+webmachine web server"
            "</ADDRESS></BODY></HTML>"
        )
        return "text/html", page.encode()

    def complete(self, kind: str, resource: dict[str, Any]) -> None:
        rng = random.Random(str(resource.get("id")))
        alphabet = string.ascii_letters + string.digits
        resource.setdefault("application_token", "".join(rng.choice(alphabet) for _ in range(27)))
        resource.setdefault("application_secret", f"{rng.getrandbits(128):032x}")
        resource.setdefault("active_devices", 0)

    def _environment(self, resource: dict[str, Any]) -> None:
        # `env` is the documented parameter, `status` what the answers and curl examples say.
        env = resource.get("env") or resource.get("status") or "dev"
        resource["env"] = resource["status"] = env

    def new_application(self, call: Call, resource: dict[str, Any]) -> Reply:
        self._environment(resource)
        return Reply({"id": resource["id"]}, headers={"Location": f"{call.url}/{resource['id']}"})

    def keep_application_credentials(
        self, call: Call, updated: dict[str, Any], previous: dict[str, Any]
    ) -> Reply:
        for name in ("application_token", "application_secret", "active_devices"):
            updated[name] = previous[name]
        self._environment(updated)
        return Reply(headers={"Location": call.url})

    def put_icon(self, call: Call, updated: dict[str, Any], previous: dict[str, Any]) -> Reply:
        size = _png_size(call.body)
        if size != _ICON:
            found = "not a PNG image" if size is None else f"a {size[0]}x{size[1]} PNG"
            raise Refusal(415, f"the icon must be a 57x57 PNG image, not {found}")
        updated["_icon"] = call.body
        return Reply()

    def get_icon(self, call: Call, resource: dict[str, Any]) -> Reply:
        if "_icon" not in resource:
            raise Refusal(404, "no icon")
        return Reply(resource["_icon"])

    def delete_icon(self, call: Call, updated: dict[str, Any], previous: dict[str, Any]) -> Reply:
        if updated.pop("_icon", None) is None:
            raise Refusal(404, "no icon")
        return Reply()
