"""Contains all the data models used in inputs/outputs"""

from .application import Application
from .application_input import ApplicationInput
from .created_application import CreatedApplication
from .environment import Environment

__all__ = (
    "Application",
    "ApplicationInput",
    "CreatedApplication",
    "Environment",
)
