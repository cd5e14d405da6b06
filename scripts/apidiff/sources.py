"""The two sides of the comparison: a git ref, exported read-only, and the working tree.

The base is extracted with `git archive` into a temporary directory rather than checked
out or put in a worktree, so running the report never touches the index, HEAD or the
working tree of a checkout someone may be editing.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

# What the comparison reads from each side.
PARTS = ("specs", "config", "generated")


class SourceError(Exception):
    """The base cannot be read (not a git repository, unknown ref...)."""


def _git(repo: Path, *args: str) -> bytes:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise SourceError(f"git {' '.join(args)}: {message}")
    return result.stdout


def export(repo: Path, ref: str, dest: Path) -> Path:
    """Extract `specs/`, `config/` and `generated/` as of `ref` into `dest`; returns `dest`."""
    _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    listed = _git(repo, "ls-tree", "--name-only", ref, "--", *PARTS).decode().split()
    dest.mkdir(parents=True, exist_ok=True)
    if listed:
        archive = _git(repo, "archive", "--format=tar", ref, "--", *listed)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter="data")
    return dest


def _files(root: Path) -> dict[str, bytes]:
    """Every file under `root` (a file or a directory), compiled caches left out."""
    if root.is_file():
        return {"": root.read_bytes()}
    if not root.is_dir():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def same_files(base: Path, work: Path, relative: Path) -> bool:
    """Whether a file or directory is byte-identical on both sides."""
    return _files(base / relative) == _files(work / relative)


def changed_providers(base: Path, work: Path) -> list[tuple[str, str]]:
    """(provider, status) for each provider whose spec or generated package differ.

    Status is `added` (no spec at base), `removed` (no spec now) or `changed`; untracked
    files count, since they are compared as files rather than through git.
    """
    names = sorted({p.stem for side in (base, work) for p in (side / "specs").glob("*.yaml")})
    out = []
    for name in names:
        paths = (Path("specs") / f"{name}.yaml", Path("generated") / f"{name}_client")
        if all(same_files(base, work, p) for p in paths):
            continue
        before, now = (side / paths[0] for side in (base, work))
        status = "added" if not before.is_file() else "removed" if not now.is_file() else "changed"
        out.append((name, status))
    return out
