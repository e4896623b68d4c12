"""Start the proxy as `make proxy` runs it (python -m proxy), on a free port, with its reports in a
folder of the caller's, and always stop it with its process group: the tests and the benchmark
use it.

    with running_proxy("http://127.0.0.1:8080/v1", reports) as proxy:
        httpx.get(proxy.url + "/api/payment/credit/mine", headers={"Authorization": token})
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from kit.processes import HOST, Process, free_port, printed, started


@dataclass
class RunningProxy:
    url: str
    reports: Path
    process: Process

    def drift(self) -> dict[str, Any]:
        answer = httpx.get(f"{self.url}/__proxy/drift", timeout=30)
        assert answer.status_code == 200, answer.text
        summary: dict[str, Any] = answer.json()
        return summary

    def stop(self) -> None:
        """Stops it as Ctrl-C would (SIGTERM), and waits for its last reports."""
        self.process.stop()

    def report(self, name: str) -> str:
        return (self.reports / name).read_text(encoding="utf-8")

    def har(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = json.loads(self.report("traffic.har"))["log"]["entries"]
        return entries


def proxy_env(upstream: str, reports: Path, port: int, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROXY_", "UPSTREAM"))}
    return {
        **env,
        "UPSTREAM": upstream,
        "PROXY_PORT": str(port),
        "PROXY_REPORTS": str(reports),
        **settings,
    }


@contextlib.contextmanager
def running_proxy(
    upstream: str, reports: Path, python: tuple[str, ...] = (), **settings: str
) -> Iterator[RunningProxy]:
    """`python`: arguments for the interpreter before `-m proxy` (a profiler's, say)."""
    port = free_port()
    url = f"http://{HOST}:{port}"
    argv = [sys.executable, *python, "-m", "proxy"]
    env = proxy_env(upstream, reports, port, **settings)
    with started(argv, env=env, ready=printed(f"listening on {url}"), timeout=60) as process:
        yield RunningProxy(url, reports, process)
