from enum import StrEnum


class PlatformFilter(StrEnum):
    ALL = "all"
    ANDROID = "Android"
    IPAD = "iPad"
    IPHONE = "iPhone"
    WINDOWSPHONE = "WindowsPhone"

    def __str__(self) -> str:
        return str(self.value)
