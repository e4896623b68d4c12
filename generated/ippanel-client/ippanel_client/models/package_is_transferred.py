from enum import StrEnum


class PackageIsTransferred(StrEnum):
    NO = "0"
    YES = "1"

    def __str__(self) -> str:
        return str(self.value)
