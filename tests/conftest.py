"""How `make test` spreads the tests over its pytest-xdist workers (--dist loadgroup)."""

from __future__ import annotations

import pytest

from kit.spec import REPO

# These run `make contract-live` in the real tree, which writes reports/contract-live/ afresh
# each run: they must never run at once.
SHARING_LIVE_REPORTS = REPO / "tests" / "contract_tests"
LEARN = SHARING_LIVE_REPORTS / "learn"  # runs in scratch copies of the kit


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A file's tests go to one worker, so its module fixtures (a mock, a compiled program) start
    # once; the files that share the live reports go to one worker together.
    for item in items:
        path = item.path
        shared = path.is_relative_to(SHARING_LIVE_REPORTS) and not path.is_relative_to(LEARN)
        group = "contract-live" if shared else str(path.relative_to(REPO))
        item.add_marker(pytest.mark.xdist_group(group))
