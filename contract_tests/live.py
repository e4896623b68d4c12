"""`make contract-live`: check a live or staging server against the spec, safely.

Its settings are environment variables, declared in settings.py (the table of
docs/reference/contract-tests.md is theirs): the server and a token are required; the rest say
how much to send, and opt in to each class of operation (classes.py).

Read-only operations always run; the others by class, as the spec marks them (classes.py). The
operations that change what they name run in the stateful phase only, through the spec's links
from a create, on what the run created; at the end, the run deletes what it created and left
(cleanup.py).

Everything goes through the gateway (gateway.py): schemathesis never holds a secret, and nothing
that would text someone outside IPPANEL_TEST_RECIPIENTS leaves the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from contract_tests import REPO
from contract_tests.classes import Decision, Scope
from contract_tests.cleanup import delete_leftovers
from contract_tests.flows import Step, cancel_flow, login_flow, write_flow_junit
from contract_tests.gateway import Gateway, Vault, running_gateway
from contract_tests.live_settings import (
    NEVER_VALID,
    PLACEHOLDER_NUMBER,
    Refusal,
    Settings,
    ensure_reachable,
)
from contract_tests.policy import mask
from contract_tests.resources import Ownership
from contract_tests.round_trips import RoundTrips, run_round_trips
from contract_tests.runner import OperationResult, Target, run, summary, write_results
from contract_tests.sending import cancels
from contract_tests.settings import ALLOW_SEND, ROUND_TRIPS, shown
from kit.marks import links as spec_links
from kit.spec import bundle

REPORTS = REPO / "reports" / "contract-live"
# Beside junit.xml: the per-operation results, the login flow and what the gateway stopped.
RESULTS = REPORTS / "results.json"

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
    phases = run_phases(settings, not_fuzzed(settings.decisions))
    sending = settings.allowance is not None
    out(
        f"contract-live: {shown(settings.base_url)}, "
        f"at most {60 / settings.rate.interval:g} requests/min, "
        f"phases {phases}, {settings.max_examples} examples per operation; SMS operations "
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
            d.included and d.operation.operation_id in cancelling() for d in settings.decisions
        ):
            steps += cancel_flow(gateway.url, token, settings.allowance)
        # Create, read, update and delete the run's own objects, and only those (round_trips.py).
        trips = RoundTrips(skipped={"all": f"{ROUND_TRIPS.name}=0"})
        if settings.round_trips:
            trips = run_round_trips(
                gateway.url,
                token,
                gateway.record,
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
                phases=phases,
                excluded_checks=settings.excluded_checks,
                seed=settings.seed,
                left_out=tuple(not_fuzzed(settings.decisions)),
                stateful_only=tuple(stateful_only(settings.decisions)),
                allowance=settings.allowance,
                extra_reports=("vcr", "har"),
            )
        )
        # Whatever the phases made and did not delete, deleted by id: only what the run created.
        in_run = {d.operation.operation_id for d in settings.decisions if d.included}
        cleanup = delete_leftovers(gateway.url, token, gateway.record, in_run)
        steps += cleanup.steps
    write_flow_junit(steps, REPORTS / "login-flow.xml")
    unsent = read_unsent(REPORTS / "unsent.jsonl")
    failed = (
        code != 0
        or bool(gateway.blocked)
        or any(not s.ok for s in steps)
        or bool(trips.left_behind)
        or bool(cleanup.left_behind)
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
        cleanup={"left_behind": cleanup.left_behind},
        stateful_only=sorted(stateful_only_ids(settings.decisions)),
        blocked=[asdict(b) for b in gateway.blocked],
        unsent=unsent,
        requests_sent=gateway.forwarded,
        passed=not failed,
    )
    out(report(results, steps, gateway, settings, unsent, time.monotonic() - started))
    left = trips.left_behind + cleanup.left_behind
    if left:
        out(f"Could not delete what this run created: {', '.join(left)}")
    return 1 if failed else 0


def stateful_only_ids(decisions: list[Decision]) -> set[str]:
    """The included operations that change existing objects and that a link of the spec leads to:
    schemathesis calls them in its stateful phase only, following a link from a create with the
    id it answered (hooks.py drops the cases that name anything else; the gateway stops them).
    Not cancel: its link follows any send, most of which are not scheduled, and only a message
    the run scheduled may be cancelled (the cancel flow of flows.py does that)."""
    targeting = Ownership(bundle()).targeting_operations()
    linked = {target for _, target in links()}
    return {
        d.operation.operation_id
        for d in decisions
        if d.included
        and d.operation.operation_id in targeting & linked
        and d.operation.operation_id not in cancelling()
    }


def cancelling() -> set[str]:
    """The operations that take back what a send scheduled (sending.py)."""
    return {c.operation.operation_id for c in cancels()}


def links() -> set[tuple[str, str]]:
    """(source, target) operationIds of every link of the spec."""
    return {(link.source.operation_id, link.target) for link in spec_links(bundle())}


def run_phases(settings: Settings, left_out: list[Decision]) -> str:
    """The phases asked for, without the stateful one when no link joins two operations the run
    calls (a read-only run's): schemathesis counts a stateful phase with no link as an error."""
    phases = settings.phases.split(",")
    gone = {d.operation.operation_id for d in left_out}
    if not any(a not in gone and b not in gone for a, b in links()):
        phases = [p for p in phases if p != "stateful"]
    return ",".join(phases)


def stateful_only(decisions: list[Decision]) -> list[Decision]:
    names = stateful_only_ids(decisions)
    return [d for d in decisions if d.operation.operation_id in names]


def not_fuzzed(decisions: list[Decision]) -> list[Decision]:
    """What schemathesis leaves out: the operations the run may not call, and those that change
    existing objects (cancel among them) that no link leads to: they may only name what the run
    created itself (the gateway stops any other), and generated ids would all be stopped."""
    targeting = Ownership(bundle()).targeting_operations() - stateful_only_ids(decisions)
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
        return f"login texts users with SMS 2FA; set {ALLOW_SEND.name}=1 to include it"
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
