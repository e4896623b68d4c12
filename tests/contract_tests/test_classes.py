"""Opt-in by class: the live run includes read-only operations, and the others only when the user
opts in to each of their classes (classes.py); the gateway stops a request to any operation the
run left out, whatever sent it. Shown on the spec's own operations and on a small spec of one
operation per class, through the gateway, against the test server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.classes import OptInError, OptIns, Scope, operations, plan
from contract_tests.gateway import Gateway, RateLimit, Vault, running_gateway
from kit.spec import bundle
from tests.servers import Server, running_server


def op(operation_id: str, **marks: bool) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": {"200": {"description": "ok"}}, **marks}


# One operation per class, two marks on one, and a path with a read and a write on it.
FIXTURE = {
    "paths": {
        "/api/fixture/read": {"get": op("readThing")},
        "/api/fixture/send": {"post": op("sendThing", **{"x-ippanel-sends-sms": True})},
        "/api/fixture/things/{id}": {
            "get": op("getThing"),
            "delete": op("deleteThing", **{"x-ippanel-changes-data": True}),
        },
        "/api/fixture/users": {
            "post": op(
                "createUser",
                **{"x-ippanel-changes-data": True, "x-ippanel-irreversible": True},
            )
        },
        "/api/fixture/resellers": {"get": op("listSubUsers", **{"x-ippanel-reseller-only": True})},
    }
}
# (method, path, operation it reaches, the opt-ins that include it)
REQUESTS = [
    ("POST", "/api/fixture/send", "sendThing", OptIns(send=True)),
    ("DELETE", "/api/fixture/things/42", "deleteThing", OptIns(writes=True)),
    (
        "POST",
        "/api/fixture/users",
        "createUser",
        OptIns(writes=True, irreversible=frozenset({"createUser"})),
    ),
    ("GET", "/api/fixture/resellers", "listSubUsers", OptIns(reseller=True)),
]


def decisions_of(opt_ins: OptIns, spec: Any = FIXTURE) -> dict[str, tuple[bool, str]]:
    return {d.operation.operation_id: (d.included, d.why) for d in plan(spec, opt_ins)}


def test_by_default_only_read_only_operations_are_included() -> None:
    decisions = decisions_of(OptIns())
    assert {k for k, (included, _) in decisions.items() if included} == {"readThing", "getThing"}
    assert decisions["readThing"] == (True, "read-only")
    assert decisions["sendThing"] == (False, "sends SMS: needs IPPANEL_ALLOW_SEND=1")
    assert decisions["deleteThing"] == (False, "changes data: needs IPPANEL_ALLOW_WRITES=1")
    assert decisions["listSubUsers"] == (False, "is for resellers only: needs IPPANEL_RESELLER=1")
    assert decisions["createUser"] == (
        False,
        "changes data: needs IPPANEL_ALLOW_WRITES=1; "
        "cannot be undone: needs its operationId in IPPANEL_ALLOW_IRREVERSIBLE",
    )


def test_each_opt_in_includes_its_class_and_no_other() -> None:
    for _, _, operation_id, opt_ins in REQUESTS:
        included = {k for k, (yes, _) in decisions_of(opt_ins).items() if yes}
        # createUser's opt-ins include writes, and so deleteThing too.
        writes = {"deleteThing"} if opt_ins.writes else set()
        assert included == {"readThing", "getThing", operation_id} | writes, opt_ins
    # Writes alone do not include an irreversible operation: it must be named.
    assert not decisions_of(OptIns(writes=True))["createUser"][0]


def test_naming_an_operation_that_is_not_irreversible_is_refused() -> None:
    with pytest.raises(OptInError, match="createUsr, which is not an irreversible"):
        plan(FIXTURE, OptIns(irreversible=frozenset({"createUsr"})))


def test_the_spec_marks_what_changes_data() -> None:
    marks = {o.operation_id: {m.extension for m in o.marks} for o in operations(bundle())}
    assert marks["changePasswordByToken"] == {"x-ippanel-changes-data"}
    assert marks["checkToken"] == set()
    assert not decisions_of(OptIns(send=True), bundle())["changePasswordByToken"][0]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("server") / "log") as server:
        yield server


def through(server: Server, scope: Scope, method: str, path: str) -> Gateway:
    """Send one request through a gateway with `scope`; the gateway, to see what it stopped."""
    vault = Vault()
    with running_gateway(
        server.url, server.token, vault, RateLimit("1000/s"), None, scope
    ) as gateway:
        try:
            httpx.request(
                method, gateway.url + path, headers={"Authorization": vault.stand_in(server.token)}
            )
        except httpx.TransportError:
            pass  # stopped: no answer at all
    return gateway


def reached(server: Server, path: str) -> bool:
    return any(r.get("path") == path for r in server.requests())


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "opt_ins"), REQUESTS, ids=[r[2] for r in REQUESTS]
)
def test_the_gateway_stops_each_class_unless_opted_in(
    server: Server, method: str, path: str, operation_id: str, opt_ins: OptIns
) -> None:
    server.log.unlink(missing_ok=True)
    gateway = through(server, Scope(plan(FIXTURE, OptIns())), method, path)
    assert len(gateway.blocked) == 1, gateway.blocked
    assert gateway.blocked[0].reasons[0].startswith(f"{operation_id} is not in this run")
    assert not reached(server, path)

    gateway = through(server, Scope(plan(FIXTURE, opt_ins)), method, path)
    assert gateway.blocked == [] and reached(server, path)


def test_an_undeclared_method_on_a_left_out_operations_path_is_stopped(server: Server) -> None:
    """A lenient server may route PUT /things/42 to the delete: stopped; the read still goes."""
    server.log.unlink(missing_ok=True)
    scope = Scope(plan(FIXTURE, OptIns()))
    gateway = through(server, scope, "PUT", "/api/fixture/things/42")
    assert "on the path of deleteThing" in gateway.blocked[0].reasons[0]
    assert through(server, scope, "GET", "/api/fixture/things/42").blocked == []
    assert through(server, scope, "GET", "/API//fixture/%72ead").blocked == []
    assert [r["path"] for r in server.requests()] == [
        "/api/fixture/things/42",
        "/API//fixture/%72ead",
    ]


def test_an_undeclared_unsafe_method_is_stopped_on_any_path(server: Server) -> None:
    """Even where every operation of the path is in the run: DELETE /api/fixture/read is stopped,
    an undeclared TRACE (the unsupported-method check's kind of probe) still goes."""
    server.log.unlink(missing_ok=True)
    scope = Scope(plan(FIXTURE, OptIns()))
    for method in ("DELETE", "PUT", "POST", "PATCH"):
        gateway = through(server, scope, method, "/api/fixture/read")
        assert "is not documented on this path" in gateway.blocked[0].reasons[0], method
    assert through(server, scope, "TRACE", "/api/fixture/read").blocked == []
    assert [r["method"] for r in server.requests()] == ["TRACE"]


def test_a_spec_operation_that_changes_data_is_stopped_by_default(server: Server) -> None:
    server.log.unlink(missing_ok=True)
    path = "/api/acl/auth/change_password_by_token"
    gateway = through(server, Scope(plan(bundle(), OptIns())), "POST", path)
    assert "changePasswordByToken is not in this run: changes data" in gateway.blocked[0].reasons[0]
    assert not reached(server, path)
    assert through(server, Scope(plan(bundle(), OptIns(writes=True))), "POST", path).blocked == []
    assert reached(server, path)


# The opt-ins on the merged spec: each irreversible and reseller-only operation, stopped without
# every one of its opt-ins (each one missing in turn), through to the test server with all of them.
SPEC_REQUESTS = [
    (
        "POST",
        "/api/user/create",
        "createUser",
        OptIns(writes=True, reseller=True, irreversible=frozenset({"createUser"})),
    ),
    (
        "POST",
        "/api/ticket",
        "createTicket",
        OptIns(writes=True, reseller=True, irreversible=frozenset({"createTicket"})),
    ),
    (
        "POST",
        "/api/ticket/interaction",
        "replyToTicket",
        OptIns(writes=True, reseller=True, irreversible=frozenset({"replyToTicket"})),
    ),
    (
        "POST",
        "/api/user/documents/upload",
        "uploadUserDocument",
        OptIns(writes=True, irreversible=frozenset({"uploadUserDocument"})),
    ),
    ("GET", "/api/user/list", "listUsers", OptIns(reseller=True)),
    ("POST", "/api/user/update", "updateUser", OptIns(writes=True, reseller=True)),
]


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "opt_ins"), SPEC_REQUESTS, ids=[r[2] for r in SPEC_REQUESTS]
)
def test_the_specs_irreversible_and_reseller_operations_need_every_opt_in(
    server: Server, method: str, path: str, operation_id: str, opt_ins: OptIns
) -> None:
    spec = bundle()
    server.log.unlink(missing_ok=True)
    others = frozenset({"createTicket", "createUser"} - {operation_id})  # other names only
    partial = [
        OptIns(**{**vars(opt_ins), "writes": False}) if opt_ins.writes else None,
        OptIns(**{**vars(opt_ins), "reseller": False}) if opt_ins.reseller else None,
        OptIns(**{**vars(opt_ins), "irreversible": others}) if opt_ins.irreversible else None,
    ]
    for without in [o for o in partial if o is not None and o != opt_ins]:
        decision = next(d for d in plan(spec, without) if d.operation.operation_id == operation_id)
        assert not decision.included and "needs" in decision.why, without
        gateway = through(server, Scope(plan(spec, without)), method, path)
        assert gateway.blocked[0].reasons[0].startswith(f"{operation_id} is not in this run")
        assert not reached(server, path)
    decision = next(d for d in plan(spec, opt_ins) if d.operation.operation_id == operation_id)
    assert decision.included and "needs" not in decision.why
    assert through(server, Scope(plan(spec, opt_ins)), method, path).blocked == []
    assert reached(server, path)
