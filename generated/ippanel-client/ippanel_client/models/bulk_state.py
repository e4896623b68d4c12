from enum import StrEnum


class BulkState(StrEnum):
    CANCELLED = "7"
    CREATING = "0"
    INSUFFICIENT_CREDIT = "8"
    INVALID_RECIPIENTS = "4"
    IN_MONITORING_QUEUE = "1"
    IN_SEND_QUEUE = "5"
    REJECTED = "3"
    SENDING = "2"
    SENT = "6"
    SYSTEM_ERROR = "9"

    def __str__(self) -> str:
        return str(self.value)
