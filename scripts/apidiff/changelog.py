"""Accepted breaking changes, recorded in CHANGELOG.md.

Under a provider's section (`## <provider>`, up to the next `## ` heading), a line
`- BREAKING: <finding id>`, optionally followed by ` — <why>` (or ` -- <why>`), accepts
that change: the report still lists it, but it no longer makes the exit status 1.
"""

from __future__ import annotations

from pathlib import Path

from scripts.apidiff.model import Finding

MARKER = "BREAKING:"
# What may follow an id on its line; ids contain spaces, so a bare space is not enough.
SEPARATORS = (" — ", " -- ", " # ")


def accepted_ids(text: str, provider: str) -> list[str]:
    """The texts after `BREAKING:` in the provider's section, outside code blocks."""
    found: list[str] = []
    inside = fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced  # examples in code blocks accept nothing
            continue
        if fenced:
            continue
        if line.startswith("## "):
            inside = line[3:].strip().strip("`") == provider
            continue
        if inside and MARKER in line:
            entry = line.split(MARKER, 1)[1].strip()
            if entry.startswith("`") and "`" in entry[1:]:  # `<id>` — why: the quoted id
                entry = entry[1 : entry.index("`", 1)]
            found.append(entry)
    return found


def is_accepted(finding: Finding, entries: list[str]) -> bool:
    """An entry accepts a finding when it is its id, or its id followed by a comment."""
    key = finding.id
    return any(e == key or e.startswith(tuple(key + s for s in SEPARATORS)) for e in entries)


def apply(findings: list[Finding], changelog: Path | None) -> None:
    """Mark accepted findings (and the python consequences of accepted spec findings)."""
    text = changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else ""
    cache: dict[str, list[str]] = {}
    for finding in findings:
        entries = cache.setdefault(finding.provider, accepted_ids(text, finding.provider))
        finding.accepted = finding.breaking and is_accepted(finding, entries)
    owners: dict[int, list[Finding]] = {}
    for finding in findings:
        for consequence in finding.consequences:
            owners.setdefault(id(consequence), []).append(finding)
    for finding in findings:
        for consequence in finding.consequences:
            explained_by = [o for o in owners[id(consequence)] if o.breaking]
            consequence.accepted = bool(explained_by) and all(o.accepted for o in explained_by)
