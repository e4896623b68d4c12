"""`make contract-live`: check a live or staging server against the spec, safely.

    IPPANEL_BASE_URL, IPPANEL_TOKEN           required: the server, and a token or API key
    IPPANEL_RATE_LIMIT        default 2/s     requests per second (N/s), minute (N/m) or hour (N/h)
    IPPANEL_MAX_EXAMPLES      default 5       generated requests per operation (fuzzing phase)
    IPPANEL_PHASES            default examples,fuzzing   add coverage for every boundary value
                                              (unbounded: hundreds of requests per operation)
    IPPANEL_EXCLUDE_CHECKS    default none    schemathesis checks to leave out, comma-separated
    IPPANEL_SEED              default random  replay an earlier run (its report prints the seed)
    IPPANEL_USERNAME, IPPANEL_PASSWORD        also run the login flow (needs IPPANEL_ALLOW_SEND=1)
    IPPANEL_ALLOW_SEND=1                      include the operations that send SMS, only to
    IPPANEL_TEST_RECIPIENTS, IPPANEL_FROM_NUMBER  these numbers (comma-separated), from this sender
    IPPANEL_TEST_PHONEBOOK_ID                 with IPPANEL_ALLOW_SEND=1: the only phonebook sent to
    IPPANEL_ALLOW_WRITES=1                    include the operations that change data
    IPPANEL_ALLOW_IRREVERSIBLE=a,b            include these irreversible operations (operationIds)
    IPPANEL_RESELLER=1                        include the reseller-only operations
    IPPANEL_ROUND_TRIPS=0                     no round trips (for a server that keeps no state)

Read-only operations always run; the others by class, as the spec marks them (classes.py).

Everything goes through the gateway (gateway.py): schemathesis never holds a secret, and nothing
that would text someone outside IPPANEL_TEST_RECIPIENTS leaves the machine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from contract_tests import REPO, SPEC
from contract_tests.classes import Decision, OptInError, OptIns, Scope, plan
from contract_tests.gateway import CANCEL_PATH, Gateway, RateLimit, Vault, running_gateway
from contract_tests.policy import Allowance, ConfigError, mask
from contract_tests.resources import Ownership
from contract_tests.round_trips import RoundTrips, run_round_trips
from contract_tests.runner import (
    OperationResult,
    Target,
    named_failures,
    run,
    summary,
    write_results,
)
from kit.spec import bundle

REPORTS = REPO / "reports" / "contract-live"
# Beside junit.xml: the per-operation results, the login flow and what the gateway stopped.
RESULTS = REPORTS / "results.json"
DEFAULT_RATE_LIMIT = "2/s"
DEFAULT_MAX_EXAMPLES = 5
# Coverage sends every boundary value of every field, hundreds of requests to /api/send alone: too
# many for a live server that bills each SMS, so a live run only does it when asked.
DEFAULT_PHASES = "examples,fuzzing"
PHASES = ("examples", "coverage", "fuzzing")
# A token that was never valid: schemathesis sends it to logout (see schemathesis.toml).
NEVER_VALID = "contract-tests-token-that-was-never-issued"
# The number of the contact a round trip adds when the run may not send (adding one texts nobody):
# the documentation's example number.
PLACEHOLDER_NUMBER = "+989120000000"


class Refusal(Exception):
    """A reason not to start, said in one line."""


@dataclass
class Settings:
    base_url: str
    token: str
    rate: RateLimit
    max_examples: int
    phases: str
    excluded_checks: tuple[str, ...]
    seed: int | None
    allowance: Allowance | None
    username: str | None
    password: str | None
    decisions: list[Decision]
    round_trips: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        base_url = env.get("IPPANEL_BASE_URL", "").strip()
        token = env.get("IPPANEL_TOKEN", "").strip()
        if not base_url:
            raise Refusal(
                "IPPANEL_BASE_URL is not set: set it to the server to check, e.g. https://staging.example.com/v1"
            )
        if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
            raise Refusal(f"IPPANEL_BASE_URL must be an http(s) URL, not {shown(base_url)!r}")
        if not token:
            raise Refusal(
                "IPPANEL_TOKEN is not set: set it to a token or API key of a test account"
            )
        try:
            rate = RateLimit(env.get("IPPANEL_RATE_LIMIT") or DEFAULT_RATE_LIMIT)
        except ValueError as exc:
            raise Refusal(str(exc)) from None
        examples = env.get("IPPANEL_MAX_EXAMPLES") or str(DEFAULT_MAX_EXAMPLES)
        if not examples.isdigit() or int(examples) < 1:
            raise Refusal(f"IPPANEL_MAX_EXAMPLES must be a positive whole number, not {examples!r}")
        phases = env.get("IPPANEL_PHASES") or DEFAULT_PHASES
        if not set(phases.split(",")) <= set(PHASES):
            known = ", ".join(PHASES)
            raise Refusal(
                f"IPPANEL_PHASES must be a comma-separated list of {known}, not {phases!r}"
            )
        excluded = tuple(c for c in (env.get("IPPANEL_EXCLUDE_CHECKS") or "").split(",") if c)
        if not all(re.fullmatch(r"[a-z_]+", c) for c in excluded):
            raise Refusal(
                "IPPANEL_EXCLUDE_CHECKS must be schemathesis check names, e.g. ignored_auth"
            )
        seed = env.get("IPPANEL_SEED") or None
        if seed is not None and not seed.isdigit():
            raise Refusal(f"IPPANEL_SEED must be a whole number, not {seed!r}")
        allowance = None
        if env.get("IPPANEL_ALLOW_SEND") == "1":
            try:
                allowance = Allowance.from_env(env)
            except ConfigError as exc:
                raise Refusal(str(exc)) from None
        username, password = (
            env.get("IPPANEL_USERNAME") or None,
            env.get("IPPANEL_PASSWORD") or None,
        )
        if bool(username) != bool(password):
            raise Refusal("set both IPPANEL_USERNAME and IPPANEL_PASSWORD, or neither")
        for name in (
            "IPPANEL_ALLOW_SEND",
            "IPPANEL_ALLOW_WRITES",
            "IPPANEL_RESELLER",
            "IPPANEL_ROUND_TRIPS",
        ):
            if env.get(name, "") not in ("", "0", "1"):
                raise Refusal(f"{name} must be 1 (or unset), not {env[name]!r}")
        try:
            decisions = plan(bundle(), OptIns.from_env(env))
        except OptInError as exc:
            raise Refusal(str(exc)) from None
        return cls(
            base_url,
            token,
            rate,
            int(examples),
            phases,
            excluded,
            int(seed) if seed else None,
            allowance,
            username,
            password,
            decisions,
            env.get("IPPANEL_ROUND_TRIPS") != "0",
        )


def shown(url: str) -> str:
    """A URL as the run may print it: scheme, host and path, never user:password@."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


def ensure_reachable(base_url: str) -> None:
    try:
        httpx.get(base_url, timeout=5, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise Refusal(
            f"IPPANEL_BASE_URL {shown(base_url)} is unreachable ({type(exc).__name__})"
        ) from None


# --- the login flow --------------------------------------------------------------------------


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
    """Schedule one message to the first allowed number a day ahead, then cancel it: the only
    cancel a run sends (the gateway stops a cancel of any message the run did not schedule)."""
    steps: list[Step] = []
    call = flow_caller(gateway_url, steps)
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() + 86400))
    scheduled = call(
        "schedule a message a day ahead",
        "/api/send",
        200,
        body={
            "sending_type": "normal",
            "from_number": allowance.from_number,
            "message": "contract test: scheduled, then cancelled",
            "params": {"recipients": [allowance.recipients[0]]},
            "send_time": when,
        },
        media_type="application/json",
        headers={"Authorization": token},
    )
    if scheduled is None:
        return steps
    (outbox_id, *_) = scheduled.json()["data"]["message_outbox_ids"]
    call(
        "cancel it",
        CANCEL_PATH,
        200,
        body={"message_outbox_id": outbox_id},
        media_type="application/json",
        headers={"Authorization": token},
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


# --- the run ---------------------------------------------------------------------------------


def main(env: Mapping[str, str] = os.environ, out: Callable[[str], None] = print) -> int:
    try:
        settings = Settings.from_env(env)
        ensure_reachable(settings.base_url)
    except Refusal as exc:
        print(f"contract-live: {exc}", file=sys.stderr)
        return 2

    vault = Vault()
    token = vault.stand_in(settings.token)
    sending = settings.allowance is not None
    out(
        f"contract-live: {shown(settings.base_url)}, "
        f"at most {60 / settings.rate.interval:g} requests/min, "
        f"phases {settings.phases}, {settings.max_examples} examples per operation; SMS operations "
        + (
            f"only to {', '.join(mask(r) for r in settings.allowance.recipients)}"
            if settings.allowance
            else "skipped"
        )
    )
    # The directory holds this run's reports only: nothing of an earlier run is mistaken for them.
    shutil.rmtree(REPORTS, ignore_errors=True)
    REPORTS.mkdir(parents=True)
    started = time.monotonic()
    out(included(settings.decisions))
    with running_gateway(
        settings.base_url,
        settings.token,
        vault,
        settings.rate,
        settings.allowance,
        Scope(settings.decisions),
        Ownership(bundle()),
    ) as gateway:
        steps: list[Step] = []
        if settings.username and settings.password and sending:
            steps = login_flow(gateway.url, settings.username, vault.stand_in(settings.password))
        if settings.allowance is not None and any(
            d.included and d.operation.path == CANCEL_PATH for d in settings.decisions
        ):
            steps += cancel_flow(gateway.url, token, settings.allowance)
        # Issue 12: create, read, update and delete objects of the run's own (round_trips.py).
        trips = RoundTrips(skipped={"all": "IPPANEL_ROUND_TRIPS=0"})
        if settings.round_trips:
            trips = run_round_trips(
                gateway.url,
                token,
                gateway.ownership or Ownership(bundle()),
                settings.decisions,
                settings.allowance.recipients[0] if settings.allowance else PLACEHOLDER_NUMBER,
            )
        steps += trips.steps
        code, results = run(
            Target(
                base_url=gateway.url,
                token=token,
                logout_token=NEVER_VALID,
                reports=REPORTS,
                max_examples=settings.max_examples,
                phases=settings.phases,
                excluded_checks=settings.excluded_checks,
                seed=settings.seed,
                left_out=tuple(not_fuzzed(settings.decisions)),
                allowance=settings.allowance,
                extra_reports=("vcr", "har"),
            )
        )
    write_flow_junit(steps, REPORTS / "login-flow.xml")
    unsent = read_unsent(REPORTS / "unsent.jsonl")
    failed = (
        code != 0
        or bool(gateway.blocked)
        or any(not s.ok for s in steps)
        or bool(trips.left_behind)
    )
    write_results(
        RESULTS,
        results,
        login_flow={
            "skipped": login_flow_skipped(settings),
            "steps": [asdict(s) for s in steps],
        },
        plan=[d.as_json() for d in settings.decisions],
        round_trips={"left_behind": trips.left_behind, "skipped": trips.skipped},
        blocked=[asdict(b) for b in gateway.blocked],
        unsent=unsent,
        requests_sent=gateway.forwarded,
        passed=not failed,
    )
    out(report(results, steps, gateway, settings, unsent, time.monotonic() - started))
    if trips.left_behind:
        out(f"Could not delete what this run created: {', '.join(trips.left_behind)}")
    return 1 if failed else 0


def not_fuzzed(decisions: list[Decision]) -> list[Decision]:
    """What schemathesis leaves out: the operations the run may not call, and those that change
    existing objects (cancel among them), which may only name what the run created itself (the
    gateway stops any other): generated ids would all be stopped."""
    targeting = Ownership(bundle()).targeting_operations()
    return [d for d in decisions if not d.included] + [
        Decision(d.operation, False, "changes only what this run created: not fuzzed")
        for d in decisions
        if d.included and d.operation.operation_id in targeting
    ]


def included(decisions: list[Decision]) -> str:
    """What the run includes and leaves out, and why: one line per operation."""
    lines = ["Operations in this run:"]
    for d in decisions:
        mark = "RUN" if d.included else "LEAVE"
        lines.append(f"  {mark:5} {d.operation.operation_id} ({d.operation.path}): {d.why}")
    return "\n".join(lines)


def read_unsent(path: Path) -> list[dict[str, Any]]:
    """The generated requests the hooks did not send (hooks.py writes one JSON line for each):
    [{operation, reasons, count}], one entry per operation and reasons."""
    if not path.exists():
        return []
    counted: dict[tuple[str, tuple[str, ...]], int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        key = (entry["operation"], tuple(entry["reasons"]))
        counted[key] = counted.get(key, 0) + 1
    return [
        {"operation": op, "reasons": list(reasons), "count": n}
        for (op, reasons), n in counted.items()
    ]


def login_flow_skipped(settings: Settings) -> str | None:
    """Why the login flow did not run, when it was asked for (username and password set)."""
    if settings.username and settings.password and settings.allowance is None:
        return "login texts users with SMS 2FA; set IPPANEL_ALLOW_SEND=1 to include it"
    return None


def report(
    results: list[OperationResult],
    steps: list[Step],
    gateway: Gateway,
    settings: Settings,
    unsent: list[dict[str, Any]],
    seconds: float,
) -> str:
    lines = ["", summary(results)]
    skipped = login_flow_skipped(settings)
    if skipped:
        lines.append(f"  SKIP  login flow: {skipped}")
    if steps:
        lines.append("Flows (login; schedule and cancel; round trips):")
        lines += [f"  {'PASS' if s.ok else 'FAIL':5} {s.name}: {s.detail}" for s in steps]
    if gateway.blocked:
        lines.append(
            f"Stopped before leaving the machine (errors of the suite): {len(gateway.blocked)}"
        )
        for b in gateway.blocked[:20]:
            lines.append(f"  ERROR {b.method} {b.path}: {'; '.join(b.reasons)}")
    if unsent:
        lines.append(
            f"Skipped, not sent (generated requests the suite could not make safe): "
            f"{sum(u['count'] for u in unsent)}"
        )
        for u in unsent[:20]:
            lines.append(f"  SKIP  {u['operation']} x{u['count']}: {'; '.join(u['reasons'])}")
    reports = REPORTS.relative_to(REPO)
    lines.append(f"{gateway.forwarded} requests sent in {seconds:.0f}s; reports in {reports}/")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
