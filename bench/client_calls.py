"""The generated client against raw httpx: the same call, each on its own keep-alive connection,
to the baseline server replaying the mock's response, so that the server's share of each call is
small and the same for both. Rounds alternate between the two, so drift on a shared machine
falls on both alike; each side's figure is its median round."""

from __future__ import annotations

import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from bench import profiles
from bench.mock_load import TOKEN, Operation, capture, operations
from bench.servers import REPO, baseline_server
from mock.launcher import running_mock

CLIENT_PROJECT = REPO / "generated" / "ippanel-client"
OPERATIONS = ("check_token", "send (normal)")
PROFILED_OPERATION = "check_token"


def _calls(
    url: str, op: Operation
) -> tuple[Callable[[], Any], Callable[[], Any], Callable[[], None]]:
    """(raw httpx call, generated client call, close), each returning the parsed body."""
    sys.path.insert(0, str(CLIENT_PROJECT))
    from ippanel_client import AuthenticatedClient
    from ippanel_client.api.auth import check_token
    from ippanel_client.api.send import send_sms
    from ippanel_client.models import SendNormalRequest

    raw = httpx.Client(base_url=url, headers={"Authorization": TOKEN})
    client = AuthenticatedClient(base_url=url, token=TOKEN)
    if op.body is None:
        raw_call: Callable[[], Any] = lambda: raw.post(op.path).json()  # noqa: E731
        client_call: Callable[[], Any] = lambda: check_token.sync(client=client)  # noqa: E731
    else:
        body, model = op.body, SendNormalRequest.from_dict(op.body)
        raw_call = lambda: raw.post(op.path, json=body).json()  # noqa: E731
        client_call = lambda: send_sms.sync(client=client, body=model)  # noqa: E731

    def close() -> None:
        raw.close()
        client.get_httpx_client().close()

    # Both must get the success they are timed on, not an error envelope.
    if raw_call()["meta"]["status"] is not True or type(client_call()).__name__ == "ErrorEnvelope":
        raise RuntimeError(f"client benchmark, {op.name}: the server did not answer with success")
    return raw_call, client_call, close


def _per_call_us(call: Callable[[], Any], n: int) -> tuple[float, float]:
    """(wall, this process's CPU) µs per call, over n calls."""
    wall, cpu = time.perf_counter_ns(), time.process_time_ns()
    for _ in range(n):
        call()
    return (time.perf_counter_ns() - wall) / n / 1000, (time.process_time_ns() - cpu) / n / 1000


def _summary(raw: list[tuple[float, float]], client: list[tuple[float, float]]) -> dict[str, Any]:
    """Medians over rounds; each ratio is taken within a round, then the median of those."""
    median = statistics.median
    return {
        "raw_httpx_us": round(median(w for w, _ in raw), 1),
        "client_us": round(median(w for w, _ in client), 1),
        "ratio": median(c[0] / r[0] for r, c in zip(raw, client, strict=True)),
        "raw_httpx_cpu_us": round(median(c for _, c in raw), 1),
        "client_cpu_us": round(median(c for _, c in client), 1),
        "cpu_ratio": median(c[1] / r[1] for r, c in zip(raw, client, strict=True)),
    }


def run(rounds: int, calls_per_round: int, log: Callable[[str], None]) -> dict[str, Any]:
    if not (CLIENT_PROJECT / "ippanel_client").is_dir():
        raise RuntimeError(f"no generated client in {CLIENT_PROJECT}: run `make generate`")
    ops = [op for op in operations() if op.name in OPERATIONS]
    with running_mock(log_level="warn") as mock:
        responses = {op.name: capture(mock.url, op) for op in ops}

    results: dict[str, Any] = {"rounds": rounds, "calls_per_round": calls_per_round}
    results["operations"] = {}
    for op in ops:
        log(f"client: {op.name}, {rounds} x {calls_per_round} calls each")
        with baseline_server(responses[op.name]) as (url, _pid):
            raw_call, client_call, close = _calls(url, op)
            try:
                _per_call_us(raw_call, calls_per_round)  # warm-up: connections, caches
                _per_call_us(client_call, calls_per_round)
                raw: list[tuple[float, float]] = []
                client: list[tuple[float, float]] = []
                for i in range(rounds):
                    order = [(raw, raw_call), (client, client_call)]
                    for samples, call in order if i % 2 == 0 else order[::-1]:
                        samples.append(_per_call_us(call, calls_per_round))
                if op.name == PROFILED_OPERATION:
                    results["profile"] = {"operation": op.name, **_profile(client_call, 1000)}
            finally:
                close()
        results["operations"][op.name] = _summary(raw, client)
    return results


def _profile(call: Callable[[], Any], n: int) -> dict[str, Any]:
    """Where a generated-client call spends its time (cProfile; self time by function/package)."""
    profiler = cProfile.Profile()
    profiler.runcall(_per_call_us, call, n)
    return profiles.pstats_summary(pstats.Stats(profiler))
