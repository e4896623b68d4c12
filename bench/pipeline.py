"""Wall time of the pipeline's make targets. The quick ones from warm caches: `.venv` and
`node_modules` are in place and each has run once, untimed, before it is timed. `make test` as a
user or CI first runs it: in a fresh clone of HEAD in a temporary directory (its set-up included,
with the machine's pip and npm caches), which must be left as clean as it was cloned."""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kit import processes
from kit.spec import REPO

QUICK_TARGETS = ("bundle", "generate")  # `make generate` bundles first: it is the whole step
TEST_TIMEOUT_S = 30 * 60


def _make(
    target: str, timeout: float, cwd: Path = REPO
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run `make target` in its own process group: on a timeout, everything it started stops.
    A process still in the group after make exited was left behind: that is reported."""
    start = time.perf_counter()
    done = processes.run(["make", target], timeout=timeout, cwd=cwd)
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
        log("pipeline: make test in a fresh clone of HEAD, 1 run (minutes)")
        results["test"] = _test_in_a_fresh_clone()
    else:
        results["test"] = {"skipped": True}
    return results


def _test_in_a_fresh_clone() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-clone-") as where:
        clone = Path(where) / "kit"
        subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
        seconds, done = _make("test", TEST_TIMEOUT_S, cwd=clone)
        status = subprocess.run(
            ["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True
        ).stdout.splitlines()
    summary = (done.stdout.strip().splitlines() or [""])[-1].strip("= ")  # pytest's last line
    result: dict[str, Any] = {
        "seconds": round(seconds, 1),
        "exit_code": done.returncode,
        "summary": summary,
        "from": "a fresh clone of HEAD",
        "left_in_git_status": status,
    }
    if done.returncode != 0 or "left processes behind" in done.stderr:
        result["problem"] = _failure("test", done)
        # pytest's summary names each failed test ("FAILED tests/...::test - why")
        failed = [line.split(" - ")[0] for line in done.stdout.splitlines()]
        result["failed"] = [
            line.removeprefix("FAILED ") for line in failed if line.startswith("FAILED ")
        ]
    elif status:
        result["problem"] = f"`make test` left the clone changed: {'; '.join(status[:5])}"
    return result
