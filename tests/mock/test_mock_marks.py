"""MOCK_SESSIONS=1 acts on the spec's marks (mock/marks.js), not on names written in its code: the
same requests to the mock serving the bundle and to the mock serving a copy of it with one mark
changed get answers that differ as the marks do, each judged by the request and the spec (how
many items a send lists, which of its fields hold numbers), never by the mock's code."""

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from kit.spec import bundle
from mock.launcher import running_mock
from tests.mock.mock_spec import example

TEST_API_KEY = "mock-test-api-key"  # docs/mock.md
POSTAL = example("SendPostalCode")  # two areas, two more numbers
SESSIONS = {"MOCK_SESSIONS": "1", "MOCK_DELIVERY_SECONDS": "0"}


def remarked(spec: dict[str, Any]) -> dict[str, Any]:
    """The bundle with three marks changed: a postal-code send counted as one message per area,
    its `other_recipients` marked as content (nobody), forgot_password's token a final one."""
    changed = copy.deepcopy(spec)
    schemas = changed["components"]["schemas"]
    postal = schemas["SendPostalCodeRequest"]
    postal["x-ippanel-messages"] = {"each": "params"}
    postal["properties"]["other_recipients"]["x-ippanel-field"] = "content"
    forgot = changed["paths"]["/api/acl/auth/forgot_password"]["post"]
    forgot["x-ippanel-tokens"]["issues"]["kind"] = "final"
    return changed


@pytest.fixture(scope="module")
def clients(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    """(the mock on the bundle, the mock on the copy with its marks changed)."""
    copied = tmp_path_factory.mktemp("remarked") / "ippanel.yaml"
    copied.write_text(yaml.safe_dump(remarked(bundle()), allow_unicode=True), encoding="utf-8")
    with (
        running_mock(env=SESSIONS) as real,
        running_mock(env={**SESSIONS, "MOCK_SPEC": str(copied)}) as changed,
        httpx.Client(base_url=real.url, timeout=5) as a,
        httpx.Client(base_url=changed.url, timeout=5) as b,
    ):
        yield a, b


def sent(client: httpx.Client) -> tuple[list[int], list[list[str]]]:
    """The postal-code example sent at once: its ids, and each one's recipients as reported."""
    headers = {"Authorization": TEST_API_KEY}
    body = {k: v for k, v in POSTAL.items() if k != "send_time"}
    r = client.post("/api/send", json=body, headers={**headers, "Prefer": "example=postalCode"})
    assert r.status_code == 200, r.text
    ids: list[int] = r.json()["data"]["message_outbox_ids"]
    reported = []
    for outbox_id in ids:
        rows = client.get(
            "/api/report/recipients", params={"bulk_id": str(outbox_id)}, headers=headers
        )
        assert rows.status_code == 200, rows.text
        reported.append(sorted(row["recipient"] for row in rows.json()["data"]))
    return ids, reported


def test_a_send_is_counted_and_its_recipients_read_as_its_marks_say(
    clients: tuple[httpx.Client, httpx.Client],
) -> None:
    real, changed = clients
    ids, reported = sent(real)
    assert len(ids) == 1 and reported == [sorted(POSTAL["other_recipients"])]
    ids, reported = sent(changed)
    assert len(ids) == len(POSTAL["params"]) == 2 and reported == [[], []]


def test_a_token_is_of_the_kind_its_mark_says(clients: tuple[httpx.Client, httpx.Client]) -> None:
    forgot = {"username": "u", "mobile": "+989120000000"}
    opened = []
    for client in clients:
        token = client.post("/api/acl/auth/forgot_password", json=forgot).json()["data"]["token"]
        check = client.post("/api/acl/auth/check_token", headers={"Authorization": token})
        opened.append(check.status_code)
    assert opened == [401, 200]  # a reset token opens nothing; a final one opens it


def test_the_copy_differs_only_in_those_marks() -> None:
    # What the comparison rests on: the copy is the bundle but for the three marks.
    spec, changed = bundle(), remarked(bundle())
    for name, schema in changed["components"]["schemas"].items():
        if name != "SendPostalCodeRequest":
            assert schema == spec["components"]["schemas"][name], name
    assert changed["paths"]["/api/send"] == spec["paths"]["/api/send"]
