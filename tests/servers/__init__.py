"""Start contract_tests' own IPPanel server (ippanel.py) on a free port, and always stop it."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kit.processes import free_port, printed, started
from kit.spec import REPO


@dataclass
class Server:
    url: str
    token: str
    username: str
    password: str
    log: Path

    @property
    def origin(self) -> str:
        """The URL without the base path: where the v2 look-ups are."""
        return "/".join(self.url.split("/", 3)[:3])

    def requests(self) -> list[dict[str, Any]]:
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
    documents: bool = True,
    token: str = "qa-api-key-0123456789abcdefghijklmnop",
    username: str = "your-username",
    password: str = "qa-password-s3cr3t!",
    prefix: str = "",
    log_answers: bool = False,
    lenient: bool = False,
    kit: Path = REPO,
) -> Iterator[Server]:
    """The spec's examples use the username "your-username": with it, their forgot_password
    request succeeds, and the run gets a reset token to keep secret. `kit`: the checkout whose
    server and spec run (a scratch copy's, for a spec edit)."""
    port = free_port()
    cmd = (
        [
            sys.executable,
            "-m",
            "tests.servers.ippanel",
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
        ]
        + (["--broken"] if broken else [])
        + ([] if documents else ["--no-documents"])
        + (["--prefix", prefix] if prefix else [])
        + (["--log-answers"] if log_answers else [])
        + (["--lenient"] if lenient else [])
    )
    url = f"http://127.0.0.1:{port}"
    # ippanel.py prints this line once it listens.
    with started(cmd, ready=printed(f"listening on {url}"), timeout=20, cwd=kit):
        yield Server(url + prefix, token, username, password, log)
