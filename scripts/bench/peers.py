"""The clients a user would pick instead of ours, generated from the same specs at bench time.

- openapi-python-client with its **default** templates (no project templates, no overlay),
  called with its plain `Client`: what a user of the generator alone gets;
- openapi-generator's `python` generator (urllib3 + pydantic v2), from the jar that the
  `openapi-generator-cli` package ships; it needs Java, so where there is none (or the
  generated package does not import) the peer is absent and `reason` says why.

Both are generated into one scratch directory under their own package names
(`<provider>_default_client`, `<provider>_ogen`), so they never shadow ours, and imported
from there by name (`_load`; the scratch directory is never put on `sys.path`); they are
dropped from `sys.modules` on the way out. Nothing here touches generated/.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from scripts.bench.common import REPO, BenchError

DEFAULT_PROVIDERS = ("appaloosa", "app47")
OPENAPI_GENERATOR_PROVIDERS = ("appaloosa",)
_BIN = Path(sys.executable).parent


@dataclass
class Peers:
    """The peer packages that could be built, by provider, and why one is missing."""

    default: dict[str, str] = field(default_factory=dict)
    openapi_generator: dict[str, str] = field(default_factory=dict)
    openapi_generator_reason: str = ""

    def module(self, package: str, name: str) -> ModuleType:
        """`<package>.<name>` imported, e.g. `module(peers.default["appaloosa"], "client")`."""
        return importlib.import_module(f"{package}.{name}")


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a generator; ruff (its post-hooks) from next to this Python first on PATH."""
    env = {**os.environ, "PATH": f"{_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600
    )


def _default_templates(provider: str, scratch: Path) -> str:
    """`<provider>_default_client`: openapi-python-client's own CLI, default templates."""
    package = f"{provider}_default_client"
    config = scratch / f"{package}.yaml"
    config.write_text(
        f"project_name_override: {package}\npackage_name_override: {package}\n", encoding="utf-8"
    )
    result = _run(
        [str(_BIN / "openapi-python-client"), "generate",
         "--path", str(REPO / "specs" / f"{provider}.yaml"), "--config", str(config),
         "--meta", "none", "--output-path", str(scratch / package)],
        scratch,
    )  # fmt: skip
    if result.returncode != 0 or not (scratch / package / "__init__.py").is_file():
        raise BenchError(f"openapi-python-client (default templates) failed:\n{result.stdout}")
    try:
        _load(package, scratch)
    except ImportError as exc:
        raise BenchError(f"the default-template client does not import: {exc}") from exc
    return package


def _openapi_generator(provider: str, scratch: Path) -> str:
    """`<provider>_ogen`: openapi-generator's `python` generator; `BenchError` says why not."""
    cli = _BIN / "openapi-generator-cli"
    if not cli.exists():
        raise BenchError("the openapi-generator-cli package is not installed (make install)")
    if shutil.which("java") is None:
        raise BenchError("no Java on PATH (openapi-generator needs Java 11+)")
    package = f"{provider}_ogen"
    result = _run(
        [str(cli), "generate", "-i", str(REPO / "specs" / f"{provider}.yaml"), "-g", "python",
         "-o", str(scratch / f"ogen-{provider}"), "--package-name", package,
         "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"],
        scratch,
    )  # fmt: skip
    built = scratch / f"ogen-{provider}" / package
    if result.returncode != 0 or not built.is_dir():
        tail = (result.stdout + result.stderr).strip().splitlines()[-3:]
        raise BenchError(f"openapi-generator failed: {' / '.join(tail)}")
    shutil.move(str(built), scratch / package)
    try:
        _load(package, scratch)
    except ImportError as exc:  # pydantic, urllib3 or python-dateutil missing
        raise BenchError(f"the openapi-generator client does not import: {exc}") from exc
    return package


@contextmanager
def scratch_peers(*, openapi_generator: bool = True) -> Iterator[Peers]:
    """Generate the peers into a scratch directory importable for the duration."""
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as temp:
        scratch = Path(temp)
        peers = Peers()
        try:
            for provider in DEFAULT_PROVIDERS:
                peers.default[provider] = _default_templates(provider, scratch)
            if openapi_generator:
                try:
                    for provider in OPENAPI_GENERATOR_PROVIDERS:
                        peers.openapi_generator[provider] = _openapi_generator(provider, scratch)
                except BenchError as exc:
                    peers.openapi_generator_reason = str(exc)
            else:
                peers.openapi_generator_reason = "not requested"
            yield peers
        finally:
            _unload(_names(peers))


def _load(package: str, scratch: Path) -> None:
    """Import the top-level package `package` from `scratch`, which is not on `sys.path`.

    Once it is in `sys.modules`, its submodules (`importlib.import_module(f"{package}.api")`)
    and its own absolute imports of itself are found through the package's `__path__`.
    """
    spec = importlib.machinery.PathFinder.find_spec(package, [str(scratch)])
    if spec is None or spec.loader is None:
        raise ImportError(f"no package {package} in {scratch}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[package] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        _unload({package})
        raise


def _unload(packages: set[str]) -> None:
    for name in [m for m in sys.modules if m.split(".")[0] in packages]:
        del sys.modules[name]


def _names(peers: Peers) -> set[str]:
    return {*peers.default.values(), *peers.openapi_generator.values()}
