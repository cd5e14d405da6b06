from enum import StrEnum


class AuthenticationRequiredCode(StrEnum):
    AUTHENTICATIONREQUIRED = "AuthenticationRequired"

    def __str__(self) -> str:
        return str(self.value)
