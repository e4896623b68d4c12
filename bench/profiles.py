"""Summaries of CPU profiles: V8 .cpuprofile files of the mock, cProfile stats of the client.
Both answer "what dominates": self time by function and by package."""

from __future__ import annotations

import json
import pstats
import re
from collections import Counter
from pathlib import Path
from typing import Any

TOP = 10
HOOK = "bench/cpu_profile_hook.js"

# The stages of one mock request, each a function (name, and where it is: file ends with) of the
# pinned Prism 5.16, of Node, or of mock/; a stage's time includes all it calls.
STAGES = [
    ("the project's request handler, all of it", "handle", "mock/handler.js"),
    ("Prism: route the request", "route", "prism-http/dist/router/index.js"),
    ("Prism: validate the request", "inputValidation", "prism-core/dist/factory.js"),
    (
        "Prism: build the response (negotiate, pick the example)",
        "mockCall",
        "prism-core/dist/factory.js",
    ),
    ("logging (pino, and mock/server.js's line formatting)", "LOG", "pino/lib/tools.js"),
    ("Node: parse the HTTP request", "parserOnHeadersComplete", "node:_http_common"),
    ("Node: write the response (`res.end`, the socket write)", "end", "node:_http_outgoing"),
    ("garbage collection", "(garbage collector)", ""),
    ("idle (waiting for requests)", "(idle)", ""),
]


def _node_package(url: str) -> str:
    """'…/node_modules/@stoplight/prism-http/dist/x.js' -> '@stoplight/prism-http'."""
    if "node_modules/" in url:
        parts = url.rsplit("node_modules/", 1)[1].split("/")
        return "/".join(parts[:2]) if parts[0].startswith("@") else parts[0]
    if url.startswith("node:"):
        return "node (built-in modules)"
    if "/mock/" in url:
        return "mock/ (the project's layer)"
    return url or "native code (socket I/O, V8 built-ins)"


def _short_location(url: str, line: int) -> str:
    if "node_modules/" in url:
        url = url.rsplit("node_modules/", 1)[1]
    elif "/mock/" in url:
        url = "mock/" + url.rsplit("/mock/", 1)[1]
    return f"{url}:{line + 1}" if url else ""


def cpuprofile_summary(path: str | Path) -> dict[str, Any]:
    """Self time by function and by package, in percent of the profiled wall time. The
    pseudo-functions (idle), (garbage collector) and (program) are kept: idle is headroom."""
    profile = json.loads(Path(path).read_text())
    nodes = {node["id"]: node["callFrame"] for node in profile["nodes"]}
    # The profiler's own start (bench/cpu_profile_hook.js and what it calls) is not the mock.
    hook = [node for node in profile["nodes"] if node["callFrame"]["url"].endswith(HOOK)]
    excluded: set[int] = set()
    while hook:
        node = hook.pop()
        excluded.add(node["id"])
        hook += [n for n in profile["nodes"] if n["id"] in node.get("children", [])]
    self_us: Counter[int] = Counter()
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        if node_id not in excluded:
            self_us[node_id] += delta
    total = sum(self_us.values()) or 1

    parent = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    by_stage: Counter[str] = Counter()
    for node_id, us in self_us.items():
        on_stack: set[str] = set()
        while node_id is not None:
            frame = nodes[node_id]
            on_stack |= {
                label
                for label, name, where in STAGES
                if frame["functionName"] == name and frame["url"].endswith(where)
            }
            node_id = parent.get(node_id)
        for label in on_stack:
            by_stage[label] += us

    by_function: Counter[tuple[str, str]] = Counter()
    by_package: Counter[str] = Counter()
    for node_id, us in self_us.items():
        frame = nodes[node_id]
        name = frame["functionName"] or "(anonymous)"
        pseudo = name.startswith("(") and not frame["url"]
        by_function[(name, _short_location(frame["url"], frame["lineNumber"]))] += us
        by_package[name if pseudo else _node_package(frame["url"])] += us

    def pct(us: int) -> float:
        return round(100 * us / total, 1)

    return {
        "profiled_s": round(total / 1e6, 2),
        "by_stage": [
            {"stage": label, "inclusive_pct": pct(by_stage[label])}
            for label, _name, _where in STAGES
            if by_stage[label]
        ],
        "by_package": [
            {"package": p, "self_pct": pct(us)} for p, us in by_package.most_common(TOP)
        ],
        "by_function": [
            {"function": f, "location": loc, "self_pct": pct(us)}
            for (f, loc), us in by_function.most_common(TOP)
        ],
    }


def _py_package(filename: str) -> str:
    if filename == "~":
        return "builtins (C)"
    match = re.search(r"site-packages/([^/]+)", filename) or re.search(
        r"/(ippanel_client)/", filename
    )
    if match:
        return match.group(1).removesuffix(".py")
    match = re.search(r"/python3\.\d+/([^/]+)", filename)
    return f"stdlib {match.group(1).removesuffix('.py')}" if match else filename


def pstats_summary(stats: pstats.Stats) -> dict[str, Any]:
    """Self (tottime) by function and by package, in percent of the total."""
    entries = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, callers)}
    total = sum(e[2] for e in entries.values()) or 1
    by_package: Counter[str] = Counter()
    by_function: Counter[tuple[str, str]] = Counter()
    for (filename, line, name), (_cc, _nc, tt, _ct, _callers) in entries.items():
        package = _py_package(filename)
        by_package[package] += tt
        by_function[(name, f"{package}:{line}" if line else package)] += tt
    return {
        "by_package": [
            {"package": p, "self_pct": round(100 * t / total, 1)}
            for p, t in by_package.most_common(TOP)
        ],
        "by_function": [
            {"function": f, "location": loc, "self_pct": round(100 * t / total, 1)}
            for (f, loc), t in by_function.most_common(TOP)
        ],
    }
