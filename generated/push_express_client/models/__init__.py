"""Contains all the data models used in inputs/outputs"""

from .all_apps_group_input import AllAppsGroupInput
from .app_group import AppGroup
from .created_app_group import CreatedAppGroup
from .error import Error
from .error_details import ErrorDetails
from .selected_apps_group_input import SelectedAppsGroupInput

__all__ = (
    "AllAppsGroupInput",
    "AppGroup",
    "CreatedAppGroup",
    "Error",
    "ErrorDetails",
    "SelectedAppsGroupInput",
)
