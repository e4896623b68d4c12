from enum import StrEnum


class MessageStatus(StrEnum):
    BLACKLISTED = "4"
    DELIVERED = "2"
    NOT_DELIVERED = "3"
    OPERATOR_RECEIVED = "1"
    SENT_TO_OPERATOR = "0"

    def __str__(self) -> str:
        return str(self.value)
