from enum import IntEnum


class GenderFilter(IntEnum):
    MALE = 1
    FEMALE = 2

    def __str__(self) -> str:
        return str(self.value)
