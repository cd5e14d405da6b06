"""Compare two versions of a generated package's public Python API with griffe.

griffe's `find_breaking_changes` finds removed objects and incompatible signatures; this
module adds what it leaves out on purpose (additions, and changed annotations, which it
does not compare yet) as non-breaking findings. Paths are normalised to what callers
import: `pkg.models.AppGroup.name` rather than `pkg.models.app_group.AppGroup.name`, and
an operation's four functions (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`)
are reported once, as the operation module.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import griffe

from scripts.apidiff.model import Finding

API_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
_MODEL_MEMBER = re.compile(r"^(?P<pkg>\w+)\.models\.\w+\.(?P<rest>[A-Z]\w*(?:\.\w+)*)$")
_MODEL_MODULE = re.compile(r"^\w+\.models\.\w+$")

# Why each kind of griffe breakage breaks a caller, in the report's words.
REASONS = {
    griffe.BreakageKind.OBJECT_REMOVED: "imports of it or attribute access to it fail",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "the name now points to another kind of object",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "existing calls miss an argument (TypeError)",
    griffe.BreakageKind.PARAMETER_REMOVED: "calls passing it raise TypeError",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "calls leaving it out raise TypeError",
    griffe.BreakageKind.PARAMETER_MOVED: "positional calls bind the wrong argument",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "calls passing it that way raise TypeError",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "calls relying on the default change meaning",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "code using the result may break",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "isinstance checks and inherited members break",
}
REMOVED = "every import of it fails"
# Annotation changes are information: the spec finding they come with says if they break.
SEE_SPEC = "see the spec change for whether callers break"


def load_package(package_dir: Path) -> griffe.Object | griffe.Alias | None:
    """Load a package from its directory by static analysis (nothing is imported)."""
    if not (package_dir / "__init__.py").is_file():
        return None
    # griffe logs every unresolvable import of the generated code (httpx, attrs...) as noise.
    logging.getLogger("griffe").setLevel(logging.ERROR)
    return griffe.load(package_dir, search_paths=[package_dir.parent], allow_inspection=False)


def compare_packages(provider: str, package: str, old_dir: Path, new_dir: Path) -> list[Finding]:
    """Findings for `package` between two directories that may or may not hold it."""
    old, new = load_package(old_dir), load_package(new_dir)
    found = _Collector(provider)
    if old is None and new is not None:
        found.add("package-added", package, "new package", "nothing existed to break")
    elif old is not None and new is None:
        found.add("package-removed", package, "package removed", REMOVED, breaking=True)
    elif old is not None and new is not None:
        for breakage in griffe.find_breaking_changes(old, new):
            found.breakage(breakage)
        found.additions(old, new)
    return found.findings


class _Collector:
    """Builds python findings, merging the four functions of an operation into one."""

    def __init__(self, provider: str) -> None:
        self.provider = provider
        self._by_key: dict[tuple[str, str, str | None], Finding] = {}
        self._functions: dict[tuple[str, str, str | None], list[str]] = {}

    @property
    def findings(self) -> list[Finding]:
        return list(self._by_key.values())

    def add(
        self,
        kind: str,
        target: str,
        message: str,
        reason: str,
        *,
        breaking: bool = False,
        param: str | None = None,
        function: str | None = None,
    ) -> None:
        key = (kind, target, param)
        finding = self._by_key.get(key)
        if finding is None:
            location = f"{target}({param})" if param else target
            finding = Finding(
                provider=self.provider,
                source="python",
                kind=f"python-{kind}",
                breaking=breaking,
                location=location,
                symbol=location,
                message=message,
                reason=reason,
                target=target,
                param=param,
            )
            self._by_key[key] = finding
        if function:
            functions = self._functions.setdefault(key, [])
            functions.append(function)
            finding.symbol = _function_symbol(target, functions, param)

    def breakage(self, breakage: griffe.Breakage) -> None:
        target, function = normalise(breakage.obj)
        param = None
        for value in (breakage.old_value, breakage.new_value):
            if isinstance(value, griffe.Parameter):
                param = value.name
        message = breakage.kind.value
        if breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
            message += f" ({_default(breakage.old_value)} -> {_default(breakage.new_value)})"
        kind = breakage.kind.name.lower().replace("_", "-")
        reason = REASONS.get(breakage.kind, "callers of it may break")
        self.add(kind, target, message, reason, breaking=True, param=param, function=function)

    def additions(
        self, old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias
    ) -> None:
        """Public objects and parameters only in `new`, and changed annotations."""
        for name, member in new.members.items():
            if not _public(member):
                continue
            before = old.members.get(name)
            if before is None:
                target, function = normalise(member)
                message = f"new {member.kind.value}"
                self.add(
                    "added",
                    target,
                    message,
                    "new API; existing code is unaffected",
                    function=function,
                )
            elif isinstance(before, griffe.Function) and isinstance(member, griffe.Function):
                self._signature(before, member)
            elif isinstance(before, griffe.Attribute) and isinstance(member, griffe.Attribute):
                self._annotation(member, "annotation", before.annotation, member.annotation)
            elif isinstance(before, griffe.Module | griffe.Class) and before.kind == member.kind:
                self.additions(before, member)
            # Re-exports (aliases) are compared where they are defined; kind changes by griffe.

    def _signature(self, old: griffe.Function, new: griffe.Function) -> None:
        target, function = normalise(new)
        old_params = {p.name: p for p in old.parameters}
        for param in new.parameters:
            previous = old_params.get(param.name)
            if previous is None and param.default is not None:  # a required one: griffe's
                self.add(
                    "parameter-added",
                    target,
                    "new optional parameter",
                    "existing calls still work",
                    param=param.name,
                    function=function,
                )
            elif previous is not None and str(previous.annotation) != str(param.annotation):
                message = f"annotation {previous.annotation} -> {param.annotation}"
                swapped = library_swapped(previous.annotation, param.annotation)
                self.add(
                    "parameter-annotation-changed",
                    target,
                    message,
                    SWAPPED if swapped else SEE_SPEC,
                    breaking=swapped,
                    param=param.name,
                    function=function,
                )
        self._annotation(new, "return annotation", old.returns, new.returns)

    def _annotation(self, new: griffe.Object, what: str, before: Any, after: Any) -> None:
        if str(before) == str(after):
            return
        target, function = normalise(new)
        kind = f"{what.replace(' ', '-')}-changed"
        swapped = library_swapped(before, after)
        self.add(
            kind,
            target,
            f"{what} {before} -> {after}",
            SWAPPED if swapped else SEE_SPEC,
            breaking=swapped,
            function=function,
        )


SWAPPED = "it names another library's type: code passing or holding the old one must change"
_LIBRARY = re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\.[A-Z]")


def library_swapped(before: Any, after: Any) -> bool:
    """Whether an annotation change drops a library's types for another's (`httpx.Client`
    -> `httpx2.Client`): the same shape, but an object of the old library no longer fits."""
    old, new = set(_LIBRARY.findall(str(before))), set(_LIBRARY.findall(str(after)))
    return bool(old - new) and bool(new - old)


def normalise(obj: griffe.Object | griffe.Alias) -> tuple[str, str | None]:
    """(importable path, API function name): what a caller writes to reach `obj`."""
    path = obj.path
    parent = obj.parent
    if obj.name in API_FUNCTIONS and parent is not None and ".api." in parent.path:
        return parent.path, obj.name
    match = _MODEL_MEMBER.match(path)
    if match:
        return f"{match['pkg']}.models.{match['rest']}", None
    if _MODEL_MODULE.match(path) and not obj.is_alias and obj.is_module:
        classes = [m for m in obj.members.values() if not m.is_alias and m.is_class]
        if len(classes) == 1:  # a model module: report the class the package exports
            return f"{path.rsplit('.', 1)[0]}.{classes[0].name}", None
    return path, None


def _public(member: griffe.Object | griffe.Alias) -> bool:
    try:
        return bool(member.is_public) and not member.name.startswith("_")
    except griffe.AliasResolutionError:
        return False


def _default(value: Any) -> str:
    return str(value.default) if isinstance(value, griffe.Parameter) else "?"


def _function_symbol(target: str, functions: list[str], param: str | None) -> str:
    names = (
        "sync/asyncio[_detailed]" if set(functions) == set(API_FUNCTIONS) else "/".join(functions)
    )
    call = f"({param}=...)" if param else "()"
    return f"{target}.{names}{call}"
