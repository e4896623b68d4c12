"""Start contract_tests' own IPPanel server (ippanel.py) on a free port, and always stop it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from contract_tests import REPO
from mock.launcher import free_port


@dataclass
class Server:
    url: str
    token: str
    username: str
    password: str
    log: Path

    def requests(self) -> list[dict]:
        if not self.log.exists():
            return []
        # split("\n"), not splitlines(): a logged body may hold U+2028 and the like
        return [
            json.loads(line) for line in self.log.read_text(encoding="utf-8").split("\n") if line
        ]


@contextlib.contextmanager
def running_server(
    log: Path,
    *,
    broken: bool = False,
    token: str = "qa-api-key-0123456789abcdefghijklmnop",
    username: str = "your-username",
    password: str = "qa-password-s3cr3t!",
) -> Iterator[Server]:
    """The spec's examples use the username "your-username": with it, their forgot_password
    request succeeds, and the run gets a reset token to keep secret."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "contract_tests.servers.ippanel",
        "--port",
        str(port),
        "--token",
        token,
        "--username",
        username,
        "--password",
        password,
        "--log",
        str(log),
    ] + (["--broken"] if broken else [])
    process = subprocess.Popen(
        cmd, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, start_new_session=True
    )
    server = Server(f"http://127.0.0.1:{port}", token, username, password, log)
    try:
        deadline = time.monotonic() + 20
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the test server exited ({process.returncode})")
            try:
                httpx.get(server.url + "/", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
