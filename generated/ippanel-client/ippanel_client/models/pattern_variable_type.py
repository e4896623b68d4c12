from enum import StrEnum


class PatternVariableType(StrEnum):
    INTEGER = "integer"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
