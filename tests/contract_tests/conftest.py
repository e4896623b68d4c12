"""What contract_tests' own tests share: `make contract-live` run as QA runs it, with nothing of
our environment's IPPANEL_* leaking in, and a shorthand for the settings that may send."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contract_tests.policy import Allowance, confine, violations
from contract_tests.request import Request
from kit.marks import spec_operations
from kit.processes import run
from tests.servers import Server, running_server

TEST_RECIPIENTS = "+989120000001,+989120000002"
FROM_NUMBER = "+983000505"
TEST_PHONEBOOK = "77"
# What a run with those settings may reach: the allowed numbers, the sender, the test phonebook.
ALLOWANCE = Allowance(tuple(TEST_RECIPIENTS.split(",")), FROM_NUMBER, TEST_PHONEBOOK)
# The local servers answer at once: no need to pace the tests like a real API.
FAST = {"IPPANEL_RATE_LIMIT": "1000/s"}
# The `contract_live` fixture: `make contract-live` with these IPPANEL_* settings.
ContractLive = Callable[..., subprocess.CompletedProcess[str]]


def json_send(body: bytes, path: str = "/api/send") -> Request:
    """A JSON send as the gateway reads it: for checks of the guard's rules on bytes."""
    return Request.read("POST", path, "", "application/json", body)


def refusals(allowance: Allowance, body: Any, operation_id: str = "sendSms") -> list[str]:
    """Why the gateway refuses `body`, sent as JSON to the operation."""
    op = spec_operations()[operation_id]
    return violations(allowance, json_send(json.dumps(body).encode(), op.path), op)


def confined(
    allowance: Allowance, body: Any, operation_id: str = "sendSms", media: str = "application/json"
) -> Any:
    """`body` as the hooks rewrite it for the operation."""
    return confine(allowance, spec_operations()[operation_id], media, body)


def sending(server: Server) -> dict[str, str]:
    """The settings of a run that may send, to the allowed numbers, with the login flow, and
    change data: every operation the spec has so far is in it."""
    return {
        "IPPANEL_ALLOW_SEND": "1",
        "IPPANEL_ALLOW_WRITES": "1",
        "IPPANEL_TEST_RECIPIENTS": TEST_RECIPIENTS,
        "IPPANEL_FROM_NUMBER": FROM_NUMBER,
        "IPPANEL_TEST_PHONEBOOK_ID": TEST_PHONEBOOK,
        "IPPANEL_USERNAME": server.username,
        "IPPANEL_PASSWORD": server.password,
    }


@pytest.fixture
def contract_live() -> ContractLive:
    def run_make(**env: str) -> subprocess.CompletedProcess[str]:
        clean = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("IPPANEL_", "CONTRACT_", "MAKE"))
        }
        # Its own process group: a test that fails or times out stops make and all it started.
        done = run(["make", "contract-live"], env={**clean, **env}, timeout=240)
        assert done.returncode is not None, f"make contract-live timed out:\n{done.stdout}"
        return done.completed()

    return run_make


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One test IPPanel server for a module's tests."""
    with running_server(tmp_path_factory.mktemp("server") / "log") as server:
        yield server


@pytest.fixture
def server(shared_server: Server) -> Server:
    """The module's server, its log emptied: each test sees only its own requests."""
    shared_server.log.unlink(missing_ok=True)
    return shared_server
