from enum import StrEnum


class CustomFieldType(StrEnum):
    DATE = "date"
    INT = "int"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
