from enum import StrEnum


class AppGroupEntryType(StrEnum):
    APP = "app"
    GROUP = "group"

    def __str__(self) -> str:
        return str(self.value)
