"""A benchmark or soak stopped by SIGTERM stops the servers it started (each in its own process
group, which a signal to the run does not reach): kit.processes.exit_on_sigterm, as bench and
bench.soak call it, shown with and without it; and a mock stopped while it is still starting."""

import os
import signal
import sys

import pytest

from kit.processes import printed, started

# A run that starts a server (its own process group) and says the server's pid once it is up.
RUN = """
import sys, time
from kit.processes import exit_on_sigterm, started, printed
if sys.argv[1] == "1":
    exit_on_sigterm()
server = "import time; print('up', flush=True); time.sleep(300)"
with started([sys.executable, "-c", server], ready=printed("up")) as child:
    print("server", child.pid, flush=True)
    time.sleep(300)
"""


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("exits", [True, False])
def test_a_run_stopped_by_sigterm_stops_its_server_only_with_exit_on_sigterm(exits: bool) -> None:
    argv = [sys.executable, "-c", RUN, "1" if exits else "0"]
    with started(argv, ready=printed("server "), timeout=30) as run:
        server = int(run.output().split("server ")[1].split()[0])
        os.kill(run.pid, signal.SIGTERM)  # the run only, as `kill PID` or a make stop sends it
        assert run.wait(10) is not None
        alive = group_alive(server)
        if alive:
            os.killpg(server, signal.SIGKILL)  # what the run left behind: not ours to keep
    assert alive is not exits


# A run stopped while its mock starts: the mock's readiness is held back (it says its pid, then
# waits), so that the signal comes between the mock's start and its readiness.
STARTING = """
import time
from kit.processes import exit_on_sigterm
from mock import launcher

def slow_start(mock, timeout=30):
    print("starting", mock.process.pid, flush=True)
    time.sleep(300)

launcher.Mock.wait_ready = slow_start
exit_on_sigterm()
with launcher.running_mock():
    pass
"""


def test_a_run_stopped_while_its_mock_starts_stops_the_mock() -> None:
    with started([sys.executable, "-c", STARTING], ready=printed("starting "), timeout=30) as run:
        mock = int(run.output().split("starting ")[1].split()[0])
        os.kill(run.pid, signal.SIGTERM)
        assert run.wait(10) is not None
        alive = group_alive(mock)
        if alive:
            os.killpg(mock, signal.SIGKILL)
    assert not alive
