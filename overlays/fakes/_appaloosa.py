"""Appaloosa: the store id in every path, an `api_key` query parameter, errors
`{"errors": "..."}` (Google Play's refusal: `{"error": {"message"}}`). What no declaration
says: group membership (a user's `group_ids`), groups made from groups, the updates a
user may see, the multipart update form, uploads and Google Play publication."""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

from ._backend import Backend, now
from ._messages import Call, Refusal, Reply

_FORM = re.compile(r"^mobile_application_update\[([a-z0-9_]+)\](\[\])?$")
_STAMPED = ("mobile_application_updates", "groups", "categories", "devices", "comments")


def _ids(text: str | None) -> set[int]:
    """The group ids of "10, 12" (the schema's pattern lets only digits through)."""
    ids = set()
    for part in (text or "").replace(" ", "").split(","):
        with contextlib.suppress(ValueError):  # beyond int()'s 4300 digits: no group's id
            ids.add(int(part))
    return ids


class FakeBackend(Backend):
    def server_variables(self) -> dict[str, str]:
        return {"store_id": str(self.credentials["store_id"])}

    def error_body(self, status: int, message: str) -> tuple[str, bytes]:
        if status == 400:  # the only documented 400 is Google Play's refusal
            return "application/json", json.dumps({"error": {"message": message}}).encode()
        text = {401: "Unauthorized", 404: "Not found"}.get(status, message)
        return "application/json", json.dumps({"errors": text}).encode()

    def complete(self, kind: str, resource: dict[str, Any]) -> None:
        if kind in _STAMPED:
            stamp = now()
            resource.setdefault("created_at", stamp)
            resource.setdefault("updated_at", stamp)
        if kind == "users":
            resource.setdefault("group_ids", [])
            resource.setdefault("is_admin", False)
        if kind == "groups":
            resource.setdefault("store_id", int(self.credentials["store_id"]))
        if kind == "mobile_application_updates":
            resource.setdefault("groups_ids", [])

    def computed(self, kind: str, resource: dict[str, Any]) -> dict[str, Any]:
        if kind == "users":
            return {"group_count": len(resource.get("group_ids", []))}
        if kind == "groups":
            members = self._members(resource["id"])
            return {
                "is_system": False,
                "number_of_users": len(members),
                "number_of_admins": sum(1 for user in members if user.get("is_admin")),
            }
        if kind == "mobile_application_updates":
            groups = self.state["groups"]
            names = [
                groups[str(i)]["name"] for i in resource.get("groups_ids", []) if str(i) in groups
            ]
            return {"groups": names}
        return {}

    # -- membership ---------------------------------------------------------------------

    def _members(self, group_id: Any) -> list[dict[str, Any]]:
        return [u for u in self.state["users"].values() if int(group_id) in u.get("group_ids", [])]

    def _set_membership(self, user: dict[str, Any], group_id: int, member: bool) -> bool:
        ids = [i for i in user.get("group_ids", []) if i != group_id]
        if member:
            ids.append(group_id)
        if ids == user.get("group_ids", []):
            return False
        self.save("users", {**user, "group_ids": ids})
        return True

    def _group_change(self, call: Call, group: dict[str, Any], member: bool) -> list[int]:
        changed = []
        for user_id in call.body["group"]["user_ids"]:
            user = self.state["users"].get(str(user_id))
            if user is not None and self._set_membership(user, int(group["id"]), member):
                changed.append(user_id)
        return changed

    def add_group_users(self, call: Call, group: dict[str, Any]) -> Reply:
        added = self._group_change(call, group, member=True)
        shown = self.project("groups", group, self.spec.resource_schema("groups"))
        return Reply({"group": shown, "number_of_users_added": len(added)})

    def remove_group_users(self, call: Call, group: dict[str, Any]) -> Reply:
        removed = self._group_change(call, group, member=False)
        shown = self.project("groups", group, self.spec.resource_schema("groups"))
        return Reply({"group": shown, "number_of_users_removed": len(removed)})

    def create_group_from_groups(self, call: Call, group: dict[str, Any]) -> None:
        add = _ids(group.pop("group_ids_to_add", None))
        remove = _ids(group.pop("group_ids_to_remove", None))
        self.stamp_group(call, group)
        for user in list(self.state["users"].values()):
            groups = set(user.get("group_ids", []))
            if groups & add and not groups & remove:
                self._set_membership(user, int(group["id"]), member=True)

    def forget_group(self, call: Call, group: dict[str, Any]) -> None:
        for user in list(self._members(group["id"])):
            self._set_membership(user, int(group["id"]), member=False)

    def stamp_group(self, call: Call, group: dict[str, Any], *previous: dict[str, Any]) -> None:
        flag = group.get("users_can_install_previous_versions")
        if isinstance(flag, str):  # the form's "true"/"false" is stored as a boolean
            group["users_can_install_previous_versions"] = flag == "true"
        group["updated_at"] = now()

    # -- users --------------------------------------------------------------------------

    def _unique_email(self, user: dict[str, Any]) -> None:
        email = str(user.get("email", "")).lower()
        for other in self.state["users"].values():
            if other["id"] != user["id"] and str(other.get("email", "")).lower() == email:
                raise Refusal(422, "Validation failed: Email has already been taken")

    def create_user(self, call: Call, user: dict[str, Any]) -> None:
        user.pop("notify", None)
        user.pop("admin_for_group_ids", None)
        self._unique_email(user)

    def update_user(self, call: Call, user: dict[str, Any], previous: dict[str, Any]) -> None:
        user.pop("admin_for_group_ids", None)
        self._unique_email(user)

    # -- mobile application updates -----------------------------------------------------

    def visible_updates(self, call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        params = call.params
        if "user_email" in params:
            email = str(params["user_email"]).lower()
            users = [u for u in self.state["users"].values() if u["email"].lower() == email]
            groups = set(users[0].get("group_ids", [])) if users else set()
            items = [u for u in items if groups & set(u.get("groups_ids", []))]
        if "group_name" in params:
            items = [
                u
                for u in items
                if params["group_name"] in self.computed("mobile_application_updates", u)["groups"]
            ]
        if params.get("platforms", "all") != "all":
            items = [u for u in items if params["platforms"] in u.get("platforms", [])]
        return sorted(items, key=lambda u: str(u["created_at"]), reverse=True)

    def update_from_form(
        self, call: Call, update: dict[str, Any], previous: dict[str, Any]
    ) -> None:
        for key in [k for k in update if _FORM.match(k)]:
            update.pop(key)
        screenshots = list(update.get("screenshots_urls", []))
        for key, value in call.body.items():
            match = _FORM.match(key)
            if match is None:  # the form's schema has no other fields
                continue
            name = match.group(1)
            if name == "group_ids":
                update["groups_ids"] = [int(v) for v in value]
            elif name in ("icon", "banner"):
                update[f"{name}_url"] = f"{call.url}/{name}.png"
            elif name.startswith("screenshot"):
                screenshots.append(f"{call.url}/{name}.png")
            elif name != "push_force_install":
                update[name] = value
        update["screenshots_urls"] = screenshots[-5:]
        update["updated_at"] = now()

    def upload(self, call: Call, update: dict[str, Any]) -> Reply:
        binary = str(update.pop("binary_path"))
        screenshots = [
            update.pop(f"screenshot{i}") for i in range(1, 6) if f"screenshot{i}" in update
        ]
        banner = update.pop("banner", None)
        update.update(
            mobile_application_id=self.ids["mobile_application_updates"].new(),
            name=binary.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "application",
            version="1",
            status=0,  # the binary is being processed
            unique_downloads=0,
            application_type="native",
            platforms=["iPhone", "iPad"] if binary.endswith(".ipa") else ["Android"],
            groups_ids=[int(i) for i in update.pop("group_ids", [])],
            screenshots_urls=screenshots,
            banner_url=banner,
            notification_type="classic",
            categories=[],
        )
        # The real answer's link carries the api_key: the fake's never does.
        base = call.url.rsplit("/upload", 1)[0]
        return Reply({"status": "Binary processing", "link": f"{base}/{update['id']}"})

    def publish_to_google_play(self, call: Call, update: dict[str, Any]) -> Reply:
        if "Android" not in update.get("platforms", []):
            raise Refusal(400, "Only Android applications can be published to Google Play")
        return Reply()

    def sort_comments(self, call: Call, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        key = str(call.params.get("sort_by", "updated_at"))
        return sorted(
            items, key=lambda c: str(c.get(key)), reverse=call.params.get("sort_order") != "asc"
        )
