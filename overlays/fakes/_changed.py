"""A changed provider: a fake whose answers differ from its spec, on purpose.

`fake.change_provider(...)` makes the fake play a provider that changed its API without
saying so: a field added to, set in or dropped from every answer that shows a resource of
a kind, another success status for an operation, an undocumented header. The state is not
touched (requests are judged as before) and every answer is still checked against the spec
first, as the fake made it: the changes are applied after that check, so they are the only
parts outside the spec (see `Engine._success`). `overlays.drift` is tested against this.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ._messages import FakeResponse

if TYPE_CHECKING:
    from ._spec import FakeSpec, Operation

_NO_RESOURCE = ("id", "ids", "none")  # `answer:` values whose bodies show no resource


@dataclass(frozen=True)
class ProviderChanges:
    """What the changed provider answers differently (see `ChangeControls.change_provider`)."""

    add_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    set_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    drop_fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def check(self, spec: FakeSpec) -> None:
        """`ValueError` naming an unknown resource kind, operation or a bad status."""
        for kind in {*self.add_fields, *self.set_fields, *self.drop_fields}:
            if kind not in spec.resources:
                raise ValueError(f"unknown resource kind {kind!r}; known: {sorted(spec.resources)}")
        for operation in {*self.statuses, *self.headers}:
            if operation not in spec.operations:
                raise ValueError(f"unknown operation {operation!r}")
        for operation, status in self.statuses.items():
            if isinstance(status, bool) or not isinstance(status, int) or not 200 <= status < 300:
                raise ValueError(f"{operation}: a changed status must be a 2xx, not {status!r}")

    def _resources(self, op: Operation, body: Any) -> list[dict[str, Any]]:
        """The resources `body` shows, where the operation's `x-fake` says they are."""
        if op.fake.get("answer") in _NO_RESOURCE or op.fake.get("action") == "delete":
            return []
        if op.fake.get("handler") and op.fake.get("action") not in ("get", "list"):
            return []  # a handler's answer may show something else than the resource
        holder = body
        for part in [p for p in str(op.fake.get("response", "")).split("/") if p]:
            holder = holder.get(part) if isinstance(holder, dict) else None
        if isinstance(holder, dict):
            return [holder]
        return (
            [item for item in holder if isinstance(item, dict)] if isinstance(holder, list) else []
        )

    def apply(self, op: Operation, response: FakeResponse, body: Any) -> FakeResponse:
        """`response` as the changed provider gives it (`body`: its parsed JSON, or None)."""
        kind = op.fake.get("resource")
        content = response.body
        if body is not None and kind in {*self.add_fields, *self.set_fields, *self.drop_fields}:
            body = copy.deepcopy(body)
            for resource in self._resources(op, body):
                resource.update(copy.deepcopy(self.add_fields.get(kind, {})))
                for name, value in self.set_fields.get(kind, {}).items():
                    if name in resource:
                        resource[name] = copy.deepcopy(value)
                for name in self.drop_fields.get(kind, ()):
                    resource.pop(name, None)
            content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {**response.headers, **self.headers.get(op.operation_id, {})}
        status = self.statuses.get(op.operation_id, response.status)
        return FakeResponse(status, headers, content)


class _Changeable(Protocol):
    """What `change_provider` sets on the fake's engine (`_engine.Engine`)."""

    spec: FakeSpec
    lock: Any
    changes: ProviderChanges | None


class ChangeControls:
    """`change_provider` on a `Fake` (mixed in)."""

    _engine: _Changeable

    def change_provider(
        self,
        *,
        add_fields: Mapping[str, Mapping[str, Any]] | None = None,
        set_fields: Mapping[str, Mapping[str, Any]] | None = None,
        drop_fields: Mapping[str, Iterable[str]] | None = None,
        statuses: Mapping[str, int] | None = None,
        headers: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """Play a provider that changed its API: from now on, every answer showing a
        resource of a kind carries `add_fields[kind]` (new fields), shows `set_fields[kind]`
        values for fields it has (a new enum value, another type) and lacks
        `drop_fields[kind]`; `statuses[operation]` is the 2xx an operation answers instead
        of its documented one; `headers[operation]` are added to its answers. Only these
        parts are outside the spec: the rest is checked as always. Called with nothing (or
        `fake.reset()`), the fake plays the documented provider again."""
        changes = ProviderChanges(
            {k: dict(v) for k, v in (add_fields or {}).items()},
            {k: dict(v) for k, v in (set_fields or {}).items()},
            {k: tuple(v) for k, v in (drop_fields or {}).items()},
            dict(statuses or {}),
            {k: dict(v) for k, v in (headers or {}).items()},
        )
        changes.check(self._engine.spec)
        with self._engine.lock:
            self._engine.changes = changes if changes != ProviderChanges() else None
