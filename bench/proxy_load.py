"""What `make proxy` costs an app: autocannon (bench/load.js) at 10 connections against a fast
upstream (bench/baseline_server.js answering the mock's own answer) called directly, and through
the proxy in front of it, in alternating rounds of the same run. Reported: the latency the proxy
adds (p50, p99), the throughput through it, its CPU per request, and where its time goes (a
cProfile of the proxy under the same load, by package and by stage)."""

from __future__ import annotations

import contextlib
import pstats
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import profiles
from bench.mock_load import Operation, _median, _median_run, capture, load, operations
from bench.servers import baseline_server
from mock.launcher import running_mock
from proxy.launcher import running_proxy

# The stages of one proxied exchange: (label, function name, file it is in); a stage's time
# includes what it calls.
STAGES = [
    ("the proxy's handler, all of it", "handle", "proxy/server.py"),
    ("the call to the upstream (aiohttp's client)", "_request", "aiohttp/client.py"),
    ("checking, counting, recording (after the answer)", "observe", "proxy/watch.py"),
    ("the checker itself (outcomes not kept yet)", "_kept", "proxy/watch.py"),
    ("writing the reports", "write", "proxy/server.py"),
]


def judged() -> list[Operation]:
    """check_token (no body) and the documented normal send (a JSON body checked both ways)."""
    return [op for op in operations() if op.name in ("check_token", "send (normal)")]


def stages(stats: pstats.Stats) -> list[dict[str, Any]]:
    entries = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, _)}
    total = sum(e[2] for e in entries.values()) or 1
    out = []
    for label, name, where in STAGES:
        inclusive = sum(
            ct
            for (file, _line, fn), (_cc, _nc, _tt, ct, _) in entries.items()
            if fn == name and file.endswith(where)
        )
        out.append({"stage": label, "inclusive_pct": round(100 * inclusive / total, 1)})
    return out


def run(duration: float, warmup: float, rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    ops = judged()
    with running_mock(log_level="warn") as mock:
        answers = {op.name: capture(mock.url, op) for op in ops}
    results: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:
        reports = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for op in ops:
            upstream, _ = stack.enter_context(baseline_server(answers[op.name]))
            proxy = stack.enter_context(running_proxy(upstream + "/v1", reports / op.name))
            pid = proxy.process.pid
            log(f"proxy: {op.name}, warm-up")
            load(upstream, op, warmup)
            load(proxy.url, op, warmup, pid)
            direct, through = [], []
            for r in range(rounds):
                log(f"proxy: {op.name}, round {r + 1}/{rounds}")
                direct.append(load(upstream, op, duration))
                through.append(load(proxy.url, op, duration, pid))
            summary = proxy.drift()
            results[op.name] = {
                "direct": _median_run(direct),
                "through": _median_run(through),
                "added_p50_ms": _median(
                    [t["p50_ms"] - d["p50_ms"] for d, t in zip(direct, through, strict=True)]
                ),
                "added_p99_ms": _median(
                    [t["p99_ms"] - d["p99_ms"] for d, t in zip(direct, through, strict=True)]
                ),
                "exchanges_checked": summary["exchanges"],
                "conformed": summary["conformed"],
            }
    return {"operations": results, "duration_s": duration, "warmup_s": warmup, "rounds": rounds}


def profile(duration: float, warmup: float, log: Callable[[str], None]) -> dict[str, Any]:
    """The proxy under cProfile for one load run of the send (warm-up included: cProfile cannot
    start late), summarized by package and by stage of an exchange."""
    op = next(op for op in judged() if op.name == "send (normal)")
    with running_mock(log_level="warn") as mock:
        answer = capture(mock.url, op)
    log(f"proxy: cProfile, {op.name}")
    with tempfile.TemporaryDirectory() as tmp, baseline_server(answer) as (upstream, _):
        stats_file = Path(tmp) / "proxy.pstats"
        python = ("-m", "cProfile", "-o", str(stats_file))
        with running_proxy(upstream + "/v1", Path(tmp) / "reports", python=python) as proxy:
            load(proxy.url, op, warmup)
            result = load(proxy.url, op, duration)
            proxy.stop()  # cProfile writes its stats as the proxy ends
        stats = pstats.Stats(str(stats_file))
        return {
            "operation": op.name,
            "load": result,
            "by_stage": stages(stats),
            **profiles.pstats_summary(stats),
        }
