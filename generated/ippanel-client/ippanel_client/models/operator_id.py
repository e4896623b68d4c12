from enum import IntEnum


class OperatorId(IntEnum):
    MCI = 1
    IRANCELL = 2
    OTHERS = 13

    def __str__(self) -> str:
        return str(self.value)
