"""Vendor extensions of specs/app47.yaml, by operation module.

Written by `python -m scripts.build` (make generate) for the overlays; do not edit.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {'create_app': {'method': 'POST', 'path': '/apps', 'tag': 'apps'},
 'delete_app': {'method': 'DELETE', 'path': '/apps/{app_id}', 'tag': 'apps'},
 'get_app': {'method': 'GET', 'path': '/apps/{app_id}', 'tag': 'apps'},
 'list_apps': {'method': 'GET',
               'pagination': {'count': '/results/count',
                              'count_attrs': ['results', 'count'],
                              'items': '/results/list',
                              'items_attrs': ['results', 'list_'],
                              'offset': '/results/skip',
                              'offset_attrs': ['results', 'skip'],
                              'offset_param': 'skip',
                              'page_size': 100,
                              'style': 'offset',
                              'total': '/results/total',
                              'total_attrs': ['results', 'total']},
               'path': '/apps',
               'tag': 'apps'},
 'update_app': {'method': 'PUT', 'path': '/apps/{app_id}', 'tag': 'apps'}}
