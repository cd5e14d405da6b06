"""Compare two versions of a schema as a client sees it: in a request, a parameter or a response.

The same change breaks a client or not depending on the direction: a new required field
breaks a request (callers must now pass it) but not a response; a field that became
nullable breaks a response (callers may get None) but not a request. Component schemas
that become model classes are compared once per direction and reported at their own
location, with the operations that use them; everything else is reported where it is used.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from scripts.apidiff import shapes
from scripts.apidiff.model import Finding
from scripts.apidiff.naming import Naming
from scripts.apidiff.refs import Document

Role = Literal["parameter", "request", "response"]


@dataclass(frozen=True)
class Ctx:
    """Where a schema sits: for the report (location/path), for Python (symbol/target/param)
    and for naming inline classes the way the generator does (parent/name)."""

    role: Role
    location: str
    path: str
    symbol: str
    target: str
    param: str | None
    parent: str
    name: str

    @property
    def where(self) -> str:
        return f"{self.location}: {self.path}" if self.path else self.location

    @property
    def sends(self) -> bool:
        """True when the client sends this value (request body or parameter)."""
        return self.role != "response"

    def join(self, suffix: str) -> str:
        if not self.path or suffix[:1] in ("[", "{"):
            return f"{self.path}{suffix}"
        return f"{self.path}.{suffix}"


class SchemaDiff:
    """Collects the findings of every schema comparison of one provider's two specs."""

    def __init__(self, provider: str, old: Document, new: Document, naming: Naming) -> None:
        self.provider = provider
        self.old = old
        self.new = new
        self.naming = naming
        self.findings: list[Finding] = []
        self._memo: dict[tuple[str, Role], list[Finding]] = {}
        self._active: set[tuple[str, Role]] = set()

    def emit(
        self, ctx: Ctx, kind: str, breaking: bool, message: str, reason: str, **extra: Any
    ) -> Finding:
        """Record one finding at `ctx`; `extra` overrides location/symbol/target/param."""
        finding = Finding(
            provider=self.provider,
            source="spec",
            kind=f"{ctx.role}-{kind}",
            breaking=breaking,
            location=extra.get("location", ctx.where),
            symbol=extra.get("symbol", ctx.symbol),
            message=message,
            reason=reason,
            target=extra.get("target", ctx.target),
            param=extra.get("param", ctx.param),
        )
        self.findings.append(finding)
        return finding

    # -- entry point ---------------------------------------------------------------------

    def compare(self, old: Any, new: Any, ctx: Ctx) -> list[Finding]:
        """Compare two schema nodes; returns the findings of the whole subtree."""
        old_ref, new_ref = Document.schema_ref(old), Document.schema_ref(new)
        if old_ref is not None and old_ref == new_ref:
            return self._component(old_ref, ctx)
        old_s = shapes.flatten(self.old, self.old.resolve(old))
        new_s = shapes.flatten(self.new, self.new.resolve(new))
        old_cls = self._class_of(old_ref, old_s, ctx)
        new_cls = self._class_of(new_ref, new_s, ctx)
        if old_cls and new_cls and old_cls != new_cls:
            return [
                self.emit(
                    ctx,
                    "model-replaced",
                    True,
                    f"model {old_cls} replaced by {new_cls}",
                    f"the Python type changes from {old_cls} to {new_cls}; code using the "
                    f"old class (isinstance, constructor, attributes) breaks",
                )
            ]
        guard = (new_ref or old_ref or "", ctx.role)
        if guard[0]:  # a non-class component inlined here: stop on a reference loop
            if guard in self._active:
                return []
            self._active.add(guard)
        try:
            return self._structure(old_s, new_s, ctx, new_cls or old_cls)
        finally:
            self._active.discard(guard)

    # -- component schemas ---------------------------------------------------------------

    def _component(self, name: str, ctx: Ctx) -> list[Finding]:
        """A `$ref` on both sides: class components are compared once, at their own location."""
        old_s = shapes.flatten(self.old, self.old.component(name))
        new_s = shapes.flatten(self.new, self.new.component(name))
        cls = self._class_of(name, new_s or old_s, ctx)
        key = (name, ctx.role)
        if key in self._memo:
            return self._memo[key]
        if key in self._active:
            return []  # recursive schema: its findings are being collected further up
        self._active.add(key)
        if cls is None:  # an alias (GroupName, AppIds...): compare it where it is used
            try:
                return self._structure(old_s, new_s, ctx, None)
            finally:
                self._active.discard(key)
        symbol = self.naming.model(cls)
        here = Ctx(ctx.role, f"#/components/schemas/{name}", "", symbol, symbol, None, "", name)
        try:
            found = self._structure(old_s, new_s, here, cls)
        finally:
            self._active.discard(key)
        self._memo[key] = found
        return found

    def _class_of(self, ref: str | None, schema: dict[str, Any], ctx: Ctx) -> str | None:
        """The generated class for this node, if the generator makes one."""
        if shapes.class_kind(schema, literal_enums=self.naming.literal_enums) is None:
            return None
        if ref is not None:
            return self.naming.class_name(str(schema.get("title") or ref))
        return self.naming.inline_class(ctx.parent, str(schema.get("title") or ctx.name))

    # -- structure -----------------------------------------------------------------------

    def _structure(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx, cls: str | None
    ) -> list[Finding]:
        found: list[Finding] = []
        found += self._nullability(old, new, ctx)
        found += self._shape(old, new, ctx)
        found += self._enum(old, new, ctx, cls)
        found += self._constraints(old, new, ctx)
        if "object" in shapes.declared_types(old) and "object" in shapes.declared_types(new):
            owner = cls or self.naming.inline_class(ctx.parent, ctx.name)
            found += self._properties(old, new, ctx, owner)
        if "items" in old and "items" in new:
            items = replace(ctx, path=ctx.join("[]"), name=f"{ctx.name}_item")
            found += self.compare(old["items"], new["items"], items)
        found += self._branches(old, new, ctx)
        return found

    def _constraints(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> list[Finding]:
        """Validation keywords: the generated code does not check them, so the Python API is
        unchanged; reported so that a reviewer sees values the server may now refuse."""
        changed = [k for k in shapes.CONSTRAINTS if old.get(k) != new.get(k)]
        if not changed:
            return []
        message = ", ".join(f"{k} {_show(old.get(k))} -> {_show(new.get(k))}" for k in changed)
        reason = (
            "not checked by the generated code; the server may refuse values it took before"
            if ctx.sends
            else "not checked by the generated code; informational"
        )
        return [self.emit(ctx, "constraint-changed", False, message, reason)]

    def _nullability(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> list[Finding]:
        was, now = shapes.nullable(self.old, old), shapes.nullable(self.new, new)
        if was == now:
            return []
        if now:
            reason = (
                "the server may now send null: callers may get None where they expect a value"
                if not ctx.sends
                else "callers may now send None; what they sent before is still valid"
            )
            return [self.emit(ctx, "now-nullable", not ctx.sends, "became nullable", reason)]
        reason = (
            "callers passing None are now rejected"
            if ctx.sends
            else "the server no longer sends null; code handling None keeps working"
        )
        return [self.emit(ctx, "no-longer-nullable", ctx.sends, "no longer nullable", reason)]

    def _shape(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> list[Finding]:
        before, after = shapes.shape(self.old, old), shapes.shape(self.new, new)
        if before == after:
            return []
        message = f"type {shapes.describe(before)} -> {shapes.describe(after)}"
        widened = all(shapes.covers(after, k) for k in before)
        narrowed = all(shapes.covers(before, k) for k in after)
        if set(before) == set(after):  # same kinds, another count of union variants
            widened, narrowed = len(after) > len(before), len(after) < len(before)
        if widened and not narrowed:
            reason = (
                "accepts everything it accepted before"
                if ctx.sends
                else "responses may now hold values of a type callers do not handle"
            )
            return [self.emit(ctx, "type-widened", not ctx.sends, message, reason)]
        if narrowed and not widened:
            reason = (
                "values callers could send before are no longer accepted"
                if ctx.sends
                else "responses hold a subset of what they held; existing code handles it"
            )
            return [self.emit(ctx, "type-narrowed", ctx.sends, message, reason)]
        reason = "the generated Python type changes incompatibly"
        return [self.emit(ctx, "type-changed", True, message, reason)]

    def _enum(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx, cls: str | None
    ) -> list[Finding]:
        before, after = shapes.enum_values(old), shapes.enum_values(new)
        if before is None or after is None:
            return []  # an enum appearing or disappearing is a shape change
        enum_class = cls if cls and shapes.class_kind(new or old) == "enum" else None
        found = []
        for index, value in enumerate(before):
            if _contains(after, value) or value is None:
                continue
            member = self._member(enum_class, value, index, ctx)
            reason = (
                f"callers sending {value!r} are rejected"
                if ctx.sends
                else "the server no longer sends it"
            )
            if enum_class:
                reason += f"; the member {member.rsplit('.', 1)[-1]} disappears (AttributeError)"
            breaking = ctx.sends or enum_class is not None
            found.append(
                self.emit(
                    ctx,
                    "enum-value-removed",
                    breaking,
                    f"enum value {value!r} removed",
                    reason,
                    location=f"{ctx.where} = {value!r}",
                    symbol=member,
                    target=member if enum_class else ctx.target,
                )
            )
        for index, value in enumerate(after):
            if _contains(before, value) or value is None:
                continue
            member = self._member(enum_class, value, index, ctx)
            reason = (
                "callers may send it; everything they sent before is still valid"
                if ctx.sends
                else f"the server may now send {value!r}: generated enums are closed, so a "
                "client generated before this change raises ValueError parsing it, and code "
                "that handles every member (match/if chains) misses it"
            )
            found.append(
                self.emit(
                    ctx,
                    "enum-value-added",
                    not ctx.sends,
                    f"enum value {value!r} added",
                    reason,
                    location=f"{ctx.where} = {value!r}",
                    symbol=member,
                )
            )
        return found

    def _member(self, enum_class: str | None, value: Any, index: int, ctx: Ctx) -> str:
        if enum_class is None:
            return ctx.symbol
        return f"{self.naming.model(enum_class)}.{self.naming.enum_member(value, index)}"

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx, owner: str
    ) -> list[Finding]:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        found: list[Finding] = []
        for name in [*old_props, *(p for p in new_props if p not in old_props)]:
            attr = f"{self.naming.model(owner)}.{self.naming.attr(name)}"
            child = Ctx(ctx.role, ctx.location, ctx.join(name), attr, attr, None, owner, name)
            if name not in new_props:
                found.append(self._field_removed(child))
            elif name not in old_props:
                found.append(self._field_added(child, name in new_req))
            else:
                found += self._required_change(child, name in old_req, name in new_req)
                found += self.compare(old_props[name], new_props[name], child)
        return found + self._additional(old, new, ctx, owner)

    def _additional(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx, owner: str
    ) -> list[Finding]:
        """`additionalProperties`: the generator gives a model that allows them (the default)
        an `additional_properties` dict and item access (`model["key"]`)."""
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        model = self.naming.model(owner)
        symbol = f"{model}.additional_properties"
        child = Ctx(ctx.role, ctx.location, ctx.join("*"), symbol, model, None, owner, "additional")
        if before is not False and after is False:
            reason = (
                "the model loses additional_properties and item access (model[key]): "
                f"code that {'sets' if ctx.sends else 'reads'} other fields breaks"
            )
            message = "additional properties no longer allowed"
            return [self.emit(child, "additional-properties-removed", True, message, reason)]
        if before is False and after is not False:
            reason = "the model gains additional_properties and item access"
            message = "additional properties now allowed"
            return [self.emit(child, "additional-properties-added", False, message, reason)]
        if isinstance(before, dict) and isinstance(after, dict):
            return self.compare(before, after, replace(child, target=symbol))
        return []

    def _field_removed(self, ctx: Ctx) -> Finding:
        reason = (
            "the generated model loses this argument: callers passing it get TypeError"
            if ctx.sends
            else "callers reading this attribute get AttributeError"
        )
        return self.emit(ctx, "field-removed", True, "field removed", reason)

    def _field_added(self, ctx: Ctx, required: bool) -> Finding:
        if ctx.sends and required:
            reason = "a new required constructor argument: existing calls raise TypeError"
            return self.emit(ctx, "field-added-required", True, "required field added", reason)
        reason = (
            "a new optional argument (defaults to UNSET)"
            if ctx.sends
            else "a new attribute; existing code ignores it"
        )
        label = "required field added" if required else "optional field added"
        return self.emit(ctx, "field-added", False, label, reason)

    def _required_change(self, ctx: Ctx, was: bool, now: bool) -> list[Finding]:
        if was == now:
            return []
        if now:
            reason = (
                "callers that left it out must now pass it (TypeError otherwise)"
                if ctx.sends
                else "always present now; the attribute is no longer Unset"
            )
            return [self.emit(ctx, "field-now-required", ctx.sends, "became required", reason)]
        reason = (
            "callers may leave it out; existing calls still work"
            if ctx.sends
            else "the attribute may now be UNSET: code reading it unconditionally breaks"
        )
        return [self.emit(ctx, "field-now-optional", not ctx.sends, "became optional", reason)]

    def _branches(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> list[Finding]:
        """Recurse into union variants present on both sides (added/removed ones are shape)."""
        old_b, new_b = shapes.branches(old), shapes.branches(new)
        found: list[Finding] = []
        used: set[int] = set()
        for old_index, branch in enumerate(old_b):
            match = _match_branch(branch, old_index, new_b, used)
            if match is None:
                continue
            used.add(match)
            label = Document.schema_ref(new_b[match]) or f"variant {match}"
            child = replace(ctx, path=ctx.join(f"{{{label}}}"), name=f"{ctx.name}_type_{match}")
            found += self.compare(branch, new_b[match], child)
        return found


def _show(value: Any) -> str:
    return "unset" if value is None else str(value)


def _contains(values: list[Any], value: Any) -> bool:
    """Membership that tells True from 1 (JSON does)."""
    return any(type(v) is type(value) and v == value for v in values)


def _match_branch(branch: Any, index: int, candidates: list[Any], used: set[int]) -> int | None:
    """The new variant matching an old one: same `$ref`, else same position if inline."""
    ref = Document.schema_ref(branch)
    for i, candidate in enumerate(candidates):
        if i not in used and ref is not None and Document.schema_ref(candidate) == ref:
            return i
    inline = ref is None and index < len(candidates) and index not in used
    return index if inline and Document.schema_ref(candidates[index]) is None else None
