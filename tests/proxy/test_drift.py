"""The drift report, against the test server made to drift (tests/servers/drifting.py): it names
exactly the drifted operations and places, a conforming operation has none, an app's own mistake
is reported on the request side, the coverage is counted, and no token or personal datum the
server returned reaches a log line or a report. The expectations are written here from the
drifting server's own description of what it changes, not read from the proxy's code."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.operations import by_operation_id
from kit.spec import example
from proxy.launcher import RunningProxy, running_proxy
from tests.servers import Server
from tests.servers.drifting import DRIFTS, PERSONAL, running_drifting

OWNER = ("mobile", "phone", "other_numbers", "email", "national_code", "card_number", "iban")
# (operationId, direction, where, status, pointer, kind): what drifting.py's DRIFTS says it does.
EXPECTED = {
    ("checkToken", "response", "body", "200", "/data/user_id", "type"),
    *(
        ("checkToken", "response", "body", "200", f"/data/{name}", "undeclared field")
        for name in (*OWNER, "session_token")
    ),
    ("getMyCredit", "response", "body", "200", "/data/gift_expires_at", "required"),
    ("listNumbers", "response", "body", "200", "/data/*/gets", "enum"),
    ("listNumbers", "response", "body", "200", "/data/*/label", "undeclared field"),
    ("listUserDocuments", "response", "status", "403", "", "status"),
    ("listJobCategories", "response", "content type", "200", "", "content type"),
    ("listBankProvinces", "response", "status", "503", "", "server error"),
    # The app's own mistake: a send without its message (the server's 422 is documented).
    ("sendSms", "request", "body", None, "/message", "required"),
}
CONFORMING = "listDraftGroups"


def call(proxy: RunningProxy, token: str, operation_id: str, **kwargs: Any) -> httpx.Response:
    op = by_operation_id()[operation_id]
    return httpx.request(
        op.method.upper(),
        proxy.url + op.path,
        headers={"Authorization": token},
        timeout=30,
        **kwargs,
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, RunningProxy, str]]:
    """The traffic of an app's session through the proxy, then the proxy stopped: its summary
    as it answered it live, and its output."""
    where = tmp_path_factory.mktemp("drift")
    with running_drifting(where / "log", prefix="/v1") as server:
        with running_proxy(server.url, where / "reports") as proxy:
            for operation_id in [*DRIFTS, CONFORMING, "checkToken"]:
                call(proxy, server.token, operation_id)
            bad = {k: v for k, v in example("SendNormal").items() if k != "message"}
            assert call(proxy, server.token, "sendSms", json=bad).status_code == 422
            # Written as traffic arrives, not only at the end.
            assert proxy.process.wait_for(
                lambda _: "listBankProvinces" in _read(proxy.reports / "drift.md"), timeout=30
            )
            live = proxy.drift()
            proxy.stop()
            yield server, proxy, json.dumps(live)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def found(summary: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {
        (name, d["direction"], d["location"], d["status"], d["pointer"], d["kind"])
        for name, o in summary["operations"].items()
        for d in o["differences"]
    }


def test_the_summary_names_exactly_the_drifted_places(
    run: tuple[Server, RunningProxy, str],
) -> None:
    _, proxy, live = run
    summary = json.loads(live)
    assert found(summary) == EXPECTED
    assert summary["operations"][CONFORMING]["differences"] == []
    assert summary["operations"][CONFORMING]["conformed"] == 1
    # The report written at exit says the same, and counts the second checkToken.
    written = json.loads(proxy.report("drift.json"))
    assert found(written) == EXPECTED
    check_token = written["operations"]["checkToken"]
    assert (check_token["calls"], check_token["conformed"], check_token["statuses"]) == (
        2,
        0,
        {"200": 2},
    )
    user_id = next(d for d in check_token["differences"] if d["pointer"] == "/data/user_id")
    assert (user_id["expected"], user_id["seen"], user_id["count"]) == ("integer", ["string"], 2)
    assert user_id["first_seen"] <= user_id["last_seen"]


def test_coverage_says_what_the_traffic_reached(run: tuple[Server, RunningProxy, str]) -> None:
    _, proxy, _ = run
    coverage = json.loads(proxy.report("drift.json"))["coverage"]
    called = {*DRIFTS, CONFORMING, "sendSms"}
    assert coverage["operations"] == {"reached": len(called), "of": len(by_operation_id())}
    not_reached = {o["operationId"] for o in coverage["not_reached"]}
    assert not_reached == set(by_operation_id()) - called
    summary = json.loads(proxy.report("drift.json"))["operations"]
    assert summary["checkToken"]["statuses_not_seen"] == ["401"]


def test_the_markdown_report_names_each_operation_and_place(
    run: tuple[Server, RunningProxy, str],
) -> None:
    _, proxy, _ = run
    text = proxy.report("drift.md")
    for operation_id, _, _, _, pointer, _ in EXPECTED:
        op = by_operation_id()[operation_id]
        assert f"### {operation_id} ({op.method.upper()} {op.path})" in text
        if pointer:
            assert f"`{pointer}`" in text
    assert f"### {CONFORMING}" not in text


def test_one_log_line_per_exchange_that_breaks_the_contract(
    run: tuple[Server, RunningProxy, str],
) -> None:
    _, proxy, _ = run
    lines = [line for line in proxy.process.output().splitlines() if "breaks the contract" in line]
    named = [line.split(": ", 1)[1].split(" (", 1)[0] for line in lines]
    # checkToken twice; listNumbers, getMyCredit, ... once; the conforming one never.
    assert sorted(named) == sorted(
        ["checkToken", "checkToken", "sendSms", *(d for d in DRIFTS if d != "checkToken")]
    )
    user_id = next(line for line in lines if "/data/user_id" in line)
    assert "type: expected integer, saw string" in user_id


def test_no_secret_or_personal_datum_is_written_or_logged(
    run: tuple[Server, RunningProxy, str],
) -> None:
    server, proxy, live = run
    # The server did answer with them: the check below is not vacuous.
    answered = httpx.post(
        server.url + "/api/acl/auth/check_token", headers={"Authorization": server.token}
    ).text
    assert all(p in answered for p in PERSONAL)
    written = {p.name: p.read_text(encoding="utf-8") for p in proxy.reports.iterdir()}
    assert set(written) == {"drift.md", "drift.json", "traffic.har"}
    places = {**written, "log": proxy.process.output(), "summary": live}
    for datum in [*PERSONAL, server.token]:
        for name, text in places.items():
            assert datum not in text and json.dumps(datum)[1:-1] not in text, (datum, name)
