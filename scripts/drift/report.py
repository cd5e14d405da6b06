"""`drift/<provider>.md` and `drift/<provider>.json`: what was seen, and what it proposes."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from overlays.drift import Finding
from scripts.drift.live import Call
from scripts.drift.spec_edit import Edit


@dataclass
class Report:
    provider: str
    source: str
    spec: str
    generated: str
    findings: list[Finding]
    edits: list[Edit]
    calls: list[Call] = field(default_factory=list)
    proposed: bool = False
    diff: str = ""

    @property
    def exit_status(self) -> int:
        return 1 if self.findings else 0

    def to_json(self) -> dict[str, Any]:
        canonical = {id(f): e.pointer for e in self.edits for f in e.findings}
        return {
            "provider": self.provider,
            "source": self.source,
            "spec": self.spec,
            "generated": self.generated,
            "drift": bool(self.findings),
            "proposed": self.proposed,
            "calls": [asdict(call) for call in self.calls],
            "findings": [
                {**f.to_json(), "spec_pointer_canonical": canonical.get(id(f), f.spec_pointer)}
                for f in self.findings
            ],
            "edits": [edit.to_json() for edit in self.edits],
        }


def _cell(text: Any) -> str:
    value = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False)
    return value.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def markdown(report: Report) -> str:
    lines = [f"# Drift: {report.provider}", ""]
    lines.append(f"- source: {report.source}")
    lines.append(f"- spec: `{report.spec}`")
    lines.append(f"- written: {report.generated}")
    kinds = Counter(f.kind for f in report.findings)
    if report.findings:
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        lines.append(f"- **{len(report.findings)} findings**: {summary}")
    else:
        lines.append("- **no drift**: every answer is what the spec says")
    lines.append("")
    if report.findings:
        canonical = {id(f): e.pointer for e in report.edits for f in e.findings}
        header = ("operation", "status", "kind", "subject", "in the answer", "in the spec")
        lines += [
            "| " + " | ".join(header) + " | example | seen |",
            "|---|---|---|---|---|---|---|---:|",
        ]
        for f in report.findings:
            where = canonical.get(id(f), f.spec_pointer)
            lines.append(
                f"| {f.operation} | {f.status} | {f.kind} | {_cell(f.subject)} | "
                f"{_code(_cell(f.pointer))} | {_code(_cell(where))} | "
                f"{_code(_cell(f.example))} | {f.count} |"
            )
        lines.append("")
    applied = [e for e in report.edits if e.action != "consider"]
    consider = [e for e in report.edits if e.action == "consider"]
    if applied:
        title = "Spec edits applied" if report.proposed else "Spec edits proposed"
        lines += [f"## {title}", ""]
        if not report.proposed:
            lines += [f"Run `make drift PROVIDER={report.provider} PROPOSE=1` to apply them.", ""]
        for edit in applied:
            state = (
                "applied" if edit.applied else ("not applied" if report.proposed else "to apply")
            )
            lines.append(f"- [{state}] {edit.summary} at `{edit.pointer}` ({_sources(edit)})")
            if edit.note:
                lines.append(f"  - {edit.note}")
        lines.append("")
    if consider:
        lines += ["## To consider (never applied: they remove or tighten)", ""]
        for edit in consider:
            lines.append(f"- {edit.summary} at `{edit.pointer}` ({_sources(edit)})")
        lines.append("")
    if report.diff:
        lines += [
            f"## The change to `{report.spec}`",
            "",
            "```diff",
            report.diff.rstrip("\n"),
            "```",
            "",
        ]
        lines += [
            "Then `make generate` and `make api-diff` show what it does to callers.",
            "",
        ]
    if report.calls:
        lines += [
            "## Calls (GET only)",
            "",
            "| operation | path values | outcome |",
            "|---|---|---|",
        ]
        for call in report.calls:
            values = ", ".join(f"{k}={v}" for k, v in call.arguments.items())
            lines.append(f"| {call.operation} | {_cell(values)} | {_cell(call.outcome)} |")
        lines.append("")
    return "\n".join(lines)


def _sources(edit: Edit) -> str:
    operations = sorted({f.operation for f in edit.findings})
    seen = sum(f.count for f in edit.findings)
    return f"{', '.join(operations)}; seen {seen}x"


def write(report: Report, directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    md = directory / f"{report.provider}.md"
    data = directory / f"{report.provider}.json"
    md.write_text(markdown(report), encoding="utf-8")
    data.write_text(
        json.dumps(report.to_json(), indent=1, ensure_ascii=False, default=str) + "\n",
        encoding="utf-8",
    )
    return md, data


def lines(findings: Sequence[Finding]) -> list[str]:
    return [finding.describe() for finding in findings]
