"""What contract_tests' own tests share: `make contract-live` run as QA runs it, with nothing of
our environment's IPPANEL_* leaking in, and a shorthand for the settings that may send."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Callable

import pytest

from contract_tests import REPO

TEST_RECIPIENTS = "+989120000001,+989120000002"
FROM_NUMBER = "+983000505"
# The local servers answer at once: no need to pace the tests like a real API.
FAST = {"IPPANEL_RATE_LIMIT": "1000/s"}


def sending(server) -> dict[str, str]:  # noqa: ANN001 - a contract_tests.servers.Server
    """The settings of a run that may send, to the allowed numbers, with the login flow."""
    return {
        "IPPANEL_ALLOW_SEND": "1",
        "IPPANEL_TEST_RECIPIENTS": TEST_RECIPIENTS,
        "IPPANEL_FROM_NUMBER": FROM_NUMBER,
        "IPPANEL_USERNAME": server.username,
        "IPPANEL_PASSWORD": server.password,
    }


@pytest.fixture
def contract_live() -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(**env: str) -> subprocess.CompletedProcess[str]:
        clean = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("IPPANEL_", "CONTRACT_", "MAKE"))
        }
        # Its own process group: a test that fails or times out stops make and all it started.
        with subprocess.Popen(
            ["make", "contract-live"],
            cwd=REPO,
            env={**clean, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        ) as process:
            try:
                out, err = process.communicate(timeout=240)
            finally:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)

    return run
