"""Adding a sending type is a spec edit: a fifteenth one (tests/spec/new_sending_type.py) added to
a scratch copy of the kit, and regenerated with its own `make generate`, is served, counted and
reported by the mock, answered by the msw handlers, typed by both clients, and sent by a live run
only to the numbers QA allows, with no code changed. Its twin, the recipients field left unmarked,
fails the spec's check, and the guard refuses its send. Judged by the spec's own examples and by
the test server's record of whom each send reached (tests/servers/audience.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.processes import run
from kit.spec import REPO
from mock.launcher import running_mock
from tests.contract_tests.conftest import FROM_NUMBER, TEST_PHONEBOOK, TEST_RECIPIENTS, sending
from tests.learn.conftest import QUICK, make_in, scratch_tree
from tests.servers import running_server
from tests.servers.records import texted_beyond
from tests.spec.new_sending_type import ANSWER, PHONES, TEXT, add_flash

TSC = REPO / "node_modules" / ".bin" / "tsc"
ESBUILD = REPO / "node_modules" / ".bin" / "esbuild"
FLASH = {"sending_type": "flash", "from_number": "+983000505", "message": TEXT, "phones": PHONES}
TEST_KEY = "mock-test-api-key"  # the sessions' test API key (docs/mock.md)


def scratch(where: Path, marked: bool) -> Path:
    """A scratch copy of the kit with the new type, and the test server to send it to: the
    server reads the copy's spec, and counts the new type's numbers on its own terms."""
    tree = scratch_tree(where)
    shutil.copytree(REPO / "tests" / "servers", tree / "tests" / "servers")
    (tree / "tests" / "__init__.py").touch()
    audience = tree / "tests" / "servers" / "audience.py"
    text = audience.read_text(encoding="utf-8")
    audience.write_text(text.replace('"mobile"})', '"mobile", "phones"})'), encoding="utf-8")
    assert '"phones"' in audience.read_text(encoding="utf-8")
    add_flash(tree / "openapi", marked=marked)
    done = make_in(tree)("generate" if marked else "bundle", timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return tree


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scratch(tmp_path_factory.mktemp("fifteenth") / "tree", marked=True)


@pytest.fixture(scope="module")
def twin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scratch(tmp_path_factory.mktemp("unmarked") / "tree", marked=False)


@pytest.fixture(scope="module")
def mock(tree: Path) -> Iterator[str]:
    env = {
        "MOCK_SPEC": str(tree / "openapi" / "bundled" / "ippanel.yaml"),
        "MOCK_SESSIONS": "1",
        "MOCK_DELIVERY_SECONDS": "0",
    }
    with running_mock(env=env) as running:
        yield running.url


def in_tree(tree: Path, code: str) -> Any:
    """What a Python snippet prints as JSON, run in the scratch copy (its kit, its spec)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PYTHONPATH": f"{tree}:{tree / 'generated' / 'ippanel-client'}",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_spec_check_passes_and_its_unmarked_twin_fails(tree: Path, twin: Path) -> None:
    check = "import json; from kit.marks import unmarked; from kit.spec import bundle\n"
    check += "print(json.dumps(unmarked(bundle())))"
    assert in_tree(tree, check) == []
    assert in_tree(twin, check) == [
        "sendSms: application/json phones: no x-ippanel-field mark",
    ]


def test_the_mock_serves_counts_and_reports_it(mock: str) -> None:
    auth = {"Authorization": TEST_KEY}
    answered = json.loads(ANSWER.split("value: ", 1)[1])
    ids = []
    for _ in range(3):  # the third from the fast path's memory: still fresh ids
        sent = httpx.post(
            f"{mock}/api/send", json=FLASH, headers={**auth, "Prefer": "example=flash"}
        )
        assert sent.status_code == 200, sent.text
        assert sent.json()["meta"] == answered["meta"]
        ids += sent.json()["data"]["message_outbox_ids"]
    assert len(ids) == len(set(ids)) == 3 and ids == sorted(ids)  # one message each
    unsaid = {k: v for k, v in FLASH.items() if k != "message"}
    refused = httpx.post(f"{mock}/api/send", json=unsaid, headers=auth)
    assert refused.status_code == 422 and "message" in refused.json()["meta"]["errors"]
    listed = httpx.post(
        f"{mock}/api/report/new_list", json={"filters": {"message": TEXT}}, headers=auth
    ).json()["data"]
    assert sorted(int(b["messages_outbox_id"]) for b in listed) == ids
    assert {(b["type"], b["rcpts_count"]) for b in listed} == {("flash", str(len(PHONES)))}
    recipients = httpx.get(
        f"{mock}/api/report/recipients", params={"bulk_id": str(ids[0])}, headers=auth
    ).json()["data"]
    assert [r["recipient"] for r in recipients] == PHONES


def test_the_python_client_types_and_sends_it(tree: Path, mock: str) -> None:
    code = f"""
import json
from ippanel_client import AuthenticatedClient
from ippanel_client.api.send import send_sms
from ippanel_client.models import SendFlashRequest
client = AuthenticatedClient(base_url={mock!r}, token={TEST_KEY!r}, prefix="")
body = SendFlashRequest.from_dict({FLASH!r})
sent = send_sms.sync_data(client=client, body=body)
print(json.dumps([type(body).__name__, len(sent.message_outbox_ids)]))
"""
    assert in_tree(tree, code) == ["SendFlashRequest", 1]


def test_the_typescript_client_types_it_and_msw_answers_it(tree: Path) -> None:
    where = tree / "build" / "flash"
    where.mkdir(parents=True)
    (where / "package.json").write_text('{"type": "module"}')
    src = "../../generated/ippanel-client-ts/src"
    (where / "flash.mts").write_text(
        f"""import {{ setupServer }} from "msw/node";
import {{ createIppanelClient, prefer }} from "{src}/index.js";
import {{ createHandlers }} from "{src}/msw.js";

const baseUrl = "https://staging.example/v1";
const server = setupServer(...createHandlers({{ baseUrl }}));
server.listen({{ onUnhandledRequest: "error" }});
const client = createIppanelClient({{ baseUrl, token: "any-token" }});
const sent = await client.POST("/api/send", {{
  body: {json.dumps(FLASH, ensure_ascii=False)} as const,
  headers: prefer("/api/send", "post", "example=flash"),
}});
const {{ response }} = await client.POST("/api/send", {{
  // @ts-expect-error: a flash send without its message does not compile
  body: {{ sending_type: "flash", from_number: "+983000505", phones: ["+989120000000"] }},
}});
console.log(JSON.stringify([sent.response.status, sent.data, response.status]));
server.close();
""",
        encoding="utf-8",
    )
    config = {
        "compilerOptions": {
            "strict": True,
            "target": "ES2022",
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "lib": ["ES2022", "DOM"],
            "types": ["node"],
            "skipLibCheck": True,
            "allowJs": True,
            "noEmit": True,
        },
        "files": ["flash.mts"],
    }
    (where / "tsconfig.json").write_text(json.dumps(config))
    checked = run([str(TSC), "-p", str(where / "tsconfig.json")], cwd=tree, timeout=300)
    assert checked.returncode == 0, checked.stdout[-3000:]
    built = run(
        [
            str(ESBUILD),
            "flash.mts",
            "--bundle",
            "--format=esm",
            "--platform=node",
            "--outfile=flash.mjs",
            "--log-level=warning",
        ],  # fmt: skip
        cwd=where,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    ran = run(["node", "flash.mjs"], cwd=where, timeout=120)
    assert ran.returncode == 0, ran.stderr[-3000:]
    status, data, refused = json.loads(ran.stdout)
    assert (status, data, refused) == (200, json.loads(ANSWER.split("value: ", 1)[1]), 422)


def test_a_live_run_sends_it_only_to_the_allowed_numbers(tree: Path, tmp_path: Path) -> None:
    with running_server(tmp_path / "log", kit=tree) as server:
        env = {"IPPANEL_BASE_URL": server.url, "IPPANEL_TOKEN": server.token, **QUICK}
        done = make_in(tree)("contract-live", timeout=600, **sending(server), **env)
        records = server.requests()
    flashes = [r for r in records if r.get("texted") == "sendSms" and r.get("type") == "flash"]
    assert flashes, done.stdout[-3000:]  # the run did send the new type, and the server took it
    assert texted_beyond(records, TEST_RECIPIENTS.split(","), TEST_PHONEBOOK) == []
    assert all(set(f["numbers"]) <= set(TEST_RECIPIENTS.split(",")) for f in flashes)


def test_the_guard_refuses_the_unmarked_twin_s_send(twin: Path) -> None:
    code = f"""
import json
from contract_tests.policy import Allowance, violations
from contract_tests.request import Request
from kit.marks import spec_operations
allowance = Allowance({tuple(TEST_RECIPIENTS.split(","))!r}, {FROM_NUMBER!r}, {TEST_PHONEBOOK!r})
body = json.dumps({{**{FLASH!r}, "phones": [{TEST_RECIPIENTS.split(",")[0]!r}]}}).encode()
request = Request.read("POST", "/api/send", "", "application/json", body)
print(json.dumps(violations(allowance, request, spec_operations()["sendSms"])))
"""
    said = in_tree(twin, code)
    unmarked = "phones.0: the spec does not mark it (no x-ippanel-field mark in the spec)"
    assert said == [f"{unmarked}, so it may not go"]
