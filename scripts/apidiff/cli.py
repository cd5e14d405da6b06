"""`make api-diff`: what an API change does to callers of the generated packages.

Compares the working tree with a git ref (default HEAD) for every provider whose spec or
generated package changed, or two spec files given directly. Exit status: 0 when nothing
breaking (or only accepted breaking changes, see CHANGELOG.md), 1 when a breaking change
is not accepted, 2 when the comparison itself failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scripts.apidiff import changelog, linking, pydiff, report
from scripts.apidiff.model import Finding, ProviderReport
from scripts.apidiff.naming import Naming
from scripts.apidiff.refs import Document
from scripts.apidiff.rules import RULES
from scripts.apidiff.sources import SourceError, changed_providers, export, same_files
from scripts.apidiff.specdiff import SpecDiff, collect_operations
from scripts.build.speclib import REPO, SpecError, load_yaml


def _load(path: Path, label: str) -> dict[str, Any] | None:
    return load_yaml(path, label=label) if path.is_file() else None


def naming_for(provider: str, *roots: Path) -> Naming:
    """Naming rules from the first `config/<provider>.yaml` found (class overrides...)."""
    for root in roots:
        config = root / "config" / f"{provider}.yaml"
        if config.is_file():
            return Naming.from_config(f"{provider}_client", load_yaml(config))
    return Naming(f"{provider}_client")


def compare_specs(
    provider: str, old: dict[str, Any], new: dict[str, Any], naming: Naming
) -> list[Finding]:
    return SpecDiff(provider, old, new, naming).run()


def compare_provider(name: str, status: str, base: Path, work: Path) -> ProviderReport:
    """Spec and Python findings for one provider between two trees."""
    result = ProviderReport(name, status)
    naming = naming_for(name, work, base)
    try:
        old = _load(base / "specs" / f"{name}.yaml", f"specs/{name}.yaml (base)")
        new = _load(work / "specs" / f"{name}.yaml", f"specs/{name}.yaml")
    except SpecError as exc:
        result.errors.append(str(exc))
        return result
    if old is None or new is None:  # a whole provider appeared or went away
        if new is not None:
            count = len(collect_operations(Document(new)))
            result.findings = [_whole(name, "provider-added", f"new provider, {count} operations")]
        elif old is not None:
            result.findings = [_whole(name, "provider-removed", "provider removed")]
        return result
    findings = compare_specs(name, old, new, naming)
    package = naming.package
    if not same_files(base, work, Path("specs", f"{name}.yaml")) and same_files(
        base, work, Path("generated", package)
    ):
        result.notes.append(
            f"the spec changed but generated/{package} did not: run `make generate` first "
            "to see what the change does to the Python API"
        )
    try:
        findings += pydiff.compare_packages(
            name, package, base / "generated" / package, work / "generated" / package
        )
    except Exception as exc:  # griffe cannot parse it: say so, keep the spec findings
        result.errors.append(f"griffe could not compare generated/{package}: {exc}")
    result.findings = linking.link(findings)
    return result


def _whole(provider: str, kind: str, message: str) -> Finding:
    breaking, reason = RULES[kind]
    package = f"{provider}_client"
    location = f"specs/{provider}.yaml"
    return Finding(provider, "spec", kind, breaking, location, package, message, reason, package)


def run_git(root: Path, base: str) -> list[ProviderReport]:
    with tempfile.TemporaryDirectory(prefix="api-diff-") as scratch:
        base_tree = export(root, base, Path(scratch))
        return [
            compare_provider(name, status, base_tree, root)
            for name, status in changed_providers(base_tree, root)
        ]


def run_files(old_spec: Path, new_spec: Path, provider: str, root: Path) -> list[ProviderReport]:
    result = ProviderReport(provider, "changed")
    try:
        old = load_yaml(old_spec)
        new = load_yaml(new_spec)
    except SpecError as exc:
        result.errors.append(str(exc))
        return [result]
    result.findings = compare_specs(provider, old, new, naming_for(provider, root))
    return [result]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.apidiff", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--base", default="HEAD", help="git ref to compare with (default HEAD)")
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    parser.add_argument(
        "--accept-file",
        type=Path,
        default=None,
        help="where accepted breaking changes are (default CHANGELOG.md)",
    )
    parser.add_argument("--old-spec", type=Path, help="compare this spec file...")
    parser.add_argument("--new-spec", type=Path, help="...with this one (no git, no griffe)")
    parser.add_argument(
        "--provider",
        help="provider name for --old-spec/--new-spec (default: the new spec's file name)",
    )
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    accept_file = args.accept_file or root / "CHANGELOG.md"
    if (args.old_spec is None) != (args.new_spec is None):
        parser.error("--old-spec and --new-spec go together")
    try:
        if args.new_spec is not None:
            provider = args.provider or args.new_spec.stem
            reports = run_files(args.old_spec, args.new_spec, provider, root)
            label = f"{args.old_spec} -> {args.new_spec}"
        else:
            reports = run_git(root, args.base)
            label = f"working tree vs {args.base}"
    except SourceError as exc:
        print(f"api-diff: error: {exc}", file=sys.stderr)
        return 2
    for provider_report in reports:
        changelog.apply(provider_report.findings, accept_file)
    shown = _display(accept_file, root)
    render = report.as_json if args.json else report.as_text
    sys.stdout.write(render(reports, label, shown) + ("\n" if args.json else ""))
    return report.exit_status(reports)


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)
