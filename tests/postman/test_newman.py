"""`make collection`'s Postman collection run by newman against the session mock, with the mock
environment and a token given on the command line: every operation of the spec is a request,
and every request passes its status and envelope tests. A copy with one test expecting a wrong
status, and a protected request sent without the token, shows newman reporting each failure."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kit.spec import REPO, bundle

NEWMAN = REPO / "node_modules" / ".bin" / "newman"
COLLECTION = "ippanel.postman_collection.json"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("postman")
    made = subprocess.run(
        ["node", REPO / "tools/postman/collection.mjs", where],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    return where


def requests(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield from requests(item.get("item", []))
        if "request" in item:
            yield item


def newman(out: Path, collection: Path, mock_url: str, *options: str) -> dict[str, Any]:
    """newman's own JSON report of a run (its exit status says whether anything failed)."""
    report = collection.with_suffix(".report.json")
    ran = subprocess.run(
        [
            NEWMAN,
            "run",
            collection,
            "--environment",
            out / "mock.postman_environment.json",
            "--working-dir",
            out,  # where the examples' files are
            "--env-var",
            f"baseUrl={mock_url}",
            "--env-var",
            f"rootUrl={mock_url}",
            *options,
            "--reporters",
            "json",
            "--reporter-json-export",
            report,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    run: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))["run"]
    run["exit"] = ran.returncode
    return run


def failed(run: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (execution["item"]["name"], assertion["assertion"])
        for execution in run["executions"]
        for assertion in execution.get("assertions", [])
        if assertion.get("error")
    ]


def test_every_operation_passes_against_the_mock(out: Path, mock_url: str) -> None:
    operations = sum(
        1 for item in bundle()["paths"].values() for method in item if method in METHODS
    )
    run = newman(out, out / COLLECTION, mock_url, "--env-var", "token=any-token")
    assert failed(run) == [] and run["exit"] == 0
    assert run["stats"]["requests"] == {"total": operations, "pending": 0, "failed": 0}
    # Each request ran both of its tests: the status and the {data, meta} envelope.
    assert run["stats"]["assertions"]["total"] == 2 * operations
    # Multipart requests sent the examples' files (the mock refuses a missing file with 422).
    sent = [e["request"] for e in run["executions"] if e["request"].get("body", {}).get("mode")]
    assert any(
        part.get("type") == "file"
        for request in sent
        for part in request["body"].get("formdata", [])
    )


def test_the_token_is_a_secret_without_a_value(out: Path) -> None:
    for name in ("mock", "staging"):
        values = json.loads((out / f"{name}.postman_environment.json").read_text())["values"]
        token = next(value for value in values if value["key"] == "token")
        assert token["type"] == "secret" and token["value"] == ""
    collection = json.loads((out / COLLECTION).read_text(encoding="utf-8"))
    for item in requests(collection["item"]):
        auth = item["request"]["auth"]
        if auth["type"] == "noauth":
            continue
        value = next(entry["value"] for entry in auth["apikey"] if entry["key"] == "value")
        assert value == "{{token}}", item["name"]


def test_newman_reports_a_wrong_status_and_a_missing_token(out: Path, mock_url: str) -> None:
    collection = json.loads((out / COLLECTION).read_text(encoding="utf-8"))
    by_path = {"/".join(i["request"]["url"]["path"]): i for i in requests(collection["item"])}
    login = copy.deepcopy(by_path["api/acl/auth/login"])
    # The documented status is 200: this copy's test expects 201.
    login["event"][0]["script"]["exec"] = [
        line.replace("200", "201") for line in login["event"][0]["script"]["exec"]
    ]
    check_token = by_path["api/acl/auth/check_token"]  # needs the token, given none here
    broken = {**collection, "item": [login, check_token]}
    path = out / "broken.postman_collection.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    run = newman(out, path, mock_url)
    assert run["exit"] != 0
    assert failed(run) == [(login["name"], "status 201"), (check_token["name"], "status 200")]
    codes = [execution["response"]["code"] for execution in run["executions"]]
    assert codes == [200, 401]
