"""The mock under load. For each operation, autocannon (bench/load.js) drives the baseline server
answering the mock's own response to it and the mock in each variant (log levels, a worker per
core, sessions in memory and in Redis, and plain Prism without the project's layer), at the same
concurrency for the same time; then a CPU profile, and the latency the shared store adds."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any
from unittest.mock import patch

import httpx

from bench import profiles
from bench.report import NEW_BODIES_OPERATION
from bench.servers import BENCH, baseline_server, plain_prism
from kit.spec import example
from mock.launcher import running_mock
from mock.redis import running_redis

# Without MOCK_SESSIONS the mock checks only that a token is there; with them, this one opens
# every operation (mock/sessions.js's TEST_API_KEY), so that both modes answer the same requests.
TOKEN = "mock-test-api-key"
CONNECTIONS = 10
PROFILED_OPERATION = "check_token"


@dataclass(frozen=True)
class Operation:
    name: str
    path: str
    expected_status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=lambda: {"Authorization": TOKEN})
    # A number in the body that bench/load.js changes on each request: no two bodies alike
    renumber: str | None = None

    def request(self) -> dict[str, Any]:
        if self.body is None:
            return {"method": "POST", "headers": self.headers}
        headers = {**self.headers, "Content-Type": "application/json"}
        return {
            "method": "POST",
            "headers": headers,
            "body": json.dumps(self.body, ensure_ascii=False),
            **({"renumber": self.renumber} if self.renumber else {}),
        }


def operations() -> list[Operation]:
    """check_token, the spec's own `normal` send example, and that example without its message:
    the same bytes every time, and then with another first recipient each time (what a fuzzer
    sends: no answer is found by the request's bytes; the 422 stays the same)."""
    send = example("SendNormal")
    invalid = {k: v for k, v in send.items() if k != "message"}
    recipient = invalid["params"]["recipients"][0]
    return [
        Operation("check_token", "/api/acl/auth/check_token", 200),
        Operation("send (normal)", "/api/send", 200, send),
        Operation("send (invalid: 422)", "/api/send", 422, invalid),
        Operation(NEW_BODIES_OPERATION, "/api/send", 422, invalid, renumber=recipient),
    ]


@dataclass(frozen=True)
class Variant:
    name: str
    kind: str  # "mock": mock/server.js through mock.launcher; "prism": plain `prism mock`
    log_level: str
    env: dict[str, str] = field(default_factory=dict)  # for mock/server.js
    store: bool = False  # its sessions in the run's Redis (MOCK_STORE)

    @contextlib.contextmanager
    def running(self, store: str | None = None) -> Iterator[tuple[str, int]]:
        """(URL, pid of the node process serving it: its workers are its children)."""
        if self.kind == "prism":
            with plain_prism(self.log_level) as served:
                yield served
        else:
            env = {**self.env, **({"MOCK_STORE": store} if self.store and store else {})}
            with running_mock(log_level=self.log_level, env=env) as mock:
                yield mock.url, mock.process.pid


VARIANTS = [
    Variant("mock, log warn", "mock", "warn"),  # mock.launcher's default: tests and bench
    Variant("mock, log info", "mock", "info"),  # mock/server.js's default: `make mock`
    # Every request to Prism, as before the fast path (mock/fast-path.js)
    Variant("mock, no fast path, log info", "mock", "info", {"MOCK_FAST_PATH": "0"}),
    Variant("mock, log silent", "mock", "silent"),
    Variant("mock, sessions, log info", "mock", "info", {"MOCK_SESSIONS": "1"}),
    # As `make mock` runs: a worker per core
    Variant("mock, a worker per core, log info", "mock", "info", {"MOCK_WORKERS": "auto"}),
    # A team's shared mock: sessions in Redis (one worker, against sessions in memory)
    Variant("mock, sessions in Redis, log info", "mock", "info", {"MOCK_SESSIONS": "1"}, True),
    Variant("plain Prism, log warn", "prism", "warn"),  # without the project's layer
]


def capture(url: str, op: Operation) -> dict[str, Any]:
    """The mock's response to `op`, as the baseline server will replay it."""
    request = op.request()
    response = httpx.request(
        request["method"],
        url + op.path,
        headers=request["headers"],
        content=request.get("body", "").encode(),
    )
    if response.status_code != op.expected_status:
        raise RuntimeError(
            f"{op.name}: the mock answered {response.status_code}, expected "
            f"{op.expected_status}: {response.text[:300]}"
        )
    skip = {"date", "connection", "keep-alive", "content-length", "transfer-encoding"}
    headers = {k: v for k, v in response.headers.items() if k not in skip}
    return {"status": response.status_code, "headers": headers, "body": response.text}


def family(pid: int) -> list[int]:
    """The process and every process under it (a mock's workers), from /proc."""
    found = [pid]
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(FileNotFoundError), open(f"/proc/{pid}/task/{task}/children") as f:
            for child in f.read().split():
                with contextlib.suppress(FileNotFoundError):
                    found += family(int(child))
    return found


def cpu_seconds(pid: int) -> tuple[float, float]:
    """(user, system) CPU time so far of all the threads of the process and of those under it
    (a mock's workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    user = system = 0.0
    for member in family(pid):
        with (
            contextlib.suppress(FileNotFoundError),
            open(f"/proc/{member}/stat", encoding="ascii") as stat,
        ):
            fields = stat.read().rpartition(")")[2].split()
            user, system = user + int(fields[11]) / tick, system + int(fields[12]) / tick
    return user, system


def autocannon(script: str, opts: dict[str, Any], seconds: float) -> dict[str, Any]:
    """One run of an autocannon script of bench/ (load.js, soak_load.js), given its options as
    JSON; what it prints, as JSON."""
    done = subprocess.run(
        ["node", str(BENCH / script), json.dumps(opts)],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"autocannon failed on {opts['url']}: {done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def load(
    url: str,
    op: Operation,
    duration: float,
    pid: int | None = None,
    store: int | None = None,
    connections: int = CONNECTIONS,
) -> dict[str, Any]:
    """One autocannon run; `problem` says if any answer was not the expected status. With the
    server's pid, also the server's CPU time per request (its workers' included), which moves
    much less than req/s when other work shares the machine; with its store's (Redis), the
    store's too."""
    opts = {**op.request(), "url": url + op.path, "connections": connections, "duration": duration}
    user_before, system_before = cpu_seconds(pid) if pid else (0.0, 0.0)
    store_before = sum(cpu_seconds(store)) if store else 0.0
    result = autocannon("load.js", opts, duration)
    if pid and result["requests"]:
        user, system = cpu_seconds(pid)
        per_request = 1e6 / result["requests"]
        result["cpu_us_per_request"] = (user - user_before + system - system_before) * per_request
        result["system_us_per_request"] = (system - system_before) * per_request
        if store:
            result["store_cpu_us_per_request"] = (
                sum(cpu_seconds(store)) - store_before
            ) * per_request
    wrong = {k: n for k, n in result["status_codes"].items() if int(k) != op.expected_status}
    if wrong or result["errors"] or result["timeouts"]:
        result["problem"] = (
            f"unexpected answers {wrong}, {result['errors']} errors, {result['timeouts']} timeouts"
        )
    return result


def catches(pid: int, signum: int) -> bool:
    """Whether the process has a handler for the signal (SigCgt in /proc): the profiler hook
    is loaded and a SIGUSR2 will not kill it."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        caught = next(line for line in status if line.startswith("SigCgt:")).split()[1]
    return bool(int(caught, 16) >> (signum - 1) & 1)


def rss_mib(pid: int) -> dict[str, float]:
    """Resident memory now (VmRSS) and at its peak (VmHWM), from /proc: of the process and those
    under it (a mock's workers), added up."""
    total = {"rss_mib": 0.0, "peak_rss_mib": 0.0}
    for member in family(pid):
        with open(f"/proc/{member}/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status)
        total["rss_mib"] += int(fields["VmRSS"].split()[0]) / 1024
        total["peak_rss_mib"] += int(fields["VmHWM"].split()[0]) / 1024
    return total


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the median throughput, whole (its latencies belong to it), with every
    round's req/s, and the median CPU time per request over the rounds."""
    median = {
        **next(r for r in runs if r["req_per_s"] == _median([r["req_per_s"] for r in runs])),
        "rounds_req_per_s": [round(r["req_per_s"]) for r in runs],
    }
    for cpu in ("cpu_us_per_request", "system_us_per_request", "store_cpu_us_per_request"):
        if all(cpu in r for r in runs):
            median[cpu] = _median([r[cpu] for r in runs])
    problems = sorted({r["problem"] for r in runs if "problem" in r})
    median.pop("problem", None)
    return {**median, "problem": "; ".join(problems)} if problems else median


def run(duration: float, warmup: float, rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Every server is up at once, and each round loads them one after the other: a slow spell of
    the shared machine falls on neighbours alike, and each ratio is taken within one round."""
    ops = operations()
    with running_mock(log_level="warn") as mock:
        responses = {op.name: capture(mock.url, op) for op in ops}

    with contextlib.ExitStack() as stack:
        baselines = {
            op.name: stack.enter_context(baseline_server(responses[op.name])) for op in ops
        }
        store = stack.enter_context(running_redis())
        served = {v.name: stack.enter_context(v.running(store.url)) for v in VARIANTS}
        stores = {v.name: store.process.pid for v in VARIANTS if v.store}
        runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for op in ops:
            servers = {"baseline": baselines[op.name], **served}
            log(f"mock: {op.name}, warm-up: baseline, {', '.join(served)}")
            for url, _pid in servers.values():
                load(url, op, warmup)
            for r in range(rounds):
                log(f"mock: {op.name}, round {r + 1}/{rounds}")
                for server, (url, pid) in servers.items():
                    run = load(url, op, duration, pid, stores.get(server))
                    runs.setdefault((server, op.name), []).append(run)
        memory = {name: rss_mib(pid) for name, (_url, pid) in served.items()}

    variants = []
    for variant in VARIANTS:
        results = {}
        for op in ops:
            mine, base = runs[(variant.name, op.name)], runs[("baseline", op.name)]
            ratios = [m["req_per_s"] / b["req_per_s"] for m, b in zip(mine, base, strict=True)]
            results[op.name] = {**_median_run(mine), "ratio_to_baseline": _median(ratios)}
        variants.append({**asdict(variant), **memory[variant.name], "runs": results})

    return {
        "connections": CONNECTIONS,
        "duration_s": duration,
        "warmup_s": warmup,
        "rounds": rounds,
        "operations": [
            {"name": op.name, "path": op.path, "expected_status": op.expected_status} for op in ops
        ],
        "baseline": {op.name: _median_run(runs[("baseline", op.name)]) for op in ops},
        "variants": variants,
    }


def profile(
    log_level: str, duration: float, warmup: float, log: Callable[[str], None]
) -> dict[str, Any]:
    """Where the mock spends its CPU under load on check_token: a V8 CPU profile of the mock's
    process over one load run (warm-up excluded), summarized by function and by package."""
    op = next(op for op in operations() if op.name == PROFILED_OPERATION)
    log(f"mock: CPU profile, log {log_level}, {op.name}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mock.cpuprofile")
        hook = f"--require {BENCH / 'cpu_profile_hook.js'}"
        with (
            patch.dict(os.environ, NODE_OPTIONS=hook, BENCH_CPU_PROFILE=path),
            running_mock(log_level=log_level) as mock,
        ):
            load(mock.url, op, warmup)
            if not catches(mock.process.pid, signal.SIGUSR2):
                raise RuntimeError("the mock did not load bench/cpu_profile_hook.js")
            os.kill(mock.process.pid, signal.SIGUSR2)
            result = load(mock.url, op, duration)
        summary = profiles.cpuprofile_summary(path)
    return {"operation": op.name, "log_level": log_level, "load": result, **summary}


STORE_LATENCY_OPERATION = "send (normal)"


def store_latency(duration: float, rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    """What the shared store adds to each request: a valid send in sessions mode, one connection
    at a time (no queueing behind other requests), against the same mock with its sessions in
    memory, in alternating rounds; the added p50 and p99 are the medians of the rounds'
    differences."""
    op = next(op for op in operations() if op.name == STORE_LATENCY_OPERATION)
    sessions = {"MOCK_SESSIONS": "1"}
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(running_redis())
        servers = {
            "memory": stack.enter_context(running_mock(log_level="info", env=sessions)),
            "redis": stack.enter_context(
                running_mock(log_level="info", env={**sessions, "MOCK_STORE": store.url})
            ),
        }
        for mock in servers.values():
            load(mock.url, op, 1.0, connections=1)
        runs: dict[str, list[dict[str, Any]]] = {"memory": [], "redis": []}
        for r in range(rounds):
            log(f"mock: the store's latency, {op.name}, round {r + 1}/{rounds}")
            for name, mock in servers.items():
                runs[name].append(load(mock.url, op, duration, mock.process.pid, connections=1))
    added = {
        f"added_{p}_ms": _median(
            [
                b[f"{p}_ms"] - a[f"{p}_ms"]
                for a, b in zip(runs["memory"], runs["redis"], strict=True)
            ]
        )
        for p in ("p50", "p99")
    }
    return {
        "operation": op.name,
        "connections": 1,
        **{name: _median_run(found) for name, found in runs.items()},
        **added,
    }
