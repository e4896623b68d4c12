from enum import StrEnum


class SendingType(StrEnum):
    COUNTRY = "country"
    FILE = "file"
    GEOLOCATION = "geolocation"
    JOB = "job"
    KEYWORD = "keyword"
    KEYWORD_PHONEBOOK = "keyword_phonebook"
    NORMAL = "normal"
    PATTERN = "pattern"
    PEER_TO_PEER = "peer_to_peer"
    PEER_TO_PEER_FILE = "peer_to_peer_file"
    PHONEBOOK = "phonebook"
    POSTAL_CODE = "postal_code"
    VOTP = "votp"
    WEBSERVICE = "webservice"

    def __str__(self) -> str:
        return str(self.value)
