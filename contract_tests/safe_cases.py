"""What the live run's hooks (hooks.py) do to each generated request to an operation that sends
SMS, kept apart from them so that tests can call it without registering schemathesis hooks:

- `confined_body`, `confined_query`: the request rewritten by the policy's table
  (policy.confine): each field its rule refuses given a safe value, what the spec does not mark
  left out;
- `unsafe_reasons`: what the gateway would still stop in that request, judged on the bytes
  schemathesis would send (its own serializer: JSON, form fields, multipart files), by the
  gateway's own `violations`. A case with reasons is not sent at all: hooks.py filters it out
  before it is ever called, and records it as skipped. The gateway's stop stays the last line of
  defence for anything that still gets through."""

from __future__ import annotations

from functools import cache
from typing import Any

from schemathesis.core import NOT_SET

from contract_tests.policy import Allowance, confine, confine_query, violations
from contract_tests.request import Request
from contract_tests.sending import sending_operations
from kit.marks import Operation

# Only used to lay out the request's bytes; nothing is sent there.
NOWHERE = "http://127.0.0.1:9"


@cache
def _sends() -> dict[tuple[str, str], Operation]:
    return {(op.method.upper(), op.path): op for op in sending_operations().values()}


def sending(case: Any) -> Operation | None:
    """The operation that texts someone `case` is for, or None."""
    return _sends().get((case.operation.method.upper(), case.operation.path))


def media_type(case: Any) -> str | None:
    """The media type the case's body goes out as: a Content-Type header it sets (the coverage
    phase's unsupported-content-type cases), or its media type."""
    given = {k.lower(): v for k, v in (case.headers or {}).items()}.get("content-type")
    media = given if isinstance(given, str) else case.media_type
    return media.split(";")[0].strip().lower() if media is not None else None


def confined_body(allowance: Allowance, case: Any) -> Any:
    op = sending(case)
    if op is None:
        return case.body
    body = confine(allowance, op, media_type(case), case.body)
    if body is None and case.body is not None:
        # Nothing of it may go: no body at all (a form's serializer writes its boundaries even
        # for an empty one, which a type nobody declares leaves unreadable).
        return NOT_SET
    # schemathesis judges a body a hook changed (still negative, or positive now?) by validating
    # it, which it cannot do with a generated file in it: one the rewrite let go is the same
    # bytes as text, so it goes as text.
    return body if body == case.body else _as_text(body)


def _as_text(value: Any) -> Any:
    data = getattr(value, "data", None)
    if isinstance(value, str) and isinstance(data, bytes):  # schemathesis' Binary
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return value
    if isinstance(value, dict):
        return {k: _as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    return value


def confined_query(allowance: Allowance, case: Any) -> Any:
    op = sending(case)
    return case.query if op is None else confine_query(allowance, op, case.query)


def wire(case: Any, body: Any, query: Any = None) -> tuple[str, bytes, str]:
    """(content type, body bytes, query) of `case` sent with `body` (and `query`, if given), as
    schemathesis lays it out."""
    import requests

    generated = case.body, case.query
    # Bypass Case.__setattr__: this is a look, not an edit schemathesis should revalidate.
    object.__setattr__(case, "body", body)
    if query is not None:
        object.__setattr__(case, "query", query)
    try:
        kwargs = case.as_transport_kwargs(base_url=NOWHERE)
    finally:
        object.__setattr__(case, "body", generated[0])
        object.__setattr__(case, "query", generated[1])
    request = requests.Request(
        method=kwargs.get("method", case.method),
        url=kwargs["url"],
        headers=kwargs.get("headers"),
        params=kwargs.get("params"),
        data=kwargs.get("data"),
        json=kwargs.get("json"),
        files=kwargs.get("files"),
    ).prepare()
    body_ = request.body or b""
    payload = body_.encode("utf-8") if isinstance(body_, str) else bytes(body_)  # type: ignore[arg-type]
    query = request.url.partition("?")[2] if request.url else ""
    return str(request.headers.get("Content-Type", "")), payload, query


def unsafe_reasons(allowance: Allowance, case: Any) -> list[str]:
    """Why the confined `case` would still be stopped by the gateway. Empty: it may be sent."""
    try:
        content_type, payload, query = wire(
            case, confined_body(allowance, case), confined_query(allowance, case)
        )
    except Exception as exc:  # a body that cannot be laid out is one nobody can vouch for
        return [f"a request that cannot be laid out ({type(exc).__name__})"]
    request = Request.read(case.method, case.path, query, content_type, payload)
    return violations(allowance, request, sending(case))
