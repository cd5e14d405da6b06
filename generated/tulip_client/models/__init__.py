"""Contains all the data models used in inputs/outputs"""

from .app_group import AppGroup
from .app_group_entry import AppGroupEntry
from .app_group_entry_type import AppGroupEntryType
from .authentication_failed_code import AuthenticationFailedCode
from .authentication_failed_error import AuthenticationFailedError
from .authentication_required_code import AuthenticationRequiredCode
from .authentication_required_error import AuthenticationRequiredError
from .error import Error

__all__ = (
    "AppGroup",
    "AppGroupEntry",
    "AppGroupEntryType",
    "AuthenticationFailedCode",
    "AuthenticationFailedError",
    "AuthenticationRequiredCode",
    "AuthenticationRequiredError",
    "Error",
)
