from enum import StrEnum


class CreateTicketRequestSmsNotification(StrEnum):
    OFF = "0"
    ON = "1"

    def __str__(self) -> str:
        return str(self.value)
