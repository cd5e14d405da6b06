"""The build-side parts of `make bench`: regeneration time and import time.

Regeneration runs `python -m scripts.build` on a scratch copy of specs/, config/ and generated/
(`--root`), never on the checkout itself: a full run swaps every package directory by
renames, which would pull modules from under anyone importing them meanwhile (tests, an
editor). The copy's regenerated tree must be byte-identical to generated/, which is what
"regeneration rewrites generated/ with the same files" means; generated/ itself must not
change during the run (`git status` and a digest of its files, before and after).

Import time is measured against `import httpx2` (the HTTP library under the runtime) with
`python -X importtime` in fresh interpreters of a virtualenv
holding the runtime dependencies only (`.bench-venv/`, built once and reused), so the dev
tools installed in .venv do not change what an import costs.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from scripts.bench.common import (
    REPO,
    BenchError,
    Row,
    Target,
    interleaved,
    median,
    paired_ratio,
)

FULL_TARGET = Target("max_seconds", 2.0)
NOOP_TARGET = Target("max_seconds", 0.3)
IMPORT_TARGET = Target("max_ratio", 1.3)
OVERLAY_MODULES = ("push_express", "appaloosa", "app47", "appush", "tulip")
BENCH_VENV = REPO / ".bench-venv"
_DONE = re.compile(r"^done in ([0-9.]+) s$", re.MULTILINE)
_REGENERATED = re.compile(r"^\S+\s+generated\s", re.MULTILINE)  # "<provider> generated ..."


# --- 4. regeneration ------------------------------------------------------------------------


def tree_digest(root: Path) -> str:
    """sha256 over every file under `root` (paths and bytes), `__pycache__` left out."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(root)}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def git_status(paths: Sequence[str]) -> str:
    """`git status --porcelain` of `paths`, or "" where there is no git checkout."""
    try:
        result = subprocess.run(
            ["git", "status", "--porcelain", "--", *paths],
            cwd=REPO, capture_output=True, text=True, check=False,
        )  # fmt: skip
    except OSError:
        return ""
    return result.stdout if result.returncode == 0 else ""


def _tool_env() -> dict[str, str]:
    """The environment of the generator's post-hooks: ruff from next to this Python first."""
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}


def _wall(command: Sequence[str], *, cwd: Path = REPO) -> tuple[float, str]:
    """Run a command, return its wall time and stdout; `BenchError` if it fails."""
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, env=_tool_env(), capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise BenchError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return elapsed, result.stdout


def in_process_seconds(output: str) -> float:
    """The "done in X s" that `scripts.build` prints: its time after the interpreter and its
    own module imports are up."""
    found = _DONE.search(output)
    if found is None:
        raise BenchError(f"scripts.build printed no 'done in': {output!r}")
    return float(found.group(1))


def _scratch_copy(into: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", ".tmp-*")
    for name in ("specs", "config", "generated"):
        shutil.copytree(REPO / name, into / name, ignore=ignore)


def _generator_cli(scratch: Path, out: Path) -> list[list[str]]:
    """The baseline: openapi-python-client's own CLI on each spec, what a team without our
    pipeline (validation, Spectral, schemas, stamps) would run."""
    cli = str(Path(sys.executable).parent / "openapi-python-client")
    commands = []
    for spec in sorted((scratch / "specs").glob("*.yaml")):
        commands.append([
            cli, "generate", "--path", str(spec),
            "--config", str(scratch / "config" / spec.name),
            "--meta", "none", "--overwrite",
            "--custom-template-path", str(REPO / "config" / "templates"),
            "--output-path", str(out / f"{spec.stem}_client"),
        ])  # fmt: skip
    return commands


def generation_rows(*, full_repetitions: int, noop_repetitions: int) -> list[Row]:
    """Full and no-op regeneration of the five specs, on a scratch copy (see the module doc)."""
    watched = ("generated", "specs", "config")
    status_before = git_status(watched)
    digest_before = tree_digest(REPO / "generated")
    generate = [sys.executable, "-m", "scripts.build"]  # run with cwd=REPO
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as temp:
        scratch = Path(temp)
        _scratch_copy(scratch)
        cli_out = scratch / "cli-out"
        in_process: list[float] = []

        def full() -> float:
            elapsed, output = _wall([*generate, "--force", "--root", str(scratch)])
            in_process.append(in_process_seconds(output))
            return elapsed

        def cli() -> float:
            return sum(_wall(command)[0] for command in _generator_cli(scratch, cli_out))

        full_results = interleaved({"ours": full, "baseline": cli}, full_repetitions)
        if tree_digest(scratch / "generated") != digest_before:
            raise BenchError(
                "a full regeneration did not reproduce generated/ byte for byte: the specs "
                "changed without `make generate`, or generation is not deterministic"
            )

        def noop() -> float:
            elapsed, output = _wall([*generate, "--root", str(scratch)])
            if _REGENERATED.search(output):
                raise BenchError(f"a no-op regeneration regenerated something:\n{output}")
            return elapsed

        def startup() -> float:
            return _wall([sys.executable, "-c", "pass"])[0]

        noop_results = interleaved({"ours": noop, "baseline": startup}, noop_repetitions)
        noop_in_process = _noop_in_process(scratch, noop_repetitions)

    if git_status(watched) != status_before or tree_digest(REPO / "generated") != digest_before:
        raise BenchError(
            "generated/ (or specs/, config/) changed while the generation benchmark ran; "
            "the benchmark only touches a scratch copy, so another process changed them: "
            f"git status before:\n{status_before or '(clean)'}\nafter:\n"
            f"{git_status(watched) or '(clean)'}"
        )
    return [
        Row("generation", "full regeneration, 5 specs (`scripts.build --force`, subprocess)",
            median(full_results["ours"]), median(full_results["baseline"]),
            paired_ratio(full_results["ours"], full_results["baseline"]), "s", FULL_TARGET,
            "generator CLI x5"),
        Row("generation", "full regeneration, in-process part (its 'done in')",
            median(in_process), None, None, "s"),
        Row("generation", "no-op regeneration (`scripts.build`, subprocess)",
            median(noop_results["ours"]), median(noop_results["baseline"]),
            paired_ratio(noop_results["ours"], noop_results["baseline"]), "s", NOOP_TARGET,
            "`python -c pass`"),
        Row("generation", "no-op regeneration, in-process (`generate_all`)",
            median(noop_in_process), None, None, "s"),
    ]  # fmt: skip


def _noop_in_process(scratch: Path, repetitions: int) -> list[float]:
    """`generate_all(force=False)` timed in this process, imports already paid."""
    from scripts.build.generate import generate_all

    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        outcomes = generate_all(scratch, force=False, only=())
        times.append(time.perf_counter() - start)
        if any(outcome.action != "unchanged" for outcome in outcomes):
            raise BenchError("a no-op regeneration (in-process) regenerated something")
    return times


# --- 5. import time -------------------------------------------------------------------------


def runtime_requirements() -> list[str]:
    """`[project] dependencies`, pinned to the versions installed here so both environments
    run the same code."""
    with open(REPO / "pyproject.toml", "rb") as file:
        declared: list[str] = tomllib.load(file)["project"]["dependencies"]
    pinned = []
    for requirement in declared:
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        try:
            pinned.append(f"{name.group(0)}=={version(name.group(0))}" if name else requirement)
        except PackageNotFoundError:
            pinned.append(requirement)
    return pinned


def runtime_python() -> tuple[str, str]:
    """A Python with the runtime dependencies only and this project importable (a .pth
    naming the repo root and generated/, as an editable install does), and a description.

    Built once under .bench-venv/ (which ignores itself for git) and rebuilt when the
    requirements change. Falls back to this interpreter when it cannot be built.
    """
    requirements = runtime_requirements()
    marker = BENCH_VENV / ".bench-requirements"
    python = BENCH_VENV / "bin" / "python"
    wanted = "\n".join(requirements) + "\n"
    if python.exists() and marker.exists() and marker.read_text(encoding="utf-8") == wanted:
        return str(python), "runtime dependencies only (.bench-venv)"
    try:
        _quiet([sys.executable, "-m", "venv", "--clear", str(BENCH_VENV)])
        (BENCH_VENV / ".gitignore").write_text("*\n", encoding="utf-8")
        _quiet([str(python), "-m", "pip", "install", "--disable-pip-version-check", *requirements])
        purelib = _quiet(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).strip()
        paths = f"{REPO}\n{REPO / 'generated'}\n"
        (Path(purelib) / "bench_project.pth").write_text(paths, encoding="utf-8")
    except (OSError, subprocess.SubprocessError) as exc:
        if BENCH_VENV.is_dir():  # a half-built venv must not show up in `git status` either
            (BENCH_VENV / ".gitignore").write_text("*\n", encoding="utf-8")
        return sys.executable, f"FALLBACK to {sys.executable} (dev tools too): {exc}"
    marker.write_text(wanted, encoding="utf-8")
    return str(python), "runtime dependencies only (.bench-venv)"


def _quiet(command: Sequence[str]) -> str:
    """Run a set-up command, its output kept unless it fails (then it is in the error)."""
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr)[-1500:]
        raise subprocess.SubprocessError(f"{' '.join(command[:4])} ... failed: {tail}")
    return result.stdout


def parse_importtime(stderr: str) -> list[tuple[int, str, int]]:
    """`-X importtime` lines as (depth, module, cumulative µs)."""
    entries = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if not cumulative.strip().isdigit():
            continue  # the header line
        stripped = name.rstrip()
        depth = (len(stripped) - len(stripped.lstrip())) // 2
        entries.append((depth, stripped.strip(), int(cumulative)))
    return entries


def statement_cost(stderr: str, startup: set[str]) -> float:
    """Seconds spent importing what the `-c` statement imported: the cumulative times of the
    top-level entries that are not part of interpreter start-up."""
    total = sum(
        cumulative
        for depth, name, cumulative in parse_importtime(stderr)
        if depth == 0 and name not in startup
    )
    return total / 1e6


def _importtime(python: str, statement: str) -> str:
    result = subprocess.run(
        [python, "-X", "importtime", "-c", statement],
        cwd=tempfile.gettempdir(),  # not the repo: the current directory is on sys.path
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise BenchError(f"{python} -c {statement!r} failed:\n{result.stderr[-2000:]}")
    return result.stderr


def import_rows(*, repetitions: int) -> tuple[list[Row], str]:
    """Import time of each overlay module against `import httpx2`, and the environment used."""
    python, environment = runtime_python()
    startup = {name for depth, name, _ in parse_importtime(_importtime(python, "pass"))}

    def measure(statement: str) -> float:
        return statement_cost(_importtime(python, statement), startup)

    rows = []
    for name in OVERLAY_MODULES:
        results = interleaved(
            {
                "ours": partial(measure, f"import overlays.{name}"),
                "baseline": partial(measure, "import httpx2"),
            },
            repetitions,
        )
        rows.append(
            Row("imports", f"import overlays.{name} vs import httpx2",
                median(results["ours"]), median(results["baseline"]),
                paired_ratio(results["ours"], results["baseline"]), "ms", IMPORT_TARGET)
        )  # fmt: skip
    return rows, environment
