"""Where a sessions-mode mock keeps its sessions, for the tests that run against each: its own
memory, or a real Redis server (mock/redis.py, started and stopped with the mock) that several
mock processes can share (MOCK_STORE). What Redis holds is read with redis-py, as a team's own
tools would read it, never through the mock."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import redis

from mock.launcher import Mock, running_mock
from mock.redis import Redis, running_redis

STORES = ("memory", "redis")
PREFIX = "ippanel-mock:"  # docs/reference/mock.md, "A team's replicas": every key the mock writes


@contextlib.contextmanager
def sessions_mock(
    store: str, env: dict[str, str] | None = None, log_level: str = "warn"
) -> Iterator[Mock]:
    """A mock with MOCK_SESSIONS=1 (and `env`), its sessions in `store` (one of STORES)."""
    with contextlib.ExitStack() as stack:
        more = {"MOCK_SESSIONS": "1", **(env or {})}
        if store == "redis":
            more["MOCK_STORE"] = stack.enter_context(running_redis()).url
        yield stack.enter_context(running_mock(env=more, log_level=log_level))


def reader(server: Redis) -> redis.Redis:
    """redis-py on the server the mocks share, answering text."""
    return redis.Redis.from_url(server.url, decode_responses=True)


def session_keys(client: redis.Redis) -> list[str]:
    """The keys of the sessions' worlds (not the tokens, not the counters), sorted."""
    return sorted(client.scan_iter(f"{PREFIX}session:*"))
