"""Page iterators: for every paginated list, `sync_all` and `asyncio_all` walk every page, in
pages of the documented maximum size. Paginated lists are found in the spec by generator/paging.py
(a 200 body with `meta: PaginatedMeta`, and `page` with `per_page` or `limit` in the query or the
JSON body).

The fixture spec tests/client/paging/openapi.yaml holds one list of each kind, built on the real
shared parts; it is bundled with the kit's Redocly, generated with generator/generate.sh into a
scratch directory and served by plain Prism. The spec's own lists are covered by the last tests,
whatever lists the spec holds."""

from __future__ import annotations

import contextlib
import importlib
import itertools
import json
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from kit.operations import operations
from kit.spec import REPO, deref
from mock.launcher import PRISM_CLI, Mock, free_port
from tests.client.arguments import python_name, required_arguments
from tests.client.generation import BIN, mypy_strict, run
from tests.client.test_against_mock import TOKEN

FIXTURE = REPO / "tests" / "client" / "paging" / "openapi.yaml"
PAGING = REPO / "generator" / "paging.py"
GENERATE = REPO / "generator" / "generate.sh"
REDOCLY = REPO / "node_modules" / ".bin" / "redocly"

sys.path.insert(0, str(REPO / "generator"))
paging = importlib.import_module("paging")


@pytest.fixture(scope="module")
def fixture_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("paging") / "bundle.yaml"
    done = run([str(REDOCLY), "bundle", str(FIXTURE), "--output", str(out)], cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def fixture_client(fixture_bundle: Path) -> Path:
    out = fixture_bundle.parent / "ippanel-client"
    done = run([str(GENERATE), str(out), str(fixture_bundle)])
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@contextlib.contextmanager
def prism(spec: Path) -> Iterator[str]:
    """Plain Prism (what the project's mock is built on) serving `spec`; stopped on exit."""
    port = free_port()
    argv = ["node", str(PRISM_CLI), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port)]
    server = Mock(port, argv=[*argv, "--multiprocess=false"])
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


def test_the_fixtures_lists_are_found(fixture_bundle: Path) -> None:
    found = paging.paginated_operations(yaml.safe_load(fixture_bundle.read_text()))
    assert found == {
        "list_things": {"in": "query", "size": "per_page", "maximum": 1000},
        "list_notes": {"in": "query", "size": "per_page", "maximum": 100},
        "list_reports": {"in": "body", "size": "limit"},
        "list_inbox": {"in": "body", "size": "per_page", "maximum": 50},
    }  # and not list_numbers: it takes page and per_page, but its meta is not paginated


def test_a_paginated_answer_without_a_page_gets_no_iterator(
    fixture_bundle: Path, tmp_path: Path
) -> None:
    # As the draft groups' list: a page of a list, but no parameter to ask for another.
    spec = yaml.safe_load(fixture_bundle.read_text())
    spec["paths"]["/api/things"]["get"]["parameters"] = []
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(spec, allow_unicode=True))
    out = tmp_path / "out"
    done = run([str(GENERATE), str(out), str(changed)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "generate: listThings answers a page (meta: PaginatedMeta) but takes no `page` with "
        "per_page or limit, in its query or its JSON body: no page iterator"
    ) in done.stderr
    lists = out / "ippanel_client" / "api" / "lists"
    assert "def sync_all(" not in (lists / "list_things.py").read_text()
    assert "def sync_data(" in (lists / "list_things.py").read_text()
    assert "def sync_all(" in (lists / "list_notes.py").read_text()


def test_an_unreadable_spec_is_refused(tmp_path: Path) -> None:
    missing = run([str(BIN / "python"), str(PAGING), str(tmp_path / "nowhere.yaml")])
    assert missing.returncode == 1
    assert missing.stderr.startswith("generate: cannot read the spec:")
    done = run([str(GENERATE), str(tmp_path / "out"), str(tmp_path / "nowhere.yaml")])
    assert done.returncode != 0
    assert "generate: cannot read the spec:" in done.stderr


def test_the_fixtures_package(fixture_client: Path, mypy_cache: Path, tmp_path: Path) -> None:
    lists = fixture_client / "ippanel_client" / "api" / "lists"
    with_pages = {p.stem for p in lists.glob("*.py") if "def sync_all(" in p.read_text()}
    with_async = {p.stem for p in lists.glob("*.py") if "async def asyncio_all(" in p.read_text()}
    assert with_pages == with_async == {"list_things", "list_notes", "list_reports", "list_inbox"}
    # The version is the fixture's info.version, not the API's.
    assert 'version = "9.8.7"' in (fixture_client / "pyproject.toml").read_text()
    assert mypy_strict(["-p", "ippanel_client"], mypy_cache, cwd=fixture_client) == []


# Runs against the fixture's mock with the fixture's client (another package of the same name,
# hence a process of its own); prints one JSON object: what each call returned or raised, and
# what each request asked for.
SCENARIOS = r"""
import asyncio, json, sys
sys.path.insert(0, sys.argv[1])
import httpx
from ippanel_client import AuthenticatedClient, errors
from ippanel_client.api.lists import list_inbox, list_notes, list_reports, list_things
from ippanel_client.models import ListInboxRequest, ListReportsRequest

url, token = sys.argv[2], sys.argv[3]
asked = []

def record(request):
    body = json.loads(request.content) if request.content else None
    asked.append({**dict(request.url.params), **({"body": body} if body is not None else {})})

async def record_async(request):
    record(request)

def client(example, code=200):
    return AuthenticatedClient(
        base_url=url, token=token, headers={"Prefer": f"code={code}, example={example}"},
        httpx_args={"event_hooks": {"request": [record]}},
    )

def async_client(example):
    return AuthenticatedClient(
        base_url=url, token=token, headers={"Prefer": f"example={example}"},
        httpx_args={"event_hooks": {"request": [record_async]}},
    )

def outcome(call):
    asked.clear()
    try:
        items = [item.to_dict()["id"] for item in call()]
    except Exception as error:
        first_line = str(error).split("\n")[0]
        return {"raised": type(error).__name__, "message": first_line, "asked": list(asked)}
    return {"ids": items, "asked": list(asked)}

async def gather(example):
    async with async_client(example) as c:
        return [item async for item in list_things.asyncio_all(client=c)]

things, notes, reports, inbox = list_things, list_notes, list_reports, list_inbox
results = {
    "things": outcome(lambda: things.sync_all(client=client("threePages"))),
    "things_async": outcome(lambda: asyncio.run(gather("threePages"))),
    "things_by_ten": outcome(
        lambda: things.sync_all(client=client("threePages"), per_page=10, name="x")
    ),
    "things_too_many": outcome(
        lambda: things.sync_all(client=client("threePages"), per_page=1001)
    ),
    "things_empty": outcome(lambda: things.sync_all(client=client("emptyOfFive"))),
    "things_401": outcome(lambda: things.sync_all(client=client("invalidToken", 401))),
    "notes": outcome(lambda: notes.sync_all(client=client("onePage"))),
    "reports": outcome(
        lambda: reports.sync_all(client=client("twoPages"), body=ListReportsRequest(state="s"))
    ),
    "reports_by_five": outcome(
        lambda: reports.sync_all(
            client=client("twoPages"), body=ListReportsRequest(page=7, limit=5)
        )
    ),
    "inbox": outcome(lambda: inbox.sync_all(client=client("onePage"))),
    "inbox_too_many": outcome(
        lambda: inbox.sync_all(client=client("onePage"), body=ListInboxRequest(per_page=51))
    ),
}
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def outcomes(fixture_bundle: Path, fixture_client: Path) -> dict[str, Any]:
    with prism(fixture_bundle) as url:
        done = run([str(BIN / "python"), "-c", SCENARIOS, str(fixture_client), url, TOKEN])
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def query(*pages: int, per_page: int, **more: str) -> list[dict[str, str]]:
    return [{"page": str(page), "per_page": str(per_page), **more} for page in pages]


def test_every_page_in_pages_of_the_maximum(outcomes: dict[str, Any]) -> None:
    # The mock answers every page with the same example: two things, page 1 of 3.
    three_pages = {"ids": [1, 2] * 3, "asked": query(1, 2, 3, per_page=1000)}
    assert outcomes["things"] == three_pages
    assert outcomes["things_async"] == three_pages
    assert outcomes["notes"] == {"ids": [7], "asked": query(1, per_page=100)}


def test_a_smaller_page_and_the_filters_are_kept(outcomes: dict[str, Any]) -> None:
    assert outcomes["things_by_ten"]["asked"] == query(1, 2, 3, per_page=10, name="x")


def test_more_than_the_maximum_is_refused_before_any_request(outcomes: dict[str, Any]) -> None:
    assert outcomes["things_too_many"] == {
        "raised": "ValueError",
        "message": "per_page must be from 1 to 1000, not 1001",
        "asked": [],
    }
    assert outcomes["inbox_too_many"] == {
        "raised": "ValueError",
        "message": "per_page must be from 1 to 50, not 51",
        "asked": [],
    }


def test_an_empty_page_ends_the_walk(outcomes: dict[str, Any]) -> None:
    # Its meta claims five pages: the walk stops at the first empty one.
    assert outcomes["things_empty"] == {"ids": [], "asked": query(1, per_page=1000)}


def test_an_error_page_raises(outcomes: dict[str, Any]) -> None:
    assert outcomes["things_401"]["raised"] == "Unauthorized"
    assert outcomes["things_401"]["asked"] == query(1, per_page=1000)


def test_body_paging(outcomes: dict[str, Any]) -> None:
    # No documented maximum of `limit`: the server's default unless the body sets one. The
    # body's own `page` is replaced.
    assert outcomes["reports"] == {
        "ids": [3, 3],
        "asked": [{"body": {"page": 1, "state": "s"}}, {"body": {"page": 2, "state": "s"}}],
    }
    assert outcomes["reports_by_five"]["asked"] == [
        {"body": {"page": 1, "limit": 5}},
        {"body": {"page": 2, "limit": 5}},
    ]
    assert outcomes["inbox"] == {"ids": [9], "asked": [{"body": {"page": 1, "per_page": 50}}]}


# --- the spec's own lists ------------------------------------------------------------------


def spec_lists() -> dict[str, dict[str, Any]]:
    from tests.client.spec_examples import load_bundle

    found: dict[str, dict[str, Any]] = paging.paginated_operations(load_bundle())
    return found


def test_the_committed_client_has_an_iterator_for_every_list_of_the_spec() -> None:
    package = REPO / "generated" / "ippanel-client" / "ippanel_client" / "api"
    expected = {name: spec.get("maximum") for name, spec in spec_lists().items()}
    found = {}
    for module in package.rglob("*.py"):
        text = module.read_text()
        if "def sync_all(" in text and "async def asyncio_all(" in text:
            maximum = next(
                (
                    int(line.split("=")[1])
                    for line in text.splitlines()
                    if line.startswith("PAGE_SIZE_MAX =")
                ),
                None,
            )
            found[module.stem] = maximum
    assert found == expected


def list_cases() -> list[Any]:
    from tests.client.spec_examples import load_bundle

    spec = load_bundle()
    cases = []
    for op in operations(spec):
        path, method, operation = op.path, op.method, op.operation
        name = python_name(op.operation_id)
        if name not in spec_lists():
            continue
        ok = deref(operation["responses"]["200"], spec)["content"]["application/json"]
        for example in ok.get("examples", {}):
            cases.append(pytest.param(path, method, name, example, id=f"{name}-{example}"))
    return cases


def arguments(module: Any, operation: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """What a list needs besides the client: its required query parameters, and a body from its
    first request example."""
    found = required_arguments(operation, spec)
    body = deref(operation.get("requestBody", {}), spec).get("content", {})
    examples = [
        deref(e, spec)["value"] for m in body.values() for e in m.get("examples", {}).values()
    ]
    if examples:
        hint = typing.get_type_hints(module.sync_all)["body"]
        (model,) = [a for a in typing.get_args(hint) if a.__name__ != "Unset"]
        found["body"] = model.from_dict(examples[0])
    return found


@pytest.mark.parametrize(("path", "method", "name", "example"), list_cases())
def test_every_list_of_the_spec_walks_against_the_mock(
    mock_url: str, path: str, method: str, name: str, example: str
) -> None:
    from ippanel_client import AuthenticatedClient

    from tests.client.spec_examples import load_bundle

    spec = load_bundle()
    operation = spec["paths"][path][method]
    ok = deref(operation["responses"]["200"], spec)["content"]["application/json"]
    value = deref(ok["examples"][example], spec)["value"]
    tag = python_name(operation["tags"][0])
    module = importlib.import_module(f"ippanel_client.api.{tag}.{name}")
    # The mock repeats the example for every page: at most three of them.
    pages = min(value["meta"]["last_page"], 3)
    with AuthenticatedClient(
        base_url=mock_url, token=TOKEN, headers={"Prefer": f"example={example}"}
    ) as client:
        walk = module.sync_all(client=client, **arguments(module, operation, spec))
        items = list(itertools.islice(walk, len(value["data"]) * pages) if value["data"] else walk)
    assert [item.to_dict() for item in items] == value["data"] * pages
