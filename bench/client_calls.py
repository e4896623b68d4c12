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


def _per_call_us(call: Callable[[], Any], n: int) -> float:
    start = time.perf_counter_ns()
    for _ in range(n):
        call()
    return (time.perf_counter_ns() - start) / n / 1000


def run(rounds: int, calls_per_round: int, log: Callable[[str], None]) -> dict[str, Any]:
    if not (CLIENT_PROJECT / "ippanel_client").is_dir():
        raise RuntimeError(f"no generated client in {CLIENT_PROJECT}: run `make generate`")
    ops = [op for op in operations() if op.name in OPERATIONS]
    with running_mock(log_level="warn") as mock:
        responses = {op.name: capture(mock.url, op) for op in ops}

    results: dict[str, Any] = {
        "rounds": rounds,
        "calls_per_round": calls_per_round,
        "operations": {},
    }
    for op in ops:
        log(f"client: {op.name}, {rounds} x {calls_per_round} calls each")
        with baseline_server(responses[op.name]) as url:
            raw_call, client_call, close = _calls(url, op)
            try:
                _per_call_us(raw_call, calls_per_round)  # warm-up: connections, caches
                _per_call_us(client_call, calls_per_round)
                raw_us: list[float] = []
                client_us: list[float] = []
                for i in range(rounds):
                    order = [(raw_us, raw_call), (client_us, client_call)]
                    for samples, call in order if i % 2 == 0 else order[::-1]:
                        samples.append(_per_call_us(call, calls_per_round))
                if op.name == PROFILED_OPERATION:
                    results["profile"] = {
                        "operation": op.name,
                        **_profile(client_call, calls_per_round),
                    }
            finally:
                close()
        raw_median, client_median = statistics.median(raw_us), statistics.median(client_us)
        results["operations"][op.name] = {
            "raw_httpx_us": round(raw_median, 1),
            "client_us": round(client_median, 1),
            "ratio": client_median / raw_median,
            "raw_httpx_spread_us": [round(min(raw_us), 1), round(max(raw_us), 1)],
            "client_spread_us": [round(min(client_us), 1), round(max(client_us), 1)],
        }
    return results


def _profile(call: Callable[[], Any], n: int) -> dict[str, Any]:
    """Where a generated-client call spends its time (cProfile; self time by function/package)."""
    profiler = cProfile.Profile()
    profiler.runcall(_per_call_us, call, n)
    return profiles.pstats_summary(pstats.Stats(profiler))
