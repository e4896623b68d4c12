"""`make mock`: prints the URL and an example request, serves with a worker per core, stops every
process it started on Ctrl-C, and names a busy port in one line."""

import os
import signal
import subprocess

import httpx
import pytest

from kit.processes import Process, free_port, run, started
from mock.launcher import running_mock
from tests.mock.mock_spec import AUTH, example

# -o: never reinstall node_modules from inside a test, even when the stamp is older.
MAKE = ["make", "--no-print-directory", "-o", "node_modules/.installed", "mock"]
ENV = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}


def make_mock(port: int, host: str = "127.0.0.1") -> list[str]:
    return [*MAKE, f"MOCK_PORT={port}", f"MOCK_HOST={host}"]


def group_members(pgid: int) -> list[str]:
    out = subprocess.run(
        ["ps", "-o", "pid=,stat=", "-g", str(pgid)], capture_output=True, text=True
    )
    return [line for line in out.stdout.splitlines() if "Z" not in line.split()[1]]


def two_lines(make: Process) -> bool:
    return make.output().count("\n") >= 2


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_make_mock_prints_url_and_example_serves_and_stops_on_ctrl_c(host: str) -> None:
    port = free_port()
    with started(make_mock(port, host), env=ENV, ready=two_lines) as make:
        first, second = make.output().splitlines()[:2]
        url = f"http://{host}:{port}"
        assert url in first
        assert second.startswith("Try: curl") and url in second
        # make, node, and node's worker per core (one alone serves itself): no npm, no sh
        cores = len(os.sched_getaffinity(0))
        assert len(group_members(make.pid)) == (2 if cores == 1 else 2 + cores)
        r = httpx.post(url + "/api/acl/auth/check_token", headers=AUTH, timeout=2)
        assert r.json() == example("CheckTokenValid")

        # What Ctrl-C does in a terminal: SIGINT to the group (kit's stop would send SIGTERM).
        make.signal_group(signal.SIGINT)
        assert make.wait_for(lambda make: not make.alive()), make.output()
        assert make.wait_for(lambda make: not group_members(make.pid), after_exit=True), (
            group_members(make.pid)
        )


def test_a_busy_port_gets_one_line_naming_it() -> None:
    with running_mock() as busy:
        make = run(make_mock(busy.port), env=ENV, timeout=30)
        assert make.returncode not in (0, None)
        ours = [line for line in (make.stdout + make.stderr).splitlines()]
        ours = [line for line in ours if not line.startswith("make:")]
        assert ours == [f"mock: port {busy.port} on 127.0.0.1 is busy; free it or set MOCK_PORT"]
