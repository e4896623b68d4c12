"""Wall time of the pipeline's make targets, from warm caches: `.venv` and `node_modules` are in
place and each quick target has run once, untimed, before it is timed."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable
from typing import Any

from kit import processes

QUICK_TARGETS = ("bundle", "generate")  # `make generate` bundles first: it is the whole step
TEST_TIMEOUT_S = 30 * 60


def _make(target: str, timeout: float) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run `make target` in its own process group: on a timeout, everything it started stops.
    A process still in the group after make exited was left behind: that is reported."""
    start = time.perf_counter()
    done = processes.run(["make", target], timeout=timeout)
    seconds = time.perf_counter() - start
    completed = done.completed()
    if done.returncode is None:
        completed.stderr = f"timed out after {timeout}s"
    elif done.left_behind:
        completed.stderr += f"\n`make {target}` left processes behind"
    return seconds, completed


def _failure(target: str, done: subprocess.CompletedProcess[str]) -> str:
    tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
    return f"`make {target}` exited {done.returncode}: " + " / ".join(tail)


def run(repeats: int, with_test: bool, log: Callable[[str], None]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for target in QUICK_TARGETS:
        log(f"pipeline: make {target}, 1 + {repeats} runs")
        _make(target, 600)
        times = []
        for _ in range(repeats):
            seconds, done = _make(target, 600)
            if done.returncode != 0 or "left processes behind" in done.stderr:
                results[target] = {"problem": _failure(target, done)}
                break
            times.append(seconds)
        else:
            results[target] = {
                "seconds": round(statistics.median(times), 2),
                "runs_s": [round(t, 2) for t in times],
            }

    if with_test:
        log("pipeline: make test, 1 run (minutes)")
        seconds, done = _make("test", TEST_TIMEOUT_S)
        summary = (done.stdout.strip().splitlines() or [""])[-1].strip("= ")  # pytest's last line
        results["test"] = {
            "seconds": round(seconds, 1),
            "exit_code": done.returncode,
            "summary": summary,
        }
        if done.returncode != 0 or "left processes behind" in done.stderr:
            results["test"]["problem"] = _failure("test", done)
    else:
        results["test"] = {"skipped": True}
    return results
