from enum import StrEnum


class ListUsersAddStatus(StrEnum):
    NORMAL = "normal"
    ONLINE = "online"
    STATUS = "status"
    WEBSERVICE = "webservice"

    def __str__(self) -> str:
        return str(self.value)
