from enum import StrEnum


class UserProfileIsBoughtPanel(StrEnum):
    NO = "0"
    YES = "1"

    def __str__(self) -> str:
        return str(self.value)
