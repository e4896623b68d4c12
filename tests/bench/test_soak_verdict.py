"""`make soak`'s verdict, each check shown failing on a result that breaks it: RSS growth once
warm, the fast path's bounds (keys, answers by bytes and their size), a mock that did not say
what it held, answers other than 200/422."""

from typing import Any

import pytest

from bench.soak import rss_trend, verdict

GOOD: dict[str, Any] = {
    "growth_after_warm": 0.02,
    "keys_held": 2000,
    "key_bound": 2000,
    "exact_held": 2000,
    "exact_bound": 2000,
    "exact_mib": 3.5,
    "exact_bound_mib": 16.0,
    "status_codes": {"200": 10, "422": 5},
    "errors": 0,
}


def test_a_flat_bounded_soak_passes() -> None:
    assert verdict(GOOD) == []


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"growth_after_warm": 0.12}, "RSS grew 12.0%"),
        ({"keys_held": 2001}, "held 2001 keys, over 2000"),
        ({"exact_held": 2001}, "held 2001 answers by bytes, over 2000"),
        ({"exact_mib": 16.5}, "took 16.5 MiB, over 16.0"),
        ({"keys_held": None, "key_bound": None}, "did not say"),
        ({"status_codes": {"200": 10, "500": 1}}, "'500': 1"),
        ({"errors": 3}, "3 errors"),
    ],
)
def test_each_check_fails_on_a_result_that_breaks_it(change: dict[str, Any], says: str) -> None:
    broken = verdict({**GOOD, **change})
    assert len(broken) == 1 and says in broken[0], broken


def test_growth_is_the_trend_not_a_swing_of_the_garbage_collector() -> None:
    """A sawtooth around a flat level has no growth, whatever its peaks; a steady rise has."""
    sawtooth = [190.0, 222.0, 188.0, 195.0, 186.0, 210.0, 191.0, 189.0] * 3
    early, late, most = rss_trend(sawtooth)
    assert most == 222.0 and abs(late / early - 1) < 0.02
    rising = [180.0 + 2 * i for i in range(24)]
    early, late, _ = rss_trend(rising)
    assert late / early - 1 > 0.10
