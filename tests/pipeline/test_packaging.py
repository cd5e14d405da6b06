"""The Makefile's targets say what they do, and the package's version changes with its
content: a rebuilt wheel of a changed tree never installs as the one before."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _target_comments() -> dict[str, str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return dict(re.findall(r"^([\w-]+):[^\n]*?##\s*(.*)$", text, re.M))


def test_the_demo_target_says_it_runs_the_fakes() -> None:
    comment = _target_comments()["demo"]
    assert "Prism" not in comment, comment
    assert "fake" in comment, comment


# -- the version ----------------------------------------------------------------------------


def _run(root: Path, *args: str) -> None:
    subprocess.run(args, cwd=root, check=True, capture_output=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's build configuration in a git repository of its own, with a
    first commit tagged v1.2.3."""
    root = tmp_path / "project"
    (root / "config").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", root)
    shutil.copy(ROOT / "config" / "version.py", root / "config")
    (root / ".gitignore").write_text("dist/\n", encoding="utf-8")
    (root / "code.py").write_text("A = 1\n", encoding="utf-8")
    _run(root, "git", "init", "-q")
    _run(root, "git", "add", "-A")
    _run(root, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "first")
    _run(root, "git", "tag", "v1.2.3")
    return root


def _version(root: Path) -> str:
    """The version hatchling gives the distribution built from `root`."""
    from hatchling.metadata.core import ProjectMetadata
    from hatchling.plugin.manager import PluginManager

    return ProjectMetadata(str(root), PluginManager()).version


def test_every_build_of_a_changed_tree_has_a_new_version(project: Path) -> None:
    assert _version(project) == "1.2.3"
    (project / "code.py").write_text("A = 2\n", encoding="utf-8")
    first = _version(project)
    (project / "code.py").write_text("A = 3\n", encoding="utf-8")
    second = _version(project)
    assert first != second
    assert re.fullmatch(r"1\.2\.4\.dev0\+g[0-9a-f]{12}\.d[0-9a-f]{12}", first), first
    (project / "new.py").write_text("B = 1\n", encoding="utf-8")  # untracked counts too
    assert _version(project) not in {first, second}
    (project / "new.py").unlink()
    (project / "code.py").write_text("A = 2\n", encoding="utf-8")
    assert _version(project) == first  # the same content, the same version
    (project / "dist").mkdir()
    (project / "dist" / "old.whl").write_bytes(b"ignored")
    assert _version(project) == first  # what .gitignore keeps out does not count
    _run(project, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "two")
    assert re.fullmatch(r"1\.2\.4\.dev1\+g[0-9a-f]{12}", _version(project))


def test_without_git_the_version_is_a_fixed_one(project: Path) -> None:
    shutil.rmtree(project / ".git")
    assert _version(project) == "0.0.0+unknown"
