from enum import StrEnum


class LoginMethod(StrEnum):
    GA = "ga"
    LOGIN = "login"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
