"""One schemathesis run of the whole spec against one base URL, and its per-operation summary.

The mock run (contract_tests/test_mock_contract.py) and a live run (contract_tests/live.py) differ
only in the `Target` they pass; schemathesis.toml holds what they share."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path

from contract_tests import REPO, SPEC, settings
from contract_tests.classes import Decision
from contract_tests.policy import Allowance

CONFIG = REPO / "contract_tests" / "schemathesis.toml"
STATEFUL_ONLY = "in the stateful phase only, through the spec's links, on what the run created"
ST = Path(sys.executable).parent / "st"
# What the child process may see of our environment: never IPPANEL_TOKEN or IPPANEL_PASSWORD.
PASSED_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")


def never_given_the_token() -> list[str]:
    """The operationIds schemathesis.toml sends only CONTRACT_LOGOUT_TOKEN (logout, which ends
    the session of the token it gets): the gateway stops any request to them with IPPANEL_TOKEN."""
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    return [
        str(o["include-operation-id"])
        for o in config.get("operations", [])
        if "CONTRACT_LOGOUT_TOKEN" in str((o.get("headers") or {}).get("Authorization", ""))
    ]


@dataclass
class Target:
    base_url: str
    token: str  # what schemathesis sends in Authorization (a stand-in in live runs)
    logout_token: str  # the only token logout ever gets from schemathesis
    reports: Path
    max_examples: int
    phases: str = "examples,coverage,fuzzing"
    excluded_checks: tuple[str, ...] = ()
    left_out: tuple[Decision, ...] = ()  # operations of classes the run may not call (classes.py)
    # Operations schemathesis reaches only in its stateful phase, through the spec's links: those
    # that change what they name, which may be only what the run created (resources.py).
    stateful_only: tuple[Decision, ...] = ()
    allowance: Allowance | None = None  # confine the sending operations to these numbers
    extra_reports: tuple[str, ...] = ()  # vcr, har: what a live run can be asked to explain
    seed: int | None = None


@dataclass
class OperationResult:
    label: str
    outcome: str  # passed, failed, errored, skipped
    problems: list[str] = field(default_factory=list)


def config_file(target: Target) -> Path:
    """schemathesis.toml, or, when some operations are for the stateful phase only, a copy in the
    run's reports with a section that leaves them out of the other phases (schemathesis reads
    no environment variable in an operation filter, so the names are written in)."""
    if not target.stateful_only:
        return CONFIG
    names = sorted(d.operation.operation_id for d in target.stateful_only)
    section = (
        "\n\n# Written by contract_tests/runner.py for this run: reached through links only.\n"
        "[[operations]]\n"
        f"include-operation-id = {json.dumps(names)}\n"
        "phases.examples.enabled = false\n"
        "phases.coverage.enabled = false\n"
        "phases.fuzzing.enabled = false\n"
    )
    written = target.reports / "schemathesis.toml"
    written.write_text(CONFIG.read_text(encoding="utf-8") + section, encoding="utf-8")
    return written


def command(target: Target) -> list[str]:
    reports = ",".join(("junit", *target.extra_reports))
    cmd = [
        str(ST),
        "--config-file",
        str(config_file(target)),
        "run",
        str(SPEC),
        "--max-examples",
        str(target.max_examples),
        "--phases",
        target.phases,
        "--report",
        reports,
        "--report-junit-path",
        str(target.reports / "junit.xml"),
        "--no-color",
    ]
    for name in target.extra_reports:
        suffix = "yaml" if name == "vcr" else "json"
        cmd += [f"--report-{name}-path", str(target.reports / f"{name}.{suffix}")]
    if target.excluded_checks:
        cmd += ["--exclude-checks", ",".join(target.excluded_checks)]
    for decision in target.left_out:
        cmd += ["--exclude-operation-id", decision.operation.operation_id]
    if target.seed is not None:
        cmd += ["--seed", str(target.seed)]
    return cmd


def environment(target: Target) -> dict[str, str]:
    env = {k: os.environ[k] for k in PASSED_ENV if k in os.environ}
    env.update(
        CONTRACT_BASE_URL=target.base_url,
        CONTRACT_TOKEN=target.token,
        CONTRACT_LOGOUT_TOKEN=target.logout_token,
        CONTRACT_REPORTS=str(target.reports),
        PYTHONPATH=str(REPO),
    )
    if target.allowance is not None or target.stateful_only:
        env["SCHEMATHESIS_HOOKS"] = "contract_tests.hooks"
    if target.allowance is not None:
        given = target.allowance
        env[settings.TEST_RECIPIENTS.name] = ",".join(given.recipients)
        env[settings.FROM_NUMBER.name] = given.from_number
        env[settings.TEST_PHONEBOOK_ID.name] = given.phonebook_id or ""
    return env


def run(target: Target) -> tuple[int, list[OperationResult]]:
    """Run schemathesis (its console output goes to ours) and read its JUnit report."""
    target.reports.mkdir(parents=True, exist_ok=True)
    junit = target.reports / "junit.xml"
    junit.unlink(missing_ok=True)
    sys.stdout.flush()
    code = subprocess.run(
        command(target), env=environment(target), cwd=REPO, stdin=subprocess.DEVNULL
    ).returncode
    results = read_junit(junit) if junit.exists() else []
    # The stateful phase's findings are on its own line ("Stateful tests"); the line JUnit gives
    # an operation of that phase only says nothing of it, unless it failed.
    only = {f"{d.operation.method} {d.operation.path}" for d in target.stateful_only}
    results = [r for r in results if r.label not in only or r.outcome in ("failed", "errored")]
    results += [
        OperationResult(
            f"{d.operation.operation_id} ({d.operation.method} {d.operation.path})",
            "skipped",
            [f"{STATEFUL_ONLY}: see Stateful tests"],
        )
        for d in target.stateful_only
    ]
    results += [
        OperationResult(
            f"{d.operation.operation_id} ({d.operation.method} {d.operation.path})",
            "skipped",
            [f"left out: {d.why}"],
        )
        for d in target.left_out
    ]
    return code, results


def read_junit(path: Path) -> list[OperationResult]:
    results = []
    for case in ET.parse(path).getroot().iter("testcase"):
        problems: list[str] = []
        outcome = "passed"
        for kind in ("failure", "error"):
            for element in case.findall(kind):
                outcome = "failed" if kind == "failure" and outcome != "errored" else "errored"
                text = element.text or ""
                problems += named_failures(text) or [
                    text.strip().splitlines()[0] if text.strip() else kind
                ]
        if case.find("skipped") is not None and outcome == "passed":
            outcome = "skipped"
            problems.append(case.find("skipped").get("message", ""))  # type: ignore[union-attr]
        results.append(
            OperationResult(case.get("name", "?"), outcome, list(dict.fromkeys(problems)))
        )
    return results


def write_results(path: Path, results: list[OperationResult], **more: object) -> None:
    """The run's per-operation results as JSON ({"operations": [{label, outcome, problems}],
    ...more}): what tests and scripts read, rather than the printed summary."""
    document = {"operations": [asdict(r) for r in results], **more}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_results(path: Path) -> tuple[list[OperationResult], dict[str, object]]:
    """What write_results wrote: the operations' results, and the rest of the document."""
    document = json.loads(path.read_text(encoding="utf-8"))
    results = [OperationResult(**r) for r in document.pop("operations")]
    return results, document


def named_failures(text: str) -> list[str]:
    """schemathesis' "- ST108 Response violates schema" lines, with their first line of detail."""
    return [
        f"{title}: {detail}" if detail else title
        for title, detail in re.findall(r"^- (ST\d+ [^\n]+)(?:\n\n +([^\n]+))?", text, flags=re.M)
    ]


def summary(results: list[OperationResult]) -> str:
    """One line per operation, then its problems, each once."""
    mark = {"passed": "PASS", "failed": "FAIL", "errored": "ERROR", "skipped": "SKIP"}
    lines = ["Per operation:"]
    for result in results:
        lines.append(f"  {mark.get(result.outcome, result.outcome):5} {result.label}")
        lines += [f"          {problem}" for problem in result.problems]
    return "\n".join(lines)
