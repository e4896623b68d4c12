"""How `make test` spreads the tests over its pytest-xdist workers (-n auto), and the committed
Python client importable by every test, as a backend team's checkout of this repository has it."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

from tests.client.generation import PROJECT

if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

# These run `make contract-live` in the real tree, which writes reports/contract-live/ afresh
# each run: they must never run at once. (scratch/ runs in scratch copies of the kit.)
SHARING_LIVE_REPORTS = {
    f"tests/contract_tests/{name}.py"
    for name in ("test_live_bites", "test_guard", "test_live_refuses")
}


class ByFile(LoadScopeScheduling):
    """A file's tests go to one worker, so its module fixtures (a mock, a compiled program) start
    once; the files that share the live reports go to one worker together. (xdist's own
    `xdist_group` marks are not honoured under pytest 9: hence a scheduler.)"""

    def _split_scope(self, nodeid: str) -> str:
        path = nodeid.split("::", 1)[0]
        if path in SHARING_LIVE_REPORTS:
            return "contract-live"
        return path


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> ByFile:
    return ByFile(config, log)
