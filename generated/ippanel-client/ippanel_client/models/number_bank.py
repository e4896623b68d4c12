from enum import StrEnum


class NumberBank(StrEnum):
    ALL = "all"
    WHITE = "white"

    def __str__(self) -> str:
        return str(self.value)
