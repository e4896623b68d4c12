from enum import IntEnum


class AccountNumberIs66Char(IntEnum):
    NO = 0
    YES = 1

    def __str__(self) -> str:
        return str(self.value)
