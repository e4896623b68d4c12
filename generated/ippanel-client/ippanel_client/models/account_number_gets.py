from enum import IntEnum


class AccountNumberGets(IntEnum):
    NO = 0
    YES = 1

    def __str__(self) -> str:
        return str(self.value)
