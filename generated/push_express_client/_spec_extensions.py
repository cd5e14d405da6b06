"""Vendor extensions of specs/push_express.yaml, by operation module.

Written by `python -m scripts.build` (make generate) for the overlays; do not edit.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {'archive_app_group': {'idempotent': True,
                       'method': 'POST',
                       'path': '/app/groups/{app_group_id}/archive',
                       'tag': 'app_groups'},
 'create_app_group': {'method': 'POST',
                      'path': '/app/groups',
                      'tag': 'app_groups'},
 'delete_app_group': {'method': 'DELETE',
                      'path': '/app/groups/{app_group_id}',
                      'tag': 'app_groups'},
 'get_app_group': {'method': 'GET',
                   'path': '/app/groups/{app_group_id}',
                   'tag': 'app_groups'},
 'list_app_groups': {'method': 'GET',
                     'path': '/app/groups',
                     'tag': 'app_groups'},
 'unarchive_app_group': {'idempotent': True,
                         'method': 'POST',
                         'path': '/apps/{app_group_id}/unarchive',
                         'tag': 'app_groups'},
 'update_app_group': {'method': 'PUT',
                      'path': '/app/groups/{app_group_id}',
                      'tag': 'app_groups'}}
