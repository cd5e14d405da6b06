"""Vendor extensions of specs/tulip.yaml, by operation module.

Written by `python -m scripts.build` (make generate) for the overlays; do not edit.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {'list_app_groups': {'method': 'GET',
                     'path': '/appGroups',
                     'tag': 'app_groups'}}
