"""`make bench`'s results drawn, as SVG files beside them in bench/results/ (pygal, with nothing
loaded from the network: they show as images on any page): each mock measure against its
same-run baseline, the generated client against raw httpx, the proxy against its upstream called
directly, and the history of `make test`'s time, one point per bench run (history.json, which
each run extends).

    python -m bench.charts      # draws from the committed latest.json and history.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygal  # type: ignore[import-untyped]
from pygal.style import Style  # type: ignore[import-untyped]

from bench.servers import BENCH

RESULTS = BENCH / "results"
HISTORY = RESULTS / "history.json"
STYLE = Style(
    background="white",
    plot_background="white",
    font_family="sans-serif",
    colors=("#8a8a8a", "#1f6feb", "#d1242f", "#2da44e", "#bf8700", "#8250df", "#57606a"),
)
# pygal's tooltips script comes from the network by default: left out, the charts are images.
OPTIONS: dict[str, Any] = {
    "style": STYLE,
    "js": [],
    "width": 900,
    "height": 420,
    "legend_at_bottom": True,
}


def _bars(
    title: str, y_title: str, labels: list[str], series: dict[str, list[float | None]]
) -> Any:
    chart = pygal.Bar(title=title, y_title=y_title, x_labels=labels, **OPTIONS)
    for name, values in series.items():
        chart.add(name, values)
    return chart


def mock_chart(results: dict[str, Any]) -> Any:
    """Requests per second, each variant of the mock beside the same-run baseline."""
    mock = results["mock"]
    ops = [op["name"] for op in mock["operations"]]
    series: dict[str, list[float | None]] = {
        "baseline (Node http)": [mock["baseline"][op]["req_per_s"] for op in ops]
    }
    for variant in mock["variants"]:
        series[variant["name"]] = [variant["runs"].get(op, {}).get("req_per_s") for op in ops]
    return _bars("The mock against its same-run baseline", "requests per second", ops, series)


def client_chart(results: dict[str, Any]) -> Any:
    ops = results["client"]["operations"]
    return _bars(
        "The generated client against raw httpx (per call)",
        "microseconds per call",
        list(ops),
        {
            "raw httpx": [r["raw_httpx_us"] for r in ops.values()],
            "generated client": [r["client_us"] for r in ops.values()],
        },
    )


def proxy_chart(results: dict[str, Any]) -> Any:
    ops = results["proxy"]["operations"]
    return _bars(
        "make proxy against its upstream called directly (median latency, 10 connections)",
        "milliseconds",
        list(ops),
        {
            "direct": [r["direct"]["p50_ms"] for r in ops.values()],
            "through the proxy": [r["through"]["p50_ms"] for r in ops.values()],
        },
    )


def history_chart(history: list[dict[str, Any]]) -> Any:
    points = [h for h in history if h.get("test_seconds")]
    chart = pygal.Line(
        title="make test from a fresh clone, set-up included, per bench run",
        y_title="minutes",
        range=(0, 10),
        x_labels=[f"{h['started'][:10]} {h['commit'][:7]}" for h in points],
        x_label_rotation=30,
        **OPTIONS,
    )
    chart.add("make test", [round(h["test_seconds"] / 60, 2) for h in points])
    chart.add("target", [8.0] * len(points), show_dots=False, stroke_style={"dasharray": "6, 4"})
    return chart


def extend(history: list[dict[str, Any]], results: dict[str, Any]) -> list[dict[str, Any]]:
    """The history with this run's point added (one per run, by when it started)."""
    test = results.get("pipeline", {}).get("test", {})
    point = {
        "started": results["started"],
        "commit": results["commit"].split()[0],
        "test_seconds": test.get("seconds"),
        "tests": test.get("summary"),
    }
    return [h for h in history if h["started"] != point["started"]] + [point]


def draw(results: dict[str, Any], history: list[dict[str, Any]], out: Path = RESULTS) -> list[Path]:
    """Every chart the results have the data for; the files written."""
    charts = {
        "mock.svg": mock_chart if "mock" in results else None,
        "client.svg": client_chart if "client" in results else None,
        "proxy.svg": proxy_chart if "proxy" in results else None,
    }
    written = []
    for name, make in charts.items():
        if make is not None:
            written.append(out / name)
            make(results).render_to_file(str(out / name))
    written.append(out / "test-time.svg")
    history_chart(history).render_to_file(str(out / "test-time.svg"))
    return written


def main() -> None:
    results = json.loads((RESULTS / "latest.json").read_text(encoding="utf-8"))
    history = json.loads(HISTORY.read_text(encoding="utf-8")) if HISTORY.exists() else []
    for path in draw(results, history):
        print(path)


if __name__ == "__main__":
    main()
