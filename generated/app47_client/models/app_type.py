from enum import StrEnum


class AppType(StrEnum):
    B2B = "b2b"
    PRIVATE = "private"
    PUBLIC = "public"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
