"""What the spec says about each operation, as shipped in the generated package."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from types import ModuleType
from typing import Any

OPERATION = "openapi_operation"
"""The request extension in which each generated call names its operation (its operationId)."""


@cache
def _load(package: str) -> Mapping[str, Mapping[str, Any]]:
    operations: Mapping[str, Mapping[str, Any]]
    operations = importlib.import_module(f"{package}._spec_extensions").OPERATIONS
    return operations


def spec_operations(package: ModuleType | str) -> Mapping[str, Mapping[str, Any]]:
    """The spec extensions of a generated package, by operation (see scripts/build/generate.py):
    method, path, tag, and `idempotent`, `pagination`, `image_upload` where the spec says."""
    return _load(package if isinstance(package, str) else package.__name__)
