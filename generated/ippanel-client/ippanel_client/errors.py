"""The exceptions of the API functions. Every one is an IppanelError:

- ApiError: the API answered with its documented error body (ErrorEnvelope);
  - Unauthorized (401): wrong credentials, or a missing, invalid or expired token;
  - ValidationFailed (422): `fields` maps each field that failed to its messages;
- UnexpectedResponse: an answer the API description does not document;
  - UnexpectedStatus: an undocumented status (a gateway's 502);
  - InvalidResponseBody: a documented status with another body (an HTML page).

Network failures and timeouts raise httpx's own exceptions (httpx.TransportError,
httpx.TimeoutException)."""

from .models.error_envelope import ErrorEnvelope
from .types import Unset

# Bodies can be whole HTML pages; the message shows their start, `.content` keeps all of it.
_SHOWN = 500


def _preview(content: bytes) -> str:
    text = content.decode(errors="replace")
    return text if len(text) <= _SHOWN else text[:_SHOWN] + f"... ({len(text) - _SHOWN} more characters)"


class IppanelError(Exception):
    """The base of every exception this package raises for an answer of the server."""


class ApiError(IppanelError):
    """The API refused the request with its documented error body: `status_code`, the parsed
    `envelope`, and its `message` and `message_code`."""

    def __init__(self, status_code: int, content: bytes, envelope: ErrorEnvelope):
        self.status_code = status_code
        self.content = content
        self.envelope = envelope
        self.message = envelope.meta.message
        self.message_code = envelope.meta.message_code
        super().__init__(f"{status_code} {self.message_code}: {self.message}")


class Unauthorized(ApiError):
    """401: wrong credentials, or a missing, invalid or expired token (log in again)."""


class ValidationFailed(ApiError):
    """422: one or more fields failed validation; `fields` maps each to its messages."""

    def __init__(self, status_code: int, content: bytes, envelope: ErrorEnvelope):
        super().__init__(status_code, content, envelope)
        errors = envelope.meta.errors
        self.fields: dict[str, list[str]] = {} if isinstance(errors, Unset) else dict(errors.additional_properties)

    def __str__(self) -> str:
        return f"{super().__str__()} {self.fields}"


def api_error(status_code: int, content: bytes, envelope: ErrorEnvelope) -> ApiError:
    """The ApiError for a status: Unauthorized for 401, ValidationFailed for 422."""
    kind = {401: Unauthorized, 422: ValidationFailed}.get(status_code, ApiError)
    return kind(status_code, content, envelope)


class UnexpectedResponse(IppanelError):
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


__all__ = [
    "ApiError",
    "InvalidResponseBody",
    "IppanelError",
    "Unauthorized",
    "UnexpectedResponse",
    "UnexpectedStatus",
    "ValidationFailed",
    "api_error",
]
