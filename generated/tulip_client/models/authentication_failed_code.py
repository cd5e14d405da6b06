from enum import StrEnum


class AuthenticationFailedCode(StrEnum):
    AUTHENTICATIONFAILED = "AuthenticationFailed"

    def __str__(self) -> str:
        return str(self.value)
