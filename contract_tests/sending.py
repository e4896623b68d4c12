"""The operations that reach people, read from the spec's marks, so that one added to the spec is
guarded as it lands:

- every operation marked `x-ippanel-sends-sms: true`;
- the URL send: the operation whose credentials go in the query (its security schemes are all
  `in: query`), checked as a sending operation whatever the spec marks, since it reaches people
  from its query (to/from and their aliases);
- cancel: the operation that targets a scheduled message (`x-ippanel-targets`), which changes what
  is sent, and may only name a message this run scheduled."""

from __future__ import annotations

from contract_tests.resources import targets
from kit.operations import operations
from kit.spec import bundle

# The kind cancel targets (x-ippanel-targets): a message sent with a send_time, not yet out.
SCHEDULED = "scheduledMessage"


def sms_operations() -> dict[str, str]:
    """operationId -> path of every operation the spec marks `x-ippanel-sends-sms: true`."""
    return {
        op.operation_id: op.path
        for op in operations()
        if op.operation.get("x-ippanel-sends-sms") is True
    }


def _url_send_and_cancel() -> tuple[str, str]:
    schemes = bundle()["components"]["securitySchemes"]
    in_query = {name for name, s in schemes.items() if s.get("in") == "query"}
    url_sends, cancels = [], []
    for op in operations():
        needs = {name for req in op.operation.get("security", []) for name in req}
        if needs and needs <= in_query:
            url_sends.append(op.path)
        marks = targets(op.operation.get("x-ippanel-targets"))
        if any(t.get("resource") == SCHEDULED for t in marks):
            cancels.append(op.path)
    (url_send,), (cancel,) = url_sends, cancels  # exactly one each, or the spec changed
    return url_send, cancel


URL_SEND_PATH, CANCEL_PATH = _url_send_and_cancel()
# Every path whose requests are checked for who they text (policy.Allowance).
SMS_PATHS = frozenset(sms_operations().values()) | {URL_SEND_PATH}
