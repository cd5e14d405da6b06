"""The fork of openapi-python-client's templates stays mergeable.

`config/templates/` overrides some of the generator's templates (same relative path); for
each, `config/upstream-templates/` holds the generator's own template as the pinned version
installs it: the base of a three-way merge when the generator is upgraded
(docs/pipeline/template-fork.md). The bases are outside `config/templates/`, the only
directory the generator searches before its own templates, so they are never used to
generate.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import openapi_python_client
import pytest

from scripts.build.generate import TEMPLATES
from scripts.build.speclib import REPO, load_spec, providers

UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
BASES = REPO / "config" / "upstream-templates"
GENERATOR = f"openapi-python-client {version('openapi-python-client')}"


def names(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


OVERRIDES = sorted(names(TEMPLATES) & names(UPSTREAM))


def test_every_base_is_the_installed_generators_template() -> None:
    changed = sorted(
        name
        for name in names(BASES)
        if not (UPSTREAM / name).is_file()
        or (UPSTREAM / name).read_bytes() != (BASES / name).read_bytes()
    )
    assert not changed, (
        f"{GENERATOR} no longer ships these templates as config/upstream-templates/ has them: "
        f"{changed}. Merge its changes into ours, then record the new base, for each F:\n"
        f"  git merge-file config/templates/F config/upstream-templates/F {UPSTREAM}/F\n"
        f"  cp {UPSTREAM}/F config/upstream-templates/F\n"
        "(an upstream template that is gone: drop the override and its base)"
    )


def test_every_override_has_its_base_and_every_base_an_override() -> None:
    # A template of ours that takes an upstream name (a new override, or a new upstream
    # template) needs its base; a base whose override was dropped goes too.
    assert sorted(names(BASES)) == OVERRIDES


@pytest.mark.parametrize("name", OVERRIDES)
def test_every_override_changes_its_base(name: str) -> None:
    assert (TEMPLATES / name).read_bytes() != (BASES / name).read_bytes(), (
        f"config/templates/{name} is the generator's own: delete it (and its base)"
    )


def test_the_generator_finds_our_overrides_and_never_the_bases(tmp_path: Path) -> None:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    provider = next(p for p in providers() if p.name == "tulip")  # the smallest spec
    config = Config.from_sources(
        ConfigFile.load_from_path(path=provider.config_path),
        MetaType.NONE, provider.spec_path, "utf-8", True, output_path=tmp_path / "out",
    )  # fmt: skip
    openapi = GeneratorData.from_dict(load_spec(provider), config=config)
    assert isinstance(openapi, GeneratorData)
    project = Project(openapi=openapi, custom_template_path=TEMPLATES, config=config)
    assert project.env.loader is not None
    for name in sorted(names(UPSTREAM)):
        _, filename, _ = project.env.loader.get_source(project.env, name)
        expected = TEMPLATES / name if name in OVERRIDES else UPSTREAM / name
        assert Path(filename or "").resolve() == expected.resolve(), name
    assert not BASES.resolve().is_relative_to(TEMPLATES.resolve())


def test_the_build_uses_no_private_part_of_the_generator() -> None:
    """No subclass of `Project` overriding its private steps, no private attribute of a
    project, no change to the generator's module state (`strings.DELIMITERS`)."""
    private = re.compile(r"\(Project\)|\bproject\._\w|\bDELIMITERS\b|openapi_python_client\.\w+\._")
    found = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in sorted((REPO / "scripts").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if private.search(line)
    ]
    assert found == []
