"""`make bench` draws its results: a chart per part measured, made from the results it wrote
(the committed latest.json is the fixture), each an image that loads nothing from the network;
the history gains one point per run."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench.charts import RESULTS, draw, extend

EXTERNAL = re.compile(r"""(?:src|href)=["']?(?:https?:)?//""")


def test_each_part_measured_is_drawn_from_the_results(tmp_path: Path) -> None:
    results = json.loads((RESULTS / "latest.json").read_text(encoding="utf-8"))
    history = [{"started": "2026-01-01 00:00 UTC", "commit": "abc1234", "test_seconds": 300.0}]
    written = draw(results, history, tmp_path)
    assert {p.name for p in written} >= {"mock.svg", "client.svg", "test-time.svg"}
    mock = (tmp_path / "mock.svg").read_text(encoding="utf-8")
    for op in results["mock"]["operations"]:
        assert op["name"][:20] in mock
    assert all(v["name"] in mock for v in results["mock"]["variants"])
    assert "abc1234" in (tmp_path / "test-time.svg").read_text(encoding="utf-8")
    for path in written:
        assert EXTERNAL.findall(path.read_text(encoding="utf-8")) == [], path.name


def test_a_part_that_did_not_run_draws_no_chart(tmp_path: Path) -> None:
    results = json.loads((RESULTS / "latest.json").read_text(encoding="utf-8"))
    del results["client"]
    assert "client.svg" not in {p.name for p in draw(results, [], tmp_path)}


def test_the_history_gains_one_point_per_run() -> None:
    run = {
        "started": "2026-12-08 10:00 UTC",
        "commit": "1234567 + uncommitted changes",
        "pipeline": {"test": {"seconds": 301.5, "summary": "9 passed"}},
    }
    once = extend([{"started": "2026-12-07 10:00 UTC", "commit": "x", "test_seconds": 1}], run)
    assert [h["started"] for h in once] == ["2026-12-07 10:00 UTC", "2026-12-08 10:00 UTC"]
    assert once[-1] == {
        "started": "2026-12-08 10:00 UTC",
        "commit": "1234567",
        "test_seconds": 301.5,
        "tests": "9 passed",
    }
    assert extend(once, run) == once  # the same run again replaces its point
