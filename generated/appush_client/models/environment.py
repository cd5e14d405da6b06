from enum import StrEnum


class Environment(StrEnum):
    DEV = "dev"
    PROD = "prod"

    def __str__(self) -> str:
        return str(self.value)
