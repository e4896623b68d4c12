from enum import IntEnum


class GenderOptionId(IntEnum):
    MALE = 1
    FEMALE = 2
    ORGANISATION = 3

    def __str__(self) -> str:
        return str(self.value)
