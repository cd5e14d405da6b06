"""Add a provider from any OpenAPI 3.0 or 3.1 spec, in one command:

    make new-provider NAME=<name> SPEC=<path>
    python -m scripts.new_provider <name> <path>

It writes `specs/<name>.yaml` (the spec as it is, a JSON one as YAML), `config/<name>.yaml`,
the descriptor (an entry in overlays/_registry.py, `derive`), the public module
`overlays/<name>.py` and the package in pyproject.toml's wheel list; then it regenerates
(`python -m scripts.build <name>`) and, in a fresh interpreter, imports `overlays.<name>`,
makes a client and a fake and calls one operation through the resource object. What it told
from the spec and what it could not (one line each, with the file to edit) is printed.

A name that is not a Python identifier, one already taken, or no spec at the path: a
one-line error, exit 2, nothing written. Any later failure (an invalid spec, the generator,
the smoke test): one line per problem, exit 1, and every file is as it was.
"""

from __future__ import annotations

import argparse
import keyword
import os
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from scripts.build.speclib import REPO, SpecError, load_yaml, one_line
from scripts.new_provider.derive import Descriptor, derive, summary
from scripts.new_provider.query_in_path import QueryInPathError, split_queries

PROG = "new-provider"
_MARKER = "\n)\n\nPROVIDERS: dict[str, Provider]"
"""Where `_DESCRIPTORS` ends in overlays/_registry.py: a new entry goes just before."""


class Refused(Exception):
    """Nothing was written: a usage error (exit 2)."""


class Failed(Exception):
    """Something went wrong after writing began: rolled back (exit 1); one line per problem."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = [one_line(line) for line in lines if line.strip()] or ["failed"]
        super().__init__("\n".join(self.lines))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"{PROG}: error: {message} (usage: make new-provider NAME=<name> SPEC=<path>)",
              file=sys.stderr)  # fmt: skip
        raise SystemExit(2)


@dataclass
class Journal:
    """What was written, to undo: files made (removed) and files changed (restored)."""

    made: list[Path] = field(default_factory=list)
    changed: dict[Path, bytes] = field(default_factory=dict)

    def write(self, path: Path, text: str) -> None:
        if path.exists():
            self.changed.setdefault(path, path.read_bytes())
        else:
            self.made.append(path)
        path.write_text(text, encoding="utf-8")

    def roll_back(self) -> None:
        import shutil

        for path in reversed(self.made):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        for path, data in self.changed.items():
            path.write_bytes(data)


def check_name(name: str, root: Path) -> None:
    """Refuse (`Refused`) a name no provider can have, or one already taken."""
    if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
        hint = "_".join(part for part in "".join(
            c if c.isalnum() else "_" for c in name.lower()).split("_") if part)  # fmt: skip
        example = f" such as {hint!r}" if hint.isidentifier() and hint else ""
        raise Refused(
            f"{name!r} is not a valid provider name: it must be a Python identifier, no "
            f"keyword, not starting with _ (it names overlays.<name>){example}"
        )
    taken = [
        root / "specs" / f"{name}.yaml",
        root / "config" / f"{name}.yaml",
        root / "overlays" / f"{name}.py",
        root / "overlays" / name,
        root / "generated" / f"{name}_client",
    ]
    if name in registered(root):
        raise Refused(f"a provider named {name!r} already exists (overlays/_registry.py)")
    for path in taken:
        if path.exists():
            where = path.relative_to(root)
            raise Refused(f"the name {name!r} is taken: {where} exists")


def registered(root: Path) -> set[str]:
    """The names of the registry's providers (its `Provider("<name>", ...)` entries)."""
    import ast

    tree = ast.parse((root / "overlays" / "_registry.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "Provider"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def read_spec(path: Path) -> tuple[dict[str, Any], str]:
    """The spec (as a JSON document) and the text to keep as specs/<name>.yaml."""
    if not path.exists():
        raise Refused(f"no spec at {path}")
    if not path.is_file():
        raise Refused(f"{path} is not a file")
    try:
        document = load_yaml(path, label=str(path))
    except SpecError as exc:
        raise Failed(exc.lines) from exc
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        text = _dump(document)
    return document, text


def _dump(document: dict[str, Any]) -> str:
    import yaml

    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def _spec_text(text: str, source: Path, name: str, changed: Sequence[str] = ()) -> str:
    header = (
        f"# Added by `make new-provider NAME={name}` from {source.name}: a published spec, kept\n"
        "# as it was published (no x-house-style: our lint gives it warnings, not errors)"
    )
    if changed:
        header += ", except:\n" + "".join(f"# - {line}\n" for line in changed)
    else:
        header += ".\n"
    return header + (text if text.endswith("\n") else text + "\n")


def _config_text(name: str) -> str:
    return (
        f"# openapi-python-client configuration for specs/{name}.yaml.\n"
        f"project_name_override: {name}_client\n"
        f"package_name_override: {name}_client\n"
        "post_hooks:\n"
        '  - "ruff check --isolated --no-cache --fix-only --quiet ."\n'
        '  - "ruff format --isolated --no-cache --quiet ."\n'
    )


def _module_text(name: str, descriptor: Descriptor, spec: dict[str, Any]) -> str:
    about = summary(spec)
    first = f"{descriptor.title}: {about}" if about else f"{descriptor.title}."
    first = first.replace("\\", "").replace('"""', "'''")
    body = (
        f"Added by `make new-provider` from a published spec (specs/{name}.yaml). `client(...)`, "
        f"the resource objects and `fake()` come from `{name}_client.facade`, written from the "
        "descriptor in overlays/_registry.py."
    )
    doc = "\n".join(textwrap.wrap(first, 92)) + "\n\n" + "\n".join(textwrap.wrap(body, 92))
    return (
        f'"""{doc}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING\n\n"
        "from ._registry import PROVIDERS\n\n"
        "if TYPE_CHECKING:  # the names a type checker sees; at run time, loaded on first use\n"
        f"    from {name}_client.facade import *  # noqa: F403 (see its __all__)\n"
        "else:\n"
        f'    __getattr__, __dir__ = PROVIDERS["{name}"].exports(globals())\n'
    )


def _registry_text(root: Path, descriptor: Descriptor) -> str:
    text = (root / "overlays" / "_registry.py").read_text(encoding="utf-8")
    if text.count(_MARKER) != 1:
        raise Failed(["overlays/_registry.py: cannot find the end of _DESCRIPTORS to add to"])
    at = text.index(_MARKER) + 1
    return text[:at] + descriptor.source() + text[at:]


def _pyproject_text(root: Path, name: str) -> str | None:
    """pyproject.toml with the package in the wheel's list (None: no list to add to)."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    lines = text.split("\n")
    generated = [i for i, line in enumerate(lines) if line.strip().startswith('"generated/')]
    if not generated:
        return None
    lines.insert(generated[-1] + 1, f'    "generated/{name}_client",')
    return "\n".join(lines)


def _run(command: list[str], root: Path) -> subprocess.CompletedProcess[str]:
    paths = [str(root), str(root / "generated"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False, env=env)


_SMOKE = """
import importlib, sys
name = sys.argv[1]
module = importlib.import_module("overlays." + name)
fake = module.fake()
api = fake.api()
client = fake.client()
tags = [tag for tag in dir(type(api)) if not tag.startswith("_")
        and tag not in ("client", "close", "with_options")]
for tag in tags:
    getattr(api, tag)
# One call, best effort: the first GET that needs no argument, through the fake.
from overlays._spec import spec_operations
for operation, entry in spec_operations(name + "_client").items():
    if entry["method"] != "GET" or "{" in entry["path"]:
        continue
    try:
        endpoint = importlib.import_module(f"{name}_client.api.{entry['tag']}.{operation}")
        endpoint.sync_detailed(client=client)
        print(f"called {operation} through the fake")
    except Exception as exc:
        print(f"warning: {operation} through the fake: {type(exc).__name__}: {exc}")
    break
"""


def add(name: str, spec_path: Path, root: Path = REPO) -> tuple[Descriptor, list[str]]:
    """Add provider `name` from `spec_path` under `root`; (its descriptor, the build's
    warnings). Raises `Refused` before writing anything, `Failed` after rolling back."""
    check_name(name, root)
    document, text = read_spec(spec_path)
    try:
        changed = split_queries(document)
    except QueryInPathError as exc:
        raise Failed([f"{spec_path}: {exc}"]) from exc
    if changed:  # the spec as the generator and the fake can take it; the header says what moved
        text = _dump(document)
    descriptor = derive(document, name)
    journal = Journal()
    try:
        journal.write(root / "specs" / f"{name}.yaml", _spec_text(text, spec_path, name, changed))
        journal.write(root / "config" / f"{name}.yaml", _config_text(name))
        journal.write(root / "overlays" / "_registry.py", _registry_text(root, descriptor))
        journal.write(root / "overlays" / f"{name}.py", _module_text(name, descriptor, document))
        pyproject = _pyproject_text(root, name)
        if pyproject is not None:
            journal.write(root / "pyproject.toml", pyproject)
        # In the repository's style (the lint checks overlays/ with ruff format).
        touched = [f"overlays/{name}.py", "overlays/_registry.py"]
        _run([sys.executable, "-m", "ruff", "format", "--quiet", *touched], root)
        journal.made.append(root / "generated" / f"{name}_client")
        built = _run([sys.executable, "-m", "scripts.build", name], root)
        stderr = built.stderr.splitlines()
        if built.returncode != 0:
            raise Failed([line for line in stderr if "error" in line] or stderr[-3:])
        warnings = [line.removeprefix("generate: warning: ") for line in stderr
                    if line.startswith("generate: warning: ")]  # fmt: skip
        smoke = _run([sys.executable, "-c", _SMOKE, name], root)
        if smoke.returncode != 0:
            last = (smoke.stderr.strip().splitlines() or ["(no output)"])[-1]
            raise Failed([f"the new provider does not import or make its fake: {last}"])
        warnings += [line.removeprefix("warning: ") for line in smoke.stdout.splitlines()
                     if line.startswith("warning: ")]  # fmt: skip
    except BaseException:
        journal.roll_back()
        raise
    return descriptor, [f"specs/{name}.yaml: {line}" for line in changed] + warnings


def report(name: str, descriptor: Descriptor, warnings: list[str]) -> None:
    cls = "".join(part.capitalize() for part in name.split("_"))
    print(f"{PROG}: added {name}: specs/{name}.yaml, config/{name}.yaml, overlays/{name}.py, "
          f"an entry in overlays/_registry.py, generated/{name}_client")  # fmt: skip
    for line in descriptor.derived:
        print(f"  derived: {line}")
    for line in warnings:
        print(f"  warning: {line}")
    for line in descriptor.notes:
        print(f"  cannot derive: {line}")
    print(f"  use it: from overlays import {name}; {name}.client(...), {name}.{cls}(...), "
          f"{name}.fake(); the pytest fixture fake_{name}; `make test` covers it")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = _Parser(prog="python -m scripts.new_provider", description=__doc__.split("\n\n")[0])
    parser.add_argument("name", nargs="?", default="", help="the provider's name (overlays.<name>)")
    parser.add_argument(
        "spec", nargs="?", default="", help="its OpenAPI 3.0/3.1 spec (YAML or JSON)"
    )
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.name or not args.spec:
        parser.error("NAME and SPEC are both required")
    try:
        descriptor, warnings = add(args.name, Path(args.spec).expanduser(), args.root.resolve())
    except Refused as exc:
        print(f"{PROG}: error: {one_line(exc)}", file=sys.stderr)
        return 2
    except Failed as exc:
        for line in exc.lines:
            print(f"{PROG}: error: {line.removeprefix('generate: error: ')}", file=sys.stderr)
        print(f"{PROG}: nothing was added (every file is as it was)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was added", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: one line, rolled back
        print(f"{PROG}: error: internal error: {type(exc).__name__}: {one_line(exc)[:300]}; "
              "nothing was added", file=sys.stderr)  # fmt: skip
        return 1
    report(args.name, descriptor, warnings)
    return 0
