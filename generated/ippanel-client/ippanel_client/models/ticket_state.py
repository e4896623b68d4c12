from enum import IntEnum


class TicketState(IntEnum):
    WAITING_FOR_RESPONSE = 1
    WAITING_FOR_SUPPORT = 2
    ANSWERED = 3
    CLOSED = 4
    FORWARDED = 5

    def __str__(self) -> str:
        return str(self.value)
