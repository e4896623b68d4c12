"""Start the mock as `make mock` runs it (`node mock/server.js`), on a free port, and always stop
it. Used by the root conftest's `mock_url` fixture, the contract tests and the benchmarks.

    with running_mock() as mock:
        httpx.post(mock.url + "/api/acl/auth/check_token", headers={"Authorization": "t"})
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SERVER = REPO / "mock" / "server.js"
HOST = "127.0.0.1"


def free_port(host: str = HOST) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class MockFailedToStart(RuntimeError):
    pass


class Mock:
    """One running mock process, in its own process group so that stopping it stops everything."""

    def __init__(
        self, port: int, host: str = HOST, log_level: str = "warn", argv: list[str] | None = None
    ) -> None:
        """`argv` replaces `node mock/server.js` (tests run plain Prism with it)."""
        self.host, self.port = host, port
        self.url = f"http://{host}:{port}"
        # A file, not a pipe: a chatty mock never blocks on a full pipe.
        self.log = tempfile.TemporaryFile()  # closed by stop()
        env = {**os.environ, "MOCK_HOST": host, "MOCK_PORT": str(port), "MOCK_LOG_LEVEL": log_level}
        self.process = subprocess.Popen(
            argv or ["node", str(SERVER)],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise MockFailedToStart(
                    f"the mock exited ({self.process.returncode}):\n{self.output()}"
                )
            try:
                # Any HTTP answer means Prism has loaded the spec and is serving.
                urllib.request.urlopen(self.url + "/", timeout=1)
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
            else:
                return
        raise MockFailedToStart(
            f"the mock did not answer on {self.url} in {timeout}s:\n{self.output()}"
        )

    def stop(self) -> None:
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        else:
            # The leader is gone; anything it left in its group must go too.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


@contextlib.contextmanager
def running_mock(
    port: int | None = None, host: str = HOST, log_level: str = "warn"
) -> Iterator[Mock]:
    """A ready mock on `port` (a free one by default); stopped, with its process group, on exit."""
    mock = Mock(port or free_port(host), host, log_level)
    try:
        mock.wait_ready()
        yield mock
    finally:
        mock.stop()
