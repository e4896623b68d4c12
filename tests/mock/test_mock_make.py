"""`make mock`: prints the URL and an example request, serves, stops every process it started
on Ctrl-C, and names a busy port in one line."""

import os
import signal
import subprocess
import time

import httpx
import pytest
from mock_spec import AUTH, example

from mock.launcher import REPO, free_port, running_mock


def make_mock(port: int, host: str = "127.0.0.1") -> subprocess.Popen[str]:
    # -o: never reinstall node_modules from inside a test, even when the stamp is older.
    make = ["make", "--no-print-directory", "-o", "node_modules/.installed", "mock"]
    return subprocess.Popen(
        [*make, f"MOCK_PORT={port}", f"MOCK_HOST={host}"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("MAKE")},
    )


def group_members(pgid: int) -> list[str]:
    out = subprocess.run(
        ["ps", "-o", "pid=,stat=", "-g", str(pgid)], capture_output=True, text=True
    )
    return [line for line in out.stdout.splitlines() if "Z" not in line.split()[1]]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_make_mock_prints_url_and_example_serves_and_stops_on_ctrl_c(host: str) -> None:
    port = free_port()
    make = make_mock(port, host)
    try:
        assert make.stdout is not None
        first, second = make.stdout.readline(), make.stdout.readline()
        url = f"http://{host}:{port}"
        assert url in first
        assert second.startswith("Try: curl") and url in second
        assert len(group_members(make.pid)) == 2  # make and node: no npm, no sh, no fork
        r = httpx.post(url + "/api/acl/auth/check_token", headers=AUTH, timeout=2)
        assert r.json() == example("CheckTokenValid")

        os.killpg(make.pid, signal.SIGINT)  # what Ctrl-C does in a terminal
        make.wait(timeout=10)
        deadline = time.monotonic() + 5
        while group_members(make.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert group_members(make.pid) == []
    finally:
        if make.poll() is None or group_members(make.pid):
            os.killpg(make.pid, signal.SIGKILL)
            make.wait()


def test_a_busy_port_gets_one_line_naming_it() -> None:
    with running_mock() as busy:
        make = make_mock(busy.port)
        out, _ = make.communicate(timeout=30)
        assert make.returncode != 0
        ours = [line for line in out.splitlines() if not line.startswith("make:")]
        assert ours == [f"mock: port {busy.port} on 127.0.0.1 is busy; free it or set MOCK_PORT"]
