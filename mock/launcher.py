"""Start the mock as `make mock` runs it (`node mock/server.js`), on a free port, and always stop
it. Used by the root conftest's `mock_url` fixture, the contract tests and the benchmarks.

    with running_mock() as mock:
        httpx.post(mock.url + "/api/acl/auth/check_token", headers={"Authorization": "t"})

`log_level` is Prism's (pino) level: "warn" keeps test output short, "silent" suits benchmarks.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
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
            # Both our server and plain Prism print "... on http://HOST:PORT" once listening. An
            # HTTP answer on the port would not do: it may come from another server on that port.
            if f"on {self.url}" in self.output():
                return
            time.sleep(0.05)
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
    for attempt in range(3):
        mock = Mock(port or free_port(host), host, log_level)
        try:
            mock.wait_ready()
            break
        except MockFailedToStart as failure:
            mock.stop()
            # A free port can be taken between our check and the mock's listen: try another.
            if port or attempt == 2 or "is busy" not in str(failure):
                raise
    try:
        yield mock
    finally:
        mock.stop()
