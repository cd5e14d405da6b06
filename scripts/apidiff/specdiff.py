"""Compare two versions of one provider's spec: operations, parameters, bodies, responses,
security and model schemas, each change classified for a client of the generated package."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scripts.apidiff import shapes
from scripts.apidiff.model import Finding
from scripts.apidiff.naming import Naming
from scripts.apidiff.refs import Document
from scripts.apidiff.rules import RULES
from scripts.apidiff.schemadiff import Ctx, Role, SchemaDiff
from scripts.build.naming import operation_name, tag_name
from scripts.build.speclib import HTTP_METHODS


@dataclass(frozen=True)
class Op:
    """One operation, with path-level parameters merged in and references resolved."""

    method: str
    path: str
    operation_id: str
    tag: str
    spec: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]
    security: list[Any]

    @property
    def where(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Site:
    """Where a finding is reported: spec location, Python symbol, and what links griffe to it."""

    location: str
    symbol: str
    target: str
    param: str | None = None


def collect_operations(doc: Document) -> list[Op]:
    """Every operation of a spec, in document order."""
    found = []
    for path, raw_item in (doc.spec.get("paths") or {}).items():
        item = doc.resolve(raw_item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                param = doc.resolve(raw)  # operation-level ones override path-level ones
                params[(str(param.get("name")), str(param.get("in")))] = param
            # The build's Python names (`scripts.build.naming`): a missing operationId is
            # derived from the method and path, a tag made an identifier, as generated.
            tag = tag_name((op.get("tags") or ["default"])[0])
            security = op.get("security", doc.spec.get("security") or [])
            operation_id = operation_name(method, path, op.get("operationId"))
            found.append(Op(method.upper(), path, operation_id, tag, op, params, security))
    return found


class SpecDiff:
    """Everything that changed between two specs of `provider`, as findings."""

    def __init__(
        self, provider: str, old: dict[str, Any], new: dict[str, Any], naming: Naming
    ) -> None:
        self.provider = provider
        self.old, self.new = Document(old), Document(new)
        self.naming = naming
        self.schemas = SchemaDiff(provider, self.old, self.new, naming)

    @property
    def findings(self) -> list[Finding]:
        return self.schemas.findings

    def run(self) -> list[Finding]:
        self._operations()
        self._security_schemes()
        self._models()
        return self.findings

    def _emit(self, site: Site, kind: str, message: str) -> None:
        """Record a finding classified by `RULES`."""
        breaking, reason = RULES[kind]
        self.findings.append(
            Finding(
                provider=self.provider,
                source="spec",
                kind=kind,
                breaking=breaking,
                location=site.location,
                symbol=site.symbol,
                message=message,
                reason=reason,
                target=site.target,
                param=site.param,
            )
        )

    # -- operations ----------------------------------------------------------------------

    def _operations(self) -> None:
        """Pair operations by operationId (the Python module), then by method and path."""
        old_ops, new_ops = collect_operations(self.old), collect_operations(self.new)
        by_id = {op.operation_id: op for op in new_ops if op.operation_id}
        by_route = {(op.method, op.path): op for op in new_ops}
        pairs: list[tuple[Op, Op]] = []
        matched: set[int] = set()
        for old in old_ops:
            new = by_id.get(old.operation_id) if old.operation_id else None
            if new is None or id(new) in matched:
                new = by_route.get((old.method, old.path))
            if new is None or id(new) in matched:
                module = self.naming.operation(old.tag, old.operation_id)
                self._emit(Site(old.where, module, module), "operation-removed", "removed")
                continue
            matched.add(id(new))
            pairs.append((old, new))
        for new in (op for op in new_ops if id(op) not in matched):
            module = self.naming.operation(new.tag, new.operation_id)
            self._emit(Site(new.where, module, module), "operation-added", "added")
        for old, new in pairs:
            self._operation(old, new)

    def _operation(self, old: Op, new: Op) -> None:
        module = self.naming.operation(new.tag, new.operation_id)
        old_module = self.naming.operation(old.tag, old.operation_id)
        if old_module != module:
            site = Site(new.where, old_module, old_module)
            self._emit(site, "operation-renamed", f"module {old_module} -> {module}")
        if old.where != new.where:
            message = f"route {old.where} -> {new.where}"
            self._emit(Site(new.where, module, module), "operation-moved", message)
        self._parameters(old, new, module)
        self._request_body(old, new, module)
        self._responses(old, new, module)
        self._security(old, new, module)

    def _parameters(self, old: Op, new: Op, module: str) -> None:
        for key in [*old.parameters, *(k for k in new.parameters if k not in old.parameters)]:
            name, where_in = key
            py = self.naming.attr(name)
            site = Site(f"{new.where} {where_in} {name}", f"{module}({py}=...)", module, py)
            before, after = old.parameters.get(key), new.parameters.get(key)
            if after is None:
                self._emit(site, "parameter-removed", "parameter removed")
                continue
            now = bool(after.get("required"))
            if before is None:
                kind = "parameter-added-required" if now else "parameter-added"
                self._emit(site, kind, f"{'required' if now else 'optional'} parameter added")
                continue
            if bool(before.get("required")) != now:
                change = "required" if now else "optional"
                self._emit(site, f"parameter-now-{change}", f"became {change}")
            ctx = Ctx(
                "parameter", site.location, "", site.symbol, module, py, new.operation_id, name
            )
            found = self.schemas.compare(before.get("schema"), after.get("schema"), ctx)
            _used_by(found, site.location)

    # -- bodies --------------------------------------------------------------------------

    def _request_body(self, old: Op, new: Op, module: str) -> None:
        before = self.old.resolve(old.spec.get("requestBody")) or None
        after = self.new.resolve(new.spec.get("requestBody")) or None
        site = Site(f"{new.where} request body", f"{module}(body=...)", module, "body")
        if before is None or after is None:
            if before is not None:
                self._emit(site, "request-body-removed", "request body removed")
            elif after is not None:
                required = bool(after.get("required"))
                kind = "request-body-added-required" if required else "request-body-added"
                self._emit(site, kind, "request body added")
            return
        now = bool(after.get("required"))
        if bool(before.get("required")) != now:
            change = "required" if now else "optional"
            self._emit(site, f"request-body-now-{change}", f"became {change}")
        self._content(before, after, "request", site, new.operation_id, "body")

    def _responses(self, old: Op, new: Op, module: str) -> None:
        old_r: dict[str, Any] = old.spec.get("responses") or {}
        new_r: dict[str, Any] = new.spec.get("responses") or {}
        for status in map(str, [*old_r, *(s for s in new_r if s not in old_r)]):
            site = Site(f"{new.where} {status}", f"{module}.sync()", module)
            label = "success" if status.startswith("2") else "error"
            if status not in new_r:
                self._emit(site, f"{label}-status-removed", f"response {status} removed")
                continue
            after = self.new.resolve(new_r[status])
            if status not in old_r:
                empty = "-without-body" if label == "success" and not after.get("content") else ""
                self._emit(site, f"{label}-status-added{empty}", f"response {status} added")
                continue
            body = Site(f"{site.location} body", site.symbol, module)
            role = "response" if label == "success" else "error"
            before = self.old.resolve(old_r[status])
            self._content(before, after, role, body, new.operation_id, f"response_{status}")

    def _content(
        self,
        before: dict[str, Any],
        after: dict[str, Any],
        label: str,
        site: Site,
        operation_id: str,
        name: str,
    ) -> None:
        """Media types of a request body or a response (`label` request, response or
        error), and the schema of each."""
        old_media: dict[str, Any] = before.get("content") or {}
        new_media: dict[str, Any] = after.get("content") or {}
        for media in [*old_media, *(m for m in new_media if m not in old_media)]:
            if media not in new_media or media not in old_media:
                change = "removed" if media not in new_media else "added"
                where = Site(f"{site.location} {media}", site.symbol, site.target, site.param)
                self._emit(where, f"{label}-media-type-{change}", f"{media} {change}")
        common = [m for m in new_media if m in old_media]
        role: Role = "request" if label == "request" else "response"
        for media in common:
            old_schema = (old_media[media] or {}).get("schema")
            new_schema = (new_media[media] or {}).get("schema")
            location = site.location if len(common) == 1 else f"{site.location} {media}"
            if old_schema is None or new_schema is None:
                if old_schema is not None:
                    where = Site(location, site.symbol, site.target, site.param)
                    self._emit(where, f"{label}-schema-removed", "schema removed")
                continue
            ctx = Ctx(role, location, "", site.symbol, site.target, site.param, operation_id, name)
            _used_by(self.schemas.compare(old_schema, new_schema, ctx), site.location)

    # -- security ------------------------------------------------------------------------

    def _security(self, old: Op, new: Op, module: str) -> None:
        before, after = _requirements(old.security), _requirements(new.security)
        if before == after:
            return
        site = Site(f"{new.where} security", f"{module}(client=...)", module, "client")
        message = f"security {_describe(before)} -> {_describe(after)}"
        if not after or frozenset() in after:
            self._emit(site, "security-removed", message)
        elif before <= after:
            self._emit(site, "security-alternative-added", message)
        else:
            self._emit(site, "security-changed", message)

    def _security_schemes(self) -> None:
        before, after = _schemes(self.old), _schemes(self.new)
        client = f"{self.naming.package}.AuthenticatedClient"
        for name in [*before, *(n for n in after if n not in before)]:
            site = Site(f"#/components/securitySchemes/{name}", client, client)
            if name not in after:
                self._emit(site, "security-scheme-removed", "security scheme removed")
            elif name not in before:
                self._emit(site, "security-scheme-added", "security scheme added")
            elif before[name] != after[name]:
                message = f"{_describe_scheme(before[name])} -> {_describe_scheme(after[name])}"
                self._emit(site, "security-scheme-changed", message)

    # -- model schemas -------------------------------------------------------------------

    def _models(self) -> None:
        """Component schemas that are (or were) a model class: a removed one breaks imports."""
        before, after = self._model_classes(self.old), self._model_classes(self.new)
        for name in [n for n in before if n not in after]:
            site = Site(f"#/components/schemas/{name}", before[name], before[name])
            self._emit(site, "model-removed", "model schema removed")
        for name in [n for n in after if n not in before]:
            site = Site(f"#/components/schemas/{name}", after[name], after[name])
            self._emit(site, "model-added", "model schema added")

    def _model_classes(self, doc: Document) -> dict[str, str]:
        """Component name -> generated class symbol, for the components that become classes."""
        out = {}
        for name in doc.components():
            schema = shapes.flatten(doc, doc.component(name))
            if shapes.class_kind(schema, literal_enums=self.naming.literal_enums):
                out[name] = self.naming.model(self.naming.class_name(schema.get("title") or name))
        return out


def _used_by(findings: list[Finding], site: str) -> None:
    for finding in findings:
        finding.add_use(site)


def _schemes(doc: Document) -> dict[str, dict[str, Any]]:
    """Security schemes without their prose: what a client must send."""
    raw = (doc.spec.get("components") or {}).get("securitySchemes") or {}
    return {
        name: {k: v for k, v in doc.resolve(value).items() if k != "description"}
        for name, value in raw.items()
    }


def _requirements(raw: list[Any]) -> frozenset[frozenset[str]]:
    """Security requirements as alternatives (OR) of scheme sets (AND), scopes included."""
    out = set()
    for requirement in raw or []:
        if isinstance(requirement, dict):
            out.add(
                frozenset(
                    f"{name}{sorted(scopes)}" if scopes else str(name)
                    for name, scopes in requirement.items()
                )
            )
    return frozenset(out)


def _describe(requirements: frozenset[frozenset[str]]) -> str:
    if not requirements:
        return "none"
    return " or ".join(sorted("+".join(sorted(r)) or "anonymous" for r in requirements))


def _describe_scheme(scheme: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(scheme.items()) if not k.startswith("x-"))
