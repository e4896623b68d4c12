"""What the client's transport asks of the network, recorded on the way, with a clock that the
test owns: every pause between connection attempts is recorded and skipped (a hook may act in
it, e.g. bring a server up), and every read's timeout is recorded and then waited out at a
hundredth of its length. So no test waits for the wall clock, and none depends on how fast the
machine is: the servers these tests use either answer or never do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from httpcore._backends.anyio import AnyIOStream
from httpcore._backends.sync import SyncBackend, SyncStream

SCALE = 0.01


@dataclass
class Wire:
    """Connection attempts (ports), pauses between them (seconds), reads' timeouts (seconds)."""

    connects: list[int] = field(default_factory=list)
    pauses: list[float] = field(default_factory=list)
    read_timeouts: list[float | None] = field(default_factory=list)
    on_pause: Callable[[int], None] = lambda index: None

    def scaled(self, timeout: float | None) -> float | None:
        self.read_timeouts.append(timeout)
        return None if timeout is None else timeout * SCALE


def record(monkeypatch: pytest.MonkeyPatch) -> Wire:
    """Records what the client's transport does, until `monkeypatch` undoes it."""
    recorded = Wire()
    connect, sync_read, async_read = SyncBackend.connect_tcp, SyncStream.read, AnyIOStream.read

    def connect_tcp(self: SyncBackend, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        recorded.connects.append(port)
        return connect(self, host, port, *args, **kwargs)

    def sleep(self: SyncBackend, seconds: float) -> None:
        recorded.pauses.append(seconds)
        recorded.on_pause(len(recorded.pauses) - 1)

    def read(self: SyncStream, max_bytes: int, timeout: float | None = None) -> bytes:
        return sync_read(self, max_bytes, recorded.scaled(timeout))

    async def aread(self: AnyIOStream, max_bytes: int, timeout: float | None = None) -> bytes:
        return await async_read(self, max_bytes, recorded.scaled(timeout))

    monkeypatch.setattr(SyncBackend, "connect_tcp", connect_tcp)
    monkeypatch.setattr(SyncBackend, "sleep", sleep)
    monkeypatch.setattr(SyncStream, "read", read)
    monkeypatch.setattr(AnyIOStream, "read", aread)
    return recorded
