"""Contains all the data models used in inputs/outputs"""

from .app import App
from .app_list_response import AppListResponse
from .app_list_results import AppListResults
from .app_response import AppResponse
from .app_results import AppResults
from .app_type import AppType
from .app_update import AppUpdate
from .b2b_app_input import B2BAppInput
from .create_app_request import CreateAppRequest
from .delete_app_response import DeleteAppResponse
from .delete_app_results import DeleteAppResults
from .error import Error
from .error_results import ErrorResults
from .private_app_input import PrivateAppInput
from .public_app_input import PublicAppInput
from .update_app_request import UpdateAppRequest
from .web_app_input import WebAppInput

__all__ = (
    "App",
    "AppListResponse",
    "AppListResults",
    "AppResponse",
    "AppResults",
    "AppType",
    "AppUpdate",
    "B2BAppInput",
    "CreateAppRequest",
    "DeleteAppResponse",
    "DeleteAppResults",
    "Error",
    "ErrorResults",
    "PrivateAppInput",
    "PublicAppInput",
    "UpdateAppRequest",
    "WebAppInput",
)
