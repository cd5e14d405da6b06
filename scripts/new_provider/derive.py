"""A provider's descriptor (`overlays/_descriptor.Provider`) as far as its spec tells it.

- the base URL: the first server's URL, its variables at their defaults; a relative URL, or
  none, gives no default (`client()` then requires `base_url`) and says so;
- the credentials and how they are sent: the security scheme the spec requires (the first
  requirement of the document's `security`, else of an operation's, else the first scheme):
  HTTP bearer (`token`), HTTP basic (`username`, `password`), an API key in a header or the
  query (`api_key`), OAuth 2 / OpenID Connect as a bearer `access_token`;
- the error format: JSON Pointers to the fields the documented error bodies hold under the
  usual names (`message`, `detail`, `code`, `request_id`...), then the usual places; a guess.

What it cannot tell (a relative server, a cookie or mutual-TLS credential, several schemes
required at once, OAuth flows) is a `Note`: one line, naming the file to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scripts.build.speclib import operations, resolve

REGISTRY = "overlays/_registry.py"


@dataclass(frozen=True)
class Credential:
    name: str
    fake: str


@dataclass
class Descriptor:
    """The registry entry, as the Python source of its parts."""

    name: str
    title: str
    base_url: str | None
    fake_base_url: str | None
    credentials: list[Credential]
    auth: str
    errors: str
    derived: list[str] = field(default_factory=list)
    """What was told from the spec, one line each (for the report)."""
    notes: list[str] = field(default_factory=list)
    """What could not be: one line each, with the file to edit."""

    def source(self) -> str:
        """The `Provider(...)` entry, indented for `_DESCRIPTORS`."""
        lines = [
            "    Provider(",
            f"        {self.name!r},",
            f"        {self.title!r},",
        ]
        if self.base_url is None:
            lines.append("        base_url=None,  # the spec names no absolute server: see below")
            lines.append(f"        fake_base_url={self.fake_base_url!r},")
        else:
            lines.append(f"        base_url={self.base_url!r},")
        creds = "".join(f"Credential({c.name!r}, fake={c.fake!r}), " for c in self.credentials)
        lines.append(f"        credentials=({creds.rstrip(' ')}),".replace("(,)", "()"))
        lines.append(f"        auth={self.auth},")
        lines.append("        # Guessed by `make new-provider` from the spec's error schemas.")
        lines.append(f"        errors={self.errors},")
        lines.append("    ),")
        return "\n".join(_wrap(line) for line in lines) + "\n"


def _wrap(line: str) -> str:
    """A long `credentials=(...)` line, one credential a line (the rest stays short)."""
    if len(line) <= 100 or "credentials=(" not in line:
        return line
    inner = line.split("credentials=(", 1)[1].rsplit("),", 1)[0]
    parts = [part.strip() for part in re.split(r"(?<=\)),\s*", inner) if part.strip()]
    body = "".join(f"            {part.rstrip(',')},\n" for part in parts)
    return f"        credentials=(\n{body}        ),"


def _title(spec: dict[str, Any], name: str) -> str:
    info = spec["info"] if isinstance(spec.get("info"), dict) else {}
    title = " ".join(str(info.get("title") or name).split())
    return title or name


def _base_url(
    spec: dict[str, Any], name: str, notes: list[str], derived: list[str]
) -> tuple[str | None, str | None]:
    servers = [s for s in spec.get("servers") or [] if isinstance(s, dict) and s.get("url")]
    fake = f"https://{name.replace('_', '-')}.fake.test"
    if not servers:
        notes.append(
            f"base URL: the spec names no server, so client() requires base_url=...; "
            f"set base_url in {REGISTRY}"
        )
        return None, fake
    server = servers[0]
    url = str(server["url"])
    variables = server.get("variables") or {}
    for variable, spec_var in variables.items():
        default = spec_var.get("default") if isinstance(spec_var, dict) else None
        if default is None and isinstance(spec_var, dict) and spec_var.get("enum"):
            default = spec_var["enum"][0]
        if default is not None:
            url = url.replace("{" + str(variable) + "}", str(default))
    parts = urlsplit(url)
    path = "/" + parts.path.strip("/") if parts.path.strip("/") else ""
    if "{" in url:
        notes.append(
            f"base URL: servers[0] {server['url']!r} has a variable without a default; "
            f"set base_url in {REGISTRY}"
        )
        return None, fake + re.sub(r"\{[^}]*\}", "x", path)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        notes.append(
            f"base URL: servers[0] {server['url']!r} is relative (or not http), so client() "
            f'requires base_url=...; set base_url="https://<host>{path}" in {REGISTRY}'
        )
        return None, fake + path
    base = url.rstrip("/")
    more = f" (the first of {len(servers)})" if len(servers) > 1 else ""
    shown = " with its variables' defaults" if variables else ""
    derived.append(f"base URL: {base}, servers[0]{more}{shown}")
    return base, None


def _requirements(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The security requirements in use, those most operations accept first (each
    operation's own, else the document's; ties in document order)."""
    default = [r for r in spec.get("security") or [] if isinstance(r, dict)]
    uses: dict[str, int] = {}
    found: list[dict[str, Any]] = []
    for op in operations(spec):
        requirements = op.spec.get("security", default)
        for requirement in requirements or []:
            if isinstance(requirement, dict) and requirement:
                key = ",".join(sorted(requirement))
                uses[key] = uses.get(key, 0) + 1
                if requirement not in found:
                    found.append(requirement)
    found += [r for r in default if r not in found]
    return sorted(found, key=lambda r: -uses.get(",".join(sorted(r)), 0))


def _scheme_auth(
    name: str, scheme_name: str, scheme: dict[str, Any], notes: list[str], derived: list[str]
) -> tuple[list[Credential], str] | None:
    """(credentials, auth source) for one security scheme, or None when no descriptor
    can send it."""
    scheme = scheme if isinstance(scheme, dict) else {}
    kind = str(scheme.get("type", ""))
    fake_prefix = f"fake-{name.replace('_', '-')}"
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        derived.append(f"credentials: token, sent as `Authorization: Bearer` ({scheme_name})")
        return [Credential("token", f"{fake_prefix}-token")], 'Bearer("token")'
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        derived.append(f"credentials: username, password, sent as HTTP basic ({scheme_name})")
        creds = [Credential("username", f"{fake_prefix}-user"),
                 Credential("password", f"{fake_prefix}-password")]  # fmt: skip
        return creds, 'Basic("username", "password")'
    if kind == "apiKey" and scheme.get("in") in ("header", "query") and scheme.get("name"):
        where = "header" if scheme["in"] == "header" else "query parameter"
        derived.append(
            f"credentials: api_key, sent in the {where} {scheme['name']} ({scheme_name})"
        )
        auth = "HeaderKey" if scheme["in"] == "header" else "QueryKey"
        return [
            Credential("api_key", f"{fake_prefix}-key")
        ], f'{auth}({scheme["name"]!r}, "api_key")'
    if kind in ("oauth2", "openIdConnect"):
        derived.append(
            f"credentials: access_token, sent as `Authorization: Bearer` ({scheme_name})"
        )
        notes.append(
            f"credentials: {scheme_name} is {kind}: client() takes an access token; getting "
            f"one (its flows) is the caller's. Edit auth in {REGISTRY} to change it"
        )
        return [Credential("access_token", f"{fake_prefix}-access-token")], 'Bearer("access_token")'
    return None


def _needing_others(spec: dict[str, Any], scheme_name: str) -> list[str]:
    """The operations whose security the scheme cannot meet (each needs some other one)."""
    default = [r for r in spec.get("security") or [] if isinstance(r, dict)]
    found = []
    for op in operations(spec):
        requirements = [r for r in op.spec.get("security", default) or [] if isinstance(r, dict)]
        if requirements and not any(not r or set(r) == {scheme_name} for r in requirements):
            found.append(op.operation_id)
    return found


def _auth(
    spec: dict[str, Any], name: str, notes: list[str], derived: list[str]
) -> tuple[list[Credential], str]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    schemes = {k: resolve(spec, v) for k, v in schemes.items() if isinstance(v, dict)}
    requirements = [r for r in _requirements(spec) if r]
    order = [list(r) for r in requirements] + [[k] for k in schemes]
    for names in order:
        usable = [n for n in names if n in schemes]
        for scheme_name in usable:
            found = _scheme_auth(name, scheme_name, schemes[scheme_name], notes, derived)
            if found is None:
                continue
            if len(names) > 1:
                others = ", ".join(n for n in names if n != scheme_name)
                notes.append(
                    f"credentials: the spec requires {scheme_name} together with {others}; "
                    f"only {scheme_name} is sent. Edit auth in {REGISTRY}"
                )
            elsewhere = _needing_others(spec, scheme_name)
            if elsewhere:
                example = ", ".join(elsewhere[:3]) + (" ..." if len(elsewhere) > 3 else "")
                count = f"{len(elsewhere)} operation{'s' if len(elsewhere) > 1 else ''}"
                verb = "accept" if len(elsewhere) > 1 else "accepts"
                notes.append(
                    f"credentials: {count} {verb} no {scheme_name} "
                    f"({example}): the API (and the fake) refuse them what client() sends. "
                    f"Edit auth in {REGISTRY}, or make a second provider for them"
                )
            return found
    if schemes:
        kinds = ", ".join(f"{k} ({v.get('type')}{' in ' + str(v['in']) if 'in' in v else ''})"
                          for k, v in schemes.items())  # fmt: skip
        notes.append(
            f"credentials: no security scheme a descriptor can send ({kinds}); client() "
            f"sends none. Edit credentials and auth in {REGISTRY}"
        )
    else:
        derived.append("credentials: none (the spec declares no security scheme)")
    return [], "NoAuth()"


_MESSAGE_NAMES = ("message", "detail", "error_description", "error_message", "errorMessage",
                  "title", "description", "msg", "error")  # fmt: skip
_CODE_NAMES = ("code", "error_code", "errorCode", "status_code", "type")
_REQUEST_ID_NAMES = ("request_id", "requestId", "trace_id", "traceId", "correlation_id",
                     "correlationId")  # fmt: skip
_GENERIC_MESSAGES = ("/message", "/error/message", "/detail", "/title", "/error")


def _error_properties(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(pointer prefix, properties) of the documented JSON error bodies: their top level,
    and the object under an `error` property."""
    found: list[tuple[str, dict[str, Any]]] = []
    for op in operations(spec):
        for status, response in (op.spec.get("responses") or {}).items():
            if not (str(status)[0] in "45" or str(status) == "default"):
                continue
            content = resolve(spec, response).get("content") or {}
            for media, entry in content.items():
                if "json" not in media or not isinstance(entry, dict):
                    continue
                schema = _merged(spec, entry.get("schema"))
                props = schema.get("properties") or {}
                found.append(("", props))
                inner = _merged(spec, props.get("error"))
                if inner.get("properties"):
                    found.append(("/error", inner["properties"]))
    return found


def _merged(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """A schema with its `$ref` followed and its `allOf` parts' properties merged."""
    schema = resolve(spec, schema) if isinstance(schema, dict) else {}
    if not isinstance(schema, dict) or depth > 10:
        return {}
    props = dict(schema.get("properties") or {})
    for branch in schema.get("allOf") or []:
        props.update(_merged(spec, branch, depth + 1).get("properties") or {})
    return {**schema, "properties": props}


def _errors(spec: dict[str, Any], derived: list[str]) -> str:
    bodies = _error_properties(spec)

    def pointers(names: tuple[str, ...], want_string: bool) -> list[str]:
        found: list[str] = []
        for prefix, props in bodies:
            for wanted in names:
                prop = _merged(spec, props.get(wanted)) if wanted in props else None
                if prop is None:
                    continue
                if want_string and prop.get("type") not in (None, "string"):
                    continue
                pointer = f"{prefix}/{wanted}"
                if pointer not in found:
                    found.append(pointer)
        return found

    messages = pointers(_MESSAGE_NAMES, True)
    codes = pointers(_CODE_NAMES, False)
    request_ids = pointers(_REQUEST_ID_NAMES, False)
    message = tuple(dict.fromkeys([*messages, *_GENERIC_MESSAGES]))
    parts = [f"message={message!r}"]
    if codes:
        parts.append(f"code={codes[0]!r}")
    if request_ids:
        parts.append(f"request_id={request_ids[0]!r}")
    seen = f"from the error schemas: message {messages[0]}" if messages else "the usual places"
    derived.append(f"error format: {seen}" + (f", code {codes[0]}" if codes else ""))
    return f"ErrorFormat({', '.join(parts)})"


def derive(spec: dict[str, Any], name: str) -> Descriptor:
    """The descriptor of provider `name` from its loaded spec."""
    notes: list[str] = []
    derived: list[str] = []
    title = _title(spec, name)
    base_url, fake_base_url = _base_url(spec, name, notes, derived)
    credentials, auth = _auth(spec, name, notes, derived)
    errors = _errors(spec, derived)
    return Descriptor(name, title, base_url, fake_base_url, credentials, auth, errors,
                      derived, notes)  # fmt: skip


def summary(spec: dict[str, Any]) -> str:
    """The first sentence of the spec's description (or summary), for a docstring."""
    info = spec["info"] if isinstance(spec.get("info"), dict) else {}
    text = " ".join(str(info.get("summary") or info.get("description") or "").split())
    text = re.sub(r"[`*_#<>\[\]\\]", "", text).replace('"""', "'''")
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= 200 else sentence[:197].rsplit(" ", 1)[0] + "..."
