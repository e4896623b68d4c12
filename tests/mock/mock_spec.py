"""What the spec documents, read from the bundle (kit.spec), so that the mock is checked against
the spec rather than against copies of it."""

from typing import Any

from kit.spec import bundle as spec
from kit.spec import example, validator

__all__ = ["AUTH", "assert_error_envelope", "example", "spec"]

AUTH = {"Authorization": "any-token"}


def assert_error_envelope(body: Any, message_code: str) -> None:
    """`body` is an ErrorEnvelope (as the spec defines it) with this message_code."""
    validator("#/components/schemas/ErrorEnvelope").validate(body)
    assert body["meta"]["status"] is False
    assert body["meta"]["message_code"] == message_code
    assert "errors" in body["meta"]
