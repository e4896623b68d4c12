"""The gateway on the wire: a request that would text someone outside IPPANEL_TEST_RECIPIENTS, or
log out IPPANEL_TOKEN, or send at all when sending is not allowed, never reaches the server; an
allowed one does, with the real secrets swapped in and the server's tokens swapped out."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from contract_tests import live, runner
from contract_tests.gateway import Gateway, RateLimit, Vault, running_gateway
from contract_tests.policy import Allowance
from contract_tests.sending import CANCEL_PATH, SMS_PATHS
from tests.contract_tests.conftest import (
    FAST,
    FROM_NUMBER,
    TEST_RECIPIENTS,
    confined,
    refusals,
    sending,
)
from tests.servers import Server
from tests.servers.records import refused, texted_beyond

ALLOWANCE = Allowance(tuple(TEST_RECIPIENTS.split(",")), FROM_NUMBER)
ALLOWED, STRANGER = "+989120000001", "+989355550000"
TARGET = {
    "bank": "all",
    "postal_code": 131,
    "gender": 0,
    "age_from": 1330,
    "age_to": 1402,
    "mci": {"start": 0, "size": 0},
    "irancell": {"start": 0, "size": 0},
    "other": {"start": 0, "size": 0},
}
NORMAL = {
    "sending_type": "normal",
    "from_number": FROM_NUMBER,
    "message": "hi",
    "params": {"recipients": [ALLOWED]},
}


@pytest.fixture
def gateway(server: Server) -> Iterator[tuple[Gateway, str]]:
    vault = Vault()
    with running_gateway(
        server.url, server.token, vault, RateLimit("1000/s"), ALLOWANCE
    ) as gateway:
        yield gateway, vault.stand_in(server.token)


def post(
    gateway: Gateway, path: str, token: str, headers: dict[str, str] | None = None, **kwargs
) -> httpx.Response:  # noqa: ANN003
    return httpx.post(
        gateway.url + path,
        headers={"Authorization": token, **(headers or {})},
        timeout=10,
        **kwargs,
    )


def csv(*numbers: str) -> bytes:
    return b"recipient,message\n" + b"".join(f"{n},hi\n".encode() for n in numbers)


STOPPED = [
    (
        "recipients",
        "/api/send",
        {"json": {**NORMAL, "params": {"recipients": [ALLOWED, STRANGER]}}},
    ),
    (
        "a recipient as a number",
        "/api/send",
        {"json": {**NORMAL, "params": {"recipients": [989355550000]}}},
    ),
    (
        "a recipient in Persian digits",
        "/api/send",
        {"json": {**NORMAL, "params": {"recipients": ["+۹۸۹۳۵۵۵۵۰۰۰۰"]}}},
    ),
    (
        "params[].recipients",
        "/api/send",
        {
            "json": {
                "sending_type": "peer_to_peer",
                "from_number": FROM_NUMBER,
                "params": [{"recipients": [STRANGER], "message": "hi"}],
            }
        },
    ),
    (
        "other_recipients",
        "/api/send",
        {
            "json": {
                "sending_type": "postal_code",
                "from_number": FROM_NUMBER,
                "message": "hi",
                "params": [TARGET],
                "other_recipients": [STRANGER],
            }
        },
    ),
    (
        "a postal-code target that reaches people",
        "/api/send",
        {
            "json": {
                "sending_type": "postal_code",
                "from_number": FROM_NUMBER,
                "message": "hi",
                "params": [{**TARGET, "mci": {"start": 0, "size": 1}}],
            }
        },
    ),
    (
        "a postal-code target without its ranges",
        "/api/send",
        {
            "json": {
                "sending_type": "postal_code",
                "from_number": FROM_NUMBER,
                "message": "hi",
                "params": [{"postal_code": 131}],
            }
        },
    ),
    ("another sender", "/api/send", {"json": {**NORMAL, "from_number": "+98BANK"}}),
    (
        "a number in an uploaded CSV",
        "/api/send",
        {
            "data": {"sending_type": "peer_to_peer_file", "from_number": FROM_NUMBER},
            "files": [("files[]", ("f.csv", csv(ALLOWED, STRANGER), "text/csv"))],
        },
    ),
    (
        "an XLSX upload, unreadable",
        "/api/send",
        {
            "data": {"sending_type": "peer_to_peer_file", "from_number": FROM_NUMBER},
            "files": [("files[]", ("f.xlsx", b"PK\x03\x04rest", "application/octet-stream"))],
        },
    ),
    (
        "the mobile of forgot_password",
        "/api/acl/auth/forgot_password",
        {"json": {"username": "your-username", "mobile": "09355550000"}},
    ),
    (
        "a path spelt differently",
        "/api//send/",
        {"json": {**NORMAL, "params": {"recipients": [STRANGER]}}},
    ),
    (
        "a number in a body that is not JSON",
        "/api/send",
        {
            "content": f'{{"recipients": ["{STRANGER}"'.encode(),
            "headers": {"Content-Type": "application/json"},
        },
    ),
]


@pytest.mark.parametrize(("what", "path", "request_kwargs"), STOPPED, ids=[s[0] for s in STOPPED])
def test_a_request_to_someone_else_never_leaves(
    gateway, server: Server, what: str, path: str, request_kwargs
) -> None:
    gw, token = gateway
    with pytest.raises(
        httpx.TransportError
    ):  # no answer at all: an error of the run, not of the server
        post(gw, path, token, **request_kwargs)
    assert len(gw.blocked) == 1 and gw.blocked[0].path == path, gw.blocked
    assert not [r for r in server.requests() if r.get("path") == path]


def test_allowed_requests_go_with_the_real_token_and_come_back_without_secrets(
    gateway, server: Server
) -> None:
    gw, token = gateway
    assert post(gw, "/api/send", token, json=NORMAL).status_code == 200
    assert (
        post(
            gw,
            "/api/send",
            token,
            data={"sending_type": "peer_to_peer_file", "from_number": FROM_NUMBER},
            files=[("files[]", ("f.csv", csv(ALLOWED), "text/csv"))],
        ).status_code
        == 200
    )
    assert (
        post(
            gw,
            "/api/send",
            token,
            json={
                **NORMAL,
                "sending_type": "postal_code",
                "params": [TARGET],
                "other_recipients": [ALLOWED],
            },
        ).status_code
        == 200
    )
    reset = post(
        gw,
        "/api/acl/auth/forgot_password",
        "",
        json={"username": "your-username", "mobile": ALLOWED},
    )
    assert reset.status_code == 200 and not gw.blocked
    assert [r["authorization"] for r in server.requests() if r.get("path") == "/api/send"] == [
        server.token
    ] * 3
    issued = [r["token"] for r in server.requests() if r.get("issued") == "reset"]
    assert issued and issued[0] not in reset.text
    assert len(reset.json()["data"]["token"]) == len(
        issued[0]
    )  # same length: the schema still applies


def test_logout_never_gets_ippanel_token(gateway, server: Server) -> None:
    gw, token = gateway
    with pytest.raises(httpx.TransportError):
        post(gw, "/api/acl/auth/logout", token)
    with pytest.raises(httpx.TransportError):  # a lenient server may route a GET there too
        httpx.get(gw.url + "/api/acl/auth/logout", headers={"Authorization": token}, timeout=10)
    assert ["IPPANEL_TOKEN" in b.reasons[0] for b in gw.blocked] == [True, True]
    assert post(gw, "/api/acl/auth/check_token", token).status_code == 200  # still logged in


def test_nothing_that_sends_goes_out_unless_sending_is_allowed(server: Server) -> None:
    vault = Vault()
    with running_gateway(server.url, server.token, vault, RateLimit("1000/s"), None) as gw:
        # From the spec's marks: every operation that sends, the URL send, and cancel.
        paths = sorted(SMS_PATHS | {CANCEL_PATH})
        for path in paths:
            with pytest.raises(httpx.TransportError):
                post(gw, path, vault.stand_in(server.token), json=NORMAL)
    assert {"/api/send", "/api/send/webservice", "/api/send/cancel"} <= set(paths)
    assert [b.path for b in gw.blocked] == paths
    assert not server.requests()


def test_the_run_fails_when_a_request_is_stopped(server: Server, monkeypatch, capsys) -> None:
    """Without the hooks that keep generated requests inside the allowance and on the run's own
    objects, schemathesis sends strangers' numbers and senders, and its stateful phase tries ids
    no create of the run answered: the gateway stops them, and the run fails naming them."""
    with_hooks = runner.environment
    monkeypatch.setattr(
        runner,
        "environment",
        lambda target: {k: v for k, v in with_hooks(target).items() if k != "SCHEMATHESIS_HOOKS"},
    )
    env = {
        "IPPANEL_BASE_URL": server.url,
        "IPPANEL_TOKEN": server.token,
        **FAST,
        **sending(server),
        "IPPANEL_USERNAME": "",
        "IPPANEL_PASSWORD": "",
        "IPPANEL_SEED": "20261207",
        "IPPANEL_MAX_EXAMPLES": "2",
    }
    assert live.main(env) == 1
    blocked = runner.read_results(live.RESULTS)[1]["blocked"]
    assert isinstance(blocked, list) and blocked
    assert any(b["method"] == "POST" and b["path"] == "/api/send" for b in blocked), blocked
    assert "Stopped before leaving the machine (errors of the suite)" in capsys.readouterr().out
    others = [b for b in blocked if "which this run did not create" in " ".join(b["reasons"])]
    assert any(b["path"] == "/api/phonebooks/delete-list" for b in others), blocked
    # What did reach the server texted only the allowed numbers, by the server's own reading.
    settings = sending(server)
    allowed = settings["IPPANEL_TEST_RECIPIENTS"].split(",")
    records = server.requests()
    assert texted_beyond(records, allowed, settings["IPPANEL_TEST_PHONEBOOK_ID"]) == []
    assert refused(records) == []  # no change of anything the server had not made for the run


class FakeClock:
    """A clock that moves only when the rate limit sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_rate_limit_spaces_requests_out() -> None:
    clock = FakeClock()
    limit = RateLimit("20/s", clock=clock, sleep=clock.sleep)
    for _ in range(11):
        limit.wait()
    assert clock.slept == pytest.approx([0.0] + [0.05] * 10)
    assert clock.now == pytest.approx(100.5)
    clock.now += 10  # a pause longer than the interval: the next request waits for nothing
    limit.wait()
    assert clock.slept[-1] == 0.0


def test_requests_at_the_same_moment_are_spaced_by_the_interval() -> None:
    clock = FakeClock()
    limit = RateLimit("2/m", clock=clock, sleep=lambda s: clock.slept.append(s))
    for _ in range(3):
        limit.wait()  # the clock stands still: three callers at once
    assert clock.slept == pytest.approx([0.0, 30.0, 60.0])


def test_the_vault_swaps_secrets_in_every_form() -> None:
    vault = Vault()
    secret = 'pa"ss\\word'
    stand_in = vault.stand_in(secret)
    assert stand_in != secret and vault.stand_in(secret) == stand_in
    assert json.loads(vault.reveal(json.dumps({"p": stand_in}), json_body=True)) == {"p": secret}
    assert secret not in vault.hide(json.dumps({"echo": secret}) + secret)
    vault.adopt_tokens({"data": {"token": "84cd3ef65b0700dea4ac7942e61df4a5", "method": "login"}})
    assert "84cd3ef6" not in vault.hide('{"token": "84cd3ef65b0700dea4ac7942e61df4a5"}')


def test_a_file_field_in_a_json_body_is_left_out() -> None:
    """Fuzzing may add "files[]" to any JSON body (login's, say): a field the spec does not
    declare there, refused whatever it holds, so the hook leaves it out."""
    allowance = Allowance(tuple(TEST_RECIPIENTS.split(",")), FROM_NUMBER)
    body = {"username": "u", "password": "p", "files[]": ["recipient\n+989120000001"]}
    assert refusals(allowance, body, "login") == [
        "files[]: the spec does not mark it (a field the spec does not declare), so it may not go"
    ]
    assert confined(allowance, body, "login") == {"username": "u", "password": "p"}
    assert refusals(allowance, confined(allowance, body, "login"), "login") == []
