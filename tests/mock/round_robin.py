"""A round-robin TCP proxy in front of several servers, as a team's load balancer puts replicas
behind one address: each new connection goes to the next server in turn. A stand-in for the
team's own (nginx, HAProxy, a cloud balancer) in tests; not a part of the kit."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
from collections.abc import Iterator


def _pipe(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


def _relay(client: socket.socket, upstream: tuple[str, int]) -> None:
    with client, socket.create_connection(upstream, timeout=30) as server:
        back = threading.Thread(target=_pipe, args=(server, client), daemon=True)
        back.start()
        _pipe(client, server)
        back.join(timeout=60)


@contextlib.contextmanager
def round_robin(upstreams: list[tuple[str, int]]) -> Iterator[str]:
    """The proxy's URL; it stops on leaving."""
    listener = socket.create_server(("127.0.0.1", 0))
    turn = itertools.cycle(upstreams)

    def serve() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # closed: stopped
                return
            threading.Thread(target=_relay, args=(client, next(turn)), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the accept (a close alone does not)
        listener.close()
        thread.join(timeout=5)
