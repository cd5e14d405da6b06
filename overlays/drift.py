"""Drift: what a provider's answers show that its spec does not say.

Every overlay client checks each 2xx body against the spec; with drift observation on (the
default, `drift=False` turns it off) it also records what the spec does not say but the
answer shows:

| kind | what was seen |
|---|---|
| `undeclared-field` | a field the object's schema does not declare |
| `enum-value` | a value the schema's `enum` does not list |
| `type-changed` | a value of another JSON type than the schema's |
| `required-missing` | a required field (or a required header) absent |
| `undocumented-header` | a response header the operation does not document [1] |
| `undocumented-status` | a status the operation does not document [2] |
| `schema-rule` | any other rule of the schema broken (a pattern, a bound) |

[1] generic HTTP headers (`IGNORED_HEADERS`: caching, CORS, tracing...) are not findings;
[2] nor are 408, 429 and the 5xx of an outage (`TRANSIENT_STATUSES`).

Each distinct finding (operation, kind, spec pointer, subject) is logged once per process
on the `overlays.drift` logger at WARNING, credentials masked, and kept on the client's
`DriftLog`: `log_of(client)` returns it, `on_drift=` is called with each new finding, and
`DriftLog.export(path)` writes JSON lines that `make drift FINDINGS=path` reads.

```python
from overlays import appaloosa, drift

client = appaloosa.client(52, "KEY", on_drift=lambda finding: print(finding.kind))
...
drift.log_of(client).export("drift-findings.jsonl")
```

An answer the spec fully describes costs what it cost before: it is checked once, against
the spec's schemas with unevaluated properties refused (`_drift_schema.strict_document`);
only an answer that fails that check is walked to name what differs.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import IO, Any

from ._drift_schema import merge as merge_schemas
from ._redact import MASK, SECRET_PARAMS, redact_text

logger = logging.getLogger("overlays.drift")

KINDS = (
    "undeclared-field",
    "enum-value",
    "type-changed",
    "required-missing",
    "undocumented-header",
    "undocumented-status",
    "schema-rule",
)
IGNORED_HEADERS = frozenset(
    {
        "accept-ranges", "access-control-allow-credentials", "access-control-allow-headers",
        "access-control-allow-methods", "access-control-allow-origin",
        "access-control-expose-headers", "access-control-max-age", "age", "allow", "alt-svc",
        "cache-control", "connection", "content-disposition", "content-encoding",
        "content-language", "content-length", "content-location", "content-security-policy",
        "content-security-policy-report-only", "content-type", "cross-origin-embedder-policy",
        "cross-origin-opener-policy", "cross-origin-resource-policy", "date", "etag",
        "expect-ct", "expires", "keep-alive", "last-modified", "nel", "permissions-policy",
        "pragma", "proxy-connection", "referrer-policy", "report-to", "reporting-endpoints",
        "retry-after", "server", "server-timing", "set-cookie", "strict-transport-security",
        "timing-allow-origin", "traceparent", "tracestate", "trailer", "transfer-encoding",
        "upgrade", "vary", "via", "warning", "www-authenticate", "x-content-type-options",
        "x-correlation-id", "x-dns-prefetch-control", "x-download-options", "x-frame-options",
        "x-permitted-cross-domain-policies", "x-powered-by", "x-request-id", "x-robots-tag",
        "x-runtime", "x-ua-compatible", "x-xss-protection",
    }
)  # fmt: skip
"""Generic HTTP headers (caching, CORS, security, tracing, the server's own): never findings."""
IGNORED_HEADER_PREFIXES = (
    "cf-", "x-amz", "x-cache", "x-envoy-", "x-forwarded-", "x-b3-", "x-cloud-trace",
    "x-served-by", "x-timer",
)  # fmt: skip
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses of an outage or a rate limit: retried, never an undocumented-status finding."""

_EXAMPLE_CHARS = 200
MAX_FINDINGS = 500
"""Distinct findings one log keeps (and one process reports): a server answering a new
value on every call fills neither memory nor the log. Past it, findings are only counted
(`DriftLog.dropped`)."""
_INFER_ANSWERS = 50  # an entry's inferred schema is refined by its first answers only


@dataclass(frozen=True)
class Finding:
    """One distinct thing the answers showed that the spec does not say.

    `pointer` is the JSON pointer in the answer where it was first seen (in the body, or
    the header's name under `/headers`; `""` for a status); `spec_pointer` where the spec
    says (or would say) it; `example` the first value seen, as JSON text, credentials and
    fields named like credentials masked; `inferred` the JSON Schema the values seen suggest
    (a new field's, a header's, an undocumented status's body); `same_as` the documented
    status whose schema an undocumented status's body matches; `count` how many answers
    showed it.
    """

    provider: str
    operation: str
    status: int
    kind: str
    subject: str
    pointer: str
    spec_pointer: str
    expected: Any = None
    example: str = ""
    inferred: dict[str, Any] | None = None
    same_as: str | None = None
    count: int = 1
    first_seen: str = ""
    last_seen: str = ""

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What makes two findings the same one."""
        return (self.provider, self.operation, self.kind, self.spec_pointer, self.subject)

    def describe(self) -> str:
        """One line saying what was seen, where, and where the spec says it."""
        what = {
            "undeclared-field": f"field {self.subject!r} is not declared",
            "enum-value": f"value {self.example} is not in the enum {self.expected}",
            "type-changed": f"a {self.subject} where the spec says {self.expected}",
            "required-missing": f"required {self.subject!r} is missing",
            "undocumented-header": f"header {self.subject} is not documented",
            "undocumented-status": f"status {self.subject} is not documented",
            "schema-rule": f"breaks the schema rule {self.subject}",
        }.get(self.kind, self.kind)
        example = f"; e.g. {self.example}" if self.example and self.kind != "enum-value" else ""
        at = f" at {self.pointer}" if self.pointer else ""
        return (
            f"{self.provider}.{self.operation} ({self.status}): {self.kind}: {what}{at} "
            f"(spec {self.spec_pointer}){example}"
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        known = {name for name in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_SECRET_WORDS = (*sorted(SECRET_PARAMS), "authorization", "cookie")


def masked_example(value: Any, name: str = "") -> str:
    """`value` as short JSON text, with credentials masked: the whole of it when its field
    or header is named like a credential, known credentials and patterns otherwise."""
    if name and any(word in name.lower() for word in _SECRET_WORDS):
        return json.dumps(MASK)
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (ValueError, RecursionError):
        text = json.dumps(type(value).__name__)
    text = redact_text(text)
    return text if len(text) <= _EXAMPLE_CHARS else text[: _EXAMPLE_CHARS - 3] + "..."


@dataclass
class Observation:
    """What one answer showed, before it joins the log (the observer builds these)."""

    kind: str
    subject: str
    pointer: str
    spec_pointer: str
    expected: Any = None
    value: Any = None
    name: str = ""
    inferred: dict[str, Any] | None = None
    same_as: str | None = None


def _example(item: Observation) -> str:
    if item.kind == "required-missing":
        return ""
    return masked_example(item.value, item.name)


_reported: set[tuple[str, str, str, str, str]] = set()
_reported_lock = threading.Lock()


def _report_once(finding: Finding) -> None:
    """Log `finding` at WARNING, unless this process already did."""
    with _reported_lock:
        if finding.key in _reported or len(_reported) >= MAX_FINDINGS:
            return
        _reported.add(finding.key)
        last = len(_reported) == MAX_FINDINGS
    logger.warning("drift: %s", redact_text(finding.describe()))
    if last:
        logger.warning("drift: %d findings reported; this process reports no more", MAX_FINDINGS)


class DriftLog:
    """The distinct findings of one client (or of every client given this log as `drift=`),
    with how often each was seen; `on_drift` is called once with each new one."""

    def __init__(self, on_drift: Callable[[Finding], object] | None = None) -> None:
        self.on_drift = on_drift
        self._entries: dict[tuple[str, str, str, str, str], Finding] = {}
        self._lock = threading.Lock()
        self.dropped = 0
        """Findings not kept: new ones met once `MAX_FINDINGS` were kept."""

    def __repr__(self) -> str:
        return f"<DriftLog: {len(self._entries)} findings>"

    def findings(self) -> list[Finding]:
        """Every distinct finding so far, in the order they were first seen."""
        with self._lock:
            return list(self._entries.values())

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.dropped = 0

    def export(self, target: str | os.PathLike[str] | IO[str]) -> int:
        """Write the findings as JSON lines (one object per finding) to a path (appended)
        or an open text stream; returns how many were written."""
        findings = self.findings()
        lines = "".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in findings)
        if isinstance(target, str | os.PathLike):
            with open(target, "a", encoding="utf-8") as stream:
                stream.write(lines)
        else:
            target.write(lines)
        return len(findings)

    def record(
        self, provider: str, operation: str, status: int, seen: Iterable[Observation]
    ) -> None:
        """Add what one answer showed: each distinct finding counts once per answer."""
        stamp = _now()
        new: list[Finding] = []
        with self._lock:
            counted: set[tuple[str, str, str, str, str]] = set()
            full = False
            for item in seen:
                key = (provider, operation, item.kind, item.spec_pointer, item.subject)
                known = self._entries.get(key)
                if known is None and len(self._entries) >= MAX_FINDINGS:
                    self.dropped += 1
                    full = full or self.dropped == 1
                    continue
                if known is None:
                    known = Finding(
                        provider, operation, status, item.kind, item.subject, item.pointer,
                        item.spec_pointer, item.expected, _example(item),
                        item.inferred, item.same_as, 1, stamp, stamp,
                    )  # fmt: skip
                    self._entries[key] = known
                    counted.add(key)
                    new.append(known)
                    continue
                if key not in counted:
                    counted.add(key)
                    known = replace(known, count=known.count + 1, last_seen=stamp)
                    self._entries[key] = known
                if known.count <= _INFER_ANSWERS:
                    self._refine(key, known, item)
            new = [self._entries[finding.key] for finding in new]  # refined by the answer
        if full:
            logger.warning("drift: %d findings kept; new ones are only counted", MAX_FINDINGS)
        for finding in new:
            _report_once(finding)
            if self.on_drift is not None:
                try:
                    self.on_drift(finding)
                except Exception as exc:  # a broken callback must not break the call
                    logger.warning("drift: on_drift raised %s", redact_text(repr(exc)))

    def _refine(
        self, key: tuple[str, str, str, str, str], known: Finding, item: Observation
    ) -> None:
        if item.inferred is not None and known.inferred != item.inferred:
            inferred = merge_schemas(known.inferred, item.inferred)
            self._entries[key] = replace(known, inferred=inferred)


def log_of(client: Any) -> DriftLog | None:
    """The `DriftLog` of an overlay client (a generated client from a factory, or a
    resource object such as `appaloosa.Appaloosa`); None when observation is off."""
    generated = getattr(client, "client", client)
    observer = getattr(getattr(generated, "policy", None), "drift", None)
    log = getattr(observer, "log", None)
    return log if isinstance(log, DriftLog) else None


def read_findings(path: str | os.PathLike[str]) -> list[Finding]:
    """The findings exported to a JSON lines file (`DriftLog.export`), blank lines skipped."""
    found = []
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                found.append(Finding.from_json(json.loads(line)))
            except (ValueError, TypeError) as exc:
                raise ValueError(f"{os.fspath(path)}:{number}: not a finding: {exc}") from None
    return found


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per key: counts added, first and last seen kept, inferred schemas merged
    (findings exported by several processes, or several runs)."""
    merged: dict[tuple[str, str, str, str, str], Finding] = {}
    for finding in findings:
        known = merged.get(finding.key)
        if known is None:
            merged[finding.key] = finding
            continue
        inferred = known.inferred
        if finding.inferred is not None:
            inferred = merge_schemas(inferred, finding.inferred)
        merged[finding.key] = replace(
            known,
            count=known.count + finding.count,
            first_seen=min(filter(None, (known.first_seen, finding.first_seen)), default=""),
            last_seen=max(known.last_seen, finding.last_seen),
            inferred=inferred,
            same_as=known.same_as or finding.same_as,
        )
    return list(merged.values())


__all__ = [
    "IGNORED_HEADERS",
    "KINDS",
    "MAX_FINDINGS",
    "TRANSIENT_STATUSES",
    "DriftLog",
    "Finding",
    "log_of",
    "masked_example",
    "merge_findings",
    "read_findings",
]
