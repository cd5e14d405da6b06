"""Tie griffe's findings to the spec changes that explain them.

A spec change and the Python breakage it causes are one change for the person accepting
it: a python finding whose path is the spec finding's symbol (or inside it, or containing
it) becomes a consequence of that spec finding and is accepted with it. A python breakage
that no breaking spec change explains (a template or generator upgrade, say) stays on its
own and needs its own acceptance.
"""

from __future__ import annotations

from scripts.apidiff.model import Finding


def related(python: Finding, spec: Finding) -> bool:
    """Whether `python` is (part of) the Python side of `spec`."""
    if python.param and spec.param and python.param != spec.param:
        return False
    if python.target == spec.target:
        return python.param == spec.param or spec.param is None or python.param is None
    return python.target.startswith(f"{spec.target}.") or spec.target.startswith(
        f"{python.target}."
    )


def link(findings: list[Finding]) -> list[Finding]:
    """The top-level findings: spec ones, with the python ones they explain nested inside."""
    specs = [f for f in findings if f.source == "spec"]
    top = list(specs)
    for python in (f for f in findings if f.source == "python"):
        owners = [s for s in specs if related(python, s) and (s.breaking or not python.breaking)]
        if not owners:
            top.append(python)
            continue
        for owner in owners:
            owner.consequences.append(python)
    return top
