"""Vendor extensions of specs/appush.yaml, by operation module.

Written by `python -m scripts.build` (make generate) for the overlays; do not edit.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {'create_application': {'final_statuses': [502],
                        'method': 'POST',
                        'path': '/application',
                        'tag': 'applications'},
 'delete_application': {'method': 'DELETE',
                        'path': '/application/{application_id}',
                        'tag': 'applications'},
 'delete_icon': {'method': 'DELETE',
                 'path': '/application/{application_id}/icon',
                 'tag': 'icons'},
 'get_application': {'method': 'GET',
                     'path': '/application/{application_id}',
                     'tag': 'applications'},
 'get_icon': {'method': 'GET',
              'path': '/application/{application_id}/icon',
              'tag': 'icons'},
 'list_applications': {'method': 'GET',
                       'path': '/application',
                       'tag': 'applications'},
 'put_icon': {'image_upload': {'height': 57,
                               'media_type': 'image/png',
                               'width': 57},
              'method': 'PUT',
              'path': '/application/{application_id}/icon',
              'tag': 'icons'},
 'replace_application': {'final_statuses': [502],
                         'method': 'PUT',
                         'path': '/application/{application_id}',
                         'tag': 'applications'}}
