"""The finding: one change between two versions of a provider's API, and its identity."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Source = Literal["spec", "python"]


@dataclass(eq=False)
class Finding:
    """One change, classified for a client of the generated package.

    `location` says where in the spec (or the package) the change is, `symbol` which
    Python name a caller uses to reach it; `target`/`param` are the dotted path and
    parameter name used to tie griffe's breakages to the spec change that caused them.
    """

    provider: str
    source: Source
    kind: str
    breaking: bool
    location: str
    symbol: str
    message: str
    reason: str
    target: str = ""
    param: str | None = None
    used_by: list[str] = field(default_factory=list)
    # Python breakages explained by this spec change (accepted together with it).
    consequences: list[Finding] = field(default_factory=list)
    accepted: bool = False

    @property
    def id(self) -> str:
        """Stable key for CHANGELOG.md: the same change gives the same id on every run."""
        return f"{self.provider}:{self.kind}:{self.location}"

    def changelog_line(self) -> str:
        """The line that records this breaking change as accepted."""
        return f"- BREAKING: {self.id}"

    def add_use(self, site: str) -> None:
        if site not in self.used_by:
            self.used_by.append(site)

    def as_json(self, *, top: bool = True) -> dict[str, Any]:
        """The finding as JSON; `top` is False for a consequence, accepted with its owner."""
        data: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "kind": self.kind,
            "breaking": self.breaking,
            "accepted": self.accepted,
            "location": self.location,
            "symbol": self.symbol,
            "message": self.message,
            "reason": self.reason,
            "used_by": list(self.used_by),
            "python": [c.as_json(top=False) for c in self.consequences],
        }
        if top and self.breaking and not self.accepted:
            data["changelog_line"] = self.changelog_line()
        return data


@dataclass
class ProviderReport:
    """Everything found for one provider; `status` is changed, added or removed."""

    name: str
    status: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Finding]:
        return [f for f in self.findings if f.breaking]

    @property
    def unaccepted(self) -> list[Finding]:
        return [f for f in self.breaking if not f.accepted]

    @property
    def non_breaking(self) -> list[Finding]:
        return [f for f in self.findings if not f.breaking]
