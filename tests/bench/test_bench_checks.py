"""The checks inside `make bench` (which is not part of `make test`), each shown failing: a load
run flags answers of the wrong status, the baseline refuses to copy a wrong answer, targets are
judged with the size of a miss, and the CPU profiles name the mock's functions, not the hook's."""

import http.server
import json
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench import profiles, report
from bench.mock_load import TOKEN, Operation, capture, catches, load, operations
from bench.servers import BENCH, baseline_server
from kit.processes import printed, started

CHECK_TOKEN = Operation("check_token", "/api/acl/auth/check_token", 200)
ENVELOPE = '{"data": null, "meta": {"status": true}}'


def answer(status: int) -> dict[str, object]:
    return {"status": status, "headers": {"content-type": "application/json"}, "body": ENVELOPE}


def test_a_load_run_passes_when_every_answer_has_the_expected_status() -> None:
    with baseline_server(answer(200)) as (url, pid):
        result = load(url, CHECK_TOKEN, duration=0.5, pid=pid)
    assert result["requests"] > 0 and result["status_codes"] == {"200": result["requests"]}
    assert "problem" not in result
    assert 0 < result["cpu_us_per_request"] < 10_000
    assert 0 <= result["system_us_per_request"] <= result["cpu_us_per_request"]


def test_a_load_run_flags_answers_of_another_status() -> None:
    with baseline_server(answer(500)) as (url, _pid):
        result = load(url, CHECK_TOKEN, duration=0.5)
    assert "'500'" in result["problem"]


@contextmanager
def body_recorder() -> Iterator[tuple[str, list[bytes]]]:
    """(URL, the bodies received): a server of the standard library answering 422 to anything."""
    bodies: list[bytes] = []

    class Record(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(422)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", bodies
    finally:
        server.shutdown()
        server.server_close()


def test_the_new_body_load_sends_no_two_bodies_alike() -> None:
    """bench/load.js renumbers the first recipient on each request: every body the server got is
    new, and each is the 422 example with only that number changed; without `renumber`, the
    same body comes again."""
    new_bodies = next(op for op in operations() if op.renumber)
    same = next(op for op in operations() if op.body == new_bodies.body and not op.renumber)
    for op, distinct in ((new_bodies, True), (same, False)):
        with body_recorder() as (url, bodies):
            result = load(url, op, duration=0.3)
        assert result["requests"] > 1 and "problem" not in result
        assert (len(set(bodies)) == len(bodies)) is distinct, len(set(bodies))
        assert op.body is not None
        first = op.body["params"]["recipients"][0]
        for body in bodies:
            sent = json.loads(body)
            sent["params"]["recipients"][0] = first
            assert sent == op.body


def test_the_baseline_never_copies_an_answer_of_the_wrong_status() -> None:
    with (
        baseline_server(answer(401)) as (url, _pid),
        pytest.raises(RuntimeError, match="answered 401"),
    ):
        capture(url, CHECK_TOKEN)


def test_capture_sends_the_token_and_keeps_what_the_baseline_must_replay() -> None:
    with baseline_server(answer(200)) as (url, _pid):
        captured = capture(url, CHECK_TOKEN)
    assert CHECK_TOKEN.headers == {"Authorization": TOKEN}
    assert captured == {
        "status": 200,
        "headers": {"content-type": "application/json"},
        "body": ENVELOPE,
    }


def results(req_per_s: float, p99_ms: float, ratio: float, generate_s: float) -> dict[str, object]:
    run = {"req_per_s": req_per_s, "p99_ms": p99_ms, "cpu_us_per_request": 250.0}
    return {
        "mock": {"variants": [{"name": "mock", "runs": {"check_token": run}}]},
        "client": {"operations": {"check_token": {"ratio": ratio, "cpu_ratio": ratio}}},
        "pipeline": {"generate": {"seconds": generate_s}, "test": {"skipped": True}},
    }


def test_targets_met_pass() -> None:
    rows = report.judge(results(4000, 5.0, 1.1, 3.0), "mock")
    assert [row["result"] for row in rows][:3] == ["pass", "pass", "pass"]
    assert rows[3]["result"] == "not measured (skipped: BENCH_SKIP_MAKE_TEST)"


def test_targets_missed_say_by_how_much() -> None:
    rows = report.judge(results(1750, 12.5, 1.5, 6.5), "mock")
    assert rows[0]["result"] == "**miss**: 1,750 req/s (50%) short; p99 4.5 ms over"
    assert rows[1]["result"] == "**miss**: check_token 25% over"
    assert rows[2]["result"] == "**miss**: 1.5 s over"


def test_a_target_whose_part_did_not_run_is_not_passed() -> None:
    rows = report.judge({"problems": ["mock: the mock exited (1)"]}, "mock")
    assert {row["result"] for row in rows} == {"not measured (see Problems)"}


# Counts its loops from SIGUSR2 (the hook, preloaded, has started the profiler by then: its
# listener runs first and an in-process session answers synchronously) and says when it has done
# enough: the test waits for that line, not for a time.
BUSY = """
function busyWork() { let x = 0; for (let i = 0; i < 1e5; i++) x += Math.sqrt(i); return x; }
%NeverOptimizeFunction(busyWork);
let loops = -1;
process.on('SIGUSR2', () => { loops = 0; });
(function loop() {
  busyWork();
  if (loops >= 0 && ++loops === 300) console.log('300 loops profiled');
  setImmediate(loop);
})();
"""


def test_the_cpu_profile_covers_the_process_after_sigusr2_and_not_the_hook(tmp_path: Path) -> None:
    script, out = tmp_path / "busy.js", tmp_path / "busy.cpuprofile"
    script.write_text(BUSY)
    env = {
        **os.environ,
        "NODE_OPTIONS": f"--require {BENCH / 'cpu_profile_hook.js'}",
        "BENCH_CPU_PROFILE": str(out),
    }
    # busyWork must stay a function of its own, never inlined into its caller: a function V8 may
    # not optimize is not inlined either (--no-turbo-inlining alone let a loaded machine's run
    # inline it, seen once: 7% busyWork, 88% its caller).
    args = ["node", "--allow-natives-syntax", str(script)]
    # Ready once the hook handles SIGUSR2: before that, the signal would kill the process.
    with started(args, env=env, ready=lambda p: catches(p.pid, signal.SIGUSR2), timeout=10) as busy:
        os.kill(busy.pid, signal.SIGUSR2)
        assert busy.wait_for(printed("300 loops profiled")), busy.output()
        os.kill(busy.pid, signal.SIGTERM)
        assert busy.wait(timeout=60) == 0  # the hook exits when nobody else handles SIGTERM
    summary = profiles.cpuprofile_summary(out)
    functions = {f["function"]: f["self_pct"] for f in summary["by_function"]}
    assert functions.get("busyWork", 0) > 50
    # Starting the profiler (the hook's inspector `dispatch`) is not the process's own work.
    assert "dispatch" not in functions
    assert not any("cpu_profile_hook" in f["location"] for f in summary["by_function"])
    assert summary["profiled_s"] > 0


def fast_path_results(
    check_token: float, send: float, invalid: float, sessions: float = 1.0
) -> dict[str, object]:
    """The mock (log info) at these ratios to the baseline, and the mock with sessions at
    `sessions` times its req/s."""

    def run(ratio: float, req_per_s: float = 1000.0) -> dict[str, float]:
        return {
            "req_per_s": req_per_s,
            "p99_ms": 1.0,
            "cpu_us_per_request": 100.0,
            "ratio_to_baseline": ratio,
        }

    ratios = {"check_token": check_token, "send (normal)": send, report.INVALID_OPERATION: invalid}
    mine = {op: run(ratio) for op, ratio in ratios.items()}
    with_sessions = {op: run(0.1, 1000 * sessions) for op in ratios}
    return {
        "mock": {
            "variants": [
                {"name": "mock", "runs": mine},
                {"name": report.SESSIONS_VARIANT, "runs": with_sessions},
            ]
        }
    }


def fast_rows(rows: list[dict[str, str]]) -> list[str]:
    return [row["result"] for row in rows if row["target"].startswith(("fast path", "mock, sess"))]


def test_fast_path_targets_met_pass() -> None:
    assert fast_rows(report.judge(fast_path_results(0.9, 0.8, 0.3), "mock")) == ["pass"] * 4


def test_fast_path_targets_missed_say_by_how_much() -> None:
    assert fast_rows(report.judge(fast_path_results(0.6, 0.75, 0.25, 0.8), "mock")) == [
        "**miss**: 0.20× short",
        "**miss**: 0.05× short",
        "**miss**: 0.05× short",
        "**miss**: check_token 0.80×; send (normal) 0.80×; send (invalid: 422) 0.80×",
    ]


def proxy_results(added_p50_ms: float, req_per_s: float) -> dict[str, object]:
    run = {
        "direct": {"req_per_s": 30000.0, "p50_ms": 0.2, "p99_ms": 1.0},
        "through": {"req_per_s": req_per_s, "p50_ms": 0.2 + added_p50_ms, "p99_ms": 6.0},
        "added_p50_ms": added_p50_ms,
        "added_p99_ms": 5.0,
        "exchanges_checked": 100,
    }
    run["through"]["cpu_us_per_request"] = 200.0  # type: ignore[index]
    return {"proxy": {"operations": {"send (normal)": run}}}


def proxy_rows(rows: list[dict[str, str]]) -> list[str]:
    return [r["result"] for r in rows if r["target"].startswith("`make proxy`")]


def test_proxy_targets_met_pass() -> None:
    assert proxy_rows(report.judge(proxy_results(2.0, 4000), "mock")) == ["pass", "pass"]


def test_proxy_targets_missed_say_by_how_much() -> None:
    assert proxy_rows(report.judge(proxy_results(6.5, 800), "mock")) == [
        "**miss**: send (normal) 1.5 ms over",
        "**miss**: send (normal) 200 req/s short",
    ]


def team_results(workers: float, store: float) -> dict[str, object]:
    """Three rounds each: a worker per core at `workers`× one process, sessions in Redis at
    `store`× sessions in memory, every round alike."""

    def run(req_per_s: float, cpu: float = 30.0) -> dict[str, object]:
        rounds = [req_per_s] * 3
        return {
            "req_per_s": req_per_s,
            "rounds_req_per_s": rounds,
            "cpu_us_per_request": cpu,
            "p99_ms": 1.0,
        }

    ops = report.WORKERS_OPERATIONS
    latency = {"p50_ms": 1.0, "p99_ms": 2.0, "req_per_s": 900.0, "cpu_us_per_request": 50.0}
    return {
        "mock": {
            "variants": [
                {"name": "mock", "runs": {op: run(10000) for op in ops}},
                {
                    "name": report.WORKERS_VARIANT,
                    "runs": {op: run(10000 * workers, 34) for op in ops},
                },
                {"name": report.SESSIONS_VARIANT, "runs": {op: run(8000) for op in ops}},
                {"name": report.STORE_VARIANT, "runs": {op: run(8000 * store) for op in ops}},
            ]
        },
        "store_latency": {
            "memory": latency,
            "redis": {**latency, "p50_ms": 1.3, "p99_ms": 2.9},
            "added_p50_ms": 0.3,
            "added_p99_ms": 0.9,
        },
    }


def team_rows(rows: list[dict[str, str]]) -> list[str]:
    return [row["result"] for row in rows if row["target"].startswith(("workers", "shared store"))]


def test_team_targets_met_pass() -> None:
    rows = report.judge(team_results(1.5, 0.6), "mock")
    assert team_rows(rows) == ["pass", "pass", "reported"]
    [latency] = [r for r in rows if r["target"].startswith("shared store: the latency")]
    assert latency["measured"].startswith("p50 +0.30 ms, p99 +0.90 ms")
    [workers] = [r for r in rows if r["target"].startswith("workers")]
    assert (
        "CPU 34 µs a request against 30 alone: each core serves at most 29,412"
        in workers["measured"]
    )


def test_team_targets_missed_say_by_how_much() -> None:
    assert team_rows(report.judge(team_results(1.1, 0.4), "mock"))[:2] == [
        "**miss**: check_token 0.20× short; send (normal) 0.20× short",
        "**miss**: 0.10× short",
    ]


def test_a_failed_make_test_names_its_failed_tests() -> None:
    failed = {
        "seconds": 400.0,
        "summary": "1 failed, 9 passed",
        "problem": "`make test` exited 2",
        "failed": ["tests/mock/test_x.py::test_y"],
    }
    rows = report.judge({"pipeline": {"test": failed}}, "mock")
    [row] = [r for r in rows if "`make test`" in r["target"]]
    assert row["result"] == "**miss**: `make test` exited 2; failed: tests/mock/test_x.py::test_y"
