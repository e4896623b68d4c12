"""`make bench` (python -m bench): run every benchmark, write bench/results/latest.{json,md}
and print the Markdown. BENCH_SKIP_MAKE_TEST=1 (or --skip-make-test) leaves out the minutes
of `make test`, for quick runs."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import charts, client_calls, mock_load, pipeline, proxy_load, report
from bench.servers import BENCH, REPO
from kit.processes import exit_on_sigterm

# The variant judged against the mock target and profiled: the mock as `make mock` serves it to
# frontend teams (the other variants are in the table beside it).
JUDGED_VARIANT = "mock, log info"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in cpuinfo.splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    meminfo = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    node = subprocess.run(
        ["node", "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": int(meminfo["MemTotal"].split()[0]) / 2**20,
        "node": node.lstrip("v"),
        "python": platform.python_version(),
        "load_before": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def commit() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    return head.stdout.strip() + (" + uncommitted changes" if dirty.stdout.strip() else "")


def analysis(results: dict[str, Any], targets: list[dict[str, str]]) -> list[str]:
    """For each missed target, what its profile says dominates, with the numbers: latest.md is the
    one place they are written (docs/benchmarks.md explains them in words and links there)."""
    lines = []
    for target in targets:
        if not target["result"].startswith("**miss**"):
            continue
        if target["target"].startswith("mock") and "mock_profile" in results:
            p = results["mock_profile"]
            op = p["operation"]
            mine = next(v for v in results["mock"]["variants"] if v["name"] == JUDGED_VARIANT)
            cpu, base = mine["runs"][op], results["mock"]["baseline"][op]
            stages = "; ".join(f"{x['stage']} {x['inclusive_pct']:.0f}%" for x in p["by_stage"])
            packages = ", ".join(
                f"{x['package']} {x['self_pct']:.0f}%" for x in p["by_package"][:6]
            )
            lines.append(
                f"- **Mock** ({op}, log {p['log_level']}): "
                f"{target['result'].removeprefix('**miss**: ')}. It spends "
                f"{cpu['cpu_us_per_request']:.0f} µs of CPU per request, "
                f"{cpu['system_us_per_request']:.0f} µs of it in the kernel (the baseline: "
                f"{base['cpu_us_per_request']:.0f} µs): with a core to itself it would serve at "
                f"most {1e6 / cpu['cpu_us_per_request']:,.0f} req/s. Its CPU profile under the "
                f"same load, by stage of a request (a stage includes what it calls): {stages}. "
                f"Self time by package: {packages}. Tables at the end."
            )
        elif target["target"].startswith("generated client") and "profile" in results.get(
            "client", {}
        ):
            p = results["client"]["profile"]
            packages = ", ".join(
                f"{x['package']} {x['self_pct']:.0f}%" for x in p["by_package"][:5]
            )
            lines.append(f"- **Client.** {target['result']}. By package: {packages}.")
        else:
            lines.append(f"- {target['target']}: {target['result']}.")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--skip-make-test",
        action="store_true",
        default=os.environ.get("BENCH_SKIP_MAKE_TEST") == "1",
    )
    parser.add_argument(
        "--duration", type=float, default=2.0, help="seconds of each load run (default 2)"
    )
    parser.add_argument(
        "--rounds", type=int, default=5, help="load runs per server and operation (default 5)"
    )
    parser.add_argument(
        "--warmup", type=float, default=1.0, help="seconds of warm-up before each (default 1)"
    )
    parser.add_argument(
        "--out", type=Path, default=BENCH / "results", help="where latest.json/.md go"
    )
    args = parser.parse_args()
    exit_on_sigterm()  # a stopped run stops its servers too

    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": commit(),
        "machine": machine(),
    }
    judged_level = next(v.log_level for v in mock_load.VARIANTS if v.name == JUDGED_VARIANT)
    parts: dict[str, Callable[[], dict[str, Any]]] = {
        "mock": lambda: mock_load.run(args.duration, args.warmup, args.rounds, log),
        "mock_profile": lambda: mock_load.profile(judged_level, args.duration, args.warmup, log),
        "store_latency": lambda: mock_load.store_latency(args.duration, args.rounds, log),
        "client": lambda: client_calls.run(rounds=30, calls_per_round=200, log=log),
        "proxy": lambda: {
            **proxy_load.run(args.duration, args.warmup, args.rounds, log),
            "profile": proxy_load.profile(args.duration, args.warmup, log),
        },
        "pipeline": lambda: pipeline.run(repeats=3, with_test=not args.skip_make_test, log=log),
    }
    problems = []
    for name, part in parts.items():
        try:  # one part that cannot run (no generated client, say) must not lose the others
            results[name] = part()
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            problems.append(f"{name}: {error}")
            log(f"{name} failed: {error}")
    results["problems"] = problems
    results["machine"]["load_after"] = " / ".join(f"{x:.2f}" for x in os.getloadavg())

    targets = report.judge(results, JUDGED_VARIANT)
    results["targets"] = targets
    text = report.markdown(results, targets, analysis(results, targets))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (args.out / "latest.md").write_text(text, encoding="utf-8")
    history_file = args.out / "history.json"
    history = json.loads(history_file.read_text(encoding="utf-8")) if history_file.exists() else []
    history = charts.extend(history, results)
    history_file.write_text(json.dumps(history, indent=2) + "\n", encoding="utf-8")
    charts.draw(results, history, args.out)
    print(text)
    log(f"wrote {args.out / 'latest.json'} and {args.out / 'latest.md'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
