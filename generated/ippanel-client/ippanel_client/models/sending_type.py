from enum import StrEnum


class SendingType(StrEnum):
    NORMAL = "normal"
    PATTERN = "pattern"
    PEER_TO_PEER = "peer_to_peer"
    PEER_TO_PEER_FILE = "peer_to_peer_file"
    POSTAL_CODE = "postal_code"
    VOTP = "votp"
    WEBSERVICE = "webservice"

    def __str__(self) -> str:
        return str(self.value)
