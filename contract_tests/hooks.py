"""schemathesis hooks of a live run (runner.py loads them through SCHEMATHESIS_HOOKS). They keep
schemathesis from sending what the gateway would stop, so that a stop stays what it is meant to
be, an error of the suite:

- Sending (only when the run may send). Every generated request to an operation that sends SMS
  is rewritten just before it is sent, so that it reaches only IPPANEL_TEST_RECIPIENTS from
  IPPANEL_FROM_NUMBER (in `before_call`, because schemathesis re-checks there whether a case is
  still positive or negative after a hook changed it). A case whose rewrite would still be stopped
  is dropped when it is generated (`filter_case`; `before_add_examples` for the examples phase,
  whose cases skip `filter_case`). See safe_cases.py.
- Existing objects. The stateful phase follows the spec's links from a create to the operations
  that change what it made, and now and then, by design, tries another id than the link's. Such a
  case, naming anything the run did not create, is dropped when it is generated (`filter_case`):
  the hooks learn what the run created from the answers they see (`after_call`), by the same
  rules as the gateway (resources.py), which checks what is sent again on the wire.

Each dropped case is never sent, and is listed in $CONTRACT_REPORTS/unsent.jsonl, which the run
reports as skipped requests."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import schemathesis

from contract_tests.live_settings import allowance_from
from contract_tests.request import Request
from contract_tests.resources import Ownership
from contract_tests.safe_cases import confined_body, confined_query, sending, unsafe_reasons
from kit.spec import bundle

ALLOWANCE = allowance_from(os.environ)
UNSENT = Path(os.environ.get("CONTRACT_REPORTS", ".")) / "unsent.jsonl"
OWNERSHIP = Ownership(bundle())
_lock = threading.Lock()


def skip(case: Any, reasons: list[str]) -> None:
    with _lock, UNSENT.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"operation": case.operation.label, "reasons": reasons}) + "\n")


def case_request(case: Any) -> Request:
    """A generated case as the gateway would read it: enough for the ownership rules, which read
    the path, the query and the body's fields."""
    query = urlencode(case.query or {}, doseq=True)
    request = Request.read(case.method, case.formatted_path, query, "", b"")
    if isinstance(case.body, (dict, list)):
        return replace(request, fields={"?body": case.body})
    return request


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    if sending(case) is not None:
        reasons = unsafe_reasons(ALLOWANCE, case) if ALLOWANCE is not None else []
    else:
        # The refusal names the generated id; one reason for all keeps the report to a line.
        refused = OWNERSHIP.refusal(case_request(case)) is not None
        reasons = ["names an object this run did not create"] if refused else []
    if reasons:
        skip(case, reasons)
    return not reasons


@schemathesis.hook
def before_add_examples(context: Any, examples: list[Any]) -> None:
    """The examples phase builds its cases without `filter_case`: the same filter, here."""
    examples[:] = [case for case in examples if filter_case(context, case)]


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if sending(case) is None or ALLOWANCE is None:
        return
    confined = confined_body(ALLOWANCE, case)
    if confined != case.body:
        case.body = confined
    query = confined_query(ALLOWANCE, case)
    if query != case.query:
        case.query = query


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """What a create made, and what a delete removed, read from the request that was sent."""
    sent = response.request
    parts = urlsplit(sent.url)
    body = sent.body.encode() if isinstance(sent.body, str) else sent.body or b""
    request = Request.read(
        sent.method or "", parts.path, parts.query, sent.headers.get("Content-Type", ""), body
    )
    try:
        answer = json.loads(response.content)
    except ValueError:
        answer = None
    OWNERSHIP.note(request, response.status_code, answer)
