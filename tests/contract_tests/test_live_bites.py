"""`make contract-live` against contract_tests' own servers: it names every violation of the broken
one, passes the faithful one, sends only what it may, and leaks no secret."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from contract_tests.live import REPORTS, RESULTS
from contract_tests.resources import Ownership
from contract_tests.round_trips import KINDS
from contract_tests.runner import OperationResult, read_results
from contract_tests.sending import sms_operations
from kit.operations import operations
from kit.spec import bundle
from tests.contract_tests.conftest import (
    FAST,
    TEST_PHONEBOOK,
    TEST_RECIPIENTS,
    ContractLive,
    sending,
)
from tests.servers import Server, running_server
from tests.servers.ippanel import BREAKAGES
from tests.servers.records import (
    books,
    not_round_tripped,
    refused,
    sends,
    texted_beyond,
    touched_beyond_the_run,
)

PATHS = {
    "checkToken": "/api/acl/auth/check_token",
    "confirmOtp": "/api/acl/auth/confirm_otp",
    "forgotPassword": "/api/acl/auth/forgot_password",
    "changePasswordByToken": "/api/acl/auth/change_password_by_token",
    "logout": "/api/acl/auth/logout",
    "sendSmsOtp": "/api/acl/auth/send_sms_otp",
}
# What the summary must say about each breakage of the broken server (see BREAKAGES).
NAMED = {
    "checkToken": 'ST108 Response violates schema: "58745" is not of type "integer"',
    "confirmOtp": 'ST108 Response violates schema: "message_code" is a required property',
    "forgotPassword": "ST103 Undocumented status code: Received: 409",
    "changePasswordByToken": "ST105 Undocumented Content-Type: Received: text/plain",
    "logout": "ST401 API accepts requests without authentication",
    "sendSmsOtp": "ST101 Server error",
}
# The classes `sending()` does not opt in to, and what a run never fuzzes (resources.py).
OPTED_OUT = {"x-ippanel-irreversible", "x-ippanel-reseller-only"}
NOT_FUZZED = Ownership(bundle()).targeting_operations()
DOCUMENT_REMOVAL = "/api/user/documents/remove"
# The stateful phase alone reaches these, through the links of the spec: from createPhonebook,
# createCustomField and createPattern to the updates and deletes of what they made.
STATEFUL_ONLY = {
    "updatePhonebook",
    "deletePhonebooks",
    "updateCustomField",
    "deleteCustomFields",
    "updatePattern",
    "deletePattern",
}
PATHS_OF = {
    op.operation_id: f"{op.method.upper()} {op.path}"
    for op in operations()
    if op.operation_id in STATEFUL_ONLY
}
NOT_CREATED = "names an object this run did not create"
LINKED_KINDS = ("phonebook", "customField", "pattern")
PATTERN_READ = "/api/patterns/"
# The kinds whose create answers no id (`data: null`, or a count): what fuzzing makes of them,
# the run cannot name.
NO_ID = {"draftGroup", "draft", "contact"}
# A password that JSON has to escape, so that redaction must catch the escaped form too.
PASSWORD = 'qa-pass"word\\s3cr3t'


def per_operation() -> dict[str, OperationResult]:
    """The run's results.json: "POST /path" (or "operationId (path)" if skipped) -> its result."""
    return {r.label: r for r in read_results(RESULTS)[0]}


def run_details() -> dict[str, Any]:
    """The rest of results.json: login_flow, blocked, requests_sent, passed."""
    return read_results(RESULTS)[1]


# One seed: what schemathesis generates, and so what the run sends or leaves unsent, is the same
# every time. The rewrite's safety over many seeds is test_safe_generation's.
SEED = "20261207"


def live_env(server: Server, **extra: str) -> dict[str, str]:
    return {
        "IPPANEL_BASE_URL": server.url,
        "IPPANEL_TOKEN": server.token,
        "IPPANEL_SEED": SEED,
        **FAST,
        **extra,
    }


def test_the_broken_server_fails_and_each_violation_is_named(
    contract_live: ContractLive, tmp_path: Path
) -> None:
    assert NAMED.keys() == BREAKAGES.keys()
    with running_server(tmp_path / "log", broken=True, password=PASSWORD) as server:
        result = contract_live(**live_env(server, **sending(server)))
    assert result.returncode != 0, result.stdout + result.stderr
    operations = per_operation()
    failing = {label for label, r in operations.items() if r.outcome not in ("passed", "skipped")}
    assert failing == {f"POST {PATHS[op]}" for op in BREAKAGES}, result.stdout
    for op, named in NAMED.items():
        assert any(named in problem for problem in operations[f"POST {PATHS[op]}"].problems), (
            op,
            result.stdout,
        )
    assert run_details()["passed"] is False
    assert "Per operation:" in result.stdout  # the printout is still there for people
    assert (REPORTS / "junit.xml").read_text().count("<failure") >= len(BREAKAGES)


def test_the_faithful_server_passes_sending_only_to_allowed_numbers_and_nothing_leaks(
    contract_live: ContractLive, tmp_path: Path
) -> None:
    with running_server(tmp_path / "log", password=PASSWORD) as server:
        result = contract_live(**live_env(server, **sending(server)))
        received = server.requests()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    operations = per_operation()
    # Every operation ran and passed, but those of classes not opted in (reseller-only,
    # irreversible) and those schemathesis does not fuzz (cancel, changes by id: their flows).
    skipped = {label.split()[0] for label, r in operations.items() if r.outcome == "skipped"}
    assert all(r.outcome in ("passed", "skipped") for r in operations.values()), output
    plan = run_details()["plan"]
    left_out = {d["operation_id"] for d in plan if not d["included"]}
    assert left_out == {d["operation_id"] for d in plan if set(d["classes"]) & OPTED_OUT}
    assert skipped == left_out | {"cancelScheduledSms"} | NOT_FUZZED, output
    # The plan says what it left out and why, printed and in results.json.
    why = {d["operation_id"]: d["why"] for d in plan}
    assert "needs its operationId in IPPANEL_ALLOW_IRREVERSIBLE" in why["createUser"]
    assert "needs IPPANEL_RESELLER=1" in why["createUser"]
    assert why["uploadUserDocument"].startswith("cannot be undone: needs"), why
    assert "LEAVE createUser" in output and "RUN   createPhonebook" in output
    details = run_details()
    # Nothing generated was stopped on the wire, nor left unsent as beyond the rewrite. Unsent:
    # only the stateful phase's tries of ids no link gave, of operations it alone reaches.
    assert details["blocked"] == [], output
    stateful_only = set(details["stateful_only"])
    assert stateful_only == STATEFUL_ONLY, output
    assert {u["operation"] for u in details["unsent"]} <= {PATHS_OF[o] for o in stateful_only}
    assert {r for u in details["unsent"] for r in u["reasons"]} <= {NOT_CREATED}, output
    flow = details["login_flow"]
    assert flow["skipped"] is None and flow["steps"], output
    assert all(step["ok"] for step in flow["steps"]), output
    # The cancel round trip ran: a message scheduled a day ahead, then cancelled (the server
    # answers 404 for a message it did not schedule, so a passing cancel is of that one).
    step_names = [s["name"] for s in flow["steps"]]
    at = step_names.index("schedule a message a day ahead")
    assert step_names[at + 1] == "cancel it", step_names

    # Safety: whom the sends that reached the server text, by the server's own reading.
    requests = [r for r in received if "path" in r]
    accepted = {r["texted"] for r in sends(received)}
    assert accepted == {"sendSms", "sendSmsByUrl"}, "the run never sent both ways: nothing checked"
    allowed = TEST_RECIPIENTS.split(",")
    assert texted_beyond(received, allowed, TEST_PHONEBOOK) == []
    # Every cancel took back a message the server scheduled for this run (the flow's, and at the
    # end those fuzzed sends scheduled), and every one it scheduled was taken back.
    cancels = [r for r in requests if r["path"] == "/api/send/cancel"]
    kept = books(received)
    assert len(cancels) == len(kept["deleted"]["scheduledMessage"]) > 1
    assert kept["deleted"]["scheduledMessage"] == kept["created"]["scheduledMessage"]

    # The round trips ran, every step passed (above), and all they made was deleted.
    trips = details["round_trips"]
    # Documents: uploading is irreversible and was not named, so nothing is the run's to remove.
    skipped_trips = {"userDocument": "not in this run: uploadUserDocument"}
    assert trips == {"left_behind": [], "skipped": skipped_trips}, output
    names = " ".join(s["name"] for s in flow["steps"])
    for kind, ops in KINDS.items():
        for op_id in ops if kind not in skipped_trips else ():
            assert f"({op_id})" in names, op_id
    assert not [r for r in requests if r["path"] == DOCUMENT_REMOVAL], "a document was removed"
    created = kept["created"]
    kinds = {"phonebook", "contact", "customField", "draftGroup", "draft", "pattern"}
    assert created.keys() == kinds | {"scheduledMessage"}
    # Nothing that changes data named an object the server did not make for this run: it
    # refused no change (the round trips, the stateful phase, the clean-up), and every object it
    # changed or deleted is one it made for this run, never one it had before.
    assert refused(received) == []
    assert touched_beyond_the_run(received) == []
    # The links did what the round trips of these kinds did: each kind was renamed, a pattern
    # was read by the code its create answered, and everything made was deleted.
    assert not_round_tripped(received, LINKED_KINDS) == []
    read = {r["path"].rsplit("/", 1)[-1] for r in requests if r["path"].startswith(PATTERN_READ)}
    assert read & created["pattern"], "no pattern the run made was read through its link"
    # After the run, the server keeps nothing the run made but what it cannot name: a draft
    # group made by fuzzing answers no id (docs/contract-tests.md).
    left = {k: ids - kept["deleted"].get(k, set()) for k, ids in created.items()}
    assert {k for k, ids in left.items() if ids} <= NO_ID, left
    # The URL send had the real API key in its query (schemathesis held a stand-in: the greps
    # below find the key in nothing the run printed or wrote).
    assert any(
        parse_qs(r["query"]).get("apikey") == [server.token]
        for r in requests
        if r["path"] == "/api/send/webservice"
    ), "the URL send never reached the server with the API key"
    assert not any(
        r["path"] == "/api/acl/auth/logout" and r["authorization"] == server.token for r in requests
    )

    # Secrets: they did cross the wire, and appear in nothing the run printed or wrote.
    issued = [r["token"] for r in received if "issued" in r]
    secrets = [server.token, PASSWORD, *issued]
    assert any(r["authorization"] == server.token for r in requests)
    assert any(PASSWORD in r["body"] or json.dumps(PASSWORD)[1:-1] in r["body"] for r in requests)
    assert {"login", "reset"} <= {r["issued"] for r in received if "issued" in r}
    written = {
        p: p.read_text(encoding="utf-8", errors="replace")
        for p in REPORTS.rglob("*")
        if p.is_file()
    }
    assert {"junit.xml", "results.json", "vcr.yaml", "har.json", "login-flow.xml"} <= {
        p.name for p in written
    }
    for secret in secrets:
        for form in {secret, json.dumps(secret)[1:-1]}:
            assert form not in output
            for path, text in written.items():
                assert form not in text, f"a secret in {path.name}"


def test_without_allow_send_nothing_that_sends_sms_reaches_the_server(
    contract_live: ContractLive, tmp_path: Path
) -> None:
    with running_server(tmp_path / "log") as server:
        result = contract_live(
            **live_env(server, IPPANEL_USERNAME=server.username, IPPANEL_PASSWORD=server.password)
        )
        received = server.requests()
    assert result.returncode == 0, result.stdout + result.stderr
    operations = per_operation()
    # Left out by default: every operation that sends SMS or changes data (changePasswordByToken).
    marked = {d["operation_id"]: d["path"] for d in run_details()["plan"] if d["classes"]}
    assert set(sms_operations()) | {"changePasswordByToken"} <= marked.keys()
    assert {label.split()[0] for label, r in operations.items() if r.outcome == "skipped"} == set(
        marked
    )
    assert {d["operation_id"] for d in run_details()["plan"] if not d["included"]} == set(marked)
    assert run_details()["login_flow"]["skipped"], result.stdout
    assert "LEAVE changePasswordByToken" in result.stdout  # the run says what it left out
    paths = {r["path"] for r in received if "path" in r}
    assert paths and not paths & set(marked.values())


def test_contract_live_against_the_mock_passes(contract_live: ContractLive, mock_url: str) -> None:
    from tests.contract_tests.test_mock_contract import MOCK_EXCLUDED_CHECKS, SEED

    result = contract_live(
        IPPANEL_BASE_URL=mock_url,
        IPPANEL_TOKEN="contract-tests-token-for-the-mock-0123",
        **FAST,
        IPPANEL_ALLOW_SEND="1",
        IPPANEL_ALLOW_WRITES="1",
        IPPANEL_TEST_RECIPIENTS="+989120000001",
        IPPANEL_FROM_NUMBER="+983000505",
        IPPANEL_EXCLUDE_CHECKS=",".join(MOCK_EXCLUDED_CHECKS),
        IPPANEL_SEED=str(SEED),
        IPPANEL_ROUND_TRIPS="0",  # the mock keeps nothing: a created object is never listed
    )
    assert result.returncode == 0, result.stdout + result.stderr
    outcomes = [r.outcome for r in per_operation().values()]
    assert set(outcomes) == {"passed", "skipped"}, result.stdout  # skipped: see the faithful run


def documents_run(server: Server) -> dict[str, str]:
    """Writes, and the irreversible upload named: the documents' round trip may run. The
    documented examples are enough to reach every operation."""
    return live_env(
        server,
        IPPANEL_ALLOW_WRITES="1",
        IPPANEL_ALLOW_IRREVERSIBLE="uploadUserDocument",
        IPPANEL_PHASES="examples",
    )


def test_a_run_removes_exactly_the_document_it_uploaded(
    contract_live: ContractLive, tmp_path: Path
) -> None:
    """Judged by the server's own bookkeeping: it logs what an upload filled, what a removal
    took back, and refuses (and logs) a removal of anything it did not hand out."""
    with running_server(tmp_path / "log") as server:
        result = contract_live(**documents_run(server))
        received = server.requests()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    uploaded = [r["id"] for r in received if r.get("created") == "userDocument"]
    removed = [r["id"] for r in received if r.get("removed") == "userDocument"]
    refused = [r for r in received if r.get("refused") == "removeUserDocument"]
    # The round trips run first: the first upload is theirs, and it alone is taken back.
    assert uploaded and removed == uploaded[:1] and refused == [], output
    assert len([r for r in received if r.get("path") == DOCUMENT_REMOVAL]) == 1
    assert "removeUserDocument" in {
        d["operation_id"] for d in run_details()["plan"] if d["included"]
    }
    assert "PASS  the document reads as uploaded" in output


def test_a_run_against_a_server_with_no_documents_removes_none(
    contract_live: ContractLive, tmp_path: Path
) -> None:
    with running_server(tmp_path / "log", documents=False) as server:
        result = contract_live(**documents_run(server))
        received = server.requests()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [r for r in received if r.get("path") == DOCUMENT_REMOVAL], output
    skipped = run_details()["round_trips"]["skipped"]
    assert skipped["userDocument"] == "no document without an upload of the owner's"
