"""The flows a live run walks by hand, step by step, each answer checked against the spec by
schemathesis: login and logout with a token of the run's own, and a message scheduled then
cancelled. The round trips (round_trips.py) use the same steps."""

from __future__ import annotations

import copy
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract_tests import SPEC
from contract_tests.policy import Allowance, confine
from contract_tests.resources import Targeting
from contract_tests.runner import named_failures
from contract_tests.sending import cancellable_example, cancels
from kit.spec import bundle

SCHEDULE = "schedule a message a day ahead"


@dataclass
class Step:
    name: str
    ok: bool
    detail: str


def flow_caller(gateway_url: str, steps: list[Step]) -> Callable[..., Any]:
    """`call(name, path, expect, **case)`: one POST of a flow through the gateway, its answer
    checked against the spec by schemathesis and recorded in `steps`; the response if it had the
    expected status, else None."""
    import requests
    import schemathesis
    from schemathesis.checks import not_a_server_error
    from schemathesis.config import SchemathesisConfig
    from schemathesis.core.failures import FailureGroup
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    schema = schemathesis.openapi.from_path(SPEC, config=SchemathesisConfig())
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]

    def call(name: str, path: str, expect: int, method: str = "POST", **case: Any) -> Any:
        operation = schema[path][method]
        request = operation.Case(**case)
        try:
            response = request.call(base_url=gateway_url)
        except requests.RequestException as exc:  # stopped by the gateway, or no answer
            steps.append(Step(name, False, f"no answer ({type(exc).__name__})"))
            return None
        try:
            request.validate_response(response, checks=checks)
        except (FailureGroup, AssertionError) as exc:
            steps.append(
                Step(name, False, "; ".join(named_failures(str(exc))) or str(exc).splitlines()[0])
            )
            return None
        ok = response.status_code == expect
        steps.append(
            Step(name, ok, f"{response.status_code}" + ("" if ok else f", expected {expect}"))
        )
        return response if ok else None

    return call


def cancel_flow(gateway_url: str, token: str, allowance: Allowance) -> list[Step]:
    """Schedule one message a day ahead, then cancel it: the only cancel a run sends (the gateway
    stops a cancel of any message the run did not schedule). The message is the spec's own first
    example of a send the cancel's link follows, confined to the allowed numbers and sender, its
    field marked `x-ippanel-send-time` set a day ahead."""
    steps: list[Step] = []
    call = flow_caller(gateway_url, steps)
    spec = bundle()
    (cancel, *_) = cancels(spec)
    example = cancellable_example(spec, cancel)
    if example is None:
        steps.append(Step(SCHEDULE, False, "the spec documents no send a cancel can take back"))
        return steps
    body = copy.deepcopy(confine(allowance, example.operation, example.media_type, example.body))
    *parents, last = example.schedule
    holder = body
    for step in parents:
        holder = holder[step]
    # The time format the spec's examples use (UTC); a day ahead keeps it scheduled.
    holder[last] = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() + 86400))
    op, auth = example.operation, {"Authorization": token}
    scheduled = call(
        SCHEDULE,
        op.path,
        200,
        method=op.method.upper(),
        body=body,
        media_type=example.media_type,
        headers=auth,
    )
    if scheduled is None:
        return steps
    ids: Any = scheduled.json()
    for key in cancel.ids_at:
        ids = ids[key]
    target = Targeting(cancel.operation, cancel.operation.targets[0])
    call(
        "cancel it",
        cancel.operation.path,
        200,
        method=cancel.operation.method.upper(),
        headers=auth,
        **target.case(str(ids[0])),
    )
    return steps


def login_flow(gateway_url: str, username: str, password: str) -> list[Step]:
    """login -> check_token -> logout -> check_token, with the token this run obtains. Each answer
    is checked against the spec by schemathesis; logout only ever gets that token."""
    steps: list[Step] = []
    call = flow_caller(gateway_url, steps)

    login = call(
        "login",
        "/api/acl/auth/login",
        200,
        body={"username": username, "password": password},
        media_type="application/json",
    )
    if login is None:
        return steps
    data = login.json()["data"]
    if data["method"] != "login":
        steps.append(
            Step(
                "second factor",
                True,
                f"method {data['method']!r}: the flow stops here, the run "
                "cannot read the OTP (confirm_otp is still checked by the fuzzing run)",
            )
        )
        return steps
    token = data["token"]  # a stand-in: the gateway keeps the real one
    if call(
        "check_token with the new token",
        "/api/acl/auth/check_token",
        200,
        headers={"Authorization": token},
    ):
        if call(
            "logout of the new token", "/api/acl/auth/logout", 200, headers={"Authorization": token}
        ):
            call(
                "check_token after logout",
                "/api/acl/auth/check_token",
                401,
                headers={"Authorization": token},
            )
    return steps


def write_flow_junit(steps: list[Step], path: Path) -> None:
    suite = ET.Element(
        "testsuite",
        name="login flow",
        tests=str(len(steps)),
        failures=str(sum(not s.ok for s in steps)),
    )
    for step in steps:
        case = ET.SubElement(suite, "testcase", name=step.name)
        if not step.ok:
            ET.SubElement(case, "failure", message=step.detail).text = step.detail
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
