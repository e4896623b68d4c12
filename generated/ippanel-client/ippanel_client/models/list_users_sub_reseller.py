from enum import IntEnum


class ListUsersSubReseller(IntEnum):
    DIRECT = 0
    INDIRECT = 1

    def __str__(self) -> str:
        return str(self.value)
