"""schemathesis hooks of a live run that may send (runner.py loads them only then, through
SCHEMATHESIS_HOOKS). Every generated request to an operation that sends SMS is rewritten just
before it is sent, so that it reaches only IPPANEL_TEST_RECIPIENTS from IPPANEL_FROM_NUMBER (in
`before_call`, because schemathesis re-checks there whether a case is still positive or negative
after a hook changed it). A case whose rewrite would still be stopped by the gateway is dropped
when it is generated (`filter_case`; `before_add_examples` for the examples phase, whose cases
skip `filter_case`): it is never sent, and is listed in
$CONTRACT_REPORTS/unsent.jsonl, which the run reports as skipped requests. The gateway checks
what is sent again on the wire. See safe_cases.py."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import schemathesis

from contract_tests.policy import Allowance
from contract_tests.safe_cases import confined_body, confined_query, unsafe_reasons
from contract_tests.sending import SMS_PATHS

ALLOWANCE = Allowance.from_env(os.environ)
UNSENT = Path(os.environ.get("CONTRACT_REPORTS", ".")) / "unsent.jsonl"
_lock = threading.Lock()


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    if case.operation.path not in SMS_PATHS:
        return True
    reasons = unsafe_reasons(ALLOWANCE, case)
    if reasons:
        with _lock, UNSENT.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"operation": case.operation.label, "reasons": reasons}) + "\n")
    return not reasons


@schemathesis.hook
def before_add_examples(context: Any, examples: list[Any]) -> None:
    """The examples phase builds its cases without `filter_case`: the same filter, here."""
    examples[:] = [case for case in examples if filter_case(context, case)]


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if case.operation.path not in SMS_PATHS:
        return
    confined = confined_body(ALLOWANCE, case)
    if confined != case.body:
        case.body = confined
    query = confined_query(ALLOWANCE, case)
    if query != case.query:
        case.query = query
