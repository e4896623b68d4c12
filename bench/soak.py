"""`make soak` (python -m bench.soak): the mock as `make mock` runs it, under load for a while with
varied bodies of every JSON sending type, valid and invalid, and more distinct keys than its fast
path may keep. It reports the mock's RSS once warm and at the end, and the keys and answers by
bytes the fast path held when it stopped; it fails (exit 1) when RSS grew 10% or more once warm
(the median of the last fifth against that of the first fifth after warming up), or a bound
broke.
Bounded in time (SOAK_SECONDS, 600 by default) and in count (SOAK_MAX_REQUESTS). Not part of
`make test`."""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from typing import Any

from bench.mock_load import CONNECTIONS, TOKEN, autocannon, rss_mib
from kit.processes import exit_on_sigterm
from kit.spec import bundle, deref
from mock.launcher import running_mock

MAX_GROWTH = 0.10
CHUNK_S = 20.0  # RSS is read between load runs of this length
WARM_SHARE = 0.2  # the first fifth of the time warms the mock up: JIT, caches filling
KEYS = 5000  # distinct Accept headers: more keys than the fast path keeps (mock/fast-path.js)
HELD = re.compile(
    r"the fast path held (\d+) keys \(bound (\d+)\) and (\d+) answers by bytes \(bound (\d+)\), "
    r"([\d.]+) MiB \(bound ([\d.]+) MiB\)"
)


def bodies() -> list[str]:
    """Each JSON send example of the spec as it is, without each of its fields in turn, and with
    each of its fields of another type: valid and invalid bodies, hundreds of them."""
    send = bundle()["paths"]["/api/send"]["post"]
    media = deref(send["requestBody"])["content"]["application/json"]
    found = []
    for example in media["examples"].values():
        value = deref(example)["value"]
        found.append(value)
        for key in value:
            found.append({k: v for k, v in value.items() if k != key})
            found.append({**value, key: [None]})
    return [json.dumps(v, ensure_ascii=False) for v in found]


def load(url: str, seconds: float, body_list: list[str]) -> dict[str, Any]:
    opts = {
        "url": url + "/api/send",
        "headers": {"Authorization": TOKEN, "Content-Type": "application/json"},
        "bodies": body_list,
        "varyAccept": 0.5,
        "keys": KEYS,
        "connections": CONNECTIONS,
        "duration": seconds,
    }
    return autocannon("soak_load.js", opts, seconds)


def rss_trend(after: list[float]) -> tuple[float, float, float]:
    """(early, late, most) of the RSS samples taken once warm: the median of the first quarter of
    them, of the last quarter, and the largest. Growth is late against early, the trend a leak
    shows; one sample against another would judge where the garbage collector's sawtooth
    happened to be when each was read (swings of 10-20% either way with no trend)."""
    share = max(1, len(after) // 4)
    return statistics.median(after[:share]), statistics.median(after[-share:]), max(after)


def run(seconds: float, max_requests: int, log: Any) -> dict[str, Any]:
    body_list = bodies()
    samples: list[dict[str, float]] = []
    codes: dict[str, int] = {}
    total, errors = 0, 0
    started = time.monotonic()
    with running_mock(log_level="info") as mock:
        pid = mock.process.pid
        while (elapsed := time.monotonic() - started) < seconds and total < max_requests:
            result = load(mock.url, min(CHUNK_S, max(1.0, seconds - elapsed)), body_list)
            total += result["requests"]
            errors += result["errors"] + result["timeouts"]
            for code, n in result["status_codes"].items():
                codes[code] = codes.get(code, 0) + n
            samples.append({"s": time.monotonic() - started, "requests": total, **rss_mib(pid)})
            now = samples[-1]
            log(f"soak: {now['s']:.0f} s, {total:,} requests, {now['rss_mib']:.1f} MiB")
        mock.stop()  # it says how many keys it held as it stops; stop keeps its last output
        held = HELD.search(mock.output())
    warm = next((x for x in samples if x["s"] >= WARM_SHARE * seconds), samples[0])
    end = samples[-1]
    early, late, most = rss_trend([x["rss_mib"] for x in samples if x["s"] >= warm["s"]])
    return {
        "seconds": end["s"],
        "requests": total,
        "errors": errors,
        "status_codes": codes,
        "bodies": len(body_list),
        "distinct_accept": KEYS,
        "rss_warm_mib": warm["rss_mib"],
        "rss_end_mib": end["rss_mib"],
        "rss_max_after_warm_mib": most,
        "rss_early_median_mib": early,
        "rss_late_median_mib": late,
        "growth_after_warm": late / early - 1,
        "swing_after_warm": most / early - 1,
        "keys_held": int(held.group(1)) if held else None,
        "key_bound": int(held.group(2)) if held else None,
        "exact_held": int(held.group(3)) if held else None,
        "exact_bound": int(held.group(4)) if held else None,
        "exact_mib": float(held.group(5)) if held else None,
        "exact_bound_mib": float(held.group(6)) if held else None,
        "samples": samples,
    }


def verdict(result: dict[str, Any]) -> list[str]:
    """What broke: RSS growth once warm, the key bound, answers other than 200 and 422."""
    broken = []
    if result["growth_after_warm"] >= MAX_GROWTH:
        broken.append(
            f"RSS grew {result['growth_after_warm']:.1%} once warm (limit {MAX_GROWTH:.0%})"
        )
    if result["keys_held"] is None:
        broken.append("the mock did not say how many keys its fast path held")
    else:
        if result["keys_held"] > result["key_bound"]:
            broken.append(
                f"the fast path held {result['keys_held']} keys, over {result['key_bound']}"
            )
        if result["exact_held"] > result["exact_bound"]:
            broken.append(
                f"it held {result['exact_held']} answers by bytes, over {result['exact_bound']}"
            )
        if result["exact_mib"] > result["exact_bound_mib"]:
            broken.append(
                f"its answers by bytes took {result['exact_mib']} MiB, over "
                f"{result['exact_bound_mib']}"
            )
    other = {c: n for c, n in result["status_codes"].items() if c not in ("200", "422")}
    if other or result["errors"]:
        broken.append(f"unexpected answers {other}, {result['errors']} errors or timeouts")
    return broken


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", 600)))
    parser.add_argument(
        "--max-requests", type=int, default=int(os.environ.get("SOAK_MAX_REQUESTS", 20_000_000))
    )
    args = parser.parse_args()
    exit_on_sigterm()  # a stopped run stops its servers too
    if args.seconds < 2 * CHUNK_S or args.max_requests < 1:
        print(f"soak: SOAK_SECONDS must be at least {2 * CHUNK_S:g}", file=sys.stderr)
        return 2

    def log(message: str) -> None:
        print(f"[soak {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    result = run(args.seconds, args.max_requests, log)
    broken = verdict(result)
    print(
        f"soak: {result['requests']:,} requests in {result['seconds']:.0f} s "
        f"({result['bodies']} bodies, {result['distinct_accept']} Accept headers; "
        f"answers {result['status_codes']}); RSS once warm: median "
        f"{result['rss_early_median_mib']:.1f} MiB, median of the last fifth "
        f"{result['rss_late_median_mib']:.1f} "
        f"({result['growth_after_warm']:+.1%}), at most {result['rss_max_after_warm_mib']:.1f} "
        f"({result['swing_after_warm']:+.1%}), {result['rss_end_mib']:.1f} at the end; fast path "
        f"held {result['keys_held']} keys "
        f"(bound {result['key_bound']}) and {result['exact_held']} answers by bytes (bound "
        f"{result['exact_bound']}), {result['exact_mib']} MiB (bound {result['exact_bound_mib']})"
    )
    for problem in broken:
        print(f"soak: FAILED: {problem}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
