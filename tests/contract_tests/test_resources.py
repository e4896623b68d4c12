"""A live run updates or deletes only what it created. Shown with a small spec of our own (a
resource the test server keeps): the gateway lets a change of a thing the run created through,
and stops a change of any other, by path, body or query id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.gateway import Gateway, RateLimit, Vault, running_gateway
from contract_tests.request import Request
from contract_tests.resources import Ownership
from tests.servers import Server, running_server
from tests.servers.ippanel import THINGS

CHANGES = {"x-ippanel-changes-data": True}
FIXTURE: dict[str, Any] = {
    "paths": {
        THINGS: {"post": {"operationId": "createThing", "x-ippanel-creates": "thing", **CHANGES}},
        THINGS + "/{thing_id}": {
            "get": {
                "operationId": "getThing",
                "x-ippanel-targets": {"resource": "thing", "in": "path", "name": "thing_id"},
            },
            "put": {
                "operationId": "updateThing",
                "x-ippanel-targets": {"resource": "thing", "in": "path", "name": "thing_id"},
                **CHANGES,
            },
            "delete": {
                "operationId": "deleteThing",
                "x-ippanel-targets": {"resource": "thing", "in": "path", "name": "thing_id"},
                **CHANGES,
            },
        },
        "/api/fixture/remove": {
            "post": {
                "operationId": "removeThings",
                "x-ippanel-targets": {"resource": "thing", "in": "body", "name": "ids"},
                **CHANGES,
            }
        },
    }
}


def asked(
    method: str, path: str, body: bytes = b"", content_type: str = "application/json"
) -> Request:
    """A request as the gateway reads it."""
    return Request.read(method, path, "", content_type, body)


@pytest.fixture
def gateway(tmp_path) -> Iterator[tuple[Gateway, Server, dict[str, str]]]:  # noqa: ANN001
    with running_server(tmp_path / "log") as server:
        vault = Vault()
        with running_gateway(
            server.url, server.token, vault, RateLimit("1000/s"), None, None, Ownership(FIXTURE)
        ) as gw:
            yield gw, server, {"Authorization": vault.stand_in(server.token)}


def test_only_changing_fuzzable_targets_are_left_out_of_fuzzing() -> None:
    assert Ownership(FIXTURE).targeting_operations() == {
        "updateThing",
        "deleteThing",
        "removeThings",
    }


def test_what_the_run_created_it_may_change_and_nothing_else(gateway) -> None:
    gw, server, auth = gateway

    def request(method: str, path: str, **kwargs: Any) -> int | None:
        try:
            return httpx.request(
                method, gw.url + path, headers=auth, timeout=10, **kwargs
            ).status_code
        except httpx.TransportError:
            return None  # stopped

    # Someone else's thing (the server has it: created before the run, by another gateway).
    other = httpx.post(server.url + THINGS, headers={"Authorization": server.token}).json()
    others_id = other["data"]["id"]
    created = httpx.post(gw.url + THINGS, headers=auth).json()["data"]["id"]
    assert gw.ownership is not None and gw.ownership.created == {"thing": {str(created)}}

    assert request("GET", f"{THINGS}/{others_id}") == 200  # reading is not changing
    assert request("PUT", f"{THINGS}/{created}", json={}) == 200
    assert gw.blocked == []
    stopped: list[tuple[str, str, dict[str, Any]]] = [
        ("PUT", f"{THINGS}/{others_id}", {"json": {}}),
        ("DELETE", f"{THINGS}/{others_id}", {}),
        ("POST", "/api/fixture/remove", {"json": {"ids": [created, others_id]}}),
        ("POST", "/api/fixture/remove", {"json": {}}),
    ]
    for method, path, kwargs in stopped:
        assert request(method, path, **kwargs) is None, (method, path)
    assert len(gw.blocked) == 4
    assert "deleteThing of thing" in gw.blocked[1].reasons[0]
    assert request("DELETE", f"{THINGS}/{created}") == 200
    changed = [(r["method"], r["path"]) for r in server.requests() if r.get("method") != "POST"]
    assert changed == [
        ("GET", f"{THINGS}/{others_id}"),
        ("PUT", f"{THINGS}/{created}"),
        ("DELETE", f"{THINGS}/{created}"),
    ]


def test_the_specs_targeting_operations_are_read_from_its_list_marks() -> None:
    """The merged spec writes `x-ippanel-targets` as a list (root openapi.yaml): every operation
    that changes what it targets is left out of fuzzing, and guarded."""
    from kit.spec import bundle

    ownership = Ownership(bundle())
    assert ownership.targeting_operations() == {
        "updateDraftGroup",
        "deleteDraftGroup",
        "updateDraft",
        "deleteDrafts",
        "updatePattern",
        "deletePattern",
        "deletePhonebooks",
        "updatePhonebook",
        "addContacts",
        "deleteContacts",
        "updateContact",
        "importContacts",
        "updateCustomField",
        "deleteCustomFields",
        "createDraft",
        "cancelScheduledSms",
        "assignNumber",
        "unassignNumber",
        "updateUser",
        "removeUserDocument",
    }
    # A new phonebook's answer names its options too: only data.id is the phonebook.
    ownership.note(
        asked("POST", "/api/phonebooks"), 200, {"data": {"id": 7, "options": [{"id": 8}]}}
    )
    ownership.note(
        asked("POST", "/api/patterns/normal"), 200, {"data": {"id": "x1", "pattern_code": "AbC"}}
    )
    assert ownership.created == {"phonebook": {"7"}, "pattern": {"x1", "AbC"}}
    mine = b'{"list": [{"phonebook_id": 7, "number": "+989120000001"}]}'
    assert ownership.refusal(asked("POST", "/api/phonebooks/numbers/add-list-new", mine)) is None
    for method, path, body in [
        ("POST", "/api/phonebooks/numbers/add-list-new", b'{"list": [{"phonebook_id": 8}]}'),
        ("POST", "/api/phonebooks/delete-list", b'{"listPhonebooks": [7, 8]}'),
        ("PUT", "/api/phonebooks/8", b"{}"),
        ("PUT", "/api/patterns/normal/other", b"{}"),
        ("PUT", "/api/phonebooks/options/1", b"{}"),
        ("POST", "/api/user/draft/delete", b'{"draft_ids": [1]}'),
    ]:
        assert ownership.refusal(asked(method, path, body)) is not None, (method, path)
    assert ownership.refusal(asked("PUT", "/api/patterns/normal/abc", b"{}")) is None
    assert (
        ownership.refusal(asked("POST", "/api/phonebooks/delete-list", b'{"listPhonebooks": [7]}'))
        is None
    )


def multipart(fields: dict[str, str]) -> tuple[str, bytes]:
    """A multipart/form-data body as a client sends it (httpx's encoder, not the guard's)."""
    request = httpx.Request(
        "POST", "http://x", data=fields, files=[("files[]", ("a.png", b"png", "image/png"))]
    )
    return request.headers["content-type"], request.read()


def test_a_document_is_the_runs_once_its_upload_succeeded_and_only_then() -> None:
    from kit.spec import bundle

    ownership = Ownership(bundle())
    remove = "/api/user/documents/remove"
    assert ownership.refusal(asked("POST", remove, b'{"document_id": 6}')) is not None
    content_type, body = multipart({"document_id": "6"})
    # A refused upload makes nothing of the run's; a successful one makes document 6 its own.
    upload = asked("POST", "/api/user/documents/upload", body, content_type)
    ownership.note(upload, 422, None)
    assert ownership.created == {}
    ownership.note(upload, 200, {"data": None})
    assert ownership.created == {"userDocument": {"6"}}
    for mine in (b'{"document_id": 6}', b'{"document_id": "6"}'):
        assert ownership.refusal(asked("POST", remove, mine)) is None
    others = (b'{"document_id": 58745}', b'{"document_id": 6.5}', b'{"document_id": "06"}', b"{}")
    for other in others:
        assert ownership.refusal(asked("POST", remove, other)) is not None, other


def test_a_kind_named_two_ways_is_refused_either_way_unless_the_run_made_it() -> None:
    """assignNumber names the user by id or by username, and the number by id or by number: the
    run creates neither, so every assignment is refused, however it names them."""
    from kit.spec import bundle

    ownership = Ownership(bundle())
    for body in (
        b'{"number_id": 1, "target_user_id": 2, "send": true, "gets": true}',
        b'{"number": "+983000505", "target_user": "someone", "send": true, "gets": true}',
        b'{"send": true, "gets": true}',
    ):
        assert ownership.refusal(asked("POST", "/api/numbers/assign", body)) is not None
    ownership.remember("user", "someone")
    ownership.remember("number", "+983000505")
    body = b'{"number": "+983000505", "target_user": "someone", "send": true, "gets": true}'
    assert ownership.refusal(asked("POST", "/api/numbers/assign", body)) is None


def test_the_clean_up_deletes_what_the_run_left_and_says_what_it_could_not(tmp_path) -> None:  # noqa: ANN001
    """Through the gateway, with the spec's marks: what the run created and did not delete is
    deleted at the end, by the field its delete names it by (a pattern by its code, not its
    `id`); one the server no longer has is reported left behind. Judged by the server's books."""
    from contract_tests.cleanup import delete_leftovers
    from kit.spec import bundle

    pattern: dict[str, Any] = {"title": "t", "description": "d", "is_share": False}
    pattern.update(message="m %c%", variable=[{"name": "c", "type": "integer"}])
    with running_server(tmp_path / "log") as server:
        vault = Vault()
        auth = {"Authorization": vault.stand_in(server.token)}
        ownership = Ownership(bundle())
        with running_gateway(
            server.url, server.token, vault, RateLimit("1000/s"), None, None, ownership
        ) as gw:
            books = [
                httpx.post(gw.url + "/api/phonebooks", json={"title": f"b{i}"}, headers=auth)
                for i in range(2)
            ]
            kept, gone = (b.json()["data"]["id"] for b in books)
            gone_body = {"listPhonebooks": [gone]}
            httpx.post(gw.url + "/api/phonebooks/delete-list", json=gone_body, headers=auth)
            made = httpx.post(gw.url + "/api/patterns/normal", json=pattern, headers=auth)
            code = made.json()["data"]["pattern_code"]
            ownership.remember("pattern", "lost")  # made, then lost by the server: a 404
            assert ownership.leftovers()["phonebook"] == [{"id": str(kept)}]
            done = delete_leftovers(
                gw.url,
                auth["Authorization"],
                ownership,
                {
                    "deletePhonebooks",
                    "deletePattern",
                },
            )
            assert gw.blocked == []
        records = server.requests()
    deleted = {(r["deleted"], r["id"]) for r in records if "deleted" in r}
    assert deleted == {("phonebook", str(kept)), ("phonebook", str(gone)), ("pattern", code)}
    assert done.left_behind == ["pattern lost"]
    assert sorted(s.ok for s in done.steps) == [False, True, True]


def test_an_object_made_twice_is_left_over_once() -> None:
    """Two uploads to one document are one thing the run made: the clean-up names it once (a
    second removal would name what the server no longer has)."""
    from kit.spec import bundle

    ownership = Ownership(bundle())
    content_type, body = multipart({"document_id": "6"})
    upload = asked("POST", "/api/user/documents/upload", body, content_type)
    for _ in range(2):
        ownership.note(upload, 200, {"data": None})
    assert ownership.objects == {"userDocument": [{"document_id": "6"}] * 2}
    assert ownership.leftovers() == {"userDocument": [{"document_id": "6"}]}
