"""The node processes the benchmark starts besides the project's mock: the baseline server and
plain Prism (the CLI's `prism mock`, without the project's layer). Each runs in its own process
group (kit.processes), and leaving the `with` block stops the group, whatever happened inside it."""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kit.processes import HOST, Process, accepts, free_port, started
from kit.spec import BUNDLE, REPO
from mock.launcher import prism_argv

__all__ = ["BENCH", "BUNDLE", "REPO", "baseline_server", "plain_prism"]

BENCH = Path(__file__).resolve().parent


def _port_printed(process: Process) -> bool:
    return re.match(r"\d+\n", process.output()) is not None


@contextlib.contextmanager
def baseline_server(response: dict[str, object]) -> Iterator[tuple[str, int]]:
    """(URL, pid) of bench/baseline_server.js answering every request with `response`
    ({status, headers, body}). It prints its port once it listens."""
    with tempfile.NamedTemporaryFile("w", suffix=".json") as spec:
        json.dump(response, spec)
        spec.flush()
        argv = ["node", str(BENCH / "baseline_server.js"), spec.name]
        with started(argv, ready=_port_printed) as process:
            port = process.output().split()[0]
            yield f"http://{HOST}:{port}", process.pid


@contextlib.contextmanager
def plain_prism(log_level: str) -> Iterator[tuple[str, int]]:
    """(URL, pid) of Prism's own `prism mock` on the bundle, in one process, as the kit's first
    mock ran it: what the project's mock layer is compared with. Below its info level Prism does
    not say when it listens, so readiness is the port accepting connections."""
    port = free_port()
    argv = prism_argv(port, HOST, "--verboseLevel", log_level)
    with started(argv, ready=accepts(HOST, port)) as process:
        yield f"http://{HOST}:{port}", process.pid
