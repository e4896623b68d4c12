from enum import IntEnum


class ListUsersLoginStatus(IntEnum):
    NEVER_LOGGED_IN = 0

    def __str__(self) -> str:
        return str(self.value)
