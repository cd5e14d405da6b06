"""Validate every spec and regenerate its client package: `make generate`
(`python -m scripts.build`).

For each provider (`specs/<name>.yaml` + `config/<name>.yaml` -> `generated/<name>_client`):

1. validate the spec (openapi-spec-validator, our extension lint, then Spectral);
2. generate it with openapi-python-client and the project's templates, from a copy of the
   spec whose operationIds and tags are their Python names (`scripts.build.naming`); for one
   of our own specs (`x-house-style: true`) every generator warning is an error and every
   operation must produce a module; for a published spec, what the generator leaves out (a
   schema it cannot read, and the operations that use it) is a warning naming it;
3. swap the result in atomically: a failed run leaves `generated/` as it was.

Every problem is one line on stderr (`generate: error: specs/x.yaml: ...`), exit status 1;
no traceback reaches the person running it (`GENERATE_TRACEBACK=1` shows one for a bug).

Generation is incremental: a package whose inputs (spec, config, templates, generator
and formatter versions) hash to the digest recorded in its `.generated-from` file is
left alone. `--check` regenerates everything into a temporary directory and fails with
a diff when it differs from what is committed (`make check-generated`).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import difflib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from scripts.build import resources
from scripts.build.fake_spec import fake_spec_json
from scripts.build.naming import name_bracketed_fields, python_name
from scripts.build.response_schemas import response_schemas_json
from scripts.build.speclib import (
    REPO,
    Provider,
    SpecError,
    for_generator,
    format_finding,
    house_style,
    one_line,
    operations,
    providers,
    resolve,
    spectral_findings,
    start_spectral,
    validate_openapi,
)

STAMP_FILE = ".generated-from"
# Every module of the build package (this one, resources, response_schemas, fake_spec,
# speclib...): each writes or decides part of the package, so each is an input; so is the
# provider's descriptor, from which the facade (`<package>/facade.py`) is written (its own
# entry in the registry, not the whole file: adding a provider leaves the others alone).
PIPELINE_FILES = (
    *sorted(Path(__file__).resolve().parent.glob("*.py")),
    REPO / "overlays" / "_descriptor.py",
)


def _descriptor_text(provider: Provider) -> bytes:
    """The provider's registry entry as data (its dataclass repr), or nothing."""
    from overlays._registry import PROVIDERS

    descriptor = PROVIDERS.get(provider.name)
    return repr(descriptor).encode() if descriptor is not None else b""


TEMPLATES = REPO / "config" / "templates"


@dataclass(frozen=True)
class Outcome:
    provider: Provider
    action: str  # "generated", "unchanged"
    seconds: float
    detail: str
    warnings: tuple[str, ...] = ()


def input_digest(provider: Provider) -> str:
    """Hash of everything the generated package is a function of."""
    digest = hashlib.sha256()
    parts: list[tuple[str, bytes]] = [
        ("spec", provider.spec_path.read_bytes()),
        ("config", provider.config_path.read_bytes()),
        ("openapi-python-client", version("openapi-python-client").encode()),
        ("ruff", version("ruff").encode()),
        # The build writes part of the package (_spec_extensions.json, the schemas, the stamp).
        *((f"pipeline {path.name}", path.read_bytes()) for path in PIPELINE_FILES),
        ("descriptor", _descriptor_text(provider)),
    ]
    if TEMPLATES.is_dir():
        for template in sorted(TEMPLATES.rglob("*")):
            if template.is_file():
                parts.append((f"template {template.relative_to(TEMPLATES)}", template.read_bytes()))
    for name, data in parts:
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def recorded_digest(package_dir: Path) -> str | None:
    stamp = package_dir / STAMP_FILE
    if not stamp.is_file():
        return None
    for line in stamp.read_text(encoding="utf-8").splitlines():
        if line.startswith("inputs-sha256 "):
            return line.split(" ", 1)[1].strip()
    return None


def _stamp_text(provider: Provider, digest: str) -> str:
    return (
        "# Written by `python -m scripts.build`: the package was generated from these inputs.\n"
        f"# Do not edit; run `make generate` after changing {provider.rel(provider.spec_path)}.\n"
        f"spec {provider.rel(provider.spec_path)}\n"
        f"config {provider.rel(provider.config_path)}\n"
        f"openapi-python-client {version('openapi-python-client')}\n"
        f"ruff {version('ruff')}\n"
        f"inputs-sha256 {digest}\n"
    )


def _generator_problems(errors: Sequence[Any]) -> list[str]:
    """Every generator message, warning or error, as one readable line each."""
    lines = []
    for error in errors:
        detail = f": {error.detail}" if getattr(error, "detail", None) else ""
        lines.append(one_line(f"[{error.level.value.lower()}] {error.header}{detail}"))
    return lines


def _fatal(problem: str) -> bool:
    """A generator problem no published spec may have: the document unreadable, the
    formatter failed or missing (the package would not be valid Python)."""
    return problem.startswith("[error]") or "Skipping Integration" in problem


def _template_cache(root: Path) -> Any:
    """Jinja's compiled-template cache in `.generate-cache/` (git-ignored). Entries are keyed
    by template name and source checksum, so a changed template is simply compiled again."""
    from jinja2 import FileSystemBytecodeCache

    directory = root / ".generate-cache" / "jinja"
    directory.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(directory))


def _run_generator(provider: Provider, spec: dict[str, Any], output: Path) -> list[str]:
    """Generate `provider` into `output` (which must not exist) or raise `SpecError`;
    return the warnings a published spec may have (see the module's docstring).

    This is openapi-python-client's own `generate()`, unrolled, through its public API
    (`GeneratorData.from_dict`, `Project`, `Project.env`, `Project.build()`), for two
    savings that leave the output unchanged: the generator gets the spec already parsed and
    validated (its pure-Python YAML parser is the slowest part of its start), and its Jinja
    templates are compiled once and cached on disk instead of once per provider and run.
    Two steps are added: bracketed field names are named (`scripts.build.naming`) between
    parsing and rendering, and the resource objects are written (`scripts.build.resources`)
    after `build()`, so the config's post-hooks run after that, here, not inside `build()`.
    """
    # Imported here: the generator is a dev dependency and slow to import.
    import attrs
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    label = provider.rel(provider.spec_path)
    try:
        config_file = ConfigFile.load_from_path(path=provider.config_path)
    except Exception as exc:
        raise SpecError(f"{provider.rel(provider.config_path)}: invalid config: {exc}") from exc
    if config_file.package_name_override != provider.package:
        raise SpecError(
            f"{provider.rel(provider.config_path)}: package_name_override must be "
            f"{provider.package!r} (the import name is fixed by the spec file name)"
        )
    config = Config.from_sources(
        config_file, MetaType.NONE, provider.spec_path, "utf-8", True, output_path=output
    )
    templates = TEMPLATES if TEMPLATES.is_dir() else None
    # A copy (the parser may keep or change parts of the document it is given) whose
    # operationIds and tags are the Python names the rest of the build uses.
    openapi = GeneratorData.from_dict(for_generator(spec), config=config)
    problems: list[str] = []
    if isinstance(openapi, GeneratorError):
        problems += _generator_problems([openapi])
    else:
        problems += name_bracketed_fields(openapi, config)
        project = Project(
            openapi=openapi,
            custom_template_path=templates,
            config=attrs.evolve(config, post_hooks=[]),  # run below, once all is written
        )
        project.env.bytecode_cache = _template_cache(provider.root)
        planned = resources.prepare(project.env, openapi, spec)
        problems += resources.dropped_model_problems(openapi)
        with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <tmp dir>"
            problems += _generator_problems(project.build())
        resources.write(project.env, planned, project.package_dir, project.package_name)
        problems += _run_post_hooks(config.post_hooks, project.project_dir)
    # A warning usually means an operation or a schema was skipped: a missing feature. Our
    # own specs may have none; a published one may, as long as the package is whole.
    fatal = problems if house_style(spec) else [p for p in problems if _fatal(p)]
    if fatal:
        raise SpecError(f"{label}: openapi-python-client", fatal)
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return [f"{label}: openapi-python-client: {problem}" for problem in problems]


def _run_post_hooks(hooks: Sequence[str], cwd: Path) -> list[str]:
    """The config's `post_hooks` (ruff's fixes, then its formatter), run as the generator's
    `build()` runs them; a problem per hook that is missing or fails."""
    problems = []
    for command in hooks:
        name = command.split(" ", 1)[0]
        if shutil.which(name) is None:
            problems.append(f"[warning] Skipping Integration: {name} is not in PATH")
            continue
        done = subprocess.run(command, cwd=cwd, shell=True, capture_output=True, check=False)
        if done.returncode != 0:
            detail = one_line((done.stderr or done.stdout).decode(errors="replace"))
            detail = detail or f"`{command}` exited with status {done.returncode}"
            problems.append(f"[error] {name} failed: {detail[:400]}")
    return problems


def _check_endpoints(provider: Provider, spec: dict[str, Any], package_dir: Path) -> list[str]:
    """Every operation of the spec must have produced `api/<tag>/<operation>.py`: an error
    for one of our own specs; for a published one, a warning per operation left out (the
    generator's own warning says why)."""
    missing = []
    for op in operations(spec):
        module = package_dir / "api" / op.tag / f"{op.operation_id}.py"
        if not module.is_file():
            missing.append(f"{op.label}: no generated module api/{op.tag}/{module.name}")
    label = provider.rel(provider.spec_path)
    if missing and house_style(spec):
        raise SpecError(f"{label}: operations with no generated module", missing)
    return [f"{label}: left out of the client: {line}" for line in missing]


def _parameter_default(spec: dict[str, Any], operation: dict[str, Any], name: str | None) -> Any:
    """The schema default of the operation's query parameter `name` (the page size the server
    uses when none is sent), or None."""
    for parameter in operation.get("parameters", []):
        parameter = resolve(spec, parameter)
        if parameter.get("name") == name and parameter.get("in") == "query":
            return resolve(spec, parameter.get("schema", {})).get("default")
    return None


def _extension_table(provider: Provider, spec: dict[str, Any]) -> str:
    """`_spec_extensions.json`: what the runtime needs from the spec, keyed by operation
    module (data, not a module: the runtime imports no generated package)."""

    def attrs(pointer: str) -> list[str]:
        return [python_name(part, prefix="field") for part in pointer.split("/")[1:]]

    table: dict[str, dict[str, Any]] = {}
    for op in operations(spec):
        entry: dict[str, Any] = {"method": op.method, "path": op.path, "tag": op.tag}
        if op.spec.get("x-idempotent"):
            entry["idempotent"] = True
        if "x-image-upload" in op.spec:
            entry["image_upload"] = dict(op.spec["x-image-upload"])
        if op.spec.get("x-final-statuses"):
            entry["final_statuses"] = sorted(op.spec["x-final-statuses"])
        pagination = op.spec.get("x-pagination")
        if pagination:
            entry["pagination"] = dict(pagination)
            for key in ("items", "total", "count", "offset"):
                if key in pagination:
                    entry["pagination"][f"{key}_attrs"] = attrs(pagination[key])
            default_size = _parameter_default(spec, op.spec, pagination.get("size_param"))
            if default_size is not None:
                entry["pagination"]["default_size"] = default_size
        table[op.operation_id] = entry
    document = {
        "description": (
            f"Vendor extensions of {provider.rel(provider.spec_path)}, by operation module; "
            "written by `python -m scripts.build` (make generate) for the runtime; do not edit."
        ),
        "operations": table,
    }
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def build_package(
    provider: Provider, spec: dict[str, Any], dest_parent: Path, warnings: list[str] | None = None
) -> Path:
    """Generate `provider` into a fresh directory under `dest_parent` and return it; what a
    published spec may have but should not is appended to `warnings`."""
    staging = Path(tempfile.mkdtemp(prefix=f".tmp-{provider.package}-", dir=dest_parent))
    output = staging / provider.package
    found: list[str] = []
    try:
        found += _run_generator(provider, spec, output)
        found += _check_endpoints(provider, spec, output)
        (output / "_spec_extensions.json").write_text(
            _extension_table(provider, spec), encoding="utf-8"
        )
        (output / "_response_schemas.json").write_text(
            response_schemas_json(spec), encoding="utf-8"
        )
        (output / "_fake_spec.json").write_text(fake_spec_json(spec), encoding="utf-8")
        (output / STAMP_FILE).write_text(
            _stamp_text(provider, input_digest(provider)), encoding="utf-8"
        )
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if warnings is not None:
        warnings.extend(found)
    return output


Built = tuple[Path, float, list[str]]
"""A package built: where, in how many seconds, with which warnings."""


def _timed_build(provider: Provider, spec: dict[str, Any], dest_parent: Path) -> Built:
    began = time.perf_counter()
    warnings: list[str] = []
    package = build_package(provider, spec, dest_parent, warnings)
    return package, time.perf_counter() - began, warnings


def _build_many(
    stale: Sequence[Provider], specs: dict[Provider, dict[str, Any]], dest_parent: Path
) -> dict[Provider, Built]:
    """Build every stale package, in parallel processes when there are several: each
    build is a CPU-bound, independent run of the generator."""
    workers = min(len(stale), os.cpu_count() or 1)
    if workers < 2:
        return {p: _timed_build(p, specs[p], dest_parent) for p in stale}
    # Imported before the workers fork, so that each does not import the generator again.
    import openapi_python_client.parser  # noqa: F401

    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        futures = {p: pool.submit(_timed_build, p, specs[p], dest_parent) for p in stale}
        return {p: future.result() for p, future in futures.items()}


def swap_in(new_package: Path, target: Path) -> None:
    """Replace `target` by `new_package` with renames, so readers never see half a package."""
    staging = new_package.parent
    backup = staging / "previous"
    if target.exists():
        target.rename(backup)
    try:
        new_package.rename(target)
    except BaseException:
        if backup.exists():
            backup.rename(target)
        raise
    shutil.rmtree(staging, ignore_errors=True)


@dataclass
class _Lint:
    """Spectral, running on the selected specs while Python validates and generates, and
    what the run has to say that is no error (printed once everything passed)."""

    process: subprocess.Popen[str] | None
    root: Path
    published: frozenset[Path]
    """The specs not written here (no `x-house-style`): Spectral's errors about them are
    their authors' to fix, so they are warnings here."""
    warnings: list[str]


def _validate(
    selected: Sequence[Provider], root: Path
) -> tuple[dict[Provider, dict[str, Any]], _Lint]:
    """Start Spectral on the selected specs, then validate them (raise `SpecError` on the
    first invalid one); `_finish_lint` waits for Spectral's verdict. Spectral, a Node
    program, runs while Python validates and generates."""
    specs: dict[Provider, dict[str, Any]] = {}
    lint = _Lint(None, root, frozenset(), [])
    if not selected:
        return specs, lint
    for provider in selected:
        if not provider.config_path.is_file():
            raise SpecError(
                f"{provider.rel(provider.spec_path)}: no generator config at "
                f"{provider.rel(provider.config_path)}"
            )
    lint.process = start_spectral([p.spec_path for p in selected], root=selected[0].root)
    with _linted(lint, wait=False):
        for provider in selected:
            warnings: list[str] = []
            specs[provider] = validate_openapi(provider, warnings)
            label = provider.rel(provider.spec_path)
            lint.warnings += [f"{label}: {warning}" for warning in warnings]
        published = [p.spec_path.resolve() for p in selected if not house_style(specs[p])]
        lint.published = frozenset(published)
    return specs, lint


def _finish_lint(lint: _Lint) -> None:
    """Wait for Spectral: raise `SpecError` listing its errors about our own specs; keep
    its warnings (one line each for our specs, one line per rule for a published one)."""
    if lint.process is None:
        return
    findings = spectral_findings(lint.process)
    lint.process = None
    errors = []
    by_rule: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for finding in findings:
        source = Path(str(finding.get("source", "?")))
        if source.resolve() in lint.published:
            rel = format_finding(finding, lint.root).split(":", 1)[0]
            by_rule.setdefault((rel, str(finding.get("code"))), []).append(finding)
        elif finding.get("severity") == 0:
            errors.append(format_finding(finding, lint.root))
        elif finding.get("severity") == 1:
            lint.warnings.append(format_finding(finding, lint.root))
    for _, found in sorted(by_rule.items()):
        if all(f.get("severity", 0) > 1 for f in found):
            continue  # information and hints
        first = format_finding({**found[0], "severity": 1}, lint.root)
        more = f" ({len(found) - 1} more like it)" if len(found) > 1 else ""
        lint.warnings.append(f"Spectral: {first.replace(': warning ', ': ', 1)}{more}")
    if errors:
        raise SpecError("Spectral", errors)


@contextlib.contextmanager
def _linted(lint: _Lint, *, wait: bool = True) -> Iterator[None]:
    """Run the body (validating, building packages) while Spectral lints; with `wait`,
    leave only once it has passed.

    On any failure, Spectral is stopped and the exception propagates: nothing built in
    the body has been swapped in yet.
    """
    try:
        yield
        if wait:
            _finish_lint(lint)
    except BaseException:
        if lint.process is not None and lint.process.poll() is None:
            lint.process.kill()
            lint.process.communicate()
        raise


def generate_all(
    root: Path, *, force: bool, only: Sequence[str], warnings: list[str] | None = None
) -> list[Outcome]:
    """Regenerate the packages whose inputs changed (all of them with `force`); what a
    published spec lacks, or the generator left out of it, is appended to `warnings`."""
    chosen = [p for p in providers(root) if not only or p.name in only]
    unknown = set(only) - {p.name for p in chosen}
    if unknown:
        raise SpecError(f"no spec for: {', '.join(sorted(unknown))}")
    outcomes = []
    stale = []
    for provider in chosen:
        start = time.perf_counter()
        if not force and provider.config_path.is_file():
            digest = input_digest(provider)
            if recorded_digest(provider.package_dir) == digest:
                elapsed = time.perf_counter() - start
                outcomes.append(Outcome(provider, "unchanged", elapsed, f"inputs {digest[:12]}"))
                continue
        stale.append(provider)
    start = time.perf_counter()
    specs, lint = _validate(stale, root)
    (root / "generated").mkdir(exist_ok=True)
    built: dict[Provider, Built] = {}
    try:
        with _linted(lint):
            built = _build_many(stale, specs, root / "generated")
    except BaseException:
        for leftover in (root / "generated").glob(".tmp-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        raise
    if warnings is not None:
        warnings.extend(lint.warnings)
    # What is not building time (validation, the wait for Spectral) is shared out evenly.
    overhead = (time.perf_counter() - start - sum(b[1] for b in built.values())) / max(
        len(stale), 1
    )
    for provider, (package, seconds, found) in built.items():
        swap_in(package, provider.package_dir)
        count = sum(1 for _ in operations(specs[provider]))
        files = sum(1 for f in provider.package_dir.rglob("*.py"))
        detail = f"{count} operations, {files} modules"
        outcomes.append(Outcome(provider, "generated", seconds + overhead, detail, tuple(found)))
        if warnings is not None:
            warnings.extend(found)
    return outcomes


def _tree(root: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[str(path.relative_to(root))] = path.read_bytes()
    return files


def check_generated(root: Path) -> list[str]:
    """Regenerate everything into a temporary directory; return the diff against `generated/`."""
    chosen = providers(root)
    specs, lint = _validate(chosen, root)
    diff: list[str] = []
    with tempfile.TemporaryDirectory(prefix="check-generated-") as scratch, _linted(lint):
        for provider in chosen:
            fresh = _tree(build_package(provider, specs[provider], Path(scratch)))
            committed = _tree(provider.package_dir) if provider.package_dir.exists() else {}
            for name in sorted(set(fresh) | set(committed)):
                if fresh.get(name) == committed.get(name):
                    continue
                old = committed.get(name, b"").decode("utf-8", "replace").splitlines(True)
                new = fresh.get(name, b"").decode("utf-8", "replace").splitlines(True)
                where = f"generated/{provider.package}/{name}"
                diff.extend(difflib.unified_diff(old, new, f"a/{where}", f"b/{where}"))
                if not old or not new:
                    diff.append(f"{'added' if not old else 'deleted'}: {where}\n")
    expected = {p.package for p in chosen}
    for extra in sorted((root / "generated").glob("*_client")):
        if extra.name not in expected:
            diff.append(f"generated/{extra.name} has no spec in specs/ (delete it)\n")
    return diff


def _run(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    if args.check:
        start = time.perf_counter()
        diff = check_generated(root)
        if diff:
            sys.stdout.writelines(diff)
            print(
                "\ncheck-generated: generated/ differs from what the specs produce; "
                "run `make generate` and commit the result.",
                file=sys.stderr,
            )
            return 1
        elapsed = time.perf_counter() - start
        print(f"check-generated: generated/ matches the specs ({elapsed:.2f} s)")
        return 0
    total = time.perf_counter()
    warnings: list[str] = []
    for outcome in generate_all(root, force=args.force, only=args.providers, warnings=warnings):
        print(
            f"{outcome.provider.name:<13} {outcome.action:<9} "
            f"{outcome.detail} in {outcome.seconds:.2f} s"
        )
    for warning in warnings:
        print(f"generate: warning: {warning}", file=sys.stderr)
    print(f"done in {time.perf_counter() - total:.2f} s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.build", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("providers", nargs="*", help="only these providers (default: all)")
    parser.add_argument("--force", action="store_true", help="regenerate even if unchanged")
    parser.add_argument(
        "--check", action="store_true", help="fail with a diff if generated/ is stale"
    )
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    # The generator's post-hooks call ruff; use the one installed next to this Python.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    try:
        return _run(args)
    except SpecError as exc:
        for line in exc.lines:
            print(f"generate: error: {line}", file=sys.stderr)
    except KeyboardInterrupt:
        print("generate: interrupted; generated/ is as it was", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours, or a spec no rule foresaw: one line, no trace
        if os.environ.get("GENERATE_TRACEBACK"):
            raise
        print(
            f"generate: error: internal error: {type(exc).__name__}: {one_line(exc)[:300]} "
            "(GENERATE_TRACEBACK=1 shows where; generated/ is as it was)",
            file=sys.stderr,
        )
    return 1
