from enum import StrEnum


class ListPackagesType(StrEnum):
    RESELLER = "reseller"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
