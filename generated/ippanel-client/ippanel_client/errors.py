"""Contains shared errors types that can be raised from API functions"""

# Bodies can be whole HTML pages; the message shows their start, `.content` keeps all of it.
_SHOWN = 500


def _preview(content: bytes) -> str:
    text = content.decode(errors="replace")
    return text if len(text) <= _SHOWN else text[:_SHOWN] + f"... ({len(text) - _SHOWN} more characters)"


class UnexpectedResponse(Exception):
    """The server answered with something the API description does not document."""

    def __init__(self, status_code: int, content: bytes, message: str):
        self.status_code = status_code
        self.content = content
        super().__init__(message)


class UnexpectedStatus(UnexpectedResponse):
    """Raised by api functions when the response has an undocumented status code and
    Client.raise_on_unexpected_status is True (the default of this client)."""

    def __init__(self, status_code: int, content: bytes):
        super().__init__(
            status_code,
            content,
            f"Unexpected status code: {status_code}\n\nResponse content:\n{_preview(content)}",
        )


class InvalidResponseBody(UnexpectedResponse):
    """Raised by api functions when a documented status code comes with a body that is not the
    documented JSON: not JSON at all (e.g. a gateway's HTML error page), or JSON of another shape."""

    def __init__(self, status_code: int, content: bytes, error: Exception):
        self.error = error
        super().__init__(
            status_code,
            content,
            f"The body of the {status_code} response is not the documented JSON "
            f"({type(error).__name__}: {error})\n\nResponse content:\n{_preview(content)}",
        )


__all__ = ["InvalidResponseBody", "UnexpectedResponse", "UnexpectedStatus"]
