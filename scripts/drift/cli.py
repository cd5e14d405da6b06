"""`make drift PROVIDER=<name>`: run the provider's safe operations against its API (or read
findings exported from production), write `drift/<provider>.md` and `.json`, and with
`--propose` edit `specs/<provider>.yaml` with what was seen.

Exit status: 0 no drift, 1 drift found, 2 could not run (unknown provider, missing
credentials, every call refused, an unreadable findings file).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from overlays.drift import DriftLog, Finding, merge_findings, read_findings
from scripts.build.speclib import REPO
from scripts.drift import report as reporting
from scripts.drift.live import ACCESS, Call, SafeRun, base_url_variable, missing_variables
from scripts.drift.spec_edit import load_document, plan_edits, propose

NO_DRIFT, DRIFT, CANNOT_RUN = 0, 1, 2
_REFUSED = ("AuthenticationError", "PermissionDeniedError")
_UNANSWERED = (*_REFUSED, "APIConnectionError", "APITimeoutError")


class CannotRun(Exception):
    """`make drift` could not look: the message says why and what to set."""


def _names(variables: Sequence[str]) -> str:
    if len(variables) == 1:
        return variables[0]
    return f"{', '.join(variables[:-1])} and {variables[-1]}"


def live_findings(
    provider: str, environ: Mapping[str, str], *, max_ids: int
) -> tuple[list[Finding], list[Call], str]:
    missing = missing_variables(provider, environ)
    if missing:
        variable = base_url_variable(provider)
        elsewhere = "" if variable in missing else f"; {variable} points it elsewhere"
        raise CannotRun(
            f"cannot call the {provider} API: set {_names(missing)} (the live tests' "
            f"variables{elsewhere}), or give findings exported from production: "
            f"make drift PROVIDER={provider} FINDINGS=path.jsonl"
        )
    log = DriftLog()
    run = SafeRun(provider, environ, log, max_ids=max_ids)
    quiet = logging.getLogger("overlays.drift")
    quiet.propagate, was = False, quiet.propagate  # the findings are printed below, once
    handler = logging.NullHandler()
    quiet.addHandler(handler)
    try:
        calls = run.run()
    finally:
        quiet.removeHandler(handler)
        quiet.propagate = was
    made = [c for c in calls if not c.outcome.startswith("skipped")]
    if made and all(c.outcome.startswith(_UNANSWERED) for c in made) and not log.findings():
        refused = any(c.outcome.startswith(_REFUSED) for c in made)
        why = "the credentials were refused" if refused else "no call was answered"
        outcomes = ", ".join(sorted({c.outcome for c in made}))
        raise CannotRun(f"{provider}: {why} ({outcomes}) at {run.base_url}")
    source = f"live run against {run.base_url}, GET calls made: {len(made)}"
    return log.findings(), calls, source


def file_findings(provider: str, paths: Sequence[Path]) -> tuple[list[Finding], str]:
    found: list[Finding] = []
    for path in paths:
        try:
            found += read_findings(path)
        except OSError as exc:
            raise CannotRun(f"cannot read the findings {path}: {exc.strerror}") from None
        except ValueError as exc:
            raise CannotRun(str(exc)) from None
    others = sorted({f.provider for f in found} - {provider})
    if others:
        print(f"drift: ignoring findings of {', '.join(others)}", file=sys.stderr)
    mine = merge_findings(f for f in found if f.provider == provider)
    return mine, f"findings exported from production: {', '.join(map(str, paths))}"


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("provider", help=f"one of {', '.join(ACCESS)}")
    parser.add_argument(
        "--findings", type=Path, action="append", default=[],
        help="read findings exported as JSON lines (DriftLog.export) instead of calling the API",
    )  # fmt: skip
    parser.add_argument("--propose", action="store_true", help="edit specs/<provider>.yaml")
    parser.add_argument("--out", type=Path, help="report directory (default: drift/)")
    parser.add_argument("--max-ids", type=int, default=3, help="ids tried per get (default 3)")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    environ = dict(environ) if environ is not None else None
    if args.provider not in ACCESS:
        print(
            f"drift: unknown provider {args.provider!r}; known: {', '.join(ACCESS)}",
            file=sys.stderr,
        )
        return CANNOT_RUN
    calls: list[Call] = []
    try:
        if args.findings:
            findings, source = file_findings(args.provider, args.findings)
        else:
            from scripts.drift.live import environment

            findings, calls, source = live_findings(
                args.provider, environ if environ is not None else environment(),
                max_ids=args.max_ids,
            )  # fmt: skip
    except CannotRun as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return CANNOT_RUN
    spec_path = root / "specs" / f"{args.provider}.yaml"
    edits = plan_edits(load_document(spec_path), findings)
    diff = propose(spec_path, edits) if args.propose and edits else ""
    stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    result = reporting.Report(
        args.provider, source, f"specs/{args.provider}.yaml", stamp, findings, edits, calls,
        proposed=args.propose, diff=diff,
    )  # fmt: skip
    md, data = reporting.write(result, args.out or root / "drift")
    for line in reporting.lines(findings):
        print(f"drift: {line}")
    if diff:
        sys.stdout.write(diff)
        print(f"drift: {spec_path.name} edited; next: make generate && make api-diff")
    verdict = f"{len(findings)} findings" if findings else "no drift"
    print(
        f"drift: {args.provider}: {verdict}; report in {_shown(md, root)} and {_shown(data, root)}"
    )
    return result.exit_status


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)
