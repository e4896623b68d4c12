from enum import StrEnum


class InboxMessageSeen(StrEnum):
    SEEN = "1"
    UNSEEN = "0"

    def __str__(self) -> str:
        return str(self.value)
