"""The node processes the benchmark starts besides the project's mock: the baseline server and
plain Prism (the CLI's `prism mock`, without the project's layer). Each runs in its own process
group, and leaving the `with` block stops the group, whatever happened inside it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx

from mock.launcher import HOST, free_port

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PRISM_CLI = REPO / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
BUNDLE = REPO / "openapi" / "bundled" / "ippanel.yaml"


@contextlib.contextmanager
def node_process(
    args: list[str], stdout: int | IO[bytes] = subprocess.PIPE
) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        ["node", *args],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


@contextlib.contextmanager
def baseline_server(response: dict[str, object]) -> Iterator[tuple[str, int]]:
    """(URL, pid) of bench/baseline_server.js answering every request with `response`
    ({status, headers, body})."""
    with tempfile.NamedTemporaryFile("w", suffix=".json") as spec:
        json.dump(response, spec)
        spec.flush()
        with node_process([str(BENCH / "baseline_server.js"), spec.name]) as process:
            assert process.stdout is not None
            port = process.stdout.readline().strip()  # "" if it died
            if not port.isdigit():
                raise RuntimeError(
                    f"the baseline server did not start: {port}{process.stdout.read()}"
                )
            yield f"http://{HOST}:{port}", process.pid


@contextlib.contextmanager
def plain_prism(log_level: str) -> Iterator[tuple[str, int]]:
    """(URL, pid) of Prism's own `prism mock` on the bundle, in one process, as the kit's first
    mock ran it: what the project's mock layer is compared with."""
    port = free_port()
    args = [
        str(PRISM_CLI),
        "mock",
        str(BUNDLE),
        "--host",
        HOST,
        "--port",
        str(port),
        "--multiprocess=false",
        "--verboseLevel",
        log_level,
    ]
    # Its log goes to a file: a pipe nobody reads would block it.
    with tempfile.TemporaryFile() as log, node_process(args, stdout=log) as process:
        url = f"http://{HOST}:{port}"
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(
                    f"plain Prism did not start on {url}:\n{log.read().decode(errors='replace')}"
                )
            with contextlib.suppress(httpx.TransportError):
                httpx.get(url + "/", timeout=1)
                break
            time.sleep(0.1)
        yield url, process.pid
