"""The report: readable text (one section per provider, breaking first) or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from scripts.apidiff.model import Finding, ProviderReport


def exit_status(reports: Sequence[ProviderReport]) -> int:
    """2 if a provider could not be compared, 1 if a breaking change is not accepted, else 0."""
    if any(r.errors for r in reports):
        return 2
    return 1 if any(r.unaccepted for r in reports) else 0


def summary(reports: Sequence[ProviderReport]) -> dict[str, int]:
    breaking = [f for r in reports for f in r.breaking]
    return {
        "providers": len(reports),
        "breaking": len(breaking),
        "accepted": sum(1 for f in breaking if f.accepted),
        "non_breaking": sum(len(r.non_breaking) for r in reports),
        "exit_status": exit_status(reports),
    }


def as_json(reports: Sequence[ProviderReport], base: str, changelog: str) -> str:
    document: dict[str, Any] = {
        "base": base,
        "changelog": changelog,
        "providers": [
            {
                "name": r.name,
                "status": r.status,
                "errors": list(r.errors),
                "notes": list(r.notes),
                "breaking": [f.as_json() for f in r.breaking],
                "non_breaking": [f.as_json() for f in r.non_breaking],
            }
            for r in reports
        ],
        "summary": summary(reports),
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def as_text(reports: Sequence[ProviderReport], base: str, changelog: str) -> str:
    lines = [f"api-diff: {base}; accepted breaking changes from {changelog}"]
    if not reports:
        lines.append("no provider's spec or generated package changed")
    for report in reports:
        lines += ["", f"== {report.name} ({report.status}) =="]
        lines += [f"ERROR {error}" for error in report.errors]
        lines += [f"note: {note}" for note in report.notes]
        breaking = sorted(report.breaking, key=lambda f: (f.accepted, f.source != "spec"))
        if breaking:
            lines.append(f"BREAKING ({len(breaking)})")
            for finding in breaking:
                lines += _finding_lines(finding, changelog)
        if report.non_breaking:
            lines.append(f"non-breaking ({len(report.non_breaking)})")
            for finding in report.non_breaking:
                lines += _finding_lines(finding, changelog)
        if not (breaking or report.non_breaking or report.errors):
            lines.append("no API change (implementation or documentation only)")
    totals = summary(reports)
    lines += [
        "",
        f"summary: {totals['providers']} provider(s) compared, {totals['breaking']} breaking "
        f"({totals['accepted']} accepted), {totals['non_breaking']} non-breaking "
        f"-> exit {totals['exit_status']}",
    ]
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Finding, changelog: str) -> list[str]:
    flag = " (accepted)" if finding.accepted else ""
    lines = [
        f"  [{finding.kind}]{flag} {finding.location}",
        f"      {finding.message} -> {finding.symbol}",
        f"      {'why it breaks' if finding.breaking else 'why not'}: {finding.reason}",
    ]
    shared = [u for u in finding.used_by if not finding.location.startswith(u)]
    if shared:
        lines.append(f"      used by: {', '.join(shared)}")
    for consequence in finding.consequences:
        label = "griffe" if consequence.breaking else "python"
        lines.append(f"      {label}: {consequence.symbol}: {consequence.message}")
    if finding.breaking and not finding.accepted:
        lines.append(f'      to accept, add under "## {finding.provider}" in {changelog}:')
        lines.append(f"        {finding.changelog_line()} — <why this is acceptable>")
    return lines
