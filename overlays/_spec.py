"""What the spec says about each operation, as shipped in the generated package."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType
from typing import Any

OPERATION = "openapi_operation"
"""The request extension in which each generated call names its operation (its operationId)."""


def package_data(package: str, name: str) -> str:
    """The text of a data file the build wrote into a generated package, found without
    importing the package: the runtime imports no generated code (it imports the runtime)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"no generated package {package!r} is installed")
    return (Path(next(iter(spec.submodule_search_locations))) / name).read_text("utf-8")


@cache
def _load(package: str) -> Mapping[str, Mapping[str, Any]]:
    document = json.loads(package_data(package, "_spec_extensions.json"))
    operations: Mapping[str, Mapping[str, Any]] = document["operations"]
    return operations


def spec_operations(package: ModuleType | str) -> Mapping[str, Mapping[str, Any]]:
    """The spec extensions of a generated package, by operation (see scripts/build/generate.py):
    method, path, tag, and `idempotent`, `pagination`, `image_upload` where the spec says."""
    return _load(package if isinstance(package, str) else package.__name__)
