"""schemathesis hooks of a live run that may send (runner.py loads them only then, through
SCHEMATHESIS_HOOKS). Every generated request to an operation that sends SMS is rewritten just
before it is sent, so that it reaches only IPPANEL_TEST_RECIPIENTS from IPPANEL_FROM_NUMBER. It
runs in `before_call` because schemathesis re-checks there whether a case is still positive or
negative after a hook changed it. The gateway checks the result again on the wire."""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from contract_tests.policy import Allowance, sms_operations

ALLOWANCE = Allowance.from_env(os.environ)
SMS_PATHS = set(sms_operations().values())


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if case.operation.path not in SMS_PATHS:
        return
    multipart = (case.media_type or "").startswith("multipart/")
    confined = ALLOWANCE.confine(case.body, multipart=multipart)
    if confined != case.body:
        case.body = confined
