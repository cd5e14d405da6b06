"""A provider's fake state and what each operation does to it, as its `x-fake` declares.

A backend knows nothing of HTTP: it gets judged calls (`Call`) and gives back `Reply`s.
The generic actions (create, get, list, update, replace, delete) cover what a declaration
can say; a provider subclass adds its credentials, its error format and the handlers a
declaration names for what it cannot say (membership, icons, envelopes...).

An operation with no `x-fake` (a published spec, as it comes) is answered statelessly, as
Prism answers: its documented success with the spec's example, or a value made from its
schema (`_synth`); the request is judged and the answer checked all the same. Declaring
`x-fake` on it later makes it stateful. A provider with no subclass gets its error bodies
from the spec too (`error_answer`).
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ._ids import IdMaker
from ._listing import page_of, select
from ._messages import Call, FakeSpecViolation, Refusal, Reply
from ._spec import FakeSpec, Operation
from ._synth import mended, value_for

if TYPE_CHECKING:
    from .._descriptor import Provider

Secret = str | tuple[str, str]
"""What a security scheme must carry: a token, or (user, password) for HTTP basic."""


def pointer_get(document: Any, pointer: str) -> Any:
    for part in [p for p in pointer.split("/") if p]:
        document = document.get(part) if isinstance(document, dict) else None
    return document


def pointer_place(pointer: str, value: Any) -> Any:
    """`value` wrapped so that it sits at `pointer` (`/results/app` -> {"results": {"app": v}})."""
    for part in reversed([p for p in pointer.split("/") if p]):
        value = {part: value}
    return value


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Backend:
    """The state of one fake: resources by kind, in the order they were stored."""

    def __init__(
        self, provider: Provider, credentials: Mapping[str, Any], seed: int | None
    ) -> None:
        self.provider = provider
        self.spec = FakeSpec(provider.package)
        self.credentials = dict(credentials)
        self._seed = seed
        self.version = 0
        """Counts changes of state: a request that changed it moved this number."""
        self.reset()

    # -- what a provider says about itself ----------------------------------------------

    def secrets(self) -> dict[str, Secret]:
        """What each security scheme of the spec must carry, by scheme name: the credentials
        as the provider's descriptor sends them."""
        from .._descriptor import NoAuth

        if isinstance(self.provider.auth, NoAuth):
            return {}  # nothing to check (see NoAuth)
        secret = self.provider.fake_secrets(self.credentials)
        return {name: secret for name in self.spec.security_schemes}

    def auth_refusal(self, *, missing: bool) -> Refusal:
        """The answer to a request whose credential is missing or wrong."""
        return Refusal(401, "Unauthorized")

    def error_body(self, status: int, message: str) -> tuple[str, bytes]:
        """(media type, body) of an error answer in the provider's format: here, a JSON
        object with the message where the descriptor's error format reads it first."""
        errors = self.provider.errors
        body = pointer_place((errors.message or ("/message",))[0], message)
        if errors.code and isinstance(body, dict):
            body = _merge(body, pointer_place(errors.code, status))
        return "application/json", json.dumps(body).encode()

    def error_answer(self, op: Operation | None, status: int, message: str) -> tuple[str, bytes]:
        """(media type, body) of an error answer to `op`: `error_body`'s, unless this
        backend keeps the generic one and the spec documents this error's JSON body; then
        that body (its example, else a value of its schema) with the message where the
        error format reads it, if the schema allows it there."""
        if op is None or type(self).error_body is not Backend.error_body:
            return self.error_body(status, message)
        documented = op.response(status)
        content = (documented or {}).get("content") or {}
        media = next((m for m in content if "json" in m), None)
        if documented is not None and not content:
            return "text/plain", b""  # documented without a body: none is sent
        if media is None:
            if content and any(m.startswith("text/") for m in content):
                text = next(m for m in content if m.startswith("text/"))
                return text, message.encode()
            return self.error_body(status, message)
        schema = content[media]
        body = self.example_of(documented or {}, media, schema)
        for pointer in self.provider.errors.message:
            placed = _merge(body, pointer_place(pointer, message))
            if not self.spec.errors(schema, placed):
                body = placed
                break
        return media, json.dumps(body).encode()

    def example_of(self, documented: Mapping[str, Any], media: str, schema: Any) -> Any:
        """The spec's example of a documented body when it follows the schema (published
        examples often do not), else a value made from the schema."""
        examples = documented.get("examples") or {}
        if media in examples and not self.spec.errors(schema, examples[media]):
            return copy.deepcopy(examples[media])
        return mended(self.spec, schema, value_for(self.spec, schema))

    def stateless(self, op: Operation, call: Call) -> Reply:
        """The answer to an operation with no `x-fake`: its documented success, as a mock
        server gives it (see the module's docstring); nothing is stored."""
        status = op.success_status
        documented = op.response(status)
        if documented is None and not op.house:
            return Reply(status=204)  # a published spec that documents no success at all
        if documented is None:
            raise FakeSpecViolation(f"{op.operation_id}: the spec documents no success answer")
        headers = {
            name: _header_text(value_for(self.spec, rule["schema"]))
            for name, rule in documented["headers"].items()
            if rule["required"]
        }
        content = documented["content"]
        if not content:
            return Reply(status=status, headers=headers)
        media = next((m for m in content if "json" in m), next(iter(content)))
        body = self.example_of(documented, media, content[media])
        if "json" not in media and not isinstance(body, bytes | str):
            body = "" if body is None else str(body)
        return Reply(body, status=status, headers=headers)

    def server_variables(self) -> dict[str, str]:
        """Values the server URL's variables must have (Appaloosa's store id)."""
        return {}

    def computed(self, kind: str, resource: dict[str, Any]) -> dict[str, Any]:
        """Fields of an answer derived from the state (counts...), not stored."""
        return {}

    def complete(self, kind: str, resource: dict[str, Any]) -> None:
        """Fill what the provider sets on a new resource (timestamps...)."""

    def finish(self, op: Operation, body: Any) -> Any:
        """The 2xx body as the provider wraps it (App47's envelope)."""
        return body

    # -- state --------------------------------------------------------------------------

    def reset(self) -> None:
        rng = random.Random(self._seed)
        self.state: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in self.spec.resources}
        self.ids = {
            kind: IdMaker(entry["ids"], random.Random(rng.random()))
            for kind, entry in sorted(self.spec.resources.items())
        }
        self.version += 1

    def id_field(self, kind: str) -> str:
        return str(self.spec.resources[kind].get("id", "id"))

    def find(self, kind: str, resource_id: Any) -> dict[str, Any]:
        """The stored resource, or the provider's 404."""
        found = self.state[kind].get(str(resource_id))
        if found is None:
            raise Refusal(404, "Not found")
        return found

    def save(self, kind: str, resource: dict[str, Any]) -> None:
        """Store a resource (new or changed); it must follow its schema in the spec."""
        problems = self.spec.errors(self.spec.resource_schema(kind), self.public(kind, resource))
        if problems:
            raise FakeSpecViolation(f"{kind}: the fake would store a resource {problems[0]}")
        self.state[kind][str(resource[self.id_field(kind)])] = resource
        self.version += 1

    def remove(self, kind: str, resource_id: Any) -> None:
        del self.state[kind][str(resource_id)]
        self.version += 1

    def public(self, kind: str, resource: dict[str, Any]) -> dict[str, Any]:
        """A stored resource without the fake's private fields (`_icon`...)."""
        return {k: v for k, v in resource.items() if not k.startswith("_")}

    def project(self, kind: str, resource: dict[str, Any], schema: Any) -> dict[str, Any]:
        """The resource as an answer of `schema` shows it: the fields it declares."""
        full = {**self.public(kind, resource), **self.computed(kind, resource)}
        names = self.spec.property_names(schema)
        return full if names is None else {k: v for k, v in full.items() if k in names}

    def insert(self, kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Store `data` as a resource of `kind` (an id is given if it has none)."""
        if kind not in self.state:
            raise ValueError(f"unknown resource kind {kind!r}; known: {sorted(self.state)}")
        resource = copy.deepcopy(dict(data))
        id_field = self.id_field(kind)
        if resource.get(id_field) is None:
            resource[id_field] = self.ids[kind].new()
        self.ids[kind].seen(resource[id_field])
        for op in self.spec.operations.values():  # what the API's own create would default
            if op.fake.get("resource") == kind and op.fake.get("action") == "create":
                for name, value in op.fake.get("defaults", {}).items():
                    resource.setdefault(name, copy.deepcopy(value))
        self.complete(kind, resource)
        schema = self.spec.resource_schema(kind)
        problems = self.spec.errors(schema, self.public(kind, resource), quote=True)
        if problems:
            raise ValueError(f"{kind}: {problems[0]}")
        self.save(kind, resource)
        return self.shown(kind, resource)

    def shown(self, kind: str, resource: dict[str, Any]) -> dict[str, Any]:
        """A resource as `items` and `insert` return it: as the API answers it, with its id."""
        shown = self.project(kind, resource, self.spec.resource_schema(kind))
        id_field = self.id_field(kind)
        return {id_field: resource[id_field], **shown}

    def items(self, kind: str) -> list[dict[str, Any]]:
        if kind not in self.state:
            raise ValueError(f"unknown resource kind {kind!r}; known: {sorted(self.state)}")
        return [self.shown(kind, resource) for resource in self.state[kind].values()]

    # -- the generic actions ------------------------------------------------------------

    def _answer_schema(self, op: Operation, pointer: str) -> dict[str, Any]:
        content = op.responses[str(op.success_status)]["content"]
        schema: dict[str, Any] = next((s for media, s in content.items() if "json" in media), {})
        return self.spec.schema_at(schema, pointer)

    def _has_body(self, op: Operation) -> bool:
        return bool(op.responses[str(op.success_status)]["content"])

    def _hook(self, op: Operation) -> Callable[..., Any] | None:
        name = op.fake.get("handler")
        return None if name is None else getattr(self, name)

    def _answer(self, op: Operation, kind: str, resource: dict[str, Any]) -> Reply:
        if not self._has_body(op):
            return Reply()
        pointer = op.fake.get("response", "")
        if op.fake.get("answer") == "id":
            id_field = self.id_field(kind)
            return Reply(pointer_place(pointer, {id_field: resource[id_field]}))
        shown = self.project(kind, resource, self._answer_schema(op, pointer))
        return Reply(pointer_place(pointer, shown))

    def perform(self, op: Operation, call: Call) -> Reply:
        """Do what `op`'s x-fake declares; its handler (if any) where the declaration stops;
        without a declaration, answer statelessly."""
        declared = op.fake
        if not declared:
            return self.stateless(op, call)
        kind, action = declared["resource"], declared["action"]
        hook = self._hook(op)
        if action == "list":
            return self._list(op, call, kind, hook)
        if action == "create":
            data = pointer_get(call.body, declared.get("request", "")) or {}
            resource = {**copy.deepcopy(declared.get("defaults", {})), **copy.deepcopy(data)}
            resource[self.id_field(kind)] = self.ids[kind].new()
            self.complete(kind, resource)
            reply = hook(call, resource) if hook else None
            self.save(kind, resource)
            return reply if isinstance(reply, Reply) else self._answer(op, kind, resource)
        resource = self.find(kind, call.params[declared["id_param"]])
        if action == "get":
            reply = hook(call, resource) if hook else None
            return reply if isinstance(reply, Reply) else self._answer(op, kind, resource)
        if action == "delete":
            reply = hook(call, resource) if hook else None
            self.remove(kind, resource[self.id_field(kind)])
            return reply if isinstance(reply, Reply) else Reply()
        changes = pointer_get(call.body, declared.get("request", ""))
        changes = copy.deepcopy(changes) if isinstance(changes, dict) else {}
        if action == "replace":
            kept = {k: v for k, v in resource.items() if k.startswith("_")}
            defaults = copy.deepcopy(declared.get("defaults", {}))
            updated = {**kept, self.id_field(kind): resource[self.id_field(kind)], **defaults}
            updated.update(changes)
        else:
            updated = {**resource, **changes}
        updated.update(copy.deepcopy(declared.get("set", {})))
        reply = hook(call, updated, resource) if hook else None
        if updated != resource:
            self.save(kind, updated)
        return reply if isinstance(reply, Reply) else self._answer(op, kind, updated)

    def _list(self, op: Operation, call: Call, kind: str, hook: Callable[..., Any] | None) -> Reply:
        declared = op.fake
        parent = declared.get("parent")
        if parent is not None and "resource" in parent:
            self.find(parent["resource"], call.params[parent["param"]])
        items = select(list(self.state[kind].values()), declared, call.params)
        if parent is not None and "resource" not in parent and not items:
            raise Refusal(404, "Not found")
        if hook is not None:
            items = hook(call, items)
        chunk, headers, totals = page_of(items, op.pagination, call)
        pointer = declared.get("response", "")
        if declared.get("answer") == "ids":
            shown: list[Any] = [resource[self.id_field(kind)] for resource in chunk]
        else:
            schema = self._answer_schema(op, pointer).get("items", {})
            shown = [self.project(kind, resource, schema) for resource in chunk]
        body = pointer_place(pointer, shown)
        for key, value in totals.items():  # App47's results.total/count/skip
            target = [p for p in str((op.pagination or {})[key]).split("/") if p]
            holder = body
            for part in target[:-1]:
                holder = holder.setdefault(part, {})
            holder[target[-1]] = value
        return Reply(body, headers=headers)


def _merge(base: Any, extra: Any) -> Any:
    """`extra` laid over `base` (both JSON values), objects merged key by key."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base.get(key), value)
        return merged
    return copy.deepcopy(extra)


def _header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)
