"""What the live run's hooks (hooks.py) do to each generated request to an operation that sends
SMS, kept apart from them so that tests can call it without registering schemathesis hooks:

- `confined_body`: the body rewritten to reach only the allowance (policy.Allowance.confine);
- `unsafe_reasons`: what the gateway would still stop in that request, judged on the bytes
  schemathesis would send (its own serializer: JSON, form fields, multipart files), by the
  gateway's own `request_violations`. A case with reasons is not sent at all: hooks.py filters it
  out before it is ever called, and records it as skipped. The gateway's stop stays the last line
  of defence for anything that still gets through."""

from __future__ import annotations

from typing import Any

from contract_tests.policy import TARGET_KEYS, Allowance, request_violations
from contract_tests.request import Request

# Only used to lay out the request's bytes; nothing is sent there.
NOWHERE = "http://127.0.0.1:9"


def is_multipart(case: Any) -> bool:
    return (case.media_type or "").startswith("multipart/")


def confined_body(allowance: Allowance, case: Any) -> Any:
    return allowance.confine(case.body, multipart=is_multipart(case))


def confined_query(allowance: Allowance, case: Any) -> Any:
    """The query (the URL send's to/from) confined like form fields: text whatever its type.
    A generated query field named like a target's (`mci`, `gender`...: no sending operation takes
    one in its query) is dropped: as text it cannot be silenced the way a JSON target is."""
    if not case.query:
        return case.query
    query = allowance.confine(case.query, multipart=True)
    if isinstance(query, dict):
        query = {k: v for k, v in query.items() if k not in TARGET_KEYS}
    return query


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
    return request_violations(
        allowance, Request.read(case.method, case.path, query, content_type, payload)
    )
