"""Start the mock as `make mock` runs it (`node mock/server.js`), on a free port, and always stop
it. Used by the root conftest's `mock_url` fixture, the contract tests and the benchmarks.

    with running_mock() as mock:
        httpx.post(mock.url + "/api/acl/auth/check_token", headers={"Authorization": "t"})

`log_level` is Prism's (pino) level: "warn" keeps test output short, "silent" suits benchmarks.
Starting, waiting and stopping are kit.processes': its own process group, stopped whole.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from kit.processes import HOST, FailedToStart, Process, free_port, printed
from kit.spec import BUNDLE, REPO

__all__ = [
    "HOST",
    "REPO",
    "Mock",
    "MockFailedToStart",
    "free_port",
    "running_mock",
    "running_prism",
]

SERVER = REPO / "mock" / "server.js"
PRISM_CLI = REPO / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
MockFailedToStart = FailedToStart


class Mock(Process):
    """One running mock process, in its own process group so that stopping it stops everything."""

    def __init__(
        self,
        port: int,
        host: str = HOST,
        log_level: str = "warn",
        argv: list[str] | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        """`argv` replaces `node mock/server.js` (tests run plain Prism with it); `env` adds
        variables (MOCK_SESSIONS, MOCK_SPEC, MOCK_FAST_PATH: see mock/server.js)."""
        self.host, self.port = host, port
        self.url = f"http://{host}:{port}"
        env = {
            **os.environ,
            **(env or {}),
            "MOCK_HOST": host,
            "MOCK_PORT": str(port),
            "MOCK_LOG_LEVEL": log_level,
        }
        super().__init__(argv or ["node", str(SERVER)], env=env)

    def wait_ready(self, timeout: float = 30) -> None:
        # Both our server and plain Prism (at its default log level) print "... on
        # http://HOST:PORT" once listening. An HTTP answer on the port would not do: it may come
        # from another server on that port.
        self.wait_until(printed(f"on {self.url}"), timeout)


@contextlib.contextmanager
def running_mock(
    port: int | None = None,
    host: str = HOST,
    log_level: str = "warn",
    env: dict[str, str] | None = None,
) -> Iterator[Mock]:
    """A ready mock on `port` (a free one by default); stopped, with its process group, on exit.
    `env`: variables for mock/server.js (MOCK_SESSIONS=1, ...)."""
    for attempt in range(3):
        mock = Mock(port or free_port(host), host, log_level, env=env)
        try:
            mock.wait_ready()
            break
        except FailedToStart as failure:
            mock.stop()
            # A free port can be taken between our check and the mock's listen: try another.
            if port or attempt == 2 or "is busy" not in str(failure):
                raise
        except BaseException:
            mock.stop()  # stopped while it started (Ctrl-C, SIGTERM): it goes too
            raise
    try:
        yield mock
    finally:
        mock.stop()


def prism_argv(port: int, host: str = HOST, *options: str) -> list[str]:
    """Plain Prism (`prism mock` of the CLI, in one process) on the bundle: what the project's
    mock layer (mock/server.js) is built on, and compared with."""
    return [
        "node",
        str(PRISM_CLI),
        "mock",
        str(BUNDLE),
        "--host",
        host,
        "--port",
        str(port),
        "--multiprocess=false",
        *options,
    ]


@contextlib.contextmanager
def running_prism() -> Iterator[Mock]:
    """Plain Prism at its default log level (it says when it listens), ready; stopped on exit."""
    port = free_port()
    prism = Mock(port, argv=prism_argv(port))
    try:
        prism.wait_ready()
        yield prism
    finally:
        prism.stop()
