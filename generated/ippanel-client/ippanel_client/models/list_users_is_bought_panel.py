from enum import StrEnum


class ListUsersIsBoughtPanel(StrEnum):
    NO = "0"
    YES = "1"

    def __str__(self) -> str:
        return str(self.value)
