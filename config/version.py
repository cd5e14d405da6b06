"""The distribution's version, derived from git: hatchling's `code` version source calls
`version()` at every build (pyproject.toml, `[tool.hatch.version]`).

- on a release tag `vX.Y.Z`, clean tree: `X.Y.Z`;
- N commits past it, or a tree that differs from its last commit: the next patch's
  development release, `X.Y.(Z+1).devN+g<commit>`, plus `.d<tree>` when the tree is dirty:
  `<tree>` is git's hash of the working tree's content (tracked and untracked files, less
  what .gitignore keeps out), so two builds of different trees never share a version and a
  rebuilt wheel always reinstalls; before the first tag the next release is 0.1.0;
- no git work tree rooted here (a tarball, git not installed): `0.0.0+unknown`, fixed. A
  tree built from an sdist never gets here: hatchling reads the sdist's PKG-INFO instead.

Release flow (docs/install.md, "Releasing"): `make api-diff BASE=<last tag>`
decides the number, then `git tag vX.Y.Z` and `make dist`.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FALLBACK = "0.0.0+unknown"
"""The version of a tree that is not a git work tree of its own."""
FIRST = (0, 1, 0)
"""The release the commits before the first tag lead to."""
TAG = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")
_HASH = 12  # hex digits of the commit and the tree hash in the local version


def _git(root: Path, *args: str, env: dict[str, str] | None = None) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            env=env,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):  # no git, or it hung
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def tree_hash(root: Path) -> str | None:
    """git's tree hash of the working tree as it is (what `git add -A; git write-tree`
    would record), computed in a throwaway index: the repository's own index is untouched."""
    with tempfile.TemporaryDirectory() as scratch:
        # An empty index: every file is read and hashed. Starting from a copy of the
        # repository's index is faster but trusts its stat data, and a file rewritten in the
        # same second with the same size then looks unchanged (seen under load in CI).
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(scratch) / "index")}
        if _git(root, "add", "--all", "--", ".", env=env) is None:
            return None
        return _git(root, "write-tree", env=env)


def _last_tag(root: Path) -> tuple[tuple[int, int, int], int] | None:
    """The newest `vX.Y.Z` tag reachable from HEAD and the commits since, or None."""
    described = _git(root, "describe", "--tags", "--long", "--match", "v[0-9]*", "HEAD")
    if described is None:
        return None
    tag, distance, _ = described.rsplit("-", 2)
    match = TAG.match(tag)
    if match is None:
        return None
    major, minor, patch = (int(part) for part in match.groups())
    return (major, minor, patch), int(distance)


def version(root: Path | str = ROOT) -> str:
    """The version of the tree at `root` (see the module's docstring)."""
    root = Path(root).resolve()
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None or Path(top).resolve() != root:  # not a work tree, or another project's
        return FALLBACK
    tree = tree_hash(root)
    if tree is None:
        return FALLBACK
    commit = _git(root, "rev-parse", f"--short={_HASH}", "HEAD")
    if commit is None:  # no commit yet
        return f"{'.'.join(map(str, FIRST))}.dev0+d{tree[:_HASH]}"
    dirty = tree != _git(root, "rev-parse", "HEAD^{tree}")
    last = _last_tag(root)
    if last is not None and last[1] == 0 and not dirty:
        return ".".join(map(str, last[0]))
    if last is None:
        release = FIRST
        distance = int(_git(root, "rev-list", "--count", "HEAD") or 0)
    else:
        (major, minor, patch), distance = last
        release = (major, minor, patch + 1)
    local = f"g{commit}" + (f".d{tree[:_HASH]}" if dirty else "")
    return f"{'.'.join(map(str, release))}.dev{distance}+{local}"


if __name__ == "__main__":
    print(version())
